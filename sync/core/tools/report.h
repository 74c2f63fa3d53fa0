// The year-end report of the learning models: for the areas on this device, per model, per village (families)
// or commune (clans, village communities, units, citizens), how many subjects, registered and recognised, the
// rate and the national target. Built from the records through the roll-up; an issued report is archived as
// its figures, so records arriving later change the next report and never an issued one.
#pragma once

#include "store/local_store.h"
#include "tools/learning.h"

#include <QDateTime>
#include <QJsonObject>

namespace kh::report {

struct Row {
    QString area;        // village or commune name
    int total = 0, registered = 0, recognised = 0;
    int target = 0;      // national target, percent, 0 = none
    int provinceTarget = 0; // the province's own target, percent, 0 = none set
    int percent() const { return total ? int(100.0 * recognised / total + 0.5) : 0; }
    int goal() const { return provinceTarget ? provinceTarget : target; } // as learning::Rate::goal
    bool lagging() const { return total > 0 && goal() > 0 && 100 * recognised < goal() * total; }
};

struct Table {
    int model = 0;       // pb::LearningModel
    QString title;       // "Gia đình học tập"
    QString unitHeader;  // "Thôn, tổ dân phố" or "Xã, phường"
    std::vector<Row> rows;
    Row total;
};

struct Report {
    QString id;          // set when issued
    QString areaName;    // "Phường Phan Thiết" or "Tỉnh Lâm Đồng (3 xã)"
    int year = 0;
    QDateTime generatedAt;
    std::vector<Table> tables;
};

Report build(LocalStore &s, int year);
Report fromRollup(const learning::Rollup &roll, int year);

QJsonObject toJson(const Report &r);
Report fromJson(const QJsonObject &o);

// CSV that Excel opens with Vietnamese intact: UTF-8 with a byte-order mark, one block per model.
QByteArray toCsv(const Report &r);

// Archive: the figures of an issued report, kept in the device database; never recomputed.
QString issue(LocalStore &s, Report r);
std::vector<Report> issued(LocalStore &s);
std::optional<Report> issuedById(LocalStore &s, const QString &id);

} // namespace kh::report
