// libFuzzer target: any bytes as the body of POST /v1/sync (raw and as zstd), through SyncService into a real
// SQLite server store, as an administrator and as commune staff (so every pushed change also goes through the
// authorisation path). Must never crash, hang or corrupt the store; bad bodies end in a 4xx.
#include "core/areas/admin_units.h"
#include "core/wire/zstd_codec.h"
#include "server/services/sync_service.h"
#include "server/services/system_clock.h"
#include "server/store/sqlite/sqlite_server_store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace kh;

namespace {
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<ServerStore> store;
    std::unique_ptr<SyncService> service;
    Fixture()
    {
        store = openSqliteServerStore(dir.filePath(QStringLiteral("s.sqlite")), {});
        store->seedReference(AdminUnits::builtin(), SystemClock::systemNowMs());
        service = std::make_unique<SyncService>(*store);
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
    static const access::Principal staff = [] {
        access::Principal p;
        p.user = QStringLiteral("xa");
        p.role = pb::ROLE_COMMUNE_STAFF;
        p.areas = {QStringLiteral("c:22945")};
        return p;
    }();
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const access::Principal &who = size > 0 && (data[size - 1] & 1) ? staff : access::Principal::administrator();
    for (const QByteArray &encoding : {QByteArray(), QByteArrayLiteral("zstd")}) {
        const ServiceReply r = f.service->sync(body, encoding, true, SystemClock::systemNowMs(), who);
        if (r.status != 200 && (r.status < 400 || r.status >= 500) && r.status != 503)
            __builtin_trap(); // 5xx only for a full store
    }
    // The same bytes as a split body (kh-split), so the fuzzer reaches the join and not only zstd's checks.
    const ServiceReply r =
        f.service->sync(zstdCompress(body, 1), "kh-split, zstd", true, SystemClock::systemNowMs(), who, {1}, true);
    if (r.status != 200 && (r.status < 400 || r.status >= 500) && r.status != 503) __builtin_trap();
    return 0;
}
