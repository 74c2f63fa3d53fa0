// Three real khuyenhoc-server processes on one PostgreSQL database, devices (the real CLI) spread over them at
// random, syncing at the same time, servers killed (SIGKILL) and restarted at random between and during the
// rounds. At the end every device holds exactly what the server holds for its area, and no household a device
// added, nor its last edit, is missing. KH_SEED replays a run; KH_ROUNDS sets its length.
#include "http.h"
#include "process.h"
#include "sync.pb.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <random>

using namespace kh::test;

class TestPgServers : public QObject {
    Q_OBJECT

private slots:
    // Failed logins are counted in the database, so a guesser spreading tries over the servers behind a load
    // balancer is stopped as on one: four wrong passwords on one server and one on the other lock the account on
    // both (the right password then gets 429 with a time to come back); the account's failures do not lock
    // another account.
    void loginFailuresCountAcrossServers()
    {
        QTemporaryDir dir;
        const QString url = sharedCluster().createDatabase();
        QVERIFY(!url.isEmpty());
        ServerProcess a, b;
        a.setDatabase(url);
        b.setDatabase(url);
        QVERIFY2(a.start(dir.filePath(QStringLiteral("a"))), qPrintable(a.log()));
        QVERIFY2(b.start(dir.filePath(QStringLiteral("b"))), qPrintable(b.log()));
        for (const char *user : {"doan", "hoa"})
            QCOMPARE(a.addUser(QLatin1String(user), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")}).code,
                     0);
        auto login = [](const ServerProcess &s, const char *user, const std::string &password) {
            khuyenhoc::v1::LoginRequest req;
            req.set_protocol(1);
            req.set_username(user);
            req.set_device(42);
            req.set_password(password);
            return request("POST", s.url() + QStringLiteral("/v1/login"),
                           QByteArray::fromStdString(req.SerializeAsString()));
        };
        for (int i = 0; i < 5; ++i) QCOMPARE(login(i < 4 ? a : b, "doan", "sai-mat-khau").status, 401);
        for (const ServerProcess *s : {&a, &b}) {
            const Http h = login(*s, "doan", kTestPassword.toStdString());
            QCOMPARE(h.status, 429);
            QVERIFY(h.retryAfter.toInt() > 0);
        }
        QCOMPARE(login(b, "hoa", kTestPassword.toStdString()).status, 200);
    }

    // Long: the whole randomized run, from the empty database to the final comparison.
    void devicesConvergeOverThreeKilledServers()
    {
        const quint32 seed = qEnvironmentVariableIsSet("KH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("KH_SEED"))
                                 : quint32(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
        const int rounds = qEnvironmentVariableIsSet("KH_ROUNDS") ? qEnvironmentVariableIntValue("KH_ROUNDS") : 12;
        qInfo("three servers: seed %u, %d rounds (replay with KH_SEED=%u)", seed, rounds, seed);
        std::mt19937 rng(seed);
        auto pick = [&](int n) { return int(rng() % quint32(n)); };

        QTemporaryDir dir;
        const QString url = sharedCluster().createDatabase();
        QVERIFY(!url.isEmpty());
        std::vector<std::unique_ptr<ServerProcess>> servers;
        for (int i = 0; i < 3; ++i) {
            servers.push_back(std::make_unique<ServerProcess>());
            servers.back()->setDatabase(url);
            QVERIFY2(servers.back()->start(dir.filePath(QStringLiteral("server%1").arg(i))),
                     qPrintable(servers.back()->log()));
        }
        QCOMPARE(
            servers[0]
                ->addUser(QStringLiteral("can-bo-xa"), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")})
                .code,
            0);
        const int devices = 4;
        QStringList dbs;
        for (int d = 0; d < devices; ++d) {
            dbs << dir.filePath(QStringLiteral("dev%1.sqlite").arg(d));
            QCOMPARE(
                cli(dbs[d], {QStringLiteral("init"), QStringLiteral("--server"), servers[size_t(d % 3)]->url()}).code,
                0);
            QCOMPARE(servers[size_t(d % 3)]->login(dbs[d], QStringLiteral("can-bo-xa")).code, 0);
        }
        const Result v = cli(dbs[0], {QStringLiteral("village"), QStringLiteral("add"), QStringLiteral("--commune"),
                                      QStringLiteral("22945"), QStringLiteral("--name"), QStringLiteral("Thôn Một")});
        QCOMPARE(v.code, 0);
        const QString village = v.out.trimmed().split(QLatin1Char('\n')).last().split(QLatin1Char('\t')).first();
        QCOMPARE(cli(dbs[0], {QStringLiteral("sync")}).code, 0);
        std::vector<QStringList> households(devices);
        std::map<QString, QString> lastPhone; // household -> the phone its last edit wrote
        int killed = 0, failedSyncs = 0;
        for (int round = 0; round < rounds; ++round) {
            for (int d = 0; d < devices; ++d) {
                if (households[size_t(d)].isEmpty() || pick(3) == 0) {
                    const Result h = cli(dbs[d], {QStringLiteral("household"), QStringLiteral("add"),
                                                  QStringLiteral("--village"), village, QStringLiteral("--head"),
                                                  QStringLiteral("Nguyễn Văn Hộ %1 %2").arg(d).arg(round)});
                    if (h.code == 0) households[size_t(d)] << h.out.trimmed().split(QLatin1Char('\n')).last();
                } else {
                    const QString h = households[size_t(d)][pick(int(households[size_t(d)].size()))];
                    const QString phone = QStringLiteral("09%1").arg(rng() % 100000000, 8, 10, QLatin1Char('0'));
                    if (cli(dbs[d], {QStringLiteral("household"), QStringLiteral("update"), h,
                                     QStringLiteral("--phone"), phone})
                            .code == 0)
                        lastPhone[h] = phone;
                }
            }
            // Every device syncs at once, each through a server picked at random; now and then a server dies
            // while they do, and comes back on another port.
            std::vector<std::unique_ptr<QProcess>> syncs;
            for (int d = 0; d < devices; ++d) {
                syncs.push_back(std::make_unique<QProcess>());
                syncs.back()->start(QStringLiteral(KH_CLI_BIN),
                                    {QStringLiteral("--db"), dbs[d], QStringLiteral("sync"), QStringLiteral("--server"),
                                     servers[size_t(pick(3))]->url()});
            }
            if (pick(3) == 0) {
                QTest::qWait(pick(150));
                const int s = pick(3);
                servers[size_t(s)]->stop(); // SIGKILL, whatever it was doing
                ++killed;
                servers[size_t(s)] = std::make_unique<ServerProcess>();
                servers[size_t(s)]->setDatabase(url);
                QVERIFY(servers[size_t(s)]->start(dir.filePath(QStringLiteral("server%1").arg(s))));
            }
            for (auto &p : syncs) {
                p->waitForFinished(120000);
                failedSyncs += p->exitCode() != 0;
            }
        }
        // Quiet: everyone syncs until nothing is left, through every server in turn.
        for (int pass = 0; pass < 3; ++pass)
            for (int d = 0; d < devices; ++d) {
                const Result r = cli(dbs[d], {QStringLiteral("sync"), QStringLiteral("--server"),
                                              servers[size_t((d + pass) % 3)]->url()});
                QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
            }
        const QString server = servers[0]
                                   ->admin({QStringLiteral("dump"), QStringLiteral("--area"), QStringLiteral("c:22945"),
                                            QStringLiteral("--stamps")})
                                   .out;
        QVERIFY(!server.isEmpty());
        for (int d = 0; d < devices; ++d) {
            QCOMPARE(cli(dbs[d], {QStringLiteral("export"), QStringLiteral("--stamps")}).out, server);
            for (const QString &h : households[size_t(d)]) QVERIFY2(server.contains(h), qPrintable(h));
        }
        for (const auto &[h, phone] : lastPhone) {
            const QString shown = cli(dbs[0], {QStringLiteral("household"), QStringLiteral("show"), h}).out;
            QVERIFY2(shown.contains(phone), qPrintable(h + QStringLiteral(" lost its phone ") + phone));
        }
        int total = 0;
        for (const auto &hs : households) total += int(hs.size());
        qInfo("three servers: %d households, %zu edited, %d servers killed, %d syncs cut", total, lastPhone.size(),
              killed, failedSyncs);
    }
};

QTEST_GUILESS_MAIN(TestPgServers)
#include "tst_pg_servers.moc"
