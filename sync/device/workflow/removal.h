// Deleting a record on a device with what goes with it (core/records/deletion.h): the household's members,
// clan links and open evaluations, and so on. The app and the CLI both delete through here.
#pragma once

#include "core/records/deletion.h"
#include "device/store/local_store.h"

namespace kh {

// What deleting the record would take with it, as this device holds it.
domain::Dependents dependentsOf(LocalStore &s, const Record &target);
// Deletes the record and its dependents in one local change-set; returns how many records were deleted.
// Throws EditError when the record does not exist or the deletion is refused. With `removed`, the records
// deleted, as they were, in the order deleted (what restoreRemoved needs to undo it).
int removeWithDependents(LocalStore &s, pb::RecordType type, const std::string &id,
                         std::vector<Record> *removed = nullptr);
// Undoes a local step (a deletion, a recognition): puts the records back as they were, in one local change-set.
// A deleted record gets every field again (newer than its deletion, the fields bring it back on every device once
// synced); a changed one gets the fields that differ, and loses those the step added. In the order given: a
// record before what hangs under it.
void restoreRecords(LocalStore &s, const std::vector<Record> &before);

} // namespace kh
