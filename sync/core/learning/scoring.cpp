#include "core/learning/scoring.h"

namespace kh::domain {

Result evaluate(const pb::CriteriaSet &set, const pb::Evaluation &e,
                const std::map<QString, pb::ItemVerification> &verifications,
                const std::map<QString, Computed> &computed)
{
    Result r;
    r.complete = true;
    std::map<QString, const pb::ItemAnswer *> declared;
    for (const auto &a : e.self_assessment()) declared[QString::fromStdString(a.code())] = &a;
    bool requiredMissing = false, belowMinimum = false;
    bool levelOk[3] = {true, true, true};
    for (const auto &c : set.criteria()) {
        const QString code = QString::fromStdString(c.code());
        ItemResult it;
        it.code = code;
        const bool share = c.computation() == pb::COMPUTATION_SHARE_LEARNING_FAMILIES ||
                           c.computation() == pb::COMPUTATION_SHARE_LEARNING_CITIZENS;
        const auto comp = computed.find(code);
        if (share) { // shares come from the records, never from a declaration
            if (comp != computed.end() && comp->second.known) {
                it.answered = true;
                it.met = comp->second.met;
                it.points = it.met ? int(c.points()) : 0;
            }
            if (comp != computed.end()) it.computed = comp->second;
        } else if (const auto d = declared.find(code); d != declared.end()) {
            it.answered = true;
            it.met = d->second->met();
            it.points = d->second->has_points() ? int(d->second->points()) : (it.met ? int(c.points()) : 0);
            if (comp != computed.end()) it.computed = comp->second;
        } else if (comp != computed.end() && comp->second.known) {
            it.answered = true;
            it.met = comp->second.met;
            it.points = it.met ? int(c.points()) : 0;
            it.computed = comp->second;
        }
        if (const auto v = verifications.find(code); v != verifications.end() && !share) {
            it.verified = true;
            it.agreed = v->second.agree();
            if (!it.agreed) it.met = false;
            it.points = v->second.has_points() ? int(v->second.points()) : (it.met ? int(c.points()) : 0);
        }
        it.points = std::min(it.points, int(c.points()));
        if (!it.answered) r.complete = false;
        if (c.required() && !it.met) requiredMissing = true;
        if (set.rule() == pb::PASS_RULE_POINTS && it.points < int(set.min_per_item())) belowMinimum = true;
        if (set.rule() == pb::PASS_RULE_LEVELS && !it.met)
            for (int l = int(c.level()); l <= 2; ++l) levelOk[l] = false;
        if (set.rule() == pb::PASS_RULE_ALL_MET && !it.met) r.reasons << QStringLiteral("Mục %1 chưa đạt").arg(code);
        r.total += it.points;
        r.items.push_back(std::move(it));
    }
    switch (set.rule()) {
    case pb::PASS_RULE_POINTS:
        if (r.total < int(set.min_total()))
            r.reasons << QStringLiteral("Tổng %1 điểm, cần ít nhất %2").arg(r.total).arg(set.min_total());
        if (belowMinimum) r.reasons << QStringLiteral("Có chỉ số dưới %1 điểm").arg(set.min_per_item());
        if (requiredMissing) r.reasons << QStringLiteral("Có mục bắt buộc chưa đạt");
        r.passed = r.reasons.isEmpty();
        break;
    case pb::PASS_RULE_LEVELS:
        r.level = levelOk[1] ? (levelOk[2] ? 2 : 1) : 0;
        if (r.level == 0) r.reasons << QStringLiteral("Chưa đạt mọi chỉ tiêu của mức 1");
        r.passed = r.level >= 1;
        break;
    case pb::PASS_RULE_ALL_MET: r.passed = r.reasons.isEmpty(); break;
    default: break;
    }
    if (!r.complete) {
        r.passed = false;
        r.reasons.prepend(QStringLiteral("Chưa đánh giá đủ các mục"));
    }
    return r;
}

} // namespace kh::domain
