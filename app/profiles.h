// The people who use this phone. Each user has their own database (users/<name>.db under the app's data
// folder), so two officers sharing a phone see only their own areas, and removing one user's data is
// deleting one file. The first login needs the server (user name and password); it yields a device token,
// which is kept sealed under the user's PIN (argon2id-derived key, libsodium secretbox). After that the PIN
// unlocks the phone offline, for days or weeks. Wrong PINs are slowed down, and after ten the token is
// dropped: the next unlock needs the password and the network again (the data stays).
//
// When the server revokes the phone for a user, their database is removed. When the token expires, work
// goes on offline and edits wait; logging in again (re-login) sends them.
#pragma once

#include "device/net/auth_client.h"
#include "workspace.h"

#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class Profiles : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    // The users on this phone: {username, displayName, roleText, server}.
    Q_PROPERTY(QVariantList users READ users NOTIFY usersChanged)
    Q_PROPERTY(QString current READ current NOTIFY stateChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY stateChanged)
    Q_PROPERTY(bool needsPin READ needsPin NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool developerMode READ developerMode CONSTANT)

public:
    explicit Profiles(QObject *parent = nullptr);
    ~Profiles() override;

    // The folder holding users/ (the app data folder on a phone; --data DIR on a desktop).
    void setRoot(const QString &dir);
    // A single database given on the command line (tests, screenshots, the demo): no users, no lock; a token
    // written by `khuyenhoc-cli login` into that database is used.
    void openDeveloperDatabase(const QString &path);

    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);
    QVariantList users() const;
    QString current() const { return m_current; }
    bool unlocked() const { return m_unlocked; }
    bool needsPin() const { return m_needsPin; }
    bool busy() const { return m_busy; }
    int waitSeconds() const;
    QString message() const { return m_message; }
    bool developerMode() const { return m_developer; }

    // Logs `username` in on `server` (needs the network). For the signed-in user whose token expired it
    // replaces the token and keeps the PIN; for anyone else a PIN is chosen next (needsPin).
    Q_INVOKABLE void login(const QString &server, const QString &username, const QString &password);
    // The new user's PIN: 4 to 8 digits, typed twice, not one digit repeated.
    Q_INVOKABLE bool choosePin(const QString &pin, const QString &repeat);
    Q_INVOKABLE bool unlock(const QString &username, const QString &pin);
    // Checks the signed-in user's PIN without changing anything (an officer taking the phone back from a
    // household). Wrong answers count like wrong unlocks.
    Q_INVOKABLE bool checkPin(const QString &pin);
    // checkPin, then the workspace leaves household self-service.
    Q_INVOKABLE bool takePhoneBack(const QString &pin);
    // Locks the phone: the token leaves memory and the user's database is closed.
    Q_INVOKABLE void lock();
    // Removes a user and all their data from this phone.
    Q_INVOKABLE void removeUser(const QString &username);

    static QString checkPinFormat(const QString &pin);

signals:
    void workspaceChanged();
    void usersChanged();
    void stateChanged();
    void accessChanged(); // unlocked, needsPin or the current user changed
    void messageChanged();
    void loggedIn();
    void loginFailed();

private:
    QString pathOf(const QString &username) const;
    bool openUser(const QString &username);
    void onLogin(const LoginResult &r);
    void onRevoked();
    bool tryPin(const QString &pin);
    void saveIndex();
    void loadIndex();
    void setMessage(const QString &m);
    void setState(bool unlocked, bool needsPin);

    QPointer<Workspace> m_ws;
    QString m_root;
    QVariantList m_users;
    QString m_current;
    QString m_pin;             // while unlocked only: to seal a renewed token after a re-login
    QByteArray m_pendingToken; // between a login and the PIN that seals it
    QString m_pendingServer;
    QString m_loginUser;
    bool m_loginCreated = false; // the login made a new database, removed again if it fails
    bool m_unlocked = false, m_needsPin = false, m_busy = false, m_developer = false;
    QString m_message;
    AuthClient m_auth;
};

} // namespace kh::app
