// libFuzzer target: any bytes as the body of POST /v1/login (into a real account store with one account), and
// as the token of an "Authorization: Bearer" header. Must never crash; answers are 200, 400, 401, 403 or 429.
#include "core/security/secrets.h"
#include "server/services/auth_service.h"
#include "server/services/system_clock.h"
#include "server/store/sqlite/sqlite_account_store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace kh;

namespace {
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<SqliteAccountStore> accounts;
    std::unique_ptr<AuthService> auth;
    Fixture()
    {
        secrets::init();
        accounts = std::make_unique<SqliteAccountStore>(dir.filePath(QStringLiteral("accounts.sqlite")));
        accounts->createUser(QStringLiteral("fuzz"), {}, pb::ROLE_COMMUNE_STAFF, {QStringLiteral("c:22945")}, {},
                             secrets::hashPassword(QStringLiteral("fuzz-password")), SystemClock::systemNowMs());
        auth = std::make_unique<AuthService>(*accounts, AuthOptions{});
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Fixture f;
    if (size == 0) return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (data[0] & 1) {
        // (Failed logins soon hit the rate limit, after which the body is still parsed but no hash is computed.)
        const ServiceReply r = f.auth->login(rest, QStringLiteral("127.0.0.1"), SystemClock::systemNowMs());
        if (r.status != 200 && r.status != 400 && r.status != 401 && r.status != 403 && r.status != 429)
            __builtin_trap();
    } else {
        const auto who = f.auth->authenticate("Bearer " + rest, SystemClock::systemNowMs());
        const auto *refused = std::get_if<ServiceReply>(&who);
        if (!refused || refused->status != 401) __builtin_trap(); // no forged token gets in
    }
    return 0;
}
