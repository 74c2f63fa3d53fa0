// The most common task, as a village officer does it on the real UI: a household of three (the head, the
// spouse, a child), the head entered once as the first member, the family name prefilled for the next, the only
// village preselected. Shared by the test that holds the target (tst_app_field) and the app benchmark, which
// prints the count of taps.
#pragma once

#include "core/records/ids.h"
#include "phone.h"
#include "village_form.h"

#include <tuple>

namespace kh::test {

// A commune staff's database with `villages` villages, opened later without login (developer mode).
inline QStringList prepareCommuneDatabase(const QString &path, int villages = 1)
{
    app::Workspace ws;
    if (!ws.open(path) || !ws.configure(QStringLiteral("http://127.0.0.1:9"), {QStringLiteral("22945")}, {}))
        qFatal("cannot prepare %s", qPrintable(path));
    pb::Account a;
    a.set_username("can-bo-thu");
    a.set_display_name("Nguyễn Thị Lan");
    a.set_role(pb::ROLE_COMMUNE_STAFF);
    a.add_areas("c:22945");
    ws.setAccount(QStringLiteral("http://127.0.0.1:9"), a);
    QStringList ids;
    for (int i = 0; i < villages; ++i) {
        app::VillageForm f;
        f.setWorkspace(&ws);
        f.setName(QStringLiteral("Thôn Phú Lộc %1").arg(i + 1));
        ids << f.save();
    }
    return ids;
}

// From the start page, "Lê Văn Tám" (born 1970, male), then "Lê Thị Hoa" (1974, wife) and "Lê Minh Khoa"
// (2008, child), ending on the household's page. Every tap goes through the Phone, which counts it. False as
// soon as a step cannot be done as a person would.
inline bool addHouseholdOfThree(Phone &p)
{
    if (!p.tap(QStringLiteral("newHouseholdButton")) ||
        !p.type(QStringLiteral("familyNameInput"), QStringLiteral("Lê")) ||
        !p.type(QStringLiteral("middleNameInput"), QStringLiteral("Văn")) ||
        !p.type(QStringLiteral("givenNameInput"), QStringLiteral("Tám")) ||
        !p.type(QStringLiteral("headBirthYearInput"), QStringLiteral("1970")) ||
        !p.tap(QStringLiteral("headSexOption1")) || !p.tap(QStringLiteral("saveAddButton")))
        return false;
    for (const auto &[middle, given, year, sex, relation, last] :
         {std::tuple("Thị", "Hoa", "1974", 2, 2, false), std::tuple("Minh", "Khoa", "2008", 1, 3, true)}) {
        if (p.text(QStringLiteral("familyNameInput")) != QStringLiteral("Lê")) {
            qWarning() << "the family name was not prefilled";
            return false;
        }
        if (!p.type(QStringLiteral("middleNameInput"), QString::fromUtf8(middle)) ||
            !p.type(QStringLiteral("givenNameInput"), QString::fromUtf8(given)) ||
            !p.type(QStringLiteral("birthYearInput"), QString::fromUtf8(year)) ||
            !p.tap(QStringLiteral("sexOption%1").arg(sex)) ||
            !p.tap(QStringLiteral("relationOption%1").arg(relation)) ||
            !p.tap(last ? QStringLiteral("saveButton") : QStringLiteral("saveNextButton")))
            return false;
    }
    return p.page()->property("title").toString() == QStringLiteral("Lê Văn Tám");
}

} // namespace kh::test
