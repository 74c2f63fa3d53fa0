// Reports: the same figures by two independent routes (the report, and a plain count over the exported
// dump) on a seeded province of several communes; an issued report never changes when records arrive later;
// the three file formats are what they claim to be.
#include "domain/domain.h"
#include "domain/learning.h"
#include "helpers.h"
#include "report_files.h"
#include "tools/report.h"
#include "tools/seed.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

using namespace kh;
using namespace kh::test;

class TestReports : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    LocalStore m_store;

    // Family figures per village name, counted from the canonical dump's text alone.
    std::map<QString, std::array<int, 3>> countFromDump(int year)
    {
        static const QRegularExpression village(QStringLiteral("^village (\\S+) .*name=\"([^\"]*)\""));
        static const QRegularExpression household(QStringLiteral("^household (\\S+) village_id=\"([^\"]*)\""));
        static const QRegularExpression evaluation(QStringLiteral("^evaluation \\S+ model=LEARNING_MODEL_FAMILY .*subject_id=\"([^\"]*)\" year=(\\d+)"));
        std::map<QString, QString> villageName, villageOf;
        std::map<QString, QString> lines; // evaluations by household
        QStringList dump;
        for (const auto &r : m_store.all()) dump << domain::dumpLine(r, false);
        for (const QString &l : dump) {
            if (l.contains(QLatin1String(" DELETED"))) continue;
            if (auto m = village.match(l); m.hasMatch()) villageName[m.captured(1)] = m.captured(2);
            if (auto m = household.match(l); m.hasMatch()) villageOf[m.captured(1)] = m.captured(2);
            if (auto m = evaluation.match(l); m.hasMatch() && m.captured(2).toInt() == year) lines[m.captured(1)] = l;
        }
        std::map<QString, std::array<int, 3>> out; // total, registered, recognised
        for (const auto &[h, v] : villageOf) {
            auto &c = out[villageName[v]];
            ++c[0];
            const auto it = lines.find(h);
            if (it == lines.end()) continue;
            if (it->second.contains(QLatin1String("registered_on="))) ++c[1];
            if (it->second.contains(QLatin1String("recognised=true")) && it->second.contains(QLatin1String("decided_on="))) ++c[2];
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_store.create(m_dir.filePath(QStringLiteral("province.sqlite")));
        int seed = 1;
        for (const QString &commune : {QStringLiteral("22945"), QStringLiteral("23008"), QStringLiteral("23089")}) {
            SeedOptions o;
            o.communeCode = commune;
            o.households = 400;
            o.villages = 4;
            o.seed = quint32(seed++);
            o.progressYear = 2026;
            o.householdsPerWrite = 200;
            seedCommune(m_store, o);
        }
    }

    void reportAgreesWithAPlainCountOverTheDump()
    {
        const auto r = report::build(m_store, 2026);
        QCOMPARE(r.tables.size(), size_t(5));
        const auto &families = r.tables.front();
        QCOMPARE(families.title, QStringLiteral("Gia đình học tập"));
        std::map<QString, std::array<int, 3>> fromReport;
        for (const auto &row : families.rows) {
            auto &c = fromReport[row.area]; // village names repeat across communes: compare sums by name
            c[0] += row.total;
            c[1] += row.registered;
            c[2] += row.recognised;
        }
        QCOMPARE(fromReport, countFromDump(2026));
        QCOMPARE(families.total.total, 1200);
        // Per commune tables: three communes, twelve village communities in all.
        const auto &villages = r.tables[2];
        QCOMPARE(villages.rows.size(), size_t(3));
        QCOMPARE(villages.total.total, 12);
        QCOMPARE(families.total.target, 70);
    }

    void issuedReportsNeverChange()
    {
        const auto first = report::build(m_store, 2026);
        const QString id = report::issue(m_store, first);
        const QByteArray before = QJsonDocument(report::toJson(*report::issuedById(m_store, id))).toJson();
        // Records arrive afterwards (here written as a sync would apply them): more recognised households.
        int changed = 0;
        for (const auto &r : m_store.list(pb::RECORD_TYPE_EVALUATION)) {
            auto e = valueOf<pb::Evaluation>(r);
            if (domain::stageOf(e) != domain::Stage::Verified || changed >= 20) continue;
            auto d = std::make_shared<pb::Evaluation>();
            d->set_decided_on("2026-12-01");
            d->set_recognised(true);
            d->set_decision_number("99/QĐ-UBND");
            m_store.write({{pb::RECORD_TYPE_EVALUATION, r.id, d, {}, false}});
            ++changed;
        }
        QCOMPARE(changed, 20);
        const auto next = report::build(m_store, 2026);
        QCOMPARE(next.tables.front().total.recognised, first.tables.front().total.recognised + 20);
        const auto archived = report::issuedById(m_store, id);
        QVERIFY(archived);
        QCOMPARE(QJsonDocument(report::toJson(*archived)).toJson(), before);
        QCOMPARE(archived->tables.front().total.recognised, first.tables.front().total.recognised);
        QCOMPARE(report::issued(m_store).size(), size_t(1));
    }

    void filesAreWhatTheyClaim()
    {
        const auto r = report::build(m_store, 2026);
        const QByteArray csv = report::toCsv(r);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 only with the byte-order mark
        QVERIFY(QString::fromUtf8(csv).contains(QStringLiteral("\"Thôn, tổ dân phố\",Tổng số,Đăng ký,Được công nhận")));
        QString error;
        const QString xlsx = m_dir.filePath(QStringLiteral("r.xlsx")), pdf = m_dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY2(report::writeXlsx(r, xlsx, &error), qPrintable(error));
        QFile x(xlsx);
        QVERIFY(x.open(QIODevice::ReadOnly));
        QVERIFY(x.read(2) == "PK"); // a zip container, as XLSX is
        QVERIFY(x.size() > 4000);
        QVERIFY2(report::writePdf(r, pdf, &error), qPrintable(error));
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        QProcess text; // poppler-utils (scripts/install-deps.sh): what a reader of the PDF sees
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0, "pdftotext missing or failed");
        const QString seen = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(seen.contains(QStringLiteral("KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2026")));
        QVERIFY(seen.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        QVERIFY(seen.contains(QStringLiteral("NGƯỜI LẬP BIỂU")));
        QVERIFY(seen.contains(QStringLiteral("Công dân học tập")));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
