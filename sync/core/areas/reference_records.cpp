#include "core/areas/reference_records.h"

#include "core/records/ids.h"

namespace kh::domain {

pb::Province provinceRecord(const ProvinceInfo &p)
{
    pb::Province m;
    m.set_code(p.code.toStdString());
    m.set_name(p.name.toStdString());
    m.set_full_name(p.fullName.toStdString());
    m.set_code_list(kCodeList);
    return m;
}

pb::Commune communeRecord(const CommuneInfo &c)
{
    pb::Commune m;
    m.set_code(c.code.toStdString());
    m.set_province_code(c.provinceCode.toStdString());
    m.set_name(c.name.toStdString());
    m.set_full_name(c.fullName.toStdString());
    m.set_code_list(kCodeList);
    return m;
}

} // namespace kh::domain
