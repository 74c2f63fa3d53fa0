// The grammar of record ids (docs/data-model.md, "Ids"), checked wherever an id enters: a push, a CSV import,
// an administrator's command. Nothing outside it is stored, so no id can smuggle an area key, a line break into
// an administrator's terminal, or another device's name.
//
//   made on a device   <device: 16 lower-case hex digits>-<counter: 1..13 of [0-9a-z]>
//   province           P<2 digits>                   commune   C<5 digits>
//   evaluation         E<model 1..6>-<year: 4 digits>-<subject id>  (a commune's: its 5-digit code)
//   item verdict       <evaluation id>/<item code: 1..16 of [0-9A-Za-z._-]>
//   clan link          <clan id>|<household id>        reversal   R-<id of the receipt or disbursement>
//   conflict           x<20 lower-case hex digits>
//   criteria set       K<set id: 1..40 of [a-z0-9_-]>@<version>     province targets   T<2 digits>
#pragma once

#include "core/records/record_types.h"

namespace kh::domain {

// Does the id have its type's form? An error naming what is wrong, or an empty string.
QString checkIdGrammar(pb::RecordType t, const std::string &id);
// The device a device-made id names (its first 16 hex digits); 0 for any other id.
quint64 deviceOfId(const std::string &id);
// Does the id fit the record's values? A record made on a device carries that device's id (`device`: the writer;
// 0 skips the check, for the server's own writes); a derived id is derived from the fields it names (an
// evaluation from its model, subject and year, a verdict from its evaluation and item, a clan link from its clan
// and household). An error, or an empty string.
QString checkIdFits(pb::RecordType t, const std::string &id, const google::protobuf::Message &values, quint64 device);

} // namespace kh::domain
