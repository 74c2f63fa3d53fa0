#include "server/admin/demo_commune.h"

#include "server/admin/generated_writer.h"
#include "server/services/system_clock.h"

#include <QDir>
#include <QFile>

namespace kh {

int seedDemoCommune(ServerStore &store, const QString &dataDir, const QString &communeCode, int households)
{
    const QString marker = QDir(dataDir).filePath(QStringLiteral("demo-%1.done").arg(communeCode));
    if (QFile::exists(marker)) return 0;
    // A database that other servers share may hold the commune already (seeded through another server).
    bool seeded = false;
    store.forEach({QStringLiteral("c:") + communeCode}, [&](const Record &r) {
        seeded = seeded || r.type == pb::RECORD_TYPE_VILLAGE || r.type == pb::RECORD_TYPE_HOUSEHOLD;
    });
    if (seeded) return 0;
    SeedOptions o;
    o.communeCode = communeCode;
    o.households = households;
    o.villages = 6;
    o.seed = 2025;
    o.householdsPerWrite = 100;
    o.progressYear = SystemClock().year(); // a year under way: registered ... recognised
    o.pastYears = 2;                       // and two finished years, for trends
    const SeedResult made = GeneratedWriter(store, QStringLiteral("demo")).writeCommune(o, o.progressYear);
    QFile f(marker);
    if (f.open(QIODevice::WriteOnly)) f.write("seeded\n");
    return made.households;
}

} // namespace kh
