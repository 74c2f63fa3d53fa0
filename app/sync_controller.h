// What the officer sees of sync, always: changes not yet sent, the last successful sync, online or not, a
// progress bar, the receipt of the last sync in words and, when it failed, why and what to do.
// Syncs when asked, when the network comes back, and retries on its own while edits wait to be sent.
#pragma once

#include "device/net/sync_client.h"
#include "workspace.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace kh::app {

class SyncController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kh::app::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(bool online READ online NOTIFY stateChanged)
    // Whether the phone knows it is online or not: the platform said so, or this session reached the server or
    // failed to. Until then the bar says nothing about the network.
    Q_PROPERTY(bool onlineKnown READ onlineKnown NOTIFY stateChanged)
    // Records changed on this phone and not yet on the server (one household's twelve verdicts are one record).
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countsChanged)
    // Something needs the person: a conflict to review, a change refused, or the last sync failed. The bar is
    // never green then.
    Q_PROPERTY(bool needsAttention READ needsAttention NOTIFY countsChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY countsChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY countsChanged)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY countsChanged)
    // This user has synced on this phone at least once: "everything sent" means something only then.
    Q_PROPERTY(bool everSynced READ everSynced NOTIFY countsChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    // While a sync runs: records received so far, and how many it expects in all (the server's count of what
    // waits; -1 while unknown). progressText says both in words: "Đang tải 12.000 / 50.000 bản ghi (24%)".
    Q_PROPERTY(int receivedCount READ receivedCount NOTIFY progressChanged)
    Q_PROPERTY(int expectedCount READ expectedCount NOTIFY progressChanged)
    Q_PROPERTY(bool hasReceipt READ hasReceipt NOTIFY receiptChanged)
    Q_PROPERTY(bool lastOk READ lastOk NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptText READ receiptText NOTIFY receiptChanged)
    Q_PROPERTY(ErrorKind errorKind READ errorKind NOTIFY receiptChanged)
    Q_PROPERTY(QString errorTitle READ errorTitle NOTIFY receiptChanged)
    Q_PROPERTY(QString errorAdvice READ errorAdvice NOTIFY receiptChanged)
    Q_PROPERTY(QStringList rejectedReasons READ rejectedReasons NOTIFY countsChanged)
    Q_PROPERTY(bool autoSync READ autoSync WRITE setAutoSync NOTIFY autoSyncChanged)
    // After a failure of the network or server, the first automatic retry waits this long (then doubling, at
    // most ten minutes), while edits wait to be sent.
    Q_PROPERTY(int retryDelayMs READ retryDelayMs WRITE setRetryDelayMs NOTIFY autoSyncChanged)

public:
    enum class State { Idle, Syncing };
    Q_ENUM(State)
    // Why the last sync failed, as the UI explains it.
    // LoginNeeded: no token, or it expired (log in again; edits wait); AccessRevoked: staff revoked this phone
    // for this user (the workspace is told, and the user's data leaves the phone); Forbidden: an area asked
    // for is not the account's.
    enum class ErrorKind {
        None,
        NotConfigured,
        Offline,
        Timeout,
        ServerRefused,
        ServerError,
        BadResponse,
        StorageFull,
        Rejected,
        LoginNeeded,
        AccessRevoked,
        Forbidden,
        Cancelled
    };
    Q_ENUM(ErrorKind)

    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    Workspace *workspace() const { return m_ws; }
    void setWorkspace(Workspace *w);

    Q_INVOKABLE void sync();
    Q_INVOKABLE void cancel();

    State state() const { return m_state; }
    bool busy() const { return m_state == State::Syncing; }
    bool online() const { return m_online; }
    bool onlineKnown() const { return m_haveReachability || m_attempted; }
    int pendingCount() const { return m_pending; }
    bool needsAttention() const
    {
        return m_conflicts > 0 || !m_rejectedReasons.isEmpty() || (m_hasReceipt && m_errorKind != ErrorKind::None);
    }
    int conflictCount() const { return m_conflicts; }
    int rejectedCount() const { return int(m_rejectedReasons.size()); }
    QString lastSyncText() const;
    bool everSynced() const { return m_lastOkMs != 0; }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    int receivedCount() const { return m_received; }
    int expectedCount() const { return m_expected; }
    bool hasReceipt() const { return m_hasReceipt; }
    bool lastOk() const { return m_receipt.ok; }
    QString receiptText() const;
    ErrorKind errorKind() const { return m_errorKind; }
    QString errorTitle() const;
    QString errorAdvice() const;
    QStringList rejectedReasons() const { return m_rejectedReasons; }
    bool autoSync() const { return m_autoSync; }
    void setAutoSync(bool on);
    int retryDelayMs() const { return m_firstRetryMs; }
    void setRetryDelayMs(int ms);

    // Receipt wording, shared with tests: "152 hồ sơ đã gửi, 310 đã nhận, 2 xung đột" (records, however many
    // fields or verdicts each had).
    static QString describe(const SyncReceipt &r);
    // Why the server refused a change, in words. (Its technical detail names records by id: it goes to the log;
    // the refused records are listed by name on the sync page.)
    static QString describeRefusal(int reason);

signals:
    void workspaceChanged();
    void stateChanged();
    void countsChanged();
    void progressChanged();
    void receiptChanged();
    void autoSyncChanged();
    void finished(bool ok);

private:
    void refreshCounts();
    void onFinished(const SyncReceipt &r);
    void onProgress(int sent, int received, int pending, qint64 expected);
    void onReachability();
    void scheduleRetry();
    void syncSoonAfterStart();
    static constexpr int kStartSyncDelayMs = 2000; // let the first page draw before the network starts

    QPointer<Workspace> m_ws;
    std::unique_ptr<SyncClient> m_client;
    State m_state = State::Idle;
    bool m_online = false;
    bool m_haveReachability = false; // the platform tells us; else the last contact with the server does
    bool m_attempted = false;
    bool m_autoSync = true;
    bool m_cancelling = false;
    std::vector<RecordRef> m_pendingAtStart; // to count the records a sync sent
    int m_pending = 0, m_conflicts = 0;
    QStringList m_rejectedReasons;
    qint64 m_lastOkMs = 0;
    double m_progress = 0;
    QString m_progressText;
    int m_received = 0, m_expected = -1;
    bool m_hasReceipt = false;
    SyncReceipt m_receipt;
    ErrorKind m_errorKind = ErrorKind::None;
    QTimer m_retry;
    int m_firstRetryMs = 30'000;
    int m_nextRetryMs = 30'000;
};

} // namespace kh::app
