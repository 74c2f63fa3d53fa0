// The stamp of one write: its hybrid-clock value and the device that made it. Stamps order every write in the
// system; ties between devices are broken by device id.
#pragma once

#include <QtGlobal>
#include <compare>

namespace kh {

struct Stamp {
    quint64 hlc = 0;
    quint64 device = 0;
    auto operator<=>(const Stamp &) const = default;
    bool isNull() const { return hlc == 0 && device == 0; }
};

} // namespace kh
