// Why a step of the fund ledger was refused on a device. The message is for logs and the CLI; the app maps the
// kind to words in its user's language (app/user_message.cpp).
#pragma once

#include "core/records/edit_error.h"

#include <string>

namespace kh::funds {

class FundsError : public EditError {
public:
    enum class Kind {
        ClosedPeriod,    // dated inside a closed period; `detail` is the date the books are closed through
        NeverChanged,    // an entry (or a fund's place and opening balance) is never edited or deleted
        ApprovedAlready, // an approval is given once
        ReversedAlready, // an entry is reversed once
        NotApproved,     // an award is paid once the commune approved it
        PaidAlready,     // an award is paid once
        Declined,        // the commune declined the award: it is not approved or paid
        NotAllowed,      // not this account's role
        NumberUsed,      // the official number is another entry's of the fund; `detail` is that entry's voucher
        Other,           // any other rule: the message says which
    };
    FundsError(Kind kind, const std::string &message, const std::string &detail = {})
        : EditError(message), m_kind(kind), m_detail(detail)
    {}
    Kind kind() const { return m_kind; }
    const std::string &detail() const { return m_detail; }

private:
    Kind m_kind;
    std::string m_detail;
};

} // namespace kh::funds
