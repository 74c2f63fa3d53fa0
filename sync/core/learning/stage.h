// Where a subject stands in a year, in the order the yearly cycle runs: registered, self-declared, verified,
// then recognised or not.
#pragma once

#include "core/records/record_types.h"

namespace kh::domain {

enum class Stage { None, Registered, Declared, Verified, Recognised, NotRecognised };
Stage stageOf(const pb::Evaluation &e);

} // namespace kh::domain
