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
    // A database that other servers share may hold the commune already (seeded through another server, or being
    // seeded by one that started at the same moment: the check and the writing are one job across servers).
    SeedResult made;
    store.exclusively("demo-commune", [&] {
        bool seeded = false;
        store.forEach({QStringLiteral("c:") + communeCode}, [&](const Record &r) {
            seeded = seeded || r.type == pb::RECORD_TYPE_VILLAGE || r.type == pb::RECORD_TYPE_HOUSEHOLD;
        });
        if (seeded) return;
        SeedOptions o;
        o.communeCode = communeCode;
        o.households = households;
        o.villages = 6;
        o.seed = 2025;
        o.householdsPerWrite = 100;
        o.progressYear = SystemClock().year(); // a year under way: registered ... recognised
        o.pastYears = 2;                       // and two finished years, for trends
        made = GeneratedWriter(store, QStringLiteral("demo")).writeCommune(o, o.progressYear);
    });
    QFile f(marker);
    if (f.open(QIODevice::WriteOnly)) f.write("seeded\n");
    return made.households;
}

} // namespace kh
