// Syncing one device with khuyenhoc-server. SyncSession is the protocol's state machine without any I/O:
// it builds each request from the outbox and cursor and applies each answer. SyncClient drives a session
// over HTTP with Qt Network; tests drive the same session against the server in-process, with faults.
//
// Nothing is forgotten before the server acknowledges it, and the cursor moves only together with the
// records it covers, so a sync cut off anywhere simply resumes next time.
#pragma once

#include "device/net/sync_options.h"
#include "device/net/sync_receipt.h"
#include "device/store/local_store.h"

#include <QByteArray>
#include <deque>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace kh {

// An answer decoded: zstd, the split by field, the frames, and each record prepared for the store
// (LocalStore::prepare). Pure work, which SyncClient does on another thread while the store's thread stores the
// answer before it; `error` set when the body could not be decoded. Its records point into `decoded`.
struct DecodedAnswer {
    int status = 0;
    QByteArray body; // as received: counted as bytes down; a refusal's text
    QByteArray decoded;
    pb::SyncResponse resp;
    std::vector<std::string_view> frames;
    std::vector<LocalStore::Incoming> records;
    QString error;
};
std::shared_ptr<DecodedAnswer> decodeAnswer(int status, const QByteArray &body, const QByteArray &contentEncoding);

class SyncSession {
public:
    enum class Step { Again, Done, Failed };

    SyncSession(LocalStore &store, const SyncOptions &options);
    // The next request body (zstd-compressed SyncRequest). Throws on a storage failure.
    QByteArray nextRequest();
    // Applies one answer. `status` 0 means the request never got an answer (network failure). `dictionaries`
    // is the answer's Kh-Zstd-Dictionaries header: the zstd dictionaries the server holds, which the following
    // requests are compressed with (the device remembers them for its next syncs).
    Step handleReply(int status, const QByteArray &body, const QByteArray &contentEncoding,
                     const QByteArray &dictionaries = {}, const QByteArray &accepts = {});

    // handleReply in two halves, so a client can ask for the next page while it stores this one:
    // parseReply checks and decodes the answer; pipelinedRequest returns the request for the next page when
    // the answer was a pure pull page with more to come; applyReply stores the answer.
    // `accepts` is the answer's Accept-Encoding: with the dictionaries, whether the server reads requests split
    // by field ("kh-split").
    bool parseReply(int status, const QByteArray &body, const QByteArray &contentEncoding,
                    const QByteArray &dictionaries = {}, const QByteArray &accepts = {});
    // parseReply with the answer already decoded (decodeAnswer, on any thread).
    bool takeReply(std::shared_ptr<DecodedAnswer> answer, const QByteArray &dictionaries = {},
                   const QByteArray &accepts = {});
    std::optional<QByteArray> pipelinedRequest();
    Step applyReply();
    // While a request carrying change-sets is on its way: builds the next one, for the change-sets queued after
    // it (a push only, which asks for no records), so that it leaves as soon as this answer is stored instead of
    // being read, encoded and compressed then. nextRequest sends it when the answer acknowledged everything
    // before it and refused nothing; otherwise it is dropped and the request built again. Throws on a storage
    // failure (nothing is kept then).
    void prepareAhead();

    // After a refused request that was compressed with a dictionary (a server that no longer holds it): true
    // once, having forgotten the server's dictionaries and cleared the failure, so the request can be sent
    // again without one.
    bool retryWithoutDictionary();
    // The Kh-Zstd-Dictionaries header for the request just built: the dictionaries this build holds, when that
    // request does not show it (it was not compressed with the newest of them); empty otherwise.
    QByteArray dictionariesHeader() const;
    // The Content-Encoding of the request just built: "zstd", or "kh-split, zstd" for a large one to a server
    // that said it reads them.
    QByteArray contentEncoding() const { return m_lastSplit ? QByteArrayLiteral("kh-split, zstd") : "zstd"; }

    void fail(SyncReceipt::Error error, const QString &message);
    const SyncReceipt &receipt() const { return m_receipt; }
    int pending() const { return m_lastPending; }
    // The records this sync expects to receive in all, for progress: those received so far plus what the server
    // counted as still waiting when last asked (SyncResponse.remaining); -1 while unknown. Never below
    // `receipt().received`, and equal to it once the pull is done.
    qint64 expected() const { return m_expected; }

private:
    // A request body with how it was encoded and what it carries.
    struct Built {
        QByteArray body;
        bool split = false;     // split by field
        quint32 dictionary = 0; // the zstd dictionary it was compressed with (0: none)
        bool pull = false;      // asks for records
        quint64 firstSeq = 0;   // the change-sets it pushes (0: none)
        quint64 lastSeq = 0;
        bool serverSplit = false; // what the device knew of the server when it was built
        QList<quint32> serverDictionaries;
    };
    Built build(pb::SyncRequest &req, bool pull) const;
    // Hands a built request out to be sent: counted, and remembered until its answer.
    QByteArray sent(Built b);
    void rememberServerDictionaries(const QList<quint32> &ids, bool split);

    LocalStore &m_store;
    SyncOptions m_options;
    SyncReceipt m_receipt;
    QStringList m_areas;
    int m_lastPending = -1;
    int m_stalled = 0;
    bool m_lastHadPush = false;
    qint64 m_expected = -1;
    QList<quint32> m_serverDictionaries; // the server's zstd dictionaries, as its last answer listed them
    QList<quint32> m_answerDictionaries; // those the answer being handled lists
    bool m_serverSplit = false;          // the server reads requests split by field
    bool m_answerSplit = false;          // the answer being handled says so
    quint32 m_lastDictionary = 0;        // the dictionary the last request was compressed with (0: none)
    bool m_lastSplit = false;            // the last request was split by field
    bool m_retryPlain = false;
    std::optional<Built> m_ahead;   // prepareAhead's request
    quint64 m_lastSentSeq = 0;      // the last change-set sent
    std::deque<bool> m_sentPulls;   // per request on its way, oldest first: whether it asked for records
    bool m_answerPulled = true;     // the answer being handled is to a request that asked for records
    bool m_lastAnswerClean = false; // the last answer stored refused nothing and came from the same store
    // The answer being handled.
    std::shared_ptr<DecodedAnswer> m_answer;
};

} // namespace kh
