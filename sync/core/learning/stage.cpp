#include "core/learning/stage.h"

namespace kh::domain {

Stage stageOf(const pb::Evaluation &e)
{
    if (!e.decided_on().empty()) return e.recognised() ? Stage::Recognised : Stage::NotRecognised;
    if (!e.verified_on().empty()) return Stage::Verified;
    if (!e.declared_on().empty()) return Stage::Declared;
    if (!e.registered_on().empty()) return Stage::Registered;
    return Stage::None;
}

} // namespace kh::domain
