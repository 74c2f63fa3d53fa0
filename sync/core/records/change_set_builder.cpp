#include "core/records/change_set_builder.h"

#include "core/records/validation.h"

namespace kh::domain {

pb::ChangeSet changeSetOf(const std::vector<Edit> &edits, quint64 seq, quint64 hlc)
{
    pb::ChangeSet cs;
    cs.set_seq(seq);
    cs.set_hlc(hlc);
    for (const Edit &e : edits) {
        pb::Change *c = cs.add_changes();
        c->set_type(e.type);
        c->set_id(e.id);
        if (e.remove) {
            c->set_deleted(true);
            continue;
        }
        if (e.values) {
            std::unique_ptr<google::protobuf::Message> v(e.values->New());
            v->CopyFrom(*e.values);
            normalizeStrings(v.get());
            c->set_values(v->SerializeAsString());
        }
        for (quint32 n : e.cleared) c->add_cleared(n);
    }
    return cs;
}

} // namespace kh::domain
