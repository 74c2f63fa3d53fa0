#include "sync_controller.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QThread>
#include <climits>
#include <set>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace kh::app {

SyncController::SyncController(QObject *parent) : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_autoSync && (m_pending > 0 || !m_attempted)) sync();
    });
    // The platform's reachability, where Qt has a backend for it (Android, NetworkManager on Linux). Without
    // one the retry timer stands in: while edits wait, sync is retried with a growing delay.
    if (QNetworkInformation::loadDefaultBackend() ||
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (auto *ni = QNetworkInformation::instance()) {
            connect(ni, &QNetworkInformation::reachabilityChanged, this, &SyncController::onReachability);
            m_haveReachability = ni->reachability() != QNetworkInformation::Reachability::Unknown;
            m_online = ni->reachability() == QNetworkInformation::Reachability::Online ||
                       ni->reachability() == QNetworkInformation::Reachability::Site;
        }
    }
}

SyncController::~SyncController() = default;

void SyncController::setWorkspace(Workspace *w)
{
    if (w == m_ws) return;
    if (m_ws) disconnect(m_ws, nullptr, this, nullptr);
    m_client.reset();
    m_ws = w;
    if (m_ws) {
        connect(m_ws, &Workspace::changed, this, &SyncController::refreshCounts);
        connect(m_ws, &Workspace::openedChanged, this, [this] {
            // Another user's database (or none): the client and the last receipt were the previous user's.
            m_retry.stop();
            m_client.reset();
            m_hasReceipt = false;
            m_errorKind = ErrorKind::None;
            m_state = State::Idle;
            m_lastOkMs = 0;      // the last sync is this user's own
            m_attempted = false; // and what the network did for the previous user is not known for this one
            emit stateChanged();
            emit receiptChanged();
            refreshCounts();
        });
        connect(m_ws, &Workspace::settingsChanged, this, &SyncController::syncSoonAfterStart);
        connect(m_ws, &Workspace::tokenChanged, this, [this] {
            m_attempted = false; // a new login or an unlock: one sync shortly after, as at start
            syncSoonAfterStart();
        });
    }
    refreshCounts();
    syncSoonAfterStart();
    emit workspaceChanged();
}

void SyncController::syncSoonAfterStart()
{
    // One sync shortly after the app starts (or is first set up): edits left from last time go out, and what
    // colleagues sent comes in. With nothing to do it costs one small request.
    // (Not before a login has given the phone a token: the sync after unlocking does it.)
    if (m_autoSync && !m_attempted && !busy() && m_ws && m_ws->configured() && !m_ws->token().isEmpty() &&
        !m_retry.isActive())
        m_retry.start(kStartSyncDelayMs);
}

void SyncController::setAutoSync(bool on)
{
    if (on == m_autoSync) return;
    m_autoSync = on;
    if (!on) m_retry.stop();
    emit autoSyncChanged();
}

void SyncController::setRetryDelayMs(int ms)
{
    if (ms == m_firstRetryMs || ms <= 0) return;
    m_firstRetryMs = m_nextRetryMs = ms;
    emit autoSyncChanged();
}

void SyncController::refreshCounts()
{
    if (!m_ws || !m_ws->isOpen()) return;
    auto &s = m_ws->store();
    try {
        m_pending = int(s.pendingRecords().size());
        int open = 0;
        for (const auto &r : s.list(pb::RECORD_TYPE_CONFLICT)) {
            pb::Conflict c;
            c.ParseFromString(r.values());
            open += c.resolved() ? 0 : 1;
        }
        m_conflicts = open;
        m_rejectedReasons.clear();
        for (const auto &rj : s.rejected()) m_rejectedReasons << describeRefusal(rj.reason);
        const auto last = s.lastSync(true);
        m_lastOkMs = last ? last->atMs : 0;
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "reading sync counts failed:" << e.what();
    }
    emit countsChanged();
    const bool transient =
        m_errorKind == ErrorKind::Offline || m_errorKind == ErrorKind::Timeout || m_errorKind == ErrorKind::ServerError;
    if (m_pending > 0 && m_autoSync && !busy() && !m_retry.isActive() && transient) scheduleRetry();
}

QString SyncController::lastSyncText() const
{
    if (!m_lastOkMs) return tr("Never synced");
    // The history keeps the phone's own time; shown corrected like every date on the phone.
    const auto &clock = m_ws->store().clock();
    const qint64 corrected = m_lastOkMs + (clock.nowMs() - m_ws->store().hlc().physicalMs());
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(corrected);
    const QLocale loc;
    if (Clock::dateOf(corrected) == clock.today())
        return tr("Synced today at %1").arg(loc.toString(t.time(), QLocale::ShortFormat));
    return tr("Synced %1").arg(loc.toString(t, QLocale::ShortFormat));
}

void SyncController::sync()
{
    if (!m_ws || !m_ws->isOpen() || busy()) return;
    m_retry.stop();
    if (!m_ws->configured()) {
        m_hasReceipt = true;
        m_receipt = {};
        m_errorKind = ErrorKind::NotConfigured;
        emit receiptChanged();
        emit finished(false);
        return;
    }
    m_ws->forgetUndo(); // the deletion goes out now: undoing it is no longer local
    try {
        m_pendingAtStart = m_ws->store().pendingRecords();
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "reading the outbox failed:" << e.what();
    }
    if (!m_client) {
        m_client = std::make_unique<SyncClient>(m_ws->store());
        connect(m_client.get(), &SyncClient::finished, this, &SyncController::onFinished);
        connect(m_client.get(), &SyncClient::progress, this, &SyncController::onProgress);
    }
    m_client->setEndpoint(ServerEndpoint::fromStore(m_ws->store(), m_ws->token()));
    m_client->setOptions(SyncOptions());
    m_progress = m_pending > 0 ? 0 : -1;
    m_progressText = tr("Connecting to the server…");
    m_received = 0;
    m_expected = -1;
    m_state = State::Syncing;
    emit progressChanged();
    emit stateChanged();
    m_client->start();
}

void SyncController::onProgress(int sent, int received, int pending, qint64 expected)
{
    const QLocale loc;
    m_received = received;
    m_expected = expected < 0 ? -1 : int(std::min<qint64>(std::max<qint64>(expected, received), INT_MAX));
    if (pending > 0) {
        const int total = sent + pending;
        m_progress = double(sent) / total;
        m_progressText = tr("Sending: %1 of %2").arg(loc.toString(sent), loc.toString(total));
    } else if (expected > 0) {
        // A long pull (a new phone's first sync): the server said how many records wait.
        const int whole = m_expected;
        const int percent = int(100 * qint64(received) / whole);
        m_progress = double(received) / whole;
        //: While a sync downloads records: received so far, of how many in all, and the percentage.
        //: "Receiving 12,000 of 50,000 records (24%)"
        m_progressText =
            tr("Receiving %1 of %Ln record(s) (%2%)", "sync progress", whole).arg(loc.toString(received)).arg(percent);
    } else {
        m_progress = -1; // receiving, size unknown
        m_progressText = tr("Receiving: %1 records").arg(loc.toString(received));
    }
    emit progressChanged();
}

void SyncController::cancel()
{
    if (!m_client || !busy()) return;
    m_cancelling = true;
    m_client->abort();
}

void SyncController::onFinished(const SyncReceipt &r)
{
    m_receipt = r;
    // Sent, by record: what waited at the start and waits no more.
    try {
        const auto still = m_ws ? m_ws->store().pendingRecords() : std::vector<RecordRef>();
        const std::set<RecordRef> waiting(still.begin(), still.end());
        m_receipt.sent = int(std::count_if(m_pendingAtStart.begin(), m_pendingAtStart.end(),
                                           [&](const RecordRef &ref) { return !waiting.count(ref); }));
    } catch (const std::exception &e) {
        qCWarning(lcApp) << "reading the outbox failed:" << e.what();
    }
    m_hasReceipt = true;
    using E = SyncReceipt::Error;
    switch (r.error) {
    case E::NoError: m_errorKind = r.rejected > 0 ? ErrorKind::Rejected : ErrorKind::None; break;
    case E::Offline: m_errorKind = ErrorKind::Offline; break;
    case E::Timeout: m_errorKind = ErrorKind::Timeout; break;
    case E::ServerRefused:
    case E::SequenceGap: m_errorKind = ErrorKind::ServerRefused; break;
    case E::ServerError:
    case E::Busy: m_errorKind = ErrorKind::ServerError; break;
    case E::BadResponse: m_errorKind = ErrorKind::BadResponse; break;
    case E::Storage:
    case E::StorageFull: m_errorKind = ErrorKind::StorageFull; break;
    case E::Unauthorized:
    case E::SessionExpired: m_errorKind = ErrorKind::LoginNeeded; break;
    case E::Revoked: m_errorKind = ErrorKind::AccessRevoked; break;
    case E::Forbidden: m_errorKind = ErrorKind::Forbidden; break;
    }
    const bool cancelled = std::exchange(m_cancelling, false) && !r.ok;
    if (cancelled) m_errorKind = ErrorKind::Cancelled; // the person stopped it: not the network's fault
    if (!r.ok) qCWarning(lcApp) << "sync failed:" << r.error << r.message;
    if (!cancelled) {
        m_attempted = true;
        m_online = r.ok || (r.error != E::Offline && r.error != E::Timeout);
    }
    m_state = State::Idle;
    if (r.ok) m_nextRetryMs = m_firstRetryMs;
    emit stateChanged();
    emit receiptChanged();
    // Records arrived: everything reloads. Nothing arrived: only the outbox shrank, counts refresh.
    if (m_ws) {
        if (r.received > 0)
            m_ws->notifySynced();
        else
            m_ws->notifyChanged(pb::RECORD_TYPE_UNSPECIFIED, {});
    }
    emit finished(r.ok);
    if (r.ok && r.fromStart && r.received >= LocalStore::kCompactAfterRecords && m_ws) {
        // A first sync filled the tables in the server's order: rewritten once without the half-empty pages, on a
        // thread of its own so the phone stays usable (an edit saved meanwhile waits for it, up to 5 s).
        QThread *t = QThread::create([path = m_ws->store().path()] { LocalStore::compactFile(path); });
        connect(t, &QThread::finished, t, &QObject::deleteLater);
        t->start(QThread::LowestPriority);
    }
    if (r.error == E::Revoked && m_ws) m_ws->accessRevoked(); // last: the workspace may close
}

void SyncController::scheduleRetry()
{
    m_retry.start(m_nextRetryMs);
    m_nextRetryMs = std::min(m_nextRetryMs * 2, 600'000);
}

void SyncController::onReachability()
{
    auto *ni = QNetworkInformation::instance();
    if (!ni) return;
    const bool up = ni->reachability() == QNetworkInformation::Reachability::Online ||
                    ni->reachability() == QNetworkInformation::Reachability::Site;
    if (!up) {
        m_online = false;
        emit stateChanged();
        return;
    }
    m_nextRetryMs = m_firstRetryMs;
    if (m_autoSync && m_pending > 0) sync(); // the network came back with edits waiting
}

QString SyncController::describe(const SyncReceipt &r)
{
    QStringList parts;
    parts << tr("%Ln record(s) sent", nullptr, r.sent) << tr("%Ln received", nullptr, r.received);
    // Only the conflicts this sync made, and only when it made some: "0 conflicts" beside the bar's "1 conflict
    // to review" (an older one) read as a contradiction.
    if (r.conflicts > 0) parts << tr("%Ln new conflict(s)", nullptr, r.conflicts);
    if (r.rejected > 0) parts << tr("%Ln refused", nullptr, r.rejected);
    return parts.join(QStringLiteral(", "));
}

QString SyncController::describeRefusal(int reason)
{
    QString why;
    switch (reason) {
    case pb::REJECT_REASON_INVALID: why = tr("Some information is not valid"); break;
    case pb::REJECT_REASON_CLOCK_AHEAD:
        why = tr("The phone's clock is wrong; the change is sent again with the right time");
        break;
    case pb::REJECT_REASON_UNKNOWN_REFERENCE:
        why = tr("It refers to a village or household the server does not have (deleted elsewhere?)");
        break;
    case pb::REJECT_REASON_READ_ONLY:
        why = tr("This information can only be changed by the commune or the server");
        break;
    case pb::REJECT_REASON_FORBIDDEN: why = tr("Your account may not make this change"); break;
    default: why = tr("Refused by the server"); break;
    }
    return why;
}

QString SyncController::receiptText() const
{
    return m_hasReceipt ? describe(m_receipt) : QString();
}

QString SyncController::errorTitle() const
{
    switch (m_errorKind) {
    case ErrorKind::None: return {};
    case ErrorKind::NotConfigured: return tr("No server address yet");
    case ErrorKind::Offline: return tr("Cannot reach the server");
    case ErrorKind::Timeout: return tr("The network is too slow, the sync stopped");
    case ErrorKind::ServerRefused: return tr("The server refused the request");
    case ErrorKind::ServerError: return tr("The server has a problem");
    case ErrorKind::BadResponse: return tr("The server's answer could not be read");
    case ErrorKind::StorageFull: return tr("The phone's storage is full");
    case ErrorKind::Rejected: return tr("Some changes were refused by the server");
    case ErrorKind::LoginNeeded: return tr("Log in again to send your work");
    case ErrorKind::AccessRevoked: return tr("This phone's access was revoked");
    case ErrorKind::Forbidden: return tr("Your account may not see this area");
    case ErrorKind::Cancelled: return tr("You stopped the sync");
    }
    return {};
}

QString SyncController::errorAdvice() const
{
    switch (m_errorKind) {
    case ErrorKind::None: return {};
    case ErrorKind::NotConfigured: return tr("Enter the server address in Settings, then sync again.");
    case ErrorKind::Offline:
        return tr("Check the mobile signal or Wi-Fi. Your work is safe on this phone and will be sent automatically "
                  "when the network is back.");
    case ErrorKind::Timeout:
        return tr("Try again where the signal is better. What already reached the server is kept; the next sync "
                  "continues from there.");
    case ErrorKind::ServerRefused:
        return tr("Check the server address in Settings. If it is right, tell the commune staff.");
    case ErrorKind::ServerError: return tr("Try again in a few minutes. If it keeps failing, tell the commune staff.");
    case ErrorKind::BadResponse:
        return tr(
            "The server address may be wrong, or a Wi-Fi login page got in the way. Check the address in Settings.");
    case ErrorKind::StorageFull:
        return tr("Delete some photos, videos or apps you do not need, then sync again. Nothing has been lost: what "
                  "was already received stays on this phone, and the next sync continues from there.");
    case ErrorKind::Rejected:
        return tr(
            "The refused changes stay on this phone. See the list below and correct them, or tell the commune staff.");
    case ErrorKind::LoginNeeded:
        return tr("Your login has expired. Your work is safe on this phone; log in again with your password when there "
                  "is a network, and it will be sent.");
    case ErrorKind::AccessRevoked:
        return tr("The commune staff revoked this phone for your account. Your data has been removed from it; ask them "
                  "for access again.");
    case ErrorKind::Forbidden: return tr("Ask the commune staff to give your account this area.");
    case ErrorKind::Cancelled:
        return tr("What already reached the server is kept. The rest waits on this phone; sync again when you want.");
    }
    return {};
}

} // namespace kh::app
