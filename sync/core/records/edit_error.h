// Why a write was refused: an invalid value, a missing parent, a step of the yearly cycle out of order. The
// message names the record and field, for logs and the CLI; the app turns it into words for its user.
#pragma once

#include <stdexcept>

namespace kh {

class EditError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace kh
