// The device's workspace as the app sees it: the local database, the officer's settings stored in it, and
// one signal when anything in it changed (a local save or a sync), so models reload.
//
// main.cpp creates one and hands it to the QML root; tests create their own (it is a plain QML type).
#pragma once

#include "device/store/local_store.h"
#include "household_index.h"
#include "rollup_cache.h"
#include "sync_marks.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace kh::app {

class Workspace : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY openedChanged)
    Q_PROPERTY(QString path READ path NOTIFY openedChanged)
    Q_PROPERTY(bool configured READ configured NOTIFY settingsChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY settingsChanged)
    Q_PROPERTY(QString officerName READ officerName NOTIFY settingsChanged)
    Q_PROPERTY(QStringList communeCodes READ communeCodes NOTIFY settingsChanged)
    // The areas in words (village names arrive with a sync).
    Q_PROPERTY(QString areaTitle READ areaTitle NOTIFY areaTitleChanged)
    Q_PROPERTY(QString lockedHousehold READ lockedHousehold NOTIFY modeChanged)
    // This year, from the phone's clock corrected by the server's (DeviceClock); clockCorrected is false until
    // the phone has synced once, and the UI then says its date is the phone's own.
    Q_PROPERTY(int year READ year NOTIFY changed)
    Q_PROPERTY(bool clockCorrected READ clockCorrected NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY errorChanged)
    // The signed-in account (empty on a database made without one): its role decides what the UI offers.
    Q_PROPERTY(QString userName READ userName NOTIFY settingsChanged)
    Q_PROPERTY(int role READ role NOTIFY settingsChanged)
    Q_PROPERTY(bool canDecide READ canDecide NOTIFY settingsChanged)
    // Staff above the commune (and administrators) read their area's figures from the server.
    Q_PROPERTY(bool seesAreaFigures READ seesAreaFigures NOTIFY settingsChanged)
    // A household account: the phone shows its own household and its own declaration, nothing else.
    Q_PROPERTY(bool isHousehold READ isHousehold NOTIFY settingsChanged)
    Q_PROPERTY(QString ownHousehold READ ownHousehold NOTIFY settingsChanged)
    // The signed-in person's name as staff wrote it (the login name when there is none).
    Q_PROPERTY(QString displayName READ displayName NOTIFY settingsChanged)
    // The last deletion, while it can still be undone on this phone ("Nguyễn Văn An was removed..."); empty
    // when there is nothing to undo. A sync sends it and ends the offer.
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoChanged)
    // True while open() upgrades a database an older app left (its migration runs on another thread; a whole
    // ward's phone takes seconds): the app says so over everything instead of freezing without a word.
    Q_PROPERTY(bool upgrading READ upgrading NOTIFY upgradingChanged)

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    // The phone's own clock for the databases opened from now on (DeviceClock::systemNowMs unless a test says
    // otherwise: a phone whose date is wrong).
    void setPhysicalClock(HybridClock::NowFn now) { m_physical = std::move(now); }
    // Opens the device database at `path`, creating it on first run. False (and lastError) when it cannot.
    Q_INVOKABLE bool open(const QString &path);
    // Closes the database (locking the phone, switching user, removing a user's data).
    void close();
    bool upgrading() const { return m_upgrading; }
    // The database's default place on this device (app data directory), and the app data folder itself.
    Q_INVOKABLE static QString defaultPath();
    static QString defaultFolder();

    // First run: the server and the communes (official 5-digit codes) this officer works in. Accounts come
    // later (issue 5): this is the seam where a login will provide the areas instead.
    Q_INVOKABLE bool configure(const QString &serverUrl, const QStringList &communeCodes, const QString &officerName);
    Q_INVOKABLE bool setServerUrl(const QString &url);

    // Household self-service: the app shows only this household until an officer takes the phone back.
    Q_INVOKABLE void lockToHousehold(const QString &householdId);
    Q_INVOKABLE void unlock();

    bool isOpen() const { return bool(m_store); }
    QString path() const { return m_path; }
    bool configured() const;
    QString serverUrl() const;
    QString officerName() const;
    QStringList communeCodes() const;
    QString areaTitle() const;
    QString lockedHousehold() const { return m_locked; }
    int year() const;
    bool clockCorrected() const;
    QString lastError() const { return m_error; }

    LocalStore &store() { return *m_store; }
    // The device token of the signed-in user, held in memory only while the phone is unlocked.
    QByteArray token() const { return m_token; }
    void setToken(const QByteArray &token)
    {
        if (token == m_token) return;
        m_token = token;
        emit tokenChanged();
    }
    // Stores the account a login returned (DeviceAccount::storeLogin).
    void setAccount(const QString &serverUrl, const pb::Account &account);
    QString userName() const;
    int role() const;
    // May this user record decisions on learning families (recognise, reopen)? DeviceAccount::mayDecide.
    bool canDecide() const;
    bool seesAreaFigures() const;
    bool isHousehold() const;
    QString ownHousehold() const;
    QString displayName() const;
    QString undoText() const { return m_undoText; }
    // After a deletion: what it removed, as it was, so that undo() can bring it back.
    void offerUndo(const QString &text, std::vector<Record> removed);
    // Brings back what the last deletion removed (one local change-set). False, with lastError, when refused.
    Q_INVOKABLE bool undo();
    Q_INVOKABLE void forgetUndo();
    // The sync found this phone revoked for this user: emits revoked() so the owner removes the user's data.
    void accessRevoked() { emit revoked(); }
    HouseholdIndex &households() { return *m_households; }
    // The roll-up figures (dashboard, commune page), computed on another thread after changes.
    RollupCache &rollups() { return m_rollups; }
    // Is the household index still being read in the background (just after opening)? Lists that would wait
    // for it show that they are loading; `changed` is emitted when it is there.
    bool householdsLoading() const { return m_households && m_households->reading(); }
    // What is unfinished with the server, record by record (the marks on lists and pages).
    SyncMarks &syncMarks() { return *m_marks; }
    // Models and controllers call this after they wrote one record: shared indexes update that record only.
    void notifyChanged(pb::RecordType type, const std::string &id);
    // ... and this when anything may have changed (a sync applied, the language changed): indexes rebuild.
    Q_INVOKABLE void notifyChanged();
    // ... and this after a sync that received records: the lists update the records it changed, or rebuild
    // when it changed many.
    void notifySynced();
    // The type of the record the last `changed` was about; RECORD_TYPE_UNSPECIFIED when anything may have
    // changed. Lists that depend on other types can skip work.
    pb::RecordType lastChange() const { return m_lastChange; }
    void setError(const QString &e);

    // Checks a server address typed by a person; empty when fine, else a message in the UI language.
    static QString checkServerUrl(const QString &url, QUrl *out);
    // The server address in a text (typed, pasted, or read from the server's QR code) as the login page uses it;
    // empty when the text holds none.
    Q_INVOKABLE static QString serverAddressIn(const QString &text);

signals:
    void openedChanged();
    void settingsChanged();
    void modeChanged();
    void changed();
    void errorChanged();
    void revoked();
    void tokenChanged();
    void undoChanged();
    void areaTitleChanged();
    void upgradingChanged();

private:
    void householdsRead(int serial);
    // Brings an older database at `path` to this app's schema on another thread, the event loop turning (the
    // page that says so is drawn and animates) until it is done. Errors are left for the open that follows.
    void upgradeInBackground(const QString &path);
    bool m_upgrading = false;
    HybridClock::NowFn m_physical = DeviceClock::systemNowMs;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<HouseholdIndex> m_households;
    RollupCache m_rollups;
    std::unique_ptr<SyncMarks> m_marks;
    pb::RecordType m_lastChange = pb::RECORD_TYPE_UNSPECIFIED;
    QString m_path, m_error, m_locked;
    QByteArray m_token;
    QString m_undoText;
    std::vector<Record> m_undo;
};

} // namespace kh::app
