#include "core/records/conflict_record.h"

namespace kh::domain {

pb::Conflict conflictOf(const Record &r, const FieldConflict &fc)
{
    pb::Conflict m;
    m.set_record_type(r.type);
    m.set_record_id(r.id);
    m.set_field(fc.field);
    m.set_winner_value(fc.winner.raw);
    m.set_winner_hlc(fc.winner.stamp.hlc);
    m.set_winner_device(fc.winner.stamp.device);
    m.set_loser_value(fc.loser.raw);
    m.set_loser_hlc(fc.loser.stamp.hlc);
    m.set_loser_device(fc.loser.stamp.device);
    m.set_resolved(false);
    return m;
}

} // namespace kh::domain
