#include "device/account/device_account.h"

#include "core/access/access.h"

namespace kh {

void DeviceAccount::storeLogin(const QString &serverUrl, const pb::Account &a)
{
    QStringList grants;
    for (const auto &x : a.areas()) grants << QString::fromStdString(x);
    m_store.setMeta("server", serverUrl);
    m_store.setMeta("auth_user", QString::fromStdString(a.username()));
    m_store.setMeta("auth_role", access::roleName(a.role()));
    m_store.setMeta("officer", QString::fromStdString(a.display_name().empty() ? a.username() : a.display_name()));
    m_store.setMeta("auth_areas", grants.join(QLatin1Char(' ')));
    const bool fixed =
        a.role() == pb::ROLE_HOUSEHOLD || a.role() == pb::ROLE_VILLAGE_OFFICER || a.role() == pb::ROLE_COMMUNE_STAFF;
    if (fixed) {
        m_store.setAreas(grants);
    } else if (m_store.areas().isEmpty()) {
        QStringList communes;
        for (const QString &g : grants)
            if (g.startsWith(QLatin1String("c:"))) communes << g;
        if (!communes.isEmpty()) m_store.setAreas(communes);
    }
}

QString DeviceAccount::user() const
{
    return m_store.meta("auth_user");
}

pb::Role DeviceAccount::role() const
{
    const auto r = access::parseRole(m_store.meta("auth_role"));
    return r ? *r : pb::ROLE_UNSPECIFIED;
}

QStringList DeviceAccount::grants() const
{
    return m_store.meta("auth_areas").split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString DeviceAccount::displayName() const
{
    return m_store.meta("officer");
}

bool DeviceAccount::mayDecide(pb::LearningModel model) const
{
    return access::mayDecide(role(), model);
}

workflow::Actor DeviceAccount::actor() const
{
    return {role(), m_store.deviceId(), displayName(), m_store.clock().today()};
}

} // namespace kh
