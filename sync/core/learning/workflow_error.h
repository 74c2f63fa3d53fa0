// Why a step of the yearly cycle was refused. The message is for logs and the CLI; the app maps the kind to
// words in its user's language.
#pragma once

#include "core/records/edit_error.h"

#include <string>

namespace kh::workflow {

class WorkflowError : public EditError {
public:
    enum class Kind {
        Missing,
        Decided,
        NeedsSync,
        NotRegistered,
        AlreadyVerified,
        UnknownItem,
        TooManyPoints,
        NotDeclared,
        OwnAssessment,
        ItemsLeft,
        NotVerified,
        DoesNotPass,
        NeedsDecisionNumber,
        NotDecided,
        NeedsReason,
        WrongSet,
        NotAllowed
    };
    WorkflowError(Kind kind, const std::string &message) : EditError(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace kh::workflow
