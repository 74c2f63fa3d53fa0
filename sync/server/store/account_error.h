#pragma once

#include <stdexcept>

namespace kh {

// A request the account store refuses (unknown user, duplicate name, invalid grants): the message says why.
class AccountError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace kh
