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
    std::vector<Shortfall> below, required, unmet;
    int unanswered = 0;
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
        if (!it.answered) {
            r.complete = false;
            ++unanswered;
        }
        if (c.required() && !it.met) required.push_back({Shortfall::RequiredNotMet, code, 0, 0});
        if (set.rule() == pb::PASS_RULE_POINTS && it.points < int(set.min_per_item()))
            below.push_back({Shortfall::ItemBelowMinimum, code, it.points, int(set.min_per_item())});
        if (set.rule() == pb::PASS_RULE_LEVELS && !it.met)
            for (int l = int(c.level()); l <= 2; ++l) levelOk[l] = false;
        if (set.rule() == pb::PASS_RULE_ALL_MET && !it.met) unmet.push_back({Shortfall::ItemNotMet, code, 0, 0});
        r.total += it.points;
        r.items.push_back(std::move(it));
    }
    auto &out = r.shortfalls;
    if (!r.complete) out.push_back({Shortfall::Incomplete, {}, unanswered, 0});
    switch (set.rule()) {
    case pb::PASS_RULE_POINTS:
        if (r.total < int(set.min_total())) out.push_back({Shortfall::TotalBelow, {}, r.total, int(set.min_total())});
        out.insert(out.end(), below.begin(), below.end());
        out.insert(out.end(), required.begin(), required.end());
        r.passed = out.empty();
        break;
    case pb::PASS_RULE_LEVELS:
        r.level = levelOk[1] ? (levelOk[2] ? 2 : 1) : 0;
        if (r.level == 0) out.push_back({Shortfall::BelowLevel1, {}, 0, 0});
        r.passed = r.level >= 1 && r.complete;
        break;
    case pb::PASS_RULE_ALL_MET:
        out.insert(out.end(), unmet.begin(), unmet.end());
        r.passed = out.empty();
        break;
    default:
        out.push_back({Shortfall::NoPassRule, {}, 0, 0});
        r.passed = false;
        break;
    }
    for (const Shortfall &s : out) r.reasons << vietnamese(s);
    return r;
}

QString vietnamese(const Shortfall &s)
{
    switch (s.kind) {
    case Shortfall::Incomplete: return QStringLiteral("Chưa đánh giá đủ các mục (còn %1 mục)").arg(s.value);
    case Shortfall::TotalBelow: return QStringLiteral("Tổng %1 điểm, cần ít nhất %2").arg(s.value).arg(s.needed);
    case Shortfall::ItemBelowMinimum:
        return QStringLiteral("Chỉ số %1: %2 điểm, dưới %3 điểm").arg(s.code).arg(s.value).arg(s.needed);
    case Shortfall::RequiredNotMet: return QStringLiteral("Mục bắt buộc %1 chưa đạt").arg(s.code);
    case Shortfall::ItemNotMet: return QStringLiteral("Mục %1 chưa đạt").arg(s.code);
    case Shortfall::BelowLevel1: return QStringLiteral("Chưa đạt mọi chỉ tiêu của mức 1");
    case Shortfall::NoPassRule: return QStringLiteral("Bộ tiêu chí chưa có cách tính đạt");
    }
    return {};
}

} // namespace kh::domain
