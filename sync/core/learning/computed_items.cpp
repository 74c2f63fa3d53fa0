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
    const QString n = QString::number(inScope), g = QString::number(good);
    switch (c) {
    case pb::COMPUTATION_CHILDREN_IN_SCHOOL:
        if (inScope == 0) {
            out.known = true;
            out.met = true;
            out.explanation = QStringLiteral("Không có trẻ trong độ tuổi phổ cập (6–14 tuổi) — đạt");
            return out;
        }
        out.known = true;
        out.met = good == inScope;
        out.explanation = out.met ? QStringLiteral("%1 trẻ trong độ tuổi đi học, %2 đang đi học — đạt")
                                        .arg(n, inScope == good && inScope > 1 ? QStringLiteral("cả ") + g : g)
                                  : QStringLiteral("%1 trẻ trong độ tuổi đi học, %2 đang đi học — chưa đạt").arg(n, g);
        return out;
    case pb::COMPUTATION_ADULTS_LITERATE:
        if (inScope == 0) {
            out.known = true;
            out.met = true;
            out.explanation = QStringLiteral("Không có người 19–60 tuổi — đạt");
            return out;
        }
        out.known = good == inScope || unknown == 0;
        out.met = good == inScope;
        out.explanation =
            out.met     ? QStringLiteral("%1 người 19–60 tuổi, %2 biết chữ — đạt").arg(n, g)
            : out.known ? QStringLiteral("%1 người 19–60 tuổi, %2 biết chữ — chưa đạt").arg(n, g)
                        : QStringLiteral("%1 người 19–60 tuổi, chưa ghi mức biết chữ của %2 người").arg(n).arg(unknown);
        return out;
    case pb::COMPUTATION_ADULTS_LEARNING:
        if (inScope == 0) {
            out.known = true;
            out.met = true;
            out.explanation = QStringLiteral("Không có người 19–60 tuổi — đạt");
            return out;
        }
        out.known = true;
        out.met = good == inScope;
        out.explanation = QStringLiteral("%1 người 19–60 tuổi, %2 có hoạt động học tập trong năm — %3")
                              .arg(n, g, out.met ? QStringLiteral("đạt") : QStringLiteral("chưa đạt"));
        return out;
    default: return out;
    }
}

Computed computeShare(pb::Computation c, int recognised, int total, int minPercent)
{
    Computed out;
    if (total <= 0) {
        out.explanation = QStringLiteral("Chưa có số liệu");
        return out;
    }
    out.known = true;
    out.percent = int(100.0 * recognised / total + 0.5);
    out.met = 100 * recognised >= minPercent * total; // exact, no rounding at the threshold
    const QString what = c == pb::COMPUTATION_SHARE_LEARNING_CITIZENS ? QStringLiteral("thành viên là Công dân học tập")
                                                                      : QStringLiteral("hộ là Gia đình học tập");
    out.explanation = QStringLiteral("%1/%2 %3 (%4%, cần %5%) — %6")
                          .arg(recognised)
                          .arg(total)
                          .arg(what)
                          .arg(out.percent)
                          .arg(minPercent)
                          .arg(out.met ? QStringLiteral("đạt") : QStringLiteral("chưa đạt"));
    return out;
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
