// The real khuyenhoc-server binary: port 0, loopback only, status codes for bad requests with nothing written,
// a busy port, and a clean exit on SIGTERM.
#include "core/learning/criteria.h"
#include "core/learning/learning_models.h"
#include "core/learning/rollup.h"
#include "core/learning/scoring.h"
#include "core/learning/stage.h"
#include "device/account/device_account.h"
#include "device/store/local_store.h"
#include "http.h"
#include "process.h"
#include "sql/stmt.h"

#include <QRegularExpression>
#include <QTest>

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace kh::test;

class TestServerBinary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ServerProcess m_server;

    QByteArray m_token;

    QString dump()
    {
        return run(QStringLiteral(KH_SERVER_BIN),
                   {QStringLiteral("dump"), QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                    QStringLiteral("--stamps")},
                   m_dir.path())
            .out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("data")),
                                {QStringLiteral("--max-body"), QStringLiteral("4096")}),
                 qPrintable(m_server.log()));
        QVERIFY(m_server.log().contains(
            QStringLiteral("wrote %1 reference records").arg(3355 + int(kh::domain::builtinCriteriaSets().size()))));
        const QString db = m_dir.filePath(QStringLiteral("admin.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("init")}).code, 0);
        QVERIFY(m_server.loginAdmin(db));
        kh::LocalStore s;
        s.open(db);
        m_token = s.meta("auth_token").toLatin1();
        QVERIFY(m_token.startsWith("kh1."));
    }

    void listensOnLoopbackOnly()
    {
        // /proc/net/tcp lists listening sockets (state 0A) with their address: 0100007F is 127.0.0.1.
        QFile f(QStringLiteral("/proc/net/tcp"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString port = QStringLiteral(":%1").arg(m_server.port, 4, 16, QLatin1Char('0')).toUpper();
        int found = 0;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const auto cols = QString::fromLatin1(line).simplified().split(QLatin1Char(' '));
            if (cols.size() < 4 || !cols[1].endsWith(port) || cols[3] != QLatin1String("0A")) continue;
            ++found;
            QCOMPARE(cols[1], QStringLiteral("0100007F") + port);
        }
        QCOMPARE(found, 1);
    }

    void statusCodes()
    {
        const QString before = dump();
        QVERIFY(before.count(QLatin1Char('\n')) >= 3355);
        QCOMPARE(request("GET", m_server.url() + QStringLiteral("/v1/health")).status, 200);
        QCOMPARE(request("GET", m_server.url() + QStringLiteral("/definitely/not/a/route")).status, 404);
        const Http wrong = request("GET", m_server.url() + QStringLiteral("/v1/sync"));
        QCOMPARE(wrong.status, 405);
        QCOMPARE(wrong.allow, QByteArray("POST"));
        QCOMPARE(request("DELETE", m_server.url() + QStringLiteral("/v1/sync")).status, 405);
        QCOMPARE(request("POST", m_server.url() + QStringLiteral("/v1/health")).status, 405);
        QByteArray junk(3000, 'x');
        for (int i = 0; i < junk.size(); ++i) junk[i] = char((i * 31 + 7) % 256);
        // Without a token nothing is even parsed.
        const Http anonymous = request("POST", m_server.url() + QStringLiteral("/v1/sync"), junk);
        QCOMPARE(anonymous.status, 401);
        QVERIFY(anonymous.wwwAuthenticate.startsWith("Bearer"));
        const Http garbage = request("POST", m_server.url() + QStringLiteral("/v1/sync"), junk, {}, m_token);
        QCOMPARE(garbage.status, 400);
        QVERIFY(garbage.body.contains("malformed"));
        QCOMPARE(request("POST", m_server.url() + QStringLiteral("/v1/sync"), junk, "zstd", m_token).status, 400);
        QCOMPARE(request("POST", m_server.url() + QStringLiteral("/v1/sync"), junk.left(100), "br", m_token).status,
                 415);
        QCOMPARE(request("POST", m_server.url() + QStringLiteral("/v1/login"), junk).status, 400);
        const Http big =
            request("POST", m_server.url() + QStringLiteral("/v1/sync"), QByteArray(5000, 'a'), {}, m_token);
        QCOMPARE(big.status, 413);
        QVERIFY(big.body.contains("too_large"));
        QCOMPARE(dump(), before);
    }

    void busyPortExitsNonZero()
    {
        const Result r = run(QStringLiteral(KH_SERVER_BIN),
                             {QStringLiteral("--port"), QString::number(m_server.port), QStringLiteral("--data"),
                              m_dir.filePath(QStringLiteral("other"))},
                             m_dir.path());
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains(QStringLiteral("cannot listen")));
        QCOMPARE(
            run(QStringLiteral(KH_SERVER_BIN), {QStringLiteral("--host"), QStringLiteral("not-an-ip")}, m_dir.path())
                .code,
            2);
    }

    // Phones get the address by scanning: with --qr (a terminal always) the server prints it as a QR code of
    // Unicode half blocks, one square of lines, and says when only this computer can reach it.
    void printsItsAddressAsAQrCode()
    {
        ServerProcess qr;
        QVERIFY2(qr.start(m_dir.filePath(QStringLiteral("qr")), {QStringLiteral("--qr")}), qPrintable(qr.log()));
        QTRY_VERIFY(qr.log().contains(QStringLiteral("--host 0.0.0.0")));
        const QStringList lines = qr.log().split(QLatin1Char('\n'));
        const int at = int(lines.indexOf(QRegularExpression(
            QStringLiteral("^Phones: scan this.*\\(or type %1\\):$").arg(QRegularExpression::escape(qr.url())))));
        QVERIFY2(at >= 0, qPrintable(qr.log()));
        const int width = int(lines.at(at + 1).size());
        int rows = 0;
        for (int i = at + 1; i < lines.size() && lines.at(i).contains(QChar(0x2588)); ++i, ++rows)
            QCOMPARE(lines.at(i).size(), width);
        QVERIFY(width >= 25);                // version 1 (21 modules) and a quiet zone of 2 on each side
        QCOMPARE(rows, (width + 1) / 2 - 1); // two rows of modules per line, the last (only light) apart
        QVERIFY(lines.at(at + rows + 1).startsWith(QChar(0x2580)));
        QCOMPARE(qr.terminate(), 0);
    }

    // The report's figures follow the records without a report asking: the reference records seeded at start
    // (villages, communes) get their facts in the server's first quiet second, not only when a report comes.
    void reportFiguresCatchUpInAQuietMoment()
    {
        kh::sql::Db db;
        db.openReadOnly(m_dir.filePath(QStringLiteral("data/server.sqlite")));
        auto caughtUp = [&] {
            kh::sql::Stmt s(db,
                            "SELECT (SELECT value FROM meta WHERE key='facts_seq'), (SELECT max(seq) FROM records), "
                            "(SELECT count(*) FROM facts)");
            if (!s.step()) return false;
            return !s.isNull(0) && s.text(0).toLongLong() == s.int64(1);
        };
        QTRY_VERIFY2_WITH_TIMEOUT(caughtUp(), qPrintable(m_server.log()), 10000);
    }

    void cleanShutdownOnSigterm()
    {
        QCOMPARE(m_server.terminate(), 0);
        QVERIFY(m_server.log().contains(QStringLiteral("shutting down")));
        // The database is intact and reopens.
        QVERIFY(dump().count(QLatin1Char('\n')) >= 3355);
    }
};

QTEST_GUILESS_MAIN(TestServerBinary)
#include "tst_server_binary.moc"
