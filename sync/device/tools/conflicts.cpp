#include "device/tools/conflicts.h"

#include "core/records/record_types.h"

namespace kh {

void resolveConflict(LocalStore &store, const std::string &id, bool keepLoser)
{
    const auto r = store.get(pb::RECORD_TYPE_CONFLICT, id);
    if (!r || r->isDeleted()) throw EditError("no conflict '" + id + "'");
    pb::Conflict k;
    k.ParseFromString(r->values());
    if (k.resolved()) throw EditError("conflict '" + id + "' is already resolved (" + k.resolution() + ")");
    auto res = std::make_shared<pb::Conflict>();
    res->set_resolved(true);
    res->set_resolution(keepLoser ? "loser" : "winner");
    std::vector<Edit> edits{{pb::RECORD_TYPE_CONFLICT, id, res, {}, false}};
    if (keepLoser) {
        const auto target = store.get(k.record_type(), k.record_id());
        if (!target || target->isDeleted())
            throw EditError("the record of conflict '" + id + "' (" + k.record_id() + ") no longer exists");
        std::shared_ptr<google::protobuf::Message> v(domain::newMessage(k.record_type()));
        if (!v) throw EditError("conflict '" + id + "' names an unknown record type");
        std::vector<quint32> cleared;
        if (k.loser_value().empty())
            cleared.push_back(k.field());
        else if (!v->ParseFromString(k.loser_value()))
            throw EditError("conflict '" + id + "' holds a malformed value");
        edits.push_back({k.record_type(), k.record_id(), v, cleared, false});
    }
    store.write(edits);
}

} // namespace kh
