#include "workspace.h"

#include "core/access/access.h"
#include "core/areas/admin_units.h"
#include "core/text/text.h"
#include "device/account/device_account.h"
#include "device/workflow/removal.h"
#include "user_message.h"

#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <thread>

Q_LOGGING_CATEGORY(lcApp, "kh.app")

namespace kh::app {

Workspace::Workspace(QObject *parent) : QObject(parent)
{
    connect(this, &Workspace::settingsChanged, this, &Workspace::areaTitleChanged);
    connect(this, &Workspace::changed, this, &Workspace::areaTitleChanged);
}
Workspace::~Workspace() = default;

QString Workspace::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Workspace::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/khuyenhoc.db");
}

void Workspace::upgradeInBackground(const QString &path)
{
    m_upgrading = true;
    emit upgradingChanged();
    QEventLoop wait;
    std::thread worker([&wait, path, now = m_physical] {
        try {
            LocalStore older(now);
            older.open(path); // migrates, then closes
        } catch (const std::exception &e) {
            qCWarning(lcApp) << "upgrading" << path << "failed:" << e.what();
        }
        QMetaObject::invokeMethod(&wait, &QEventLoop::quit, Qt::QueuedConnection);
    });
    wait.exec(QEventLoop::ExcludeUserInputEvents);
    worker.join();
    m_upgrading = false;
    emit upgradingChanged();
}

bool Workspace::open(const QString &path)
{
    if (QFileInfo::exists(path))
        if (const int v = LocalStore::schemaVersionOf(path); v > 0 && v < LocalStore::kSchemaVersion)
            upgradeInBackground(path);
    auto s = std::make_unique<LocalStore>(m_physical);
    try {
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (QFileInfo::exists(path))
            s->open(path);
        else
            s->create(path);
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "cannot open" << path << e.what();
        setError(userMessage(e, Doing::Opening));
        return false;
    }
    m_households.reset();
    m_marks.reset();
    m_rollups.close();
    m_store = std::move(s);
    m_rollups.open(*m_store, year());
    m_households = std::make_unique<HouseholdIndex>(*m_store, year());
    // Read on another thread while the first page is drawn; the lists that show households say they are
    // loading until it is there (a list that cannot wait, waits).
    m_households->readInBackground(path, [this](int serial) {
        QMetaObject::invokeMethod(
            this, [this, serial] { householdsRead(serial); }, Qt::QueuedConnection);
    });
    m_marks = std::make_unique<SyncMarks>(*m_store);
    m_path = path;
    m_locked = m_store->meta("locked_household");
    setToken({});
    emit openedChanged();
    emit settingsChanged();
    emit modeChanged();
    m_lastChange = pb::RECORD_TYPE_UNSPECIFIED; // everything is new: the lists reload (the index is being read)
    emit changed();
    return true;
}

QString Workspace::checkServerUrl(const QString &input, QUrl *out)
{
    QString t = input.trimmed();
    if (t.isEmpty()) return tr("Enter the server address, for example http://192.168.1.10:8080");
    // Pasted from a chat or from the server's terminal ("… (or type http://192.168.1.10:8080):"), or what a
    // phone's camera read from the server's QR code: the first address in the text, without a path.
    static const QRegularExpression link(QStringLiteral("https?://[^\\s()<>\"']+"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto m = link.match(t); m.hasMatch()) t = m.captured(0);
    if (!t.contains(QLatin1String("://"))) t.prepend(QLatin1String("http://"));
    QUrl u(t, QUrl::StrictMode);
    if (!u.isValid() || u.host().isEmpty() ||
        (u.scheme().toLower() != QLatin1String("http") && u.scheme().toLower() != QLatin1String("https")))
        return tr("This is not a server address. It looks like http://192.168.1.10:8080");
    u = u.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (out) *out = u;
    return {};
}

QString Workspace::serverAddressIn(const QString &text)
{
    QUrl u;
    return checkServerUrl(text, &u).isEmpty() ? u.toString() : QString();
}

void Workspace::close()
{
    if (!m_store) return;
    m_households.reset();
    m_marks.reset();
    m_rollups.close();
    m_store.reset();
    setToken({});
    m_path.clear();
    m_locked.clear();
    forgetUndo();
    emit openedChanged();
    emit settingsChanged();
    emit modeChanged();
    emit changed();
}

void Workspace::setAccount(const QString &serverUrl, const pb::Account &a)
{
    if (!m_store) return;
    DeviceAccount(*m_store).storeLogin(serverUrl, a);
    emit settingsChanged();
}

QString Workspace::userName() const
{
    return m_store ? DeviceAccount(*m_store).user() : QString();
}
int Workspace::role() const
{
    return m_store ? int(DeviceAccount(*m_store).role()) : int(pb::ROLE_UNSPECIFIED);
}

bool Workspace::seesAreaFigures() const
{
    const auto r = pb::Role(role());
    return r == pb::ROLE_PROVINCIAL_STAFF || r == pb::ROLE_ADMINISTRATOR || r == pb::ROLE_COMMUNE_STAFF;
}

bool Workspace::isHousehold() const
{
    return pb::Role(role()) == pb::ROLE_HOUSEHOLD;
}

QString Workspace::ownHousehold() const
{
    if (!isHousehold()) return {};
    for (const QString &g : DeviceAccount(*m_store).grants())
        if (g.startsWith(QLatin1String("h:"))) return g.mid(2);
    return {};
}

QString Workspace::displayName() const
{
    if (!m_store) return {};
    const QString name = DeviceAccount(*m_store).displayName();
    if (!name.isEmpty()) return name;
    const QString officer = officerName();
    return officer.isEmpty() ? userName() : officer;
}

void Workspace::offerUndo(const QString &text, std::vector<Record> removed)
{
    m_undo = std::move(removed);
    m_undoText = m_undo.empty() ? QString() : text;
    emit undoChanged();
}

void Workspace::forgetUndo()
{
    if (m_undo.empty() && m_undoText.isEmpty()) return;
    m_undo.clear();
    m_undoText.clear();
    emit undoChanged();
}

bool Workspace::undo()
{
    if (!m_store || m_undo.empty()) return false;
    try {
        restoreRecords(*m_store, m_undo);
    } catch (const std::exception &e) {
        setError(userMessage(e));
        return false;
    }
    forgetUndo();
    notifyChanged();
    return true;
}

bool Workspace::canDecide() const
{
    return m_store && DeviceAccount(*m_store).mayDecide(pb::LEARNING_MODEL_FAMILY);
}

bool Workspace::configure(const QString &serverUrl, const QStringList &communeCodes, const QString &officerName)
{
    if (!m_store) return false;
    QUrl url;
    if (const QString e = checkServerUrl(serverUrl, &url); !e.isEmpty()) {
        setError(e);
        return false;
    }
    if (communeCodes.isEmpty()) {
        setError(tr("Choose at least one commune you work in."));
        return false;
    }
    QStringList areas;
    for (const QString &c : communeCodes) {
        if (!AdminUnits::builtin().commune(c)) {
            setError(tr("Unknown commune code %1.").arg(c));
            return false;
        }
        areas << QStringLiteral("c:") + c;
    }
    try {
        m_store->setMeta("server", url.toString());
        m_store->setMeta("officer", cleanText(officerName));
        m_store->setAreas(areas);
    } catch (const std::exception &e) {
        setError(userMessage(e));
        return false;
    }
    setError({});
    emit settingsChanged();
    return true;
}

bool Workspace::setServerUrl(const QString &input)
{
    QUrl url;
    if (const QString e = checkServerUrl(input, &url); !e.isEmpty()) {
        setError(e);
        return false;
    }
    m_store->setMeta("server", url.toString());
    setError({});
    emit settingsChanged();
    return true;
}

void Workspace::lockToHousehold(const QString &householdId)
{
    if (!m_store || householdId.isEmpty()) return;
    m_store->setMeta("locked_household", householdId);
    m_locked = householdId;
    emit modeChanged();
}

void Workspace::unlock()
{
    if (!m_store) return;
    m_store->setMeta("locked_household", QString());
    m_locked.clear();
    emit modeChanged();
}

bool Workspace::configured() const
{
    // Provincial staff need no records on the phone: their figures come from the server (AreaReportController).
    return m_store && !m_store->meta("server").isEmpty() &&
           (!m_store->areas().isEmpty() || pb::Role(role()) == pb::ROLE_PROVINCIAL_STAFF);
}

QString Workspace::serverUrl() const
{
    return m_store ? m_store->meta("server") : QString();
}
QString Workspace::officerName() const
{
    return m_store ? m_store->meta("officer") : QString();
}

QStringList Workspace::communeCodes() const
{
    QStringList out;
    if (!m_store) return out;
    for (const QString &a : m_store->areas())
        if (a.startsWith(QLatin1String("c:"))) out << a.mid(2);
    return out;
}

QString Workspace::areaTitle() const
{
    // The areas in words: communes from the national list, villages by their names (a village officer's area).
    QStringList names;
    if (!m_store) return {};
    for (const QString &a : m_store->areas()) {
        if (a.startsWith(QLatin1String("c:"))) {
            if (const auto *info = AdminUnits::builtin().commune(a.mid(2))) names << info->fullName;
        } else if (a.startsWith(QLatin1String("v:"))) {
            const auto v = m_store->get(pb::RECORD_TYPE_VILLAGE, a.mid(2).toStdString());
            pb::Village village;
            if (v && village.ParseFromString(v->values()) && !village.name().empty()) {
                const auto *info = AdminUnits::builtin().commune(QString::fromStdString(village.commune_code()));
                names << (info ? tr("%1, %2").arg(QString::fromStdString(village.name()), info->fullName)
                               : QString::fromStdString(village.name()));
            }
        } else if (a.startsWith(QLatin1String("p:"))) {
            if (const auto *p = AdminUnits::builtin().province(a.mid(2))) names << p->fullName;
        }
    }
    if (names.isEmpty() && !m_store->areas().isEmpty()) return tr("Your area (its name arrives with the first sync)");
    return names.join(QStringLiteral("; "));
}

int Workspace::year() const
{
    return m_store ? m_store->clock().year() : 0;
}

bool Workspace::clockCorrected() const
{
    return m_store && m_store->clock().serverCorrected();
}

void Workspace::notifyChanged()
{
    m_lastChange = pb::RECORD_TYPE_UNSPECIFIED;
    if (m_store) m_rollups.invalidate(year());
    if (m_marks) m_marks->invalidate();
    if (m_households) {
        m_households->setYear(year()); // a sync may have corrected the phone's clock into another year
        m_households->invalidate();
    }
    emit changed();
}

void Workspace::householdsRead(int serial)
{
    m_rollups.hurry(); // the figures next, now that the households are read (the two reads do not overlap)
    // Taken here, or already by a list that could not wait: either way the lists that said "loading" redraw.
    if (!m_households || !m_households->finishRead(serial)) return;
    m_lastChange = pb::RECORD_TYPE_HOUSEHOLD;
    emit changed();
}

void Workspace::notifySynced()
{
    const auto received = m_store ? m_store->takeReceived() : LocalStore::Received{};
    if (received.many || !m_households || m_households->year() != year()) {
        notifyChanged();
        return;
    }
    m_lastChange = pb::RECORD_TYPE_UNSPECIFIED; // other lists reload (what arrived may be of any type)
    m_rollups.invalidate(year());
    if (m_marks) m_marks->invalidate(); // the outbox was acknowledged
    for (const auto &ref : received.refs) m_households->update(ref.type, ref.id);
    emit changed();
}

void Workspace::notifyChanged(pb::RecordType type, const std::string &id)
{
    m_lastChange = type;
    if (m_store) m_rollups.invalidate(year());
    if (m_marks) {
        // A save queued change-sets: only those are read. A sync that received nothing shrank the outbox.
        if (type == pb::RECORD_TYPE_UNSPECIFIED)
            m_marks->invalidate();
        else
            m_marks->addQueued();
    }
    if (m_households) m_households->update(type, id);
    emit changed();
}

void Workspace::setError(const QString &e)
{
    if (e == m_error) return;
    m_error = e;
    emit errorChanged();
}

} // namespace kh::app
