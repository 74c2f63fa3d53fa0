// An area's place in the hierarchy, the same for every server store: a household's area reaches its village,
// commune and province; a village's its commune and province; a commune's its province. Pure: the store says what
// it holds through `valueOf` (a record's encoded value as stored, nullopt if unknown).
#pragma once

#include "core/records/record_types.h"

#include <QStringList>
#include <functional>
#include <optional>

namespace kh::domain {

using StoredValue = std::function<std::optional<std::string>(pb::RecordType, const std::string &id)>;

// The area and every area above it ("h:H" → "v:V", "c:C", "p:P"), as far as the records reach.
QStringList lineage(const QString &area, const StoredValue &valueOf);
// The record an area key names (c:/p:/v:/h:), or nullopt for anything else.
std::optional<std::pair<pb::RecordType, std::string>> areaRecord(const QString &area);

} // namespace kh::domain
