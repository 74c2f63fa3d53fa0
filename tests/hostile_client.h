// A hostile client, written only from docs/protocol.md and proto/ as an outside engineer would: it logs in over
// raw HTTP with a device id of its choosing and pushes change-sets built by hand against the real server binary.
// Used by tst_hostile (one attack class at a time) and tst_hostile_fuzz (mutated change-sets from every role).
#pragma once

#include "core/records/hybrid_clock.h"
#include "core/records/record.h"
#include "device/store/device_clock.h"
#include "http.h"
#include "process.h"
#include "sync.pb.h"

#include <QRandomGenerator>

namespace kh::test {

// A device the attacker controls: its id, token and the next change-set number.
struct RawDevice {
    QString user;
    quint64 id = 0;
    QByteArray token;
    quint64 seq = 0;
    int counter = 0;

    std::string hex() const { return QStringLiteral("%1").arg(id, 16, 16, QLatin1Char('0')).toStdString(); }
    // A fresh id of the form the server accepts from this device (docs/data-model.md, "Ids").
    std::string newId() { return hex() + "-h" + std::to_string(++counter); }
};

// What the server answered a push: "applied" (acknowledged, nothing refused), "refused" (one change refused
// alone, named), "rejected <REASON>" (the whole change-set), "not acknowledged" or "HTTP <status>".
struct PushAnswer {
    int status = 0;
    pb::SyncResponse response;
    QString outcome;
    QString message; // the first rejection's words
};

template <typename M>
pb::Change change(pb::RecordType type, const std::string &id, const M &values)
{
    pb::Change c;
    c.set_type(type);
    c.set_id(id);
    c.set_values(values.SerializeAsString());
    return c;
}

inline pb::Change deletion(pb::RecordType type, const std::string &id)
{
    pb::Change c;
    c.set_type(type);
    c.set_id(id);
    c.set_deleted(true);
    return c;
}

class HostileClient {
public:
    explicit HostileClient(const ServerProcess &server) : m_server(server) {}

    // POST /v1/login for `user` on `device`; the HTTP status. On 200 the device holds the token.
    int login(RawDevice &d, const QString &user, quint64 device, const std::string &deviceName = {})
    {
        pb::LoginRequest req;
        req.set_protocol(1);
        req.set_username(user.toStdString());
        req.set_password(kTestPassword.toStdString());
        req.set_device(device);
        req.set_device_name(deviceName);
        const Http h = request("POST", m_server.url() + QStringLiteral("/v1/login"),
                               QByteArray::fromStdString(req.SerializeAsString()));
        if (h.status == 200) {
            pb::LoginResponse resp;
            resp.ParseFromString(h.body.toStdString());
            d = RawDevice{user, device, QByteArray::fromStdString(resp.token()), 0, 0};
        }
        return h.status;
    }
    // A new device of its own for `user`.
    RawDevice device(const QString &user)
    {
        RawDevice d;
        for (int tries = 0; tries < 5 && d.token.isEmpty(); ++tries)
            login(d, user, QRandomGenerator::global()->generate64() | 1);
        return d;
    }

    // One change-set numbered `seq` (0: the next one), clocked at `wallMs` (0: now).
    PushAnswer push(RawDevice &d, const std::vector<pb::Change> &changes, quint64 seq = 0, qint64 wallMs = 0)
    {
        pb::SyncRequest req;
        req.set_protocol(1);
        req.set_device(d.id);
        auto *cs = req.add_push();
        cs->set_seq(seq ? seq : d.seq + 1);
        cs->set_hlc(HybridClock::make(wallMs ? wallMs : DeviceClock::systemNowMs(), quint32(cs->seq() & 0xffff)));
        for (const auto &c : changes) *cs->add_changes() = c;
        PushAnswer a = send(d, req);
        if (a.response.acked_seq() >= cs->seq()) d.seq = std::max<quint64>(d.seq, cs->seq());
        return a;
    }

    PushAnswer send(const RawDevice &d, const pb::SyncRequest &req)
    {
        PushAnswer a;
        const Http h = request("POST", m_server.url() + QStringLiteral("/v1/sync"),
                               QByteArray::fromStdString(req.SerializeAsString()), {}, d.token);
        a.status = h.status;
        if (h.status != 200) {
            a.outcome = QStringLiteral("HTTP %1").arg(h.status);
            a.message = QString::fromUtf8(h.body);
            return a;
        }
        if (!a.response.ParseFromString(h.body.toStdString())) {
            a.outcome = QStringLiteral("unreadable");
            return a;
        }
        const quint64 last = req.push_size() ? req.push(req.push_size() - 1).seq() : 0;
        if (a.response.acked_seq() < last && a.response.rejected_size() == 0) {
            a.outcome = QStringLiteral("not acknowledged");
        } else if (a.response.rejected_size() == 0) {
            a.outcome = QStringLiteral("applied");
        } else {
            const pb::Rejection &r = a.response.rejected(0);
            a.message = QString::fromStdString(r.message());
            a.outcome = !r.record_id().empty()
                            ? QStringLiteral("refused")
                            : QStringLiteral("rejected ") + QString::fromStdString(pb::RejectReason_Name(r.reason()))
                                                                .remove(QStringLiteral("REJECT_REASON_"));
        }
        return a;
    }

    // Every record of `area` the device may read, page after page.
    std::vector<Record> pullAll(const RawDevice &d, const QString &area, int *status = nullptr)
    {
        std::vector<Record> out;
        quint64 cursor = 0;
        for (int page = 0; page < 1000; ++page) {
            pb::SyncRequest req;
            req.set_protocol(1);
            req.set_device(d.id);
            req.add_areas(area.toStdString());
            req.set_pull(true);
            req.set_cursor(cursor);
            const Http h = request("POST", m_server.url() + QStringLiteral("/v1/sync"),
                                   QByteArray::fromStdString(req.SerializeAsString()), {}, d.token);
            if (status) *status = h.status;
            pb::SyncResponse resp;
            if (h.status != 200 || !resp.ParseFromString(h.body.toStdString())) break;
            for (const auto &st : resp.records()) {
                Record r;
                if (Record::fromState(st, &r)) out.push_back(std::move(r));
            }
            cursor = resp.cursor();
            if (!resp.more()) break;
        }
        return out;
    }

private:
    const ServerProcess &m_server;
};

} // namespace kh::test
