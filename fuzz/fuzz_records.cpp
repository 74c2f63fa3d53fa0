// libFuzzer target: any bytes as a synced record state, as a change applied to a record, and as a criteria set
// in its readable JSON form. The merge, the renderers and the validators must never crash on them.
#include "core/areas/area_keys.h"
#include "core/learning/criteria.h"
#include "core/learning/learning_models.h"
#include "core/learning/rollup.h"
#include "core/learning/scoring.h"
#include "core/learning/stage.h"
#include "core/records/ids.h"
#include "core/records/record.h"
#include "core/records/record_text.h"
#include "core/records/record_types.h"
#include "core/records/validation.h"

#include <QCoreApplication>

using namespace kh;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    pb::RecordState st;
    if (st.ParseFromString(bytes)) {
        Record r;
        if (Record::fromState(st, &r)) {
            Record copy = r;
            copy.merge(r); // idempotent join on hostile input
            (void)domain::dumpLine(r, true);
            if (auto m = domain::parse(r.type, r.values())) {
                (void)domain::validateWhole(r.type, *m, 2026);
                (void)domain::searchText(r.type, *m);
            }
        }
    }
    pb::Change change;
    if (change.ParseFromString(bytes)) {
        Record r;
        r.type = change.type();
        r.id = change.id();
        bool changed = false;
        std::vector<FieldConflict> conflicts;
        r.apply(change, Stamp{1, 1}, &changed, &conflicts);
        if (auto m = domain::parse(change.type(), change.values()))
            (void)domain::validateChange(change.type(), *m, {}, true, 2026);
    }
    std::map<quint32, std::string> fields;
    splitFields(bytes, &fields);
    QString error;
    (void)domain::parseCriteriaJson(QByteArray::fromStdString(bytes), &error);
    return 0;
}
