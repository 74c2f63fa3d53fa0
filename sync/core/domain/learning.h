// The yearly learning records as the app and CLI read them: an Evaluation's stage, and the criteria a
// household's self-assessment is filled against.
//
// Criteria here are the seam for the learning-models issue: today one built-in set for the learning family
// (data/criteria/family-2016.json, marked where the official text is unconfirmed); later, sets that arrive
// by sync and are read-only on devices. Callers only see CriteriaSet.
#pragma once

#include "records.pb.h"

#include <QString>
#include <vector>

namespace kh::domain {

// Where a subject stands in a year, in the order the cycle runs.
enum class Stage { None, Registered, Declared, Verified, Recognised, NotRecognised };
Stage stageOf(const khuyenhoc::v1::Evaluation &e);

struct CriteriaItem {
    QString code, group, text;
    int points = 0;
    bool required = false;
};

struct CriteriaSet {
    QString id;      // "family-2016@1": what an Evaluation's criteria_set pins
    QString title, source, notes;
    std::vector<CriteriaItem> items;
};

// The learning family's criteria for a year (the built-in set until criteria sets sync).
const CriteriaSet &familyCriteria(int year);

} // namespace kh::domain
