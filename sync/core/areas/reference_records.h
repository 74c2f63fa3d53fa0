// The reference records every device receives read-only: a province and a commune of the national list (the
// server writes them from AdminUnits; ids from core/records/ids.h).
#pragma once

#include "core/areas/admin_units.h"
#include "records.pb.h"

namespace kh::domain {

namespace pb = khuyenhoc::v1;

pb::Province provinceRecord(const ProvinceInfo &p);
pb::Commune communeRecord(const CommuneInfo &c);

} // namespace kh::domain
