#include "device/net/sync_session.h"

#include "core/wire/field_split.h"
#include "core/wire/sync_response_frames.h"
#include "core/wire/zstd_codec.h"

namespace kh {

namespace {
const std::string kServerDictionariesKey = "server_zstd_dictionaries";
const std::string kServerSplitKey = "server_reads_split";
constexpr qsizetype kSplitFrom = 32 * 1024;         // requests from this size on are split, when the server reads them
constexpr qsizetype kMaxAnswer = 256 * 1024 * 1024; // decoded; a page is at most 2 MiB
} // namespace

SyncSession::SyncSession(LocalStore &store, const SyncOptions &options)
    : m_store(store), m_options(options), m_areas(store.areas()),
      m_serverDictionaries(parseDictionaryIds(store.meta(kServerDictionariesKey).toLatin1())),
      m_serverSplit(store.meta(kServerSplitKey) == QLatin1String("1"))
{}

void SyncSession::rememberServerDictionaries(const QList<quint32> &ids, bool split)
{
    if (ids == m_serverDictionaries && split == m_serverSplit) return;
    m_serverDictionaries = ids;
    m_serverSplit = split;
    m_store.setMeta(kServerDictionariesKey, QString::fromLatin1(formatDictionaryIds(ids)));
    m_store.setMeta(kServerSplitKey, split ? QStringLiteral("1") : QString());
}

QByteArray SyncSession::dictionariesHeader() const
{
    static const QList<quint32> held = zstdDictionaryIds();
    if (!m_options.zstdDictionaries || held.isEmpty() || m_lastDictionary == held.last()) return {};
    return formatDictionaryIds(held);
}

bool SyncSession::retryWithoutDictionary()
{
    if (!m_retryPlain) return false;
    m_retryPlain = false;
    m_ahead.reset(); // compressed with what the server no longer reads
    m_receipt.ok = false;
    m_receipt.error = SyncReceipt::Error::NoError;
    m_receipt.message.clear();
    return true;
}

SyncSession::Built SyncSession::build(pb::SyncRequest &req, bool pull) const
{
    req.set_protocol(1);
    req.set_device(m_store.deviceId());
    for (const QString &a : m_areas) req.add_areas(a.toStdString());
    req.set_page_size(quint32(m_options.pageSize));
    req.set_pull(pull);
    Built b;
    b.pull = pull;
    b.serverSplit = m_serverSplit;
    b.serverDictionaries = m_serverDictionaries;
    if (req.push_size() > 0) {
        b.firstSeq = req.push(0).seq();
        b.lastSeq = req.push(req.push_size() - 1).seq();
    }
    const std::string raw = req.SerializeAsString();
    const QByteArray plain = QByteArray::fromRawData(raw.data(), qsizetype(raw.size()));
    // A large request split by field when the server reads that; otherwise with the newest dictionary both
    // hold (the server said which it holds), or plain zstd.
    b.split = m_options.fieldSplit && m_serverSplit && plain.size() >= kSplitFrom;
    b.dictionary = !b.split && m_options.zstdDictionaries ? zstdCommonDictionary(m_serverDictionaries) : 0;
    if (b.split) {
        std::vector<qsizetype> parts;
        const QByteArray split = splitFields(plain, &parts);
        b.body = zstdCompressParts(split, parts, 6);
    } else {
        b.body = zstdCompress(plain, 6, b.dictionary);
    }
    return b;
}

QByteArray SyncSession::sent(Built b)
{
    m_lastSplit = b.split;
    m_lastDictionary = b.dictionary;
    m_lastHadPush = b.lastSeq != 0;
    if (m_lastHadPush) m_lastSentSeq = b.lastSeq;
    m_sentPulls.push_back(b.pull);
    m_receipt.bytesUp += b.body.size();
    ++m_receipt.requests;
    return std::move(b.body);
}

QByteArray SyncSession::nextRequest()
{
    if (m_ahead) {
        Built ahead = std::move(*m_ahead);
        m_ahead.reset();
        // Still the next change-sets to send (everything before them acknowledged, nothing refused or re-queued),
        // and encoded as the server reads best (the first answer tells a new device what it reads).
        if (m_lastAnswerClean && ahead.serverSplit == m_serverSplit &&
            ahead.serverDictionaries == m_serverDictionaries && m_store.firstPendingSeq() == ahead.firstSeq) {
            ++m_receipt.builtAhead;
            return sent(std::move(ahead));
        }
    }
    pb::SyncRequest req;
    for (auto &cs : m_store.pending(m_options.maxPushBytes)) *req.add_push() = std::move(cs);
    req.set_cursor(m_store.cursorFor(m_areas));
    if (m_receipt.requests == 0) m_receipt.fromStart = req.cursor() == 0 && !m_areas.isEmpty();
    req.set_count_remaining(true); // pages asked for ahead (pipelinedRequest) do not ask again
    return sent(build(req, !m_areas.isEmpty()));
}

void SyncSession::prepareAhead()
{
    if (!m_lastHadPush || m_ahead) return;
    pb::SyncRequest req;
    for (auto &cs : m_store.pending(m_options.maxPushBytes, m_lastSentSeq)) *req.add_push() = std::move(cs);
    if (req.push_size() == 0) return;
    // The cursor the device holds while these change-sets were written: the server judges from it whether the
    // device's write sits on a version it had (and so need not come back to it).
    req.set_cursor(m_store.cursorFor(m_areas));
    m_ahead = build(req, false);
}

std::optional<QByteArray> SyncSession::pipelinedRequest()
{
    const pb::SyncResponse &resp = m_answer->resp;
    if (m_lastHadPush || !m_answerPulled || !resp.more() || resp.rejected_size() > 0) return std::nullopt;
    // An answer from another store epoch restarts the pull from 0 once applied: no page ahead on its cursor.
    const QString known = m_store.storeEpoch();
    if (!known.isEmpty() && QString::fromStdString(resp.store_epoch()) != known) return std::nullopt;
    pb::SyncRequest req;
    req.set_cursor(resp.cursor());
    return sent(build(req, true));
}

void SyncSession::fail(SyncReceipt::Error error, const QString &message)
{
    m_receipt.ok = false;
    m_receipt.error = error;
    m_receipt.message = message;
}

SyncSession::Step SyncSession::handleReply(int status, const QByteArray &body, const QByteArray &encoding,
                                           const QByteArray &dictionaries, const QByteArray &accepts)
{
    if (!parseReply(status, body, encoding, dictionaries, accepts))
        return retryWithoutDictionary() ? Step::Again : Step::Failed;
    return applyReply();
}

std::shared_ptr<DecodedAnswer> decodeAnswer(int status, const QByteArray &body, const QByteArray &encoding)
{
    auto a = std::make_shared<DecodedAnswer>();
    a->status = status;
    a->body = body;
    if (status != 200) return a;
    a->decoded = body;
    const bool split = encoding == "kh-split, zstd";
    if (encoding == "zstd" || split) {
        auto d = zstdDecompress(body, kMaxAnswer);
        if (!d) {
            a->error = QStringLiteral("response is not valid zstd");
            return a;
        }
        a->decoded = std::move(*d);
    }
    if (split) {
        auto joined = joinFields(a->decoded, kMaxAnswer);
        if (!joined) {
            a->error = QStringLiteral("response is not a split SyncResponse");
            return a;
        }
        a->decoded = std::move(*joined);
    }
    if (!splitSyncResponse(a->decoded, &a->resp, &a->frames)) {
        a->error = QStringLiteral("response is not a SyncResponse");
        return a;
    }
    try {
        a->records = LocalStore::prepare(a->frames);
    } catch (const std::exception &e) {
        a->error = QString::fromUtf8(e.what());
    }
    return a;
}

bool SyncSession::parseReply(int status, const QByteArray &body, const QByteArray &encoding,
                             const QByteArray &dictionaries, const QByteArray &accepts)
{
    return takeReply(decodeAnswer(status, body, encoding), dictionaries, accepts);
}

bool SyncSession::takeReply(std::shared_ptr<DecodedAnswer> answer, const QByteArray &dictionaries,
                            const QByteArray &accepts)
{
    m_answer = std::move(answer);
    if (!m_sentPulls.empty()) {
        m_answerPulled = m_sentPulls.front();
        m_sentPulls.pop_front();
    }
    m_lastAnswerClean = false;
    const DecodedAnswer &a = *m_answer;
    m_receipt.bytesDown += a.body.size();
    if (a.status != 200) {
        const QString msg =
            QStringLiteral("HTTP %1: %2").arg(a.status).arg(QString::fromUtf8(a.body.left(500)).trimmed());
        fail(SyncReceipt::refusalOf(a.status, a.body), msg);
        // Nothing of a refused request was applied: when it named a dictionary the server may not hold any
        // more, it can go again without one.
        if ((a.status == 400 || a.status == 415) && (m_lastDictionary != 0 || m_lastSplit)) {
            m_retryPlain = true;
            try {
                rememberServerDictionaries({}, false);
            } catch (const std::exception &) {
                m_serverDictionaries.clear(); // forgotten for this sync at least
                m_serverSplit = false;
            }
        }
        return false;
    }
    if (!a.error.isEmpty()) {
        fail(SyncReceipt::Error::BadResponse, a.error);
        return false;
    }
    m_answerDictionaries = parseDictionaryIds(dictionaries); // none listed: what the device knew still holds
    m_answerSplit = accepts.contains("kh-split");
    return true;
}

SyncSession::Step SyncSession::applyReply()
{
    const pb::SyncResponse &resp = m_answer->resp;
    ApplyResult applied;
    int pendingNow = 0;
    try {
        // An answer to a push only carries no cursor: the one stored stays.
        applied = m_store.apply(m_answer->resp, m_answer->records, m_answerPulled ? m_areas : QStringList(),
                                m_store.hlc().physicalMs());
        pendingNow = m_store.pendingCount();
        if (!m_answerDictionaries.isEmpty()) rememberServerDictionaries(m_answerDictionaries, m_answerSplit);
    } catch (const std::exception &e) {
        // Rolled back: the records and cursor of this answer are not stored, those of earlier answers stay.
        fail(LocalStore::isStorageFull(e) ? SyncReceipt::Error::StorageFull : SyncReceipt::Error::Storage,
             QString::fromUtf8(e.what()));
        return Step::Failed;
    }
    for (const auto &rj : resp.rejected())
        if (rj.reason() == pb::REJECT_REASON_SEQUENCE_GAP && rj.seq() > resp.acked_seq()) {
            fail(SyncReceipt::Error::SequenceGap, QString::fromStdString(rj.message()));
            return Step::Failed;
        }
    m_receipt.sent += applied.acked - applied.rejected;
    m_receipt.rejected += applied.rejected - applied.restamped;
    m_receipt.received += applied.received;
    m_lastAnswerClean = resp.rejected_size() == 0 && !applied.epochReset;
    if (m_answerPulled) { // (an answer to a push only says nothing of what waits to be pulled)
        if (resp.remaining() > 0)
            m_expected = m_receipt.received + qint64(resp.remaining());
        else if (!resp.more())
            m_expected = m_receipt.received;
        else if (m_expected >= 0)
            m_expected = std::max<qint64>(m_expected, m_receipt.received);
    }
    m_receipt.conflicts += int(resp.conflicts_created());
    // Guard against a server that keeps answering without taking anything.
    m_stalled = (pendingNow > 0 && applied.acked == 0 && pendingNow == m_lastPending) ? m_stalled + 1 : 0;
    m_lastPending = pendingNow;
    if (m_stalled >= 2) {
        fail(SyncReceipt::Error::ServerError, QStringLiteral("the server acknowledged nothing"));
        return Step::Failed;
    }
    if (m_receipt.requests >= m_options.maxRequests) {
        fail(SyncReceipt::Error::ServerError, QStringLiteral("too many requests in one sync"));
        return Step::Failed;
    }
    // After a push only, one more request pulls what others wrote meanwhile.
    const bool pullAfterPush = !m_answerPulled && !m_areas.isEmpty();
    if (resp.more() || pendingNow > 0 || applied.epochReset || pullAfterPush) return Step::Again;
    m_receipt.ok = true;
    m_receipt.error = SyncReceipt::Error::NoError;
    return Step::Done;
}

SyncReceipt::Error SyncReceipt::refusalOf(int status, const QByteArray &body)
{
    if (status == 401) {
        if (body.startsWith("expired:")) return SyncReceipt::Error::SessionExpired;
        if (body.startsWith("revoked:")) return SyncReceipt::Error::Revoked;
        return SyncReceipt::Error::Unauthorized;
    }
    if (status == 403) return SyncReceipt::Error::Forbidden;
    return status >= 500 ? SyncReceipt::Error::ServerError : SyncReceipt::Error::ServerRefused;
}

} // namespace kh
