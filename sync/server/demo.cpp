#include "demo.h"

#include "domain/hlc.h"
#include "tools/seed.h"

#include <QDate>
#include <QDir>
#include <QFile>

namespace kh {

int seedDemoCommune(ServerStore &store, const QString &dataDir, const QString &communeCode, int households)
{
    const QString marker = QDir(dataDir).filePath(QStringLiteral("demo-%1.done").arg(communeCode));
    if (QFile::exists(marker)) return 0;
    const QString tmp = QDir(dataDir).filePath(QStringLiteral("demo-device.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"}) QFile::remove(tmp + QLatin1String(suffix));
    int created = 0;
    {
        LocalStore device;
        device.create(tmp);
        SeedOptions o;
        o.communeCode = communeCode;
        o.households = households;
        o.villages = 6;
        o.seed = 2025;
        o.householdsPerWrite = 100;
        o.progressYear = QDate::currentDate().year(); // a year under way: registered ... recognised
        o.pastYears = 2;                               // and two finished years, for trends
        created = seedCommune(device, o).households;
        while (true) {
            const auto pending = device.pending(1 << 20);
            if (pending.empty()) break;
            std::vector<const pb::ChangeSet *> sets;
            for (const auto &cs : pending) sets.push_back(&cs);
            const PushOutcome out = store.push(device.deviceId(), sets, 0, HybridClock::systemNowMs(), access::Principal::administrator(QStringLiteral("demo")));
            if (!out.rejected.empty()) throw std::runtime_error("demo data refused: " + out.rejected.front().message());
            pb::SyncResponse ack;
            ack.set_acked_seq(out.ackedSeq);
            device.apply(ack, device.areas(), HybridClock::systemNowMs());
        }
    }
    for (const char *suffix : {"", "-wal", "-shm"}) QFile::remove(tmp + QLatin1String(suffix));
    QFile f(marker);
    if (f.open(QIODevice::WriteOnly)) f.write("seeded\n");
    return created;
}

} // namespace kh
