// train_sync_dictionary: trains the zstd dictionary of the sync protocol (docs/protocol.md, "Compression") on
// synthetic records, offline. Run by scripts/train-sync-dictionary.sh; its output is committed as
// data/zstd/sync-N.zdict and built into core, so the app, the CLI and the server all hold it.
//
// The samples are what crosses the wire, made by the real code in-process: a device seeds a synthetic commune
// (core/demo, one change-set per household as an officer makes them, with members of every size and learning
// evaluations), pushes it to a SyncService on a scratch SQLite store, and a second device pulls it. Every pushed
// change-set and every pulled record (as the server stores and sends it) is one sample. The commune, the seed
// and the counts differ from sync_bench's data, so the benchmark measures the dictionary on data it never saw.
//
// Usage: train_sync_dictionary --out FILE [--id N] [--size BYTES] [--households N] [--seed S] [--commune CODE]
//        [--dump-pages DIR] (writes the uncompressed pull pages there, to study what the bytes are)
#define ZDICT_STATIC_LINKING_ONLY // ZDICT_optimizeTrainFromBuffer_fastCover, to give the dictionary its id

#include "core/areas/admin_units.h"
#include "core/wire/field_split.h"
#include "core/wire/sync_response_frames.h"
#include "core/wire/zstd_codec.h"
#include "device/net/sync_session.h"
#include "device/tools/seed.h"
#include "server/services/sync_service.h"
#include "server/store/sqlite/sqlite_server_store.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <zdict.h>
#include <zstd.h>

using namespace kh;

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

// Runs `device`'s sync against `service` to the end, handing every answer (uncompressed) to `seen`.
bool syncAll(LocalStore &device, SyncService &service, const std::function<void(const QByteArray &)> &seen = {})
{
    SyncSession session(device, {});
    for (int n = 0; n < 100000; ++n) {
        const QByteArray body = session.nextRequest();
        const ServiceReply reply =
            service.sync(body, "zstd", false, DeviceClock::systemNowMs(), access::Principal::administrator());
        if (seen && reply.status == 200) seen(reply.body);
        const auto step = session.handleReply(reply.status, reply.body, reply.contentEncoding);
        if (step == SyncSession::Step::Done) return true;
        if (step == SyncSession::Step::Failed) {
            std::fprintf(stderr, "sync failed: %s\n", qPrintable(session.receipt().message));
            return false;
        }
    }
    return false;
}

struct Samples {
    std::string bytes;
    std::vector<size_t> sizes;
    void add(std::string_view s)
    {
        bytes.append(s);
        sizes.push_back(s.size());
    }
};

} // namespace

// Long: the steps in the order they run (seed, push, pull, train, report), each short.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = option(args, QStringLiteral("--out"), {});
    const quint32 id = option(args, QStringLiteral("--id"), QStringLiteral("1")).toUInt();
    const int size = option(args, QStringLiteral("--size"), QStringLiteral("32768")).toInt();
    const int households = option(args, QStringLiteral("--households"), QStringLiteral("3000")).toInt();
    const QString commune = option(args, QStringLiteral("--commune"), QStringLiteral("23008"));
    if (out.isEmpty() || id == 0 || size < 1024 || households < 10) {
        std::fprintf(stderr, "usage: train_sync_dictionary --out FILE [--id N] [--size BYTES] [--households N] "
                             "[--seed S] [--commune CODE]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QStringList areas{QStringLiteral("c:") + commune};

    // A device with a synthetic commune, as an officer would have entered it.
    LocalStore a;
    a.create(dir.filePath(QStringLiteral("a.sqlite")));
    a.setAreas(areas);
    SeedOptions o;
    o.communeCode = commune;
    o.households = households;
    o.villages = 8;
    o.seed = option(args, QStringLiteral("--seed"), QStringLiteral("20250701")).toUInt();
    o.householdsPerWrite = 1;
    o.progressYear = 2026;
    o.pastYears = 1;
    seedCommune(a, o);
    Samples samples;
    for (const pb::ChangeSet &cs : a.pending(qsizetype(1) << 40)) samples.add(cs.SerializeAsString());
    const size_t pushed = samples.sizes.size();

    // Pushed to a server, and pulled by a new device: every record as the server sends it.
    auto store = openSqliteServerStore(dir.filePath(QStringLiteral("server.sqlite")), {});
    store->seedReference(AdminUnits::builtin(), DeviceClock::systemNowMs());
    SyncService service(*store);
    if (!syncAll(a, service)) return 1;
    LocalStore b;
    b.create(dir.filePath(QStringLiteral("b.sqlite")));
    b.setAreas(areas);
    std::vector<QByteArray> pages;
    if (!syncAll(b, service, [&](const QByteArray &body) {
            pb::SyncResponse rest;
            std::vector<std::string_view> records;
            if (splitSyncResponse(body, &rest, &records))
                for (std::string_view r : records) samples.add(r);
            pages.push_back(body);
            if (const QString dump = option(args, QStringLiteral("--dump-pages"), {}); !dump.isEmpty()) {
                QFile page(QStringLiteral("%1/page-%2.bin").arg(dump).arg(pages.size()));
                if (page.open(QIODevice::WriteOnly)) page.write(body);
            }
        }))
        return 1;

    // fastCover with the parameters ZDICT_trainFromBuffer uses, plus the id the frames will name.
    std::string dict(size_t(size), '\0');
    ZDICT_fastCover_params_t p{};
    p.d = 8;
    p.steps = 4;
    p.zParams.dictID = id;
    p.zParams.compressionLevel = 3;
    const size_t n = ZDICT_optimizeTrainFromBuffer_fastCover(dict.data(), dict.size(), samples.bytes.data(),
                                                              samples.sizes.data(), unsigned(samples.sizes.size()), &p);
    if (ZDICT_isError(n)) {
        std::fprintf(stderr, "training failed: %s\n", ZDICT_getErrorName(n));
        return 1;
    }
    dict.resize(n);
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(dict.data(), qint64(dict.size())) != qint64(dict.size())) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(out));
        return 1;
    }

    // What it saves on the pages it was trained on (sync_bench measures it on other data).
    size_t plain = 0, withDict = 0, raw = 0, split = 0;
    ZSTD_CCtx *ctx = ZSTD_createCCtx();
    ZSTD_CDict *cdict = ZSTD_createCDict(dict.data(), dict.size(), 3);
    std::string buf;
    for (const QByteArray &page : pages) {
        buf.resize(ZSTD_compressBound(size_t(page.size())));
        raw += size_t(page.size());
        plain += ZSTD_compressCCtx(ctx, buf.data(), buf.size(), page.constData(), size_t(page.size()), 3);
        withDict += ZSTD_compress_usingCDict(ctx, buf.data(), buf.size(), page.constData(), size_t(page.size()), cdict);
        std::vector<qsizetype> parts;
        const QByteArray s = splitFields(page, &parts);
        if (joinFields(s, 1 << 30) != page) std::fprintf(stderr, "split does not round-trip\n");
        split += size_t(zstdCompressParts(s, parts, 3).size());
    }
    ZSTD_freeCDict(cdict);
    ZSTD_freeCCtx(ctx);
    std::printf("dictionary %u: %zu bytes from %zu samples (%zu change-sets, %zu records, %zu bytes), d=%u k=%u\n",
                ZDICT_getDictID(dict.data(), dict.size()), dict.size(), samples.sizes.size(), pushed,
                samples.sizes.size() - pushed, samples.bytes.size(), p.d, p.k);
    std::printf("pull pages (training data): %zu bytes raw, %zu zstd -3, %zu zstd -3 with the dictionary, %zu "
                "split by field and zstd -3\n",
                raw, plain, withDict, split);
    return 0;
}
