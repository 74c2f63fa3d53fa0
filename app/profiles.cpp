#include "profiles.h"

#include "core/access/access.h"
#include "core/security/secrets.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSysInfo>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace kh::app {

namespace {
constexpr int kSlowAfter = 5;  // wrong PINs before each further try waits (30 s, doubling)
constexpr int kDropAfter = 10; // wrong PINs before the token is dropped (password needed again)

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"}) QFile::remove(path + QLatin1String(suffix));
}
} // namespace

Profiles::Profiles(QObject *parent) : QObject(parent)
{
    secrets::init();
    connect(&m_auth, &AuthClient::finished, this, &Profiles::onLogin);
}

Profiles::~Profiles() = default;

void Profiles::setRoot(const QString &dir)
{
    m_root = dir;
    QDir().mkpath(QDir(m_root).filePath(QStringLiteral("users")));
    loadIndex();
}

void Profiles::openDeveloperDatabase(const QString &path)
{
    m_developer = true;
    // The token a `khuyenhoc-cli login` left in the database: developer mode has no PIN to seal one under.
    if (m_ws && m_ws->open(path)) m_ws->setToken(m_ws->store().meta("auth_token").toLatin1());
    setState(true, false);
}

void Profiles::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_ws = w;
    // Queued: the sync that found out is still unwinding when the database closes.
    if (m_ws) connect(m_ws, &Workspace::revoked, this, &Profiles::onRevoked, Qt::QueuedConnection);
    emit workspaceChanged();
}

QVariantList Profiles::users() const
{
    return m_users;
}

QString Profiles::pathOf(const QString &username) const
{
    return QDir(m_root).filePath(QStringLiteral("users/%1.db").arg(username));
}

void Profiles::loadIndex()
{
    m_users.clear();
    QFile f(QDir(m_root).filePath(QStringLiteral("users.json")));
    if (f.open(QIODevice::ReadOnly)) {
        for (const auto &v : QJsonDocument::fromJson(f.readAll()).array()) {
            const QVariantMap u = v.toObject().toVariantMap();
            // A user whose database is gone (removed by hand) is not listed.
            if (QFile::exists(pathOf(u.value(QStringLiteral("username")).toString()))) m_users << u;
        }
    }
    emit usersChanged();
}

void Profiles::saveIndex()
{
    QJsonArray a;
    for (const QVariant &u : m_users) a << QJsonObject::fromVariantMap(u.toMap());
    QFile f(QDir(m_root).filePath(QStringLiteral("users.json")));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) f.write(QJsonDocument(a).toJson());
    emit usersChanged();
}

void Profiles::setMessage(const QString &m)
{
    if (m == m_message) return;
    m_message = m;
    emit messageChanged();
}

void Profiles::setState(bool unlocked, bool needsPin)
{
    const bool changed = unlocked != m_unlocked || needsPin != m_needsPin;
    m_unlocked = unlocked;
    m_needsPin = needsPin;
    emit stateChanged();
    if (changed) emit accessChanged();
}

int Profiles::waitSeconds() const
{
    if (!m_ws || !m_ws->isOpen()) return 0;
    const qint64 until = m_ws->store().meta("pin_wait_until").toLongLong();
    const qint64 left = until - DeviceClock::systemNowMs();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

bool Profiles::openUser(const QString &username)
{
    if (!m_ws) return false;
    if (m_current == username && m_ws->isOpen()) return true;
    m_ws->close();
    m_current.clear();
    if (!m_ws->open(pathOf(username))) return false;
    m_current = username;
    return true;
}

void Profiles::login(const QString &server, const QString &username, const QString &password)
{
    if (m_busy || !m_ws) return;
    QUrl url;
    if (const QString e = Workspace::checkServerUrl(server, &url); !e.isEmpty()) {
        setMessage(e);
        emit loginFailed();
        return;
    }
    const QString name = access::normalizeUsername(username);
    if (name.isEmpty() || password.isEmpty()) {
        setMessage(tr("Enter your user name and password."));
        emit loginFailed();
        return;
    }
    const bool relogin = m_unlocked && name == m_current;
    if (!relogin) {
        lock();
        m_loginCreated = !QFile::exists(pathOf(name));
        if (!openUser(name)) {
            setMessage(m_ws->lastError());
            emit loginFailed();
            return;
        }
    }
    m_loginUser = name;
    m_pendingServer = url.toString();
    m_busy = true;
    setMessage({});
    emit stateChanged();
    m_auth.login(ServerEndpoint{url, {}, ServerEndpoint::fromStore(m_ws->store(), {}).caCertificates}, name, password,
                 m_ws->store().deviceId(), QSysInfo::machineHostName());
}

void Profiles::onLogin(const LoginResult &r)
{
    m_busy = false;
    const bool relogin = m_unlocked && m_loginUser == m_current;
    if (!r.ok) {
        using E = LoginResult::Error;
        switch (r.error) {
        case E::BadCredentials:
            setMessage(tr("Wrong user name or password, or the account is disabled (ask the commune staff)."));
            break;
        case E::DeviceTaken:
            setMessage(
                tr("The data on this phone belongs to another account. Use “Add a user” to log in with this one."));
            break;
        case E::RateLimited:
            setMessage(tr("Too many wrong passwords. Try again in %Ln minute(s).", nullptr,
                          std::max(1, (r.retryAfterSeconds + 59) / 60)));
            break;
        case E::Offline:
        case E::Timeout:
            setMessage(
                tr("Cannot reach the server. The first login needs the network; try where the signal is better."));
            break;
        default: setMessage(tr("The server could not log you in (%1).").arg(r.message)); break;
        }
        if (!relogin) {
            // A database made for this attempt goes again; an existing user's stays as it was.
            const QString path = pathOf(m_loginUser);
            m_ws->close();
            m_current.clear();
            if (m_loginCreated) removeDatabase(path);
        }
        emit stateChanged();
        emit loginFailed();
        return;
    }
    m_ws->setAccount(m_pendingServer, r.account);
    QVariantMap entry{{QStringLiteral("username"), m_loginUser},
                      {QStringLiteral("displayName"), QString::fromStdString(r.account.display_name())},
                      {QStringLiteral("roleText"), access::roleName(r.account.role())},
                      {QStringLiteral("server"), m_pendingServer}};
    bool listed = false;
    for (QVariant &u : m_users)
        if (u.toMap().value(QStringLiteral("username")) == m_loginUser) {
            u = entry;
            listed = true;
        }
    if (!listed) m_users << entry;
    saveIndex();
    m_current = m_loginUser;
    if (relogin && !m_pin.isEmpty()) {
        // The same user again (the token had expired): seal the new token under the PIN they unlocked with.
        m_ws->store().setMeta("token_box", QString::fromLatin1(secrets::seal(r.token, m_pin).toBase64()));
        m_ws->setToken(r.token);
        setMessage({});
        emit stateChanged();
        emit loggedIn();
        return;
    }
    m_pendingToken = r.token;
    setState(false, true);
    emit loggedIn();
}

QString Profiles::checkPinFormat(const QString &pin)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(pin).hasMatch()) return tr("The PIN is 4 to 8 digits.");
    if (pin.count(pin.at(0)) == pin.size()) return tr("Choose a PIN that is not one digit repeated.");
    return {};
}

bool Profiles::choosePin(const QString &pin, const QString &repeat)
{
    if (!m_needsPin || !m_ws || !m_ws->isOpen()) return false;
    if (const QString e = checkPinFormat(pin); !e.isEmpty()) {
        setMessage(e);
        return false;
    }
    if (pin != repeat) {
        setMessage(tr("The two PINs differ. Type the same PIN twice."));
        return false;
    }
    m_ws->store().setMeta("token_box", QString::fromLatin1(secrets::seal(m_pendingToken, pin).toBase64()));
    m_ws->store().setMeta("pin_failures", QStringLiteral("0"));
    m_ws->setToken(m_pendingToken);
    m_pendingToken.clear();
    m_pin = pin;
    setMessage({});
    setState(true, false);
    return true;
}

bool Profiles::tryPin(const QString &pin)
{
    auto &s = m_ws->store();
    if (waitSeconds() > 0) {
        setMessage(tr("Too many wrong PINs. Wait %Ln second(s).", nullptr, waitSeconds()));
        return false;
    }
    const QByteArray box = QByteArray::fromBase64(s.meta("token_box").toLatin1());
    if (box.isEmpty()) {
        setMessage(tr("Log in with your password (this needs the network)."));
        return false;
    }
    if (const auto token = secrets::open(box, pin)) {
        s.setMeta("pin_failures", QStringLiteral("0"));
        s.setMeta("pin_wait_until", QString());
        m_ws->setToken(*token);
        m_pin = pin;
        setMessage({});
        return true;
    }
    const int failures = s.meta("pin_failures", QStringLiteral("0")).toInt() + 1;
    s.setMeta("pin_failures", QString::number(failures));
    if (failures >= kDropAfter) {
        s.setMeta("token_box", QString());
        setMessage(tr("Too many wrong PINs: log in again with your password. Your data is still on this phone."));
    } else if (failures >= kSlowAfter) {
        s.setMeta("pin_wait_until",
                  QString::number(DeviceClock::systemNowMs() + (30'000LL << (failures - kSlowAfter))));
        setMessage(tr("Wrong PIN. Wait %Ln second(s) before the next try.", nullptr, waitSeconds()));
    } else {
        setMessage(tr("Wrong PIN."));
    }
    return false;
}

bool Profiles::unlock(const QString &username, const QString &pin)
{
    if (!m_ws || (m_unlocked && username == m_current)) return m_unlocked;
    if (m_unlocked) lock();
    if (!openUser(username)) return false;
    const bool ok = tryPin(pin);
    if (ok)
        setState(true, false);
    else
        emit stateChanged();
    return ok;
}

bool Profiles::checkPin(const QString &pin)
{
    if (m_developer) return true;
    if (!m_unlocked || !m_ws || !m_ws->isOpen()) return false;
    const bool ok = tryPin(pin);
    emit stateChanged();
    return ok;
}

bool Profiles::takePhoneBack(const QString &pin)
{
    if (!checkPin(pin)) return false;
    m_ws->unlock();
    return true;
}

void Profiles::lock()
{
    if (m_developer) return;
    m_pin.clear();
    m_pendingToken.clear();
    if (m_ws) m_ws->close();
    m_current.clear();
    setState(false, false);
}

void Profiles::removeUser(const QString &username)
{
    if (username == m_current) lock();
    removeDatabase(pathOf(username));
    for (qsizetype i = 0; i < m_users.size(); ++i)
        if (m_users[i].toMap().value(QStringLiteral("username")) == username) m_users.removeAt(i--);
    saveIndex();
}

void Profiles::onRevoked()
{
    if (m_developer) return;
    const QString who = m_current;
    qCWarning(lcApp) << "access revoked for" << who << "on this phone: removing their data";
    removeUser(who);
    setMessage(
        tr("The commune staff revoked this phone for %1. Their data has been removed from this phone.").arg(who));
}

} // namespace kh::app
