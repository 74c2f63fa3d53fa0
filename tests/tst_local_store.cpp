// The device store: edits and outbox in one transaction, refusals that change nothing, migrations from a
// version-1 fixture, refusal of a newer schema, and applying answers.
#include "core/learning/criteria.h"
#include "core/learning/learning_models.h"
#include "core/learning/rollup.h"
#include "core/learning/scoring.h"
#include "core/learning/stage.h"
#include "helpers.h"

#include <QFileInfo>
#include <sqlite3.h>

using namespace kh;
using namespace kh::test;

class TestLocalStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void editAndOutboxTogether()
    {
        LocalStore s;
        s.create(path("a.sqlite"));
        QVERIFY(s.deviceId() != 0);
        const std::string v = s.newId();
        const quint64 seq = s.write({village(v, kCommune, QStringLiteral("Thôn Phú Lộc"))});
        QCOMPARE(seq, quint64(1));
        QCOMPARE(s.pendingCount(), 1);
        const std::string h = s.newId();
        s.write({household(h, v, QStringLiteral("Hùng")), member(s.newId(), h, QStringLiteral("Hùng"), 1975)});
        QCOMPARE(s.pendingCount(), 2);
        const auto pending = s.pending(1 << 20);
        QCOMPARE(pending.size(), size_t(2));
        QCOMPARE(pending[1].changes_size(), 2);
        QCOMPARE(pending[1].seq(), quint64(2));
        QVERIFY(pending[1].hlc() > pending[0].hlc());
        QCOMPARE(s.list(pb::RECORD_TYPE_MEMBER, h).size(), size_t(1));
    }

    void refusedEditChangesNothing()
    {
        LocalStore s;
        s.create(path("b.sqlite"));
        const std::string v = s.newId();
        s.write({village(v, kCommune, QStringLiteral("Thôn A"))});
        const int before = s.pendingCount();
        const auto dumpBefore = s.all().size();
        const std::string h = s.newId();
        // A valid household and an invalid member in one transaction: both refused.
        QVERIFY_THROWS_EXCEPTION(EditError, s.write({household(h, v, QStringLiteral("Lan")),
                                                     member(s.newId(), h, QStringLiteral("Lan"), 1850)}));
        QCOMPARE(s.pendingCount(), before);
        QCOMPARE(s.all().size(), dumpBefore);
        // Unknown village, unknown commune, empty name.
        QVERIFY_THROWS_EXCEPTION(EditError, s.write({household(s.newId(), "no-such-village", QStringLiteral("Lan"))}));
        QVERIFY_THROWS_EXCEPTION(EditError,
                                 s.write({village(s.newId(), QStringLiteral("99999"), QStringLiteral("X"))}));
        QVERIFY_THROWS_EXCEPTION(EditError, s.write({household(s.newId(), v, QStringLiteral("   "))}));
        try {
            s.write({member(s.newId(), "missing", QStringLiteral("A"), 1990)});
            QFAIL("expected a refusal");
        } catch (const EditError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("household 'missing' does not exist")));
        }
        QCOMPARE(s.pendingCount(), before);
    }

    void textIsStoredAsNfc()
    {
        LocalStore s;
        s.create(path("nfc.sqlite"));
        const std::string v = s.newId();
        s.write({village(v, kCommune, QString::fromUtf8("Tho\xcc\x82n  Nguye\xcc\x82\xcc\x83n "))});
        const auto r = s.get(pb::RECORD_TYPE_VILLAGE, v);
        QCOMPARE(QString::fromStdString(valueOf<pb::Village>(*r).name()), QStringLiteral("Thôn Nguyễn"));
        QCOMPARE(s.list(pb::RECORD_TYPE_VILLAGE, {}, QStringLiteral("thon nguyen")).size(), size_t(1));
    }

    void evaluationsAreCheckedAndNormalised()
    {
        LocalStore s;
        s.create(path("eval.sqlite"));
        const std::string v = s.newId(), h = s.newId();
        s.write({village(v, kCommune, QStringLiteral("Thôn E")), household(h, v, QStringLiteral("Lan"))});
        const std::string id = domain::evaluationId(pb::LEARNING_MODEL_FAMILY, h, 2026);
        auto make = [&](const char *declared) {
            auto e = std::make_shared<pb::Evaluation>();
            e->set_model(pb::LEARNING_MODEL_FAMILY);
            e->set_subject_type(pb::RECORD_TYPE_HOUSEHOLD);
            e->set_subject_id(h);
            e->set_year(2026);
            e->set_registered_on("2026-01-10");
            e->set_declared_on(declared);
            auto *a = e->add_self_assessment();
            a->set_code("1.1");
            a->set_met(true);
            a->set_note(QStringLiteral("Hai cháu đều đi học").normalized(QString::NormalizationForm_D).toStdString());
            return Edit{pb::RECORD_TYPE_EVALUATION, id, e, {}, false};
        };
        QVERIFY_THROWS_EXCEPTION(EditError, s.write({make("2026-13-40")})); // not a date
        auto badYear = make("2026-10-01");
        static_cast<pb::Evaluation &>(*badYear.values).set_year(1990);
        QVERIFY_THROWS_EXCEPTION(EditError, s.write({badYear}));
        auto orphan = make("2026-10-01");
        static_cast<pb::Evaluation &>(*orphan.values).set_subject_id("no-such-household");
        QVERIFY_THROWS_EXCEPTION(EditError, s.write({orphan}));
        s.write({make("2026-10-01")});
        const auto e = valueOf<pb::Evaluation>(*s.get(pb::RECORD_TYPE_EVALUATION, id));
        QCOMPARE(domain::stageOf(e), domain::Stage::Declared);
        // Nested text is normalised too (an item's note typed on a keyboard that sends combining marks).
        QCOMPARE(QString::fromStdString(e.self_assessment(0).note()), QStringLiteral("Hai cháu đều đi học"));
        QCOMPARE(s.list(pb::RECORD_TYPE_EVALUATION, h).size(), size_t(1)); // listed under its household
    }

    void migratesFromVersion1Fixture()
    {
        // The version-1 schema exactly as it shipped, with one record and one pending change-set.
        const QString p = path("v1.sqlite");
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(p.toUtf8().constData(), &db), SQLITE_OK);
        const char *v1 = R"(CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE records(type INTEGER NOT NULL, id TEXT NOT NULL, state BLOB NOT NULL,
                                 deleted INTEGER NOT NULL, parent TEXT NOT NULL DEFAULT '', fold TEXT NOT NULL DEFAULT '',
                                 PRIMARY KEY(type, id)) WITHOUT ROWID;
            CREATE INDEX records_parent ON records(type, parent);
            CREATE TABLE outbox(seq INTEGER PRIMARY KEY, hlc INTEGER NOT NULL, body BLOB NOT NULL);
            INSERT INTO meta VALUES('device','00000000000000aa'),('next_id','5'),('next_seq','2');
            INSERT INTO outbox VALUES(1, 12345, x'0801');
            PRAGMA user_version=1;)";
        QCOMPARE(sqlite3_exec(db, v1, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        LocalStore s;
        s.open(p);
        QCOMPARE(s.deviceId(), quint64(0xaa));
        QCOMPARE(s.pendingCount(), 1);
        QVERIFY(s.rejected().empty());           // table from migration 2 exists
        QVERIFY(!s.lastSync(false).has_value()); // likewise
        QCOMPARE(s.newId(), std::string("00000000000000aa-5"));
        QVERIFY(s.drafts().empty()); // table from migration 3
    }

    void draftsAreKeptPerFormAndRecordUntilDropped()
    {
        LocalStore s;
        s.create(path("drafts.sqlite"));
        s.saveDraft("household", "new", QStringLiteral("{\"headGivenName\":\"Hùng\"}"));
        s.saveDraft("member", "new:h1", QStringLiteral("{}"));
        s.saveDraft("household", "new", QStringLiteral("{\"headGivenName\":\"Hùng Anh\"}")); // replaces
        QCOMPARE(s.drafts().size(), size_t(2));
        const auto d = s.draft("household", "new");
        QVERIFY(d.has_value());
        QCOMPARE(d->body, QStringLiteral("{\"headGivenName\":\"Hùng Anh\"}"));
        QVERIFY(d->atMs > 0);
        QVERIFY(!s.draft("household", "h1").has_value());
        s.dropDraft("household", "new");
        QVERIFY(!s.draft("household", "new").has_value());
        QCOMPARE(s.drafts().size(), size_t(1));
        QCOMPARE(s.pendingCount(), 0); // drafts are not changes: nothing waits to be sent
    }

    void whatWaitsIsCountedByRecord()
    {
        LocalStore s;
        s.create(path("byrecord.sqlite"));
        const std::string v = s.newId(), h = s.newId();
        s.write({village(v, kCommune, QStringLiteral("A"))});
        s.write({household(h, v, QStringLiteral("B"))});
        s.write({household(h, v, QStringLiteral("Bình"))}); // the same household again
        QCOMPARE(s.pendingCount(), 3);
        const auto refs = s.pendingRecords();
        QCOMPARE(refs.size(), size_t(2));
        QCOMPARE(refs[0].type, pb::RECORD_TYPE_VILLAGE);
        QCOMPARE(refs[1].id, h);
    }

    void refusesNewerSchema()
    {
        const QString p = path("future.sqlite");
        {
            LocalStore s;
            s.create(p);
        }
        sqlite3 *db = nullptr;
        sqlite3_open(p.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        LocalStore s;
        try {
            s.open(p);
            QFAIL("opened a newer schema");
        } catch (const EditError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("newer")));
        }
    }

    void applyForgetsOnlyAcknowledged()
    {
        LocalStore s;
        s.create(path("c.sqlite"));
        const std::string v = s.newId();
        s.write({village(v, kCommune, QStringLiteral("A"))});
        s.write({household(s.newId(), v, QStringLiteral("B"))});
        s.write({household(s.newId(), v, QStringLiteral("C"))});
        pb::SyncResponse r;
        r.set_acked_seq(2);
        r.set_cursor(77);
        auto *rj = r.add_rejected();
        rj->set_seq(2);
        rj->set_reason(pb::REJECT_REASON_INVALID);
        rj->set_message("household: test");
        s.setAreas({QStringLiteral("c:22945")});
        const auto res = s.apply(r, s.areas(), DeviceClock::systemNowMs());
        QCOMPARE(res.acked, 2);
        QCOMPARE(res.rejected, 1);
        QCOMPARE(s.pendingCount(), 1);
        QCOMPARE(s.pending(1 << 20).front().seq(), quint64(3));
        QCOMPARE(s.rejected().size(), size_t(1));
        QCOMPARE(s.cursorFor(s.areas()), quint64(77));
        // Changing the subscription starts the pull again from the beginning.
        s.setAreas({QStringLiteral("c:22945"), QStringLiteral("c:23008")});
        QCOMPARE(s.cursorFor(s.areas()), quint64(0));
    }

    void fullStorageChangesNothing()
    {
        LocalStore s;
        s.create(path("full.sqlite"));
        const std::string v = s.newId();
        s.write({village(v, kCommune, QStringLiteral("Thôn A"))});
        s.limitSize(QFileInfo(path("full.sqlite")).size() + 16 * 1024);
        const auto before = s.all().size();
        const int pending = s.pendingCount();
        bool full = false;
        try {
            // A big batch of households that cannot fit.
            std::vector<Edit> edits;
            for (int i = 0; i < 3000; ++i) edits.push_back(household(s.newId(), v, QStringLiteral("Hộ %1").arg(i)));
            s.write(edits);
        } catch (const sql::Error &e) {
            full = e.storageFull();
        }
        QVERIFY(full);
        QCOMPARE(s.all().size(), before);
        QCOMPARE(s.pendingCount(), pending);
        // With room again, the same edit goes through.
        s.limitSize(1LL << 30);
        s.write({household(s.newId(), v, QStringLiteral("Lan"))});
        QCOMPARE(s.pendingCount(), pending + 1);
    }

    void createRefusesExistingFile()
    {
        LocalStore s;
        s.create(path("d.sqlite"));
        LocalStore t;
        QVERIFY_THROWS_EXCEPTION(EditError, t.create(path("d.sqlite")));
        LocalStore u;
        QVERIFY_THROWS_EXCEPTION(EditError, u.open(path("missing.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_local_store.moc"
