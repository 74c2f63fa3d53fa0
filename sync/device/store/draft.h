// What a person typed into a form and has not saved yet, kept on the device as they type so that nothing is
// lost when the phone kills the app (a call comes in) or the battery dies. Each user has their own database,
// so drafts are per user.
#pragma once

#include <QString>
#include <string>

namespace kh {

struct Draft {
    std::string form; // which form: "household", "member", "village", "clan", "self-assessment"
    std::string key;  // the record's id, or "new" / "new:<parent id>" for a record not created yet
    QString body;     // the form's fields as typed (JSON, the form's own business)
    qint64 atMs = 0;  // when it was last written (the device's corrected clock)
};

} // namespace kh
