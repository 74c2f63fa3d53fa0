// Words for the user when a step failed: the one place that turns an exception into a sentence in the UI's
// language (a refused step of the yearly cycle, a full phone, an invalid value). Controllers and forms call it;
// no page shows an exception's own text.
#pragma once

#include "core/funds/funds_error.h"
#include "core/learning/workflow_error.h"

#include <QString>
#include <exception>

namespace kh::app {

// What the user was doing, for the sentence's verb.
enum class Doing { Saving, Deleting, Resolving, Opening };

QString userMessage(const std::exception &e, Doing doing = Doing::Saving);
// A refused step of the yearly cycle in words.
QString refusalText(workflow::WorkflowError::Kind kind);
// A refused step of the fund ledger in words.
QString fundsRefusalText(const funds::FundsError &e);

} // namespace kh::app
