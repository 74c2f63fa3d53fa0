// The transport's limits through the real khuyenhoc-server binary (docs/security.md, "Resources" and "Login and
// transport"): bodies refused before they are read, whatever they announce and however they are framed, with
// the server's memory back at its baseline; idle, half-sent and dripping connections closed by their
// deadlines; the cap on open connections; a request naming one area a million times; login answers that do not
// tell a disabled account's password; login counters that a flood of names cannot reset; TLS versions and
// suites; plain HTTP refused on a public address; and the HTTP details a client author meets.
#include "core/wire/zstd_codec.h"
#include "device/store/local_store.h"
#include "http.h"
#include "process.h"
#include "raw_http.h"
#include "server/services/rate_limiter.h"
#include "sync.pb.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace kh::test;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QByteArray loginBody(const std::string &user, const std::string &password, quint64 device = 42)
{
    kh::pb::LoginRequest req;
    req.set_protocol(1);
    req.set_username(user);
    req.set_password(password);
    req.set_device(device);
    return QByteArray::fromStdString(req.SerializeAsString());
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: t\r\nContent-Type: application/x-protobuf\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n" + extra + "Connection: close\r\n\r\n" + body;
}

// Waits (bounded) until the server's resident memory is within `slackKiB` of `baselineKiB`; returns the last.
qint64 settledKiB(qint64 pid, qint64 baselineKiB, qint64 slackKiB)
{
    qint64 now = residentKiB(pid);
    for (int i = 0; i < 50 && now > baselineKiB + slackKiB; ++i) {
        QTest::qWait(100);
        now = residentKiB(pid);
    }
    return now;
}

} // namespace

class TestHttpLimits : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ServerProcess m_server; // small limits, so that tests meet them quickly
    qint64 m_baselineKiB = 0;
    QByteArray m_token;
    quint64 m_device = 0;
    QString m_cert, m_key;

    QString data(const QString &name) const { return m_dir.filePath(name); }

    int sync(const kh::pb::SyncRequest &req, QByteArray *body)
    {
        const QByteArray raw = kh::zstdCompress(QByteArray::fromStdString(req.SerializeAsString()));
        const Http h = request("POST", m_server.url() + QStringLiteral("/v1/sync"), raw, "zstd", m_token);
        *body = h.body;
        return h.status;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(data(QStringLiteral("data")),
                                {QStringLiteral("--max-body"), QString::number(kMiB), QStringLiteral("--idle-timeout"),
                                 QStringLiteral("2"), QStringLiteral("--request-timeout"), QStringLiteral("3"),
                                 QStringLiteral("--max-connections"), QStringLiteral("400"),
                                 QStringLiteral("--max-login-counters"), QStringLiteral("16")}),
                 qPrintable(m_server.log()));
        QCOMPARE(request("GET", m_server.url() + QStringLiteral("/v1/health")).status, 200);
        m_baselineKiB = residentKiB(m_server.pid());
        QVERIFY(m_baselineKiB > 0);
        m_cert = data(QStringLiteral("cert.pem"));
        m_key = data(QStringLiteral("key.pem"));
        const Result made =
            run(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), m_key, QStringLiteral("-out"), m_cert},
                m_dir.path());
        QVERIFY2(made.code == 0, qPrintable(made.err));
    }

    // 320 MiB chunked without a token: answered from the head alone, the body never read.
    void hugeChunkedBodyWithoutTokenIsNotRead()
    {
        const qint64 peakBefore = residentKiB(m_server.pid(), "VmHWM");
        const Streamed st =
            streamChunked(m_server.port, "POST /v1/sync HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n",
                          320 * kMiB, [&] { return residentKiB(m_server.pid()); });
        const qint64 sent = st.sent, peak = st.peakKiB;
        const RawAnswer a = parseRaw(st.answer, st.closed);
        qInfo("sent %lld MiB, answered %d, server peak %lld KiB (baseline %lld)", sent / kMiB, a.status, peak,
              m_baselineKiB);
        QVERIFY2(sent < 64 * kMiB, qPrintable(QStringLiteral("the server took %1 MiB").arg(sent / kMiB)));
        QVERIFY(a.closed);
        QCOMPARE(a.status, 401);
        QVERIFY2(peak < m_baselineKiB + 32 * 1024, qPrintable(QStringLiteral("peak %1 KiB").arg(peak)));
        QVERIFY(residentKiB(m_server.pid(), "VmHWM") <= std::max(peakBefore, m_baselineKiB + 32 * 1024));
        QVERIFY(settledKiB(m_server.pid(), m_baselineKiB, 16 * 1024) <= m_baselineKiB + 16 * 1024);
    }

    // A declared size over the limit is refused before one byte of it is sent; so is a login body over 4 KiB
    // and, with no token, any body at all.
    void declaredSizesAreRefusedFromTheHead()
    {
        QTcpSocket s;
        QVERIFY(connectRaw(s, m_server.port));
        s.write("POST /v1/sync HTTP/1.1\r\nHost: t\r\nContent-Length: 335544320\r\n\r\n");
        RawAnswer a = readRaw(s, 5000);
        QCOMPARE(a.status, 413);
        QVERIFY(a.body.startsWith("too_large"));
        QVERIFY(a.closed);
        QTcpSocket login;
        QVERIFY(connectRaw(login, m_server.port));
        login.write("POST /v1/login HTTP/1.1\r\nHost: t\r\nContent-Length: 100000\r\n\r\n");
        QCOMPARE(readRaw(login, 5000).status, 413);
        QTcpSocket anonymous;
        QVERIFY(connectRaw(anonymous, m_server.port));
        anonymous.write("POST /v1/sync HTTP/1.1\r\nHost: t\r\nContent-Length: 1000000\r\n\r\n");
        a = readRaw(anonymous, 5000);
        QCOMPARE(a.status, 401);
        QVERIFY(a.body.startsWith("unauthorized"));
        QVERIFY(settledKiB(m_server.pid(), m_baselineKiB, 16 * 1024) <= m_baselineKiB + 16 * 1024);
    }

    // A refused request whose declared body is still arriving over a slow link: the server reads and drops the
    // rest, so the client gets its 401 and a clean close, not a reset that would hide "expired:" or "revoked:"
    // from a phone on 2G (a one-second linger would reset this 1.5 s upload).
    void aSlowClientStillGetsItsRefusal()
    {
        const QByteArray body(150000, 'b');
        const Uploaded up =
            uploadSlowly(m_server.port,
                         "POST /v1/sync HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer kh1.1." + QByteArray(43, 'A') +
                             "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n",
                         body, 15, 100);
        QVERIFY(up.allSent);
        QVERIFY(!up.reset);
        const RawAnswer a = parseRaw(up.answer, true);
        QCOMPARE(a.status, 401);
        QVERIFY(a.body.startsWith("unauthorized"));
        QCOMPARE(a.header("Connection"), QByteArray("close"));
    }

    // 300 connections that never send, a head cut in the middle, a body cut in the middle, and a head sent one
    // byte at a time (it keeps moving, and still must end): all closed by the server, none before its time.
    // One timeline for every kind of slow client, so that they run at once.
    void idleAndSlowConnectionsAreClosed()
    {
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 300; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            QVERIFY(connectRaw(*idle.back(), m_server.port));
        }
        QTcpSocket halfHead, halfBody, drip;
        QVERIFY(connectRaw(halfHead, m_server.port) && connectRaw(halfBody, m_server.port) &&
                connectRaw(drip, m_server.port));
        halfHead.write("POST /v1/sync HTTP/1.1\r\nHost: t\r\nContent-Le");
        halfBody.write("POST /v1/login HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\n0123456789");
        const QByteArray dripped = "GET /v1/health HTTP/1.1\r\nX-Slow: " + QByteArray(200, 'a');
        QElapsedTimer clock;
        clock.start();
        qint64 idleClosedAt = -1, halfHeadAt = -1, halfBodyAt = -1, dripAt = -1;
        int dripSent = 0;
        auto closed = [](QTcpSocket &s) { return s.state() != QAbstractSocket::ConnectedState; };
        while (clock.elapsed() < 15000 && (idleClosedAt < 0 || halfHeadAt < 0 || halfBodyAt < 0 || dripAt < 0)) {
            QTest::qWait(100);
            if (!closed(drip) && dripSent < dripped.size() && clock.elapsed() / 200 >= dripSent)
                drip.write(dripped.mid(dripSent++, 1));
            const bool allIdleClosed = std::all_of(idle.begin(), idle.end(), [&](auto &s) { return closed(*s); });
            if (idleClosedAt < 0 && allIdleClosed) idleClosedAt = clock.elapsed();
            if (halfHeadAt < 0 && closed(halfHead)) halfHeadAt = clock.elapsed();
            if (halfBodyAt < 0 && closed(halfBody)) halfBodyAt = clock.elapsed();
            if (dripAt < 0 && closed(drip)) dripAt = clock.elapsed();
        }
        const QString times = QStringLiteral("idle %1 ms, half head %2, half body %3, drip %4 (after %5 bytes)")
                                  .arg(idleClosedAt)
                                  .arg(halfHeadAt)
                                  .arg(halfBodyAt)
                                  .arg(dripAt)
                                  .arg(dripSent);
        qInfo("%s", qPrintable(times));
        // --idle-timeout 2, --request-timeout 3; generous upper bounds for a busy machine.
        QVERIFY2(idleClosedAt >= 1500 && idleClosedAt < 10000, qPrintable(times));
        QVERIFY2(halfHeadAt >= 2500 && halfHeadAt < 10000, qPrintable(times));
        QVERIFY2(halfBodyAt >= 2500 && halfBodyAt < 10000, qPrintable(times));
        QVERIFY2(dripAt >= 2500 && dripAt < 10000 && dripSent < dripped.size(), qPrintable(times));
        QCOMPARE(request("GET", m_server.url() + QStringLiteral("/v1/health")).status, 200);
    }

    // Fills the cap, checks the refusal and that a freed place is served again, on a server of its own.
    void connectionsAreCapped()
    {
        QTemporaryDir dir;
        ServerProcess capped;
        QVERIFY2(capped.start(dir.filePath(QStringLiteral("data")),
                              {QStringLiteral("--max-connections"), QStringLiteral("20"),
                               QStringLiteral("--idle-timeout"), QStringLiteral("60")}),
                 qPrintable(capped.log()));
        std::vector<std::unique_ptr<QTcpSocket>> open;
        for (int i = 0; i < 20; ++i) { // each served once, so each is surely counted, then kept open
            open.push_back(std::make_unique<QTcpSocket>());
            QTcpSocket &s = *open.back();
            QVERIFY(connectRaw(s, capped.port));
            s.write("GET /v1/health HTTP/1.1\r\nHost: t\r\n\r\n");
            QByteArray got;
            for (int t = 0; t < 100 && !got.contains("\"ok\""); ++t) {
                s.waitForReadyRead(100);
                got += s.readAll();
            }
            QVERIFY2(got.startsWith("HTTP/1.1 200"), got.constData());
        }
        const QByteArray health = "GET /v1/health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";
        const RawAnswer refused = rawRequest(capped.port, health);
        QCOMPARE(refused.status, 503);
        QVERIFY(refused.body.startsWith("busy"));
        QVERIFY(refused.closed);
        open.front()->disconnectFromHost();
        int status = 0;
        for (int t = 0; t < 50 && status != 200; ++t) { // the server sees the close a moment later
            QTest::qWait(100);
            status = rawRequest(capped.port, health).status;
        }
        QCOMPARE(status, 200);
    }

    // With a valid token the body is read, but only up to --max-body, chunked or not.
    void tokenHoldersMeetTheBodyLimitAsItArrives()
    {
        const QString db = data(QStringLiteral("admin.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("init")}).code, 0);
        QVERIFY(m_server.loginAdmin(db));
        kh::LocalStore store;
        store.open(db);
        m_token = store.meta("auth_token").toLatin1();
        m_device = store.deviceId();
        QVERIFY(m_token.startsWith("kh1."));
        const qint64 before = residentKiB(m_server.pid());
        const Streamed st = streamChunked(m_server.port,
                                          "POST /v1/sync HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer " + m_token +
                                              "\r\nTransfer-Encoding: chunked\r\n\r\n",
                                          320 * kMiB, [&] { return residentKiB(m_server.pid()); });
        const qint64 sent = st.sent, peak = st.peakKiB;
        const RawAnswer a = parseRaw(st.answer, st.closed);
        qInfo("sent %lld MiB, answered %d, server peak %lld KiB (baseline %lld)", sent / kMiB, a.status, peak, before);
        QVERIFY2(sent < 64 * kMiB, qPrintable(QStringLiteral("the server took %1 MiB").arg(sent / kMiB)));
        QVERIFY(a.closed);
        QCOMPARE(a.status, 413);
        QVERIFY2(peak < before + 32 * 1024, qPrintable(QStringLiteral("peak %1 KiB").arg(peak)));
        QVERIFY(settledKiB(m_server.pid(), before, 16 * 1024) <= before + 16 * 1024);
    }

    // A million copies of one area in a few hundred bytes: counted before anything is looked up.
    void areasAreCountedFirst()
    {
        QVERIFY(!m_token.isEmpty());
        kh::pb::SyncRequest req;
        req.set_protocol(1);
        req.set_device(m_device);
        req.set_pull(true);
        for (int i = 0; i < 1000000; ++i) req.add_areas("c:22945");
        QByteArray body;
        QElapsedTimer t;
        t.start();
        QCOMPARE(sync(req, &body), 400);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms").arg(t.elapsed())));
        QVERIFY(body.contains("at most 200 areas"));
        req.clear_areas();
        req.add_areas("c:22945");
        req.add_areas("c:22945");
        QCOMPARE(sync(req, &body), 400);
        QVERIFY(body.contains("named twice"));
        req.clear_areas();
        req.add_areas("c:22945");
        QCOMPARE(sync(req, &body), 200);
    }

    // A disabled account answers exactly as a wrong password does, whether the password is right or not.
    void loginDoesNotTellADisabledAccountsPassword()
    {
        QCOMPARE(
            m_server.addUser(QStringLiteral("bi-khoa"), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")})
                .code,
            0);
        QCOMPARE(
            m_server
                .addUser(QStringLiteral("binh-thuong"), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")})
                .code,
            0);
        const QString login = m_server.url() + QStringLiteral("/v1/login");
        const Http wrong = request("POST", login, loginBody("binh-thuong", "sai-mat-khau-1"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(m_server.admin({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("bi-khoa")}).code,
                 0);
        const Http right = request("POST", login, loginBody("bi-khoa", kTestPassword.toStdString()));
        const Http wrongToo = request("POST", login, loginBody("bi-khoa", "sai-mat-khau-2"));
        for (const Http *h : {&right, &wrongToo}) {
            QCOMPARE(h->status, 401);
            QCOMPARE(h->body, wrong.body);
            QCOMPARE(h->wwwAuthenticate, wrong.wwwAuthenticate);
        }
        // The password was the right one: enabled again, it logs in.
        QCOMPARE(m_server.admin({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("bi-khoa")}).code, 0);
        QCOMPARE(request("POST", login, loginBody("bi-khoa", kTestPassword.toStdString())).status, 200);
    }

    // --max-login-counters 16: an attacked account is locked, then 48 new names fail from other addresses;
    // the account stays locked (with plain oldest-first eviction its counter would go, and the lock with it).
    void aFloodOfNamesDoesNotResetAnAttackedAccount()
    {
        QCOMPARE(
            m_server.addUser(QStringLiteral("nan-nhan"), QStringLiteral("commune-staff"), {QStringLiteral("c:22945")})
                .code,
            0);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(rawRequest(m_server.port, post("/v1/login", loginBody("nan-nhan", "doan-" + std::to_string(i))),
                                QStringLiteral("127.0.0.2"))
                         .status,
                     401);
        const QByteArray right = post("/v1/login", loginBody("nan-nhan", kTestPassword.toStdString()));
        QCOMPARE(rawRequest(m_server.port, right, QStringLiteral("127.0.0.3")).status, 429);
        for (int i = 0; i < 48; ++i) {
            const QString from = QStringLiteral("127.0.0.%1").arg(4 + i / 16); // 16 failures per address, under 20
            QCOMPARE(
                rawRequest(m_server.port, post("/v1/login", loginBody("ten-" + std::to_string(i), "x-x-x-x-x")), from)
                    .status,
                401);
        }
        const RawAnswer after = rawRequest(m_server.port, right, QStringLiteral("127.0.0.9"));
        QCOMPARE(after.status, 429);
        QVERIFY(after.header("Retry-After").toInt() > 0);
    }

    // The same rule at the default size, in-process: 200,000 new names against a full table.
    void loginCountersStayBoundedAndKeepLiveLocks()
    {
        kh::RateLimiter limiter(5, 900000);
        for (int i = 0; i < 5; ++i) limiter.fail(QStringLiteral("nan-nhan"), 1000 + i);
        QVERIFY(limiter.waitMs(QStringLiteral("nan-nhan"), 2000) > 0);
        for (int i = 0; i < 200000; ++i) limiter.fail(QStringLiteral("ten-%1").arg(i), 3000 + i);
        QCOMPARE(limiter.size(), kh::RateLimiter::kDefaultCapacity);
        QVERIFY(limiter.waitMs(QStringLiteral("nan-nhan"), 300000) > 0);
        // Expired keys go first: after the window, new names take their places and the lock has ended.
        for (int i = 0; i < 1000; ++i) limiter.fail(QStringLiteral("moi-%1").arg(i), 2000000);
        QCOMPARE(limiter.size(), kh::RateLimiter::kDefaultCapacity);
        QCOMPARE(limiter.waitMs(QStringLiteral("nan-nhan"), 2000000), 0);
    }

    // The answers a client author meets at the edges of the routes, each checked as bytes on the wire.
    void httpDetails()
    {
        QVERIFY(!m_token.isEmpty());
        RawAnswer a = rawRequest(m_server.port, "GET /nope HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        QCOMPARE(a.status, 404);
        QVERIFY(a.header("Content-Type").startsWith("text/plain"));
        QVERIFY(a.body.startsWith("not_found: no route /nope"));
        // HEAD: the headers GET would have, never a body; on a POST route a 405 without one.
        a = rawRequest(m_server.port, "HEAD /v1/sync HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        QCOMPARE(a.status, 405);
        QCOMPARE(a.header("Allow"), QByteArray("POST"));
        QVERIFY(a.body.isEmpty());
        a = rawRequest(m_server.port, "HEAD /v1/health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(a.header("Content-Length").toInt() > 10);
        QVERIFY(a.body.isEmpty());
        // The scheme is case-insensitive; the query is decoded as any encoder writes it.
        for (const QByteArray scheme : {"bearer", "BEARER", "Bearer"}) {
            a = rawRequest(m_server.port, "GET /v1/report?area=c%3A22945&year=2026 HTTP/1.1\r\nHost: t\r\n"
                                          "Authorization: " +
                                              scheme + " " + m_token + "\r\nConnection: close\r\n\r\n");
            QVERIFY2(a.status == 200, a.head + a.body);
            QVERIFY(a.body.startsWith("{"));
        }
        a = rawRequest(m_server.port, "GET /v1/report?area=c:22945&year=2026 HTTP/1.1\r\nHost: t\r\n"
                                      "Authorization: Basic " +
                                          m_token + "\r\nConnection: close\r\n\r\n");
        QCOMPARE(a.status, 401);
        // Keep-alive: two requests on one connection, answered in order.
        QTcpSocket s;
        QVERIFY(connectRaw(s, m_server.port));
        s.write("GET /v1/health HTTP/1.1\r\nHost: t\r\n\r\nGET /v1/health HTTP/1.1\r\nHost: t\r\nConnection: "
                "close\r\n\r\n");
        a = readRaw(s, 5000);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.count("HTTP/1.1 200"), 1);
    }

    // TLS 1.2 only with forward-secret suites, and TLS 1.3: every suite this OpenSSL knows is offered alone.
    void tlsOffersOnlyForwardSecrecy()
    {
        ServerProcess tls;
        QVERIFY2(tls.start(data(QStringLiteral("tls-data")),
                           {QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key}),
                 qPrintable(tls.log()));
        QVERIFY(tls.url().startsWith(QStringLiteral("https://")));
        const QString at = QStringLiteral("127.0.0.1:%1").arg(tls.port);
        // The suite agreed, or empty when the handshake failed.
        auto handshake = [&](const QStringList &options) {
            const Result r =
                run(QStringLiteral("openssl"),
                    QStringList{QStringLiteral("s_client"), QStringLiteral("-connect"), at, QStringLiteral("-brief")} +
                        options,
                    m_dir.path());
            static const QRegularExpression suite(QStringLiteral("Ciphersuite: (\\S+)"));
            const auto m = suite.match(r.err + r.out);
            return r.code == 0 && m.hasMatch() ? m.captured(1) : QString();
        };
        const QString weak = QStringLiteral("ALL:COMPLEMENTOFALL:@SECLEVEL=0");
        QCOMPARE(handshake({QStringLiteral("-tls1_3")}).startsWith(QStringLiteral("TLS_")), true);
        QCOMPARE(handshake({QStringLiteral("-tls1_1"), QStringLiteral("-cipher"), weak}), QString());
        QCOMPARE(handshake({QStringLiteral("-tls1"), QStringLiteral("-cipher"), weak}), QString());
        const Result listed = run(QStringLiteral("openssl"), {QStringLiteral("ciphers"), weak}, m_dir.path());
        QStringList accepted, refused;
        for (const QString &name : listed.out.trimmed().split(QLatin1Char(':'))) {
            if (name.startsWith(QStringLiteral("TLS_"))) continue; // TLS 1.3's, all forward-secret
            (handshake({QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), name + QStringLiteral(":@SECLEVEL=0")})
                     .isEmpty()
                 ? refused
                 : accepted)
                << name;
        }
        qInfo("TLS 1.2 suites accepted: %s", qPrintable(accepted.join(QLatin1Char(' '))));
        QVERIFY(accepted.contains(QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256")));
        QVERIFY(accepted.contains(QStringLiteral("DHE-RSA-AES256-GCM-SHA384")));
        QVERIFY(refused.contains(QStringLiteral("AES128-GCM-SHA256"))); // RSA key exchange: no forward secrecy
        for (const QString &name : accepted)
            QVERIFY2(name.startsWith(QStringLiteral("ECDHE-")) || name.startsWith(QStringLiteral("DHE-")),
                     qPrintable(name));
    }

    // Plain HTTP beyond loopback only when asked for in words, and then with a warning; TLS needs no word.
    void plainHttpOnAPublicAddressIsRefused()
    {
        const QStringList base{QStringLiteral("--port"),  QStringLiteral("0"),      QStringLiteral("--host"),
                               QStringLiteral("0.0.0.0"), QStringLiteral("--data"), data(QStringLiteral("public"))};
        const Result refused = run(QStringLiteral(KH_SERVER_BIN), base, m_dir.path());
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("refusing plain HTTP on 0.0.0.0")), qPrintable(refused.err));
        for (const QStringList &extra :
             {QStringList{QStringLiteral("--insecure-public")},
              QStringList{QStringLiteral("--tls-cert"), m_cert, QStringLiteral("--tls-key"), m_key}}) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(KH_SERVER_BIN), base + extra);
            QString log;
            for (int i = 0; i < 300 && !log.contains(QStringLiteral("listening on")); ++i) {
                p.waitForReadyRead(100);
                log += QString::fromUtf8(p.readAll());
            }
            QVERIFY2(log.contains(QStringLiteral("listening on")), qPrintable(log));
            QCOMPARE(log.contains(QStringLiteral("WARNING: plain HTTP on 0.0.0.0")), extra.size() == 1);
            p.terminate();
            QVERIFY(p.waitForFinished(10000));
        }
    }
};

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "tst_http_limits.moc"
