#include "server/services/sync_service.h"

#include "core/access/access.h"
#include "core/learning/rollup.h"
#include "core/report/report.h"
#include "core/text/text.h"

#include <QJsonDocument>

#include "core/wire/field_split.h"
#include "core/wire/zstd_codec.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcService, "kh.server.sync", QtInfoMsg)

namespace kh {

ServiceReply SyncService::report(const QString &area, const QString &yearText, const access::Principal &who,
                                 qint64 nowMs)
{
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return ServiceReply::error(400, QStringLiteral("bad_request: year must be 2000..2100"));
    if (!(area.startsWith(QLatin1String("c:")) || area.startsWith(QLatin1String("p:"))))
        return ServiceReply::error(400,
                                   QStringLiteral("bad_request: area must be c:<commune code> or p:<province code>"));
    if (who.isAdmin() && !m_store.areaExists(area))
        return ServiceReply::error(404, QStringLiteral("not_found: no area %1").arg(area));
    if (!(m_store.areaExists(area) && access::mayReport(who, m_store.lineage(area))))
        return ServiceReply::error(
            403, QStringLiteral("forbidden: %1 may not see the report of %2").arg(access::roleName(who.role), area));
    const auto all = domain::rollups(m_store.rollupFacts(area), {year});
    auto built = report::fromRollup(all.at(year), year, QDateTime::fromMSecsSinceEpoch(nowMs));
    report::addFunds(built, m_store.fundLedgers(area), year);
    const QByteArray json = QJsonDocument(report::toJson(built)).toJson(QJsonDocument::Compact);
    return {200, json, QByteArrayLiteral("application/json"), {}, {}};
}

namespace {

// Decodes the body into a SyncRequest; the refusal otherwise.
std::optional<ServiceReply> decodeRequest(const QByteArray &raw, const QByteArray &encoding, pb::SyncRequest *reqOut)
{
    pb::SyncRequest &req = *reqOut;
    QByteArray body = raw;
    const bool split = encoding == "kh-split, zstd";
    if (encoding == "zstd" || split) {
        // A device that believes this server holds a dictionary it does not (a server rolled back to an older
        // build) is told so, and sends again without one.
        if (const quint32 id = zstdFrameDictionary(raw); id != 0 && !zstdHasDictionary(id)) {
            const QByteArray held = formatDictionaryIds(zstdDictionaryIds());
            return ServiceReply::error(400,
                                       QStringLiteral("malformed: body is compressed with zstd dictionary %1, "
                                                      "which this server does not hold (it holds: %2); send it "
                                                      "without a dictionary")
                                           .arg(id)
                                           .arg(held.isEmpty() ? QStringLiteral("none") : QString::fromLatin1(held)));
        }
        auto d = zstdDecompress(raw, SyncService::kMaxDecodedBody);
        if (!d)
            return ServiceReply::error(
                400, QStringLiteral("malformed: body is not a complete zstd frame, or expands past %1 bytes")
                         .arg(SyncService::kMaxDecodedBody));
        body = std::move(*d);
    } else if (!encoding.isEmpty() && encoding != "identity") {
        return ServiceReply::error(415,
                                   QStringLiteral("unsupported Content-Encoding '%1' (use zstd, \"kh-split, zstd\" "
                                                  "or none)")
                                       .arg(QString::fromLatin1(encoding)));
    }
    if (split) {
        auto joined = joinFields(body, SyncService::kMaxDecodedBody);
        if (!joined)
            return ServiceReply::error(400, QStringLiteral("malformed: body is not a SyncRequest split by field, or "
                                                           "expands past %1 bytes")
                                                .arg(SyncService::kMaxDecodedBody));
        body = std::move(*joined);
    }
    if (body.isEmpty() || !req.ParseFromArray(body.constData(), int(body.size())))
        return ServiceReply::error(400, QStringLiteral("malformed: body is not a SyncRequest protobuf message"));
    if (req.protocol() != SyncService::kProtocol)
        return ServiceReply::error(400, QStringLiteral("unsupported protocol version %1 (this server speaks %2)")
                                            .arg(req.protocol())
                                            .arg(SyncService::kProtocol));
    return std::nullopt;
}

} // namespace

ServiceReply SyncService::sync(const QByteArray &raw, const QByteArray &encodingAsSent, bool acceptZstd, qint64 nowMs,
                               const access::Principal &who, const QList<quint32> &dictionaries, bool acceptSplit)
{
    // "kh-split,zstd" and "kh-split, zstd" are one coding.
    const QByteArray encoding =
        encodingAsSent == "kh-split,zstd" ? QByteArrayLiteral("kh-split, zstd") : encodingAsSent;
    QElapsedTimer timer;
    timer.start();
    // A body compressed with a dictionary says the device holds it, without a header.
    const quint32 used = encoding == "zstd" ? zstdFrameDictionary(raw) : 0;
    const bool usedSplit = encoding == "kh-split, zstd";
    QList<quint32> offered = dictionaries;
    if (used != 0) offered << used;
    const quint32 common = zstdCommonDictionary(offered);
    auto reply = handle(raw, encoding, acceptZstd, nowMs, who, {common}, acceptSplit);
    // The device is told which dictionaries the server holds when it could compress its requests better than it
    // does (it listed one it did not use), and when its body was refused; otherwise the header would be bytes
    // spent on every sync for nothing.
    static const QByteArray held = formatDictionaryIds(zstdDictionaryIds());
    // With them, the encodings it reads in requests (RFC 7694): a large push may be split by field too.
    if (!held.isEmpty() && ((common != used && !usedSplit) || reply.status == 400)) {
        reply.headers.emplace_back(kZstdDictionariesHeader, held);
        reply.headers.emplace_back("Accept-Encoding", "zstd, kh-split");
    }
    qCDebug(lcService) << "POST /v1/sync" << raw.size() << "bytes in," << reply.body.size() << "bytes out, status"
                       << reply.status << "in" << timer.nsecsElapsed() / 1000 << "us";
    return reply;
}

// The areas a pull asks for, checked against the account; the refusal otherwise.
std::optional<ServiceReply> SyncService::checkAreas(const pb::SyncRequest &req, const access::Principal &who,
                                                    QStringList *areasOut)
{
    QStringList &areas = *areasOut;
    // Counted before anything is looked up: a request that names one area a million times (a few hundred
    // bytes compressed) must cost a comparison, not a million look-ups.
    if (req.areas_size() > kMaxAreas)
        return ServiceReply::error(
            400, QStringLiteral("areas: at most %1 areas per device (got %2)").arg(kMaxAreas).arg(req.areas_size()));
    for (const auto &a : req.areas()) {
        const QString s = QString::fromStdString(a);
        if (areas.contains(s)) // at most 200 names: a linear search is cheaper than a set
            return ServiceReply::error(400, QStringLiteral("areas: '%1' is named twice").arg(printable(s.left(80))));
        if (!access::isAreaKey(s))
            return ServiceReply::error(
                400, QStringLiteral("areas: '%1' is not an area (c:<commune code>, v:<village id>, p:<province code>)")
                         .arg(printable(s.left(80))));
        // Others are not told whether an area outside theirs exists.
        if (req.pull() && who.isAdmin() && !m_store.areaExists(s))
            return ServiceReply::error(400, QStringLiteral("areas: unknown area '%1'").arg(s));
        if (req.pull() && !(m_store.areaExists(s) && access::mayRead(who, m_store.lineage(s))))
            return ServiceReply::error(403, QStringLiteral("forbidden: area %1 is outside this account's areas (%2)")
                                                .arg(s, who.areas.join(QLatin1Char(' '))));
        areas << s;
    }
    return std::nullopt;
}

ServiceReply SyncService::handle(const QByteArray &raw, const QByteArray &encoding, bool acceptZstd, qint64 nowMs,
                                 const access::Principal &who, const QList<quint32> &dictionaries, bool acceptSplit)
{
    pb::SyncRequest req;
    if (auto refused = decodeRequest(raw, encoding, &req)) return *refused;
    if (req.device() == 0) return ServiceReply::error(400, QStringLiteral("device: missing device id"));
    // A token works only on the device it was issued to.
    if (who.session != 0 && req.device() != who.device)
        return ServiceReply::error(
            403, QStringLiteral("forbidden: this token belongs to another device; log in on this one"));
    std::vector<const pb::ChangeSet *> sets;
    quint64 prev = 0;
    for (const auto &cs : req.push()) {
        if (cs.seq() == 0 || cs.seq() <= prev)
            return ServiceReply::error(
                400,
                QStringLiteral("push: change-set sequence numbers must be positive and increasing (got %1 after %2)")
                    .arg(cs.seq())
                    .arg(prev));
        prev = cs.seq();
        sets.push_back(&cs);
    }
    QStringList areas;
    if (auto refused = checkAreas(req, who, &areas)) return *refused;
    try {
        // A device belongs to the account that first synced from it: its change-sets, refusals and pulls too.
        if (!m_store.claimDevice(req.device(), who.user, nowMs))
            return ServiceReply::error(403, QStringLiteral("forbidden: this device id belongs to another account"));
    } catch (const std::exception &e) {
        return ServiceReply::error(503, QStringLiteral("the server could not read its devices (%1); try again later")
                                            .arg(QString::fromUtf8(e.what())));
    }

    pb::SyncResponse resp;
    PullPage page;
    try {
        if (!sets.empty()) {
            // The cursor the device holds, also in a push that asks for no records: whether its writes sit on
            // versions it has.
            const PushOutcome out = m_store.push(req.device(), sets, req.cursor(), nowMs, who);
            if (out.foreignDevice)
                return ServiceReply::error(403, QStringLiteral("forbidden: this device id belongs to another account"));
            resp.set_acked_seq(out.ackedSeq);
            for (const auto &r : out.rejected) *resp.add_rejected() = r;
            resp.set_conflicts_created(quint32(out.conflicts));
            qCDebug(lcService) << "push from" << Qt::hex << req.device() << Qt::dec << sets.size()
                               << "change-sets, acked" << out.ackedSeq << "rejected" << out.rejected.size()
                               << "conflicts" << out.conflicts;
        }
        if (req.pull()) {
            page = m_store.pull(req.device(), areas, req.cursor(), int(req.page_size()));
            resp.set_cursor(page.cursor);
            resp.set_more(page.more);
            if (page.more && req.count_remaining()) resp.set_remaining(m_store.countAfter(areas, page.cursor));
        }
    } catch (const std::exception &e) {
        qCWarning(lcService) << "storage failure:" << e.what();
        return ServiceReply::error(
            503, QStringLiteral("the server could not store the data (%1); nothing was applied, try again later")
                     .arg(QString::fromUtf8(e.what())));
    }
    resp.set_server_time_ms(quint64(nowMs));
    resp.set_store_epoch(m_store.storeEpoch());
    ServiceReply reply;
    // The records are stored encoded; appending them as field 3 after the other fields is a valid encoding.
    const std::string out = resp.SerializeAsString() + page.records;
    reply.body = QByteArray(out.data(), qsizetype(out.size()));
    if (acceptZstd && acceptSplit && reply.body.size() >= kSplitFrom) {
        std::vector<qsizetype> parts;
        const QByteArray split = splitFields(reply.body, &parts);
        reply.body = zstdCompressParts(split, parts, 3);
        reply.contentEncoding = "kh-split, zstd"; // split first, then zstd
    } else if (acceptZstd && reply.body.size() > 96) {
        reply.body = zstdCompress(reply.body, 3, zstdCommonDictionary(dictionaries));
        reply.contentEncoding = "zstd";
    }
    return reply;
}

} // namespace kh
