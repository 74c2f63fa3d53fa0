#include "core/learning/computed_items.h"

namespace kh::domain {

Computed computeFromMembers(pb::Computation c, const std::vector<pb::Member> &members, int year)
{
    Computed out;
    int inScope = 0, good = 0, unknown = 0;
    for (const auto &m : members) {
        if (!m.birth_year()) {
            ++unknown;
            continue;
        }
        const int age = year - int(m.birth_year());
        switch (c) {
        case pb::COMPUTATION_CHILDREN_IN_SCHOOL:
            if (age < kSchoolAgeFrom || age > kSchoolAgeTo) continue;
            ++inScope;
            good += m.studying_now() ? 1 : 0;
            break;
        case pb::COMPUTATION_ADULTS_LITERATE:
            if (age < kAdultFrom || age > kAdultTo) continue;
            ++inScope;
            if (m.literacy() == pb::LITERACY_UNSPECIFIED) ++unknown;
            good += (m.literacy() == pb::LITERACY_LEVEL_1 || m.literacy() == pb::LITERACY_LEVEL_2) ? 1 : 0;
            break;
        case pb::COMPUTATION_ADULTS_LEARNING:
            if (age < kAdultFrom || age > kAdultTo) continue;
            ++inScope;
            good += m.learning_activities_size() > 0 ? 1 : 0;
            break;
        default: return out;
        }
    }
    out.what = c;
    out.inScope = inScope;
    out.good = good;
    out.unknown = unknown;
    switch (c) {
    case pb::COMPUTATION_CHILDREN_IN_SCHOOL:
    case pb::COMPUTATION_ADULTS_LEARNING:
        out.known = true;
        out.met = good == inScope;
        return out;
    case pb::COMPUTATION_ADULTS_LITERATE:
        out.known = good == inScope || unknown == 0;
        out.met = good == inScope;
        return out;
    default: return out;
    }
}

Computed computeShare(pb::Computation c, int recognised, int total, int minPercent)
{
    Computed out;
    out.what = c;
    out.inScope = total;
    out.good = recognised;
    out.minPercent = minPercent;
    if (total <= 0) return out;
    out.known = true;
    out.percent = int(100.0 * recognised / total + 0.5);
    out.met = 100 * recognised >= minPercent * total; // exact, no rounding at the threshold
    return out;
}

QString Computed::explanation() const
{
    const QString n = QString::number(inScope), g = QString::number(good);
    const QString verdict = met ? QStringLiteral("đạt") : QStringLiteral("chưa đạt");
    switch (what) {
    case pb::COMPUTATION_CHILDREN_IN_SCHOOL:
        if (inScope == 0) return QStringLiteral("Không có trẻ trong độ tuổi phổ cập (6–14 tuổi) — đạt");
        return QStringLiteral("%1 trẻ trong độ tuổi đi học, %2 đang đi học — %3")
            .arg(n, met && inScope > 1 ? QStringLiteral("cả ") + g : g, verdict);
    case pb::COMPUTATION_ADULTS_LITERATE:
        if (inScope == 0) return QStringLiteral("Không có người 19–60 tuổi — đạt");
        if (!known)
            return QStringLiteral("%1 người 19–60 tuổi, chưa ghi mức biết chữ của %2 người").arg(n).arg(unknown);
        return QStringLiteral("%1 người 19–60 tuổi, %2 biết chữ — %3").arg(n, g, verdict);
    case pb::COMPUTATION_ADULTS_LEARNING:
        if (inScope == 0) return QStringLiteral("Không có người 19–60 tuổi — đạt");
        return QStringLiteral("%1 người 19–60 tuổi, %2 có hoạt động học tập trong năm — %3").arg(n, g, verdict);
    case pb::COMPUTATION_SHARE_LEARNING_FAMILIES:
    case pb::COMPUTATION_SHARE_LEARNING_CITIZENS:
        if (!known) return QStringLiteral("Chưa có số liệu");
        return QStringLiteral("%1/%2 %3 (%4%, cần %5%) — %6")
            .arg(good)
            .arg(inScope)
            .arg(what == pb::COMPUTATION_SHARE_LEARNING_CITIZENS ? QStringLiteral("thành viên là Công dân học tập")
                                                                 : QStringLiteral("hộ là Gia đình học tập"))
            .arg(percent)
            .arg(minPercent)
            .arg(verdict);
    default: return {};
    }
}

std::map<QString, Computed> computeItems(const pb::CriteriaSet &set, const pb::Evaluation &e,
                                         const SubjectRecords &records)
{
    std::map<QString, Computed> out;
    for (const auto &c : set.criteria()) {
        const QString code = QString::fromStdString(c.code());
        switch (c.computation()) {
        case pb::COMPUTATION_CHILDREN_IN_SCHOOL:
        case pb::COMPUTATION_ADULTS_LITERATE:
        case pb::COMPUTATION_ADULTS_LEARNING:
            if (e.subject_type() == pb::RECORD_TYPE_HOUSEHOLD)
                out[code] = computeFromMembers(c.computation(), records.members, int(e.year()));
            break;
        case pb::COMPUTATION_SHARE_LEARNING_FAMILIES:
            out[code] =
                computeShare(c.computation(), records.recognisedFamilies, records.households, int(c.min_percent()));
            break;
        case pb::COMPUTATION_SHARE_LEARNING_CITIZENS:
            out[code] =
                computeShare(c.computation(), records.learningCitizens, records.unitMembers, int(c.min_percent()));
            break;
        default: break;
        }
    }
    return out;
}

} // namespace kh::domain
