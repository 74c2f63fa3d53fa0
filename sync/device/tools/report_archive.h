// Year-end reports on a device: built from the records it holds, and the archive of issued reports. An issued
// report is kept as its figures in the device's database and never recomputed: records arriving later change
// the next report, never an issued one.
#pragma once

#include "core/report/report.h"
#include "device/store/local_store.h"

#include <optional>

namespace kh::report {

// The report of `year` for the areas on this device, stamped with the device's clock.
Report build(LocalStore &s, int year);

QString issue(LocalStore &s, Report r);
std::vector<Report> issued(LocalStore &s);
std::optional<Report> issuedById(LocalStore &s, const QString &id);

} // namespace kh::report
