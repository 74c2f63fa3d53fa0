// libFuzzer target: any bytes as the body of POST /v1/sync (raw and as zstd), through SyncService into a real
// SQLite server store. Must never crash, hang or corrupt the store; bad bodies end in a 4xx.
#include "sync_service.h"
#include "domain/refdata.h"
#include "domain/hlc.h"

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
        store->seedReference(AdminUnits::builtin(), HybridClock::systemNowMs());
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
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &encoding : {QByteArray(), QByteArrayLiteral("zstd")}) {
        const ServiceReply r = f.service->sync(body, encoding, true, HybridClock::systemNowMs(), access::Principal::administrator());
        if (r.status != 200 && (r.status < 400 || r.status >= 500) && r.status != 503) __builtin_trap(); // 5xx only for a full store
    }
    return 0;
}
