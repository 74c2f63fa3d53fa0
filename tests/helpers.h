// Shared test helpers: scratch folders, building edits, and an in-process sync loop with fault injection.
#pragma once

#include "core/areas/admin_units.h"
#include "core/demo/vietnamese_names.h"
#include "core/records/ids.h"
#include "device/account/device_account.h"
#include "device/net/sync_client.h"
#include "device/store/local_store.h"
#include "device/workflow/learning.h"
#include "pg_cluster.h"
#include "server/services/sync_service.h"
#include "server/store/pg/pg_server_store.h"
#include "server/store/server_store.h"
#include "server/store/sqlite/sqlite_server_store.h"

#include <QTemporaryDir>
#include <QTest>

namespace kh::test {

// The server store under test: SQLite at `sqlitePath`, or a fresh PostgreSQL database when the run tests that
// backend (KH_TEST_BACKEND=postgresql, pg_cluster.h).
inline std::unique_ptr<ServerStore> openTestStore(const QString &sqlitePath, const ServerLimits &limits = {})
{
    if (testingPostgres()) return std::make_unique<PgServerStore>(backendUrl().toStdString(), limits);
    return openSqliteServerStore(sqlitePath, limits);
}

inline const QString kCommune = QStringLiteral("22945");  // Phường Phan Thiết, Lâm Đồng (68)
inline const QString kCommune2 = QStringLiteral("23008"); // Xã Phan Sơn, Lâm Đồng (68)

inline Edit village(const std::string &id, const QString &commune, const QString &name)
{
    auto v = std::make_shared<pb::Village>();
    v->set_commune_code(commune.toStdString());
    v->set_code_list(domain::kCodeList);
    v->set_name(name.toStdString());
    return {pb::RECORD_TYPE_VILLAGE, id, v, {}, false};
}

inline Edit household(const std::string &id, const std::string &villageId, const QString &given,
                      const QString &family = QStringLiteral("Nguyễn"))
{
    auto h = std::make_shared<pb::Household>();
    h->set_village_id(villageId);
    h->set_head_family_name(family.toStdString());
    h->set_head_given_name(given.toStdString());
    return {pb::RECORD_TYPE_HOUSEHOLD, id, h, {}, false};
}

inline Edit member(const std::string &id, const std::string &householdId, const QString &given, int birthYear)
{
    auto m = std::make_shared<pb::Member>();
    m->set_household_id(householdId);
    m->set_given_name(given.toStdString());
    m->set_birth_year(quint32(birthYear));
    return {pb::RECORD_TYPE_MEMBER, id, m, {}, false};
}

// A step of the yearly cycle taken on `s` on day `d` by commune staff (who may take every step but the commune
// learning community's decision) named `name`.
inline learning::Actor actor(LocalStore &s, const QDate &d, const QString &name = {},
                             pb::Role role = pb::ROLE_COMMUNE_STAFF)
{
    return {role, s.deviceId(), name, d};
}

template <typename M>
M valueOf(const Record &r)
{
    M m;
    m.ParseFromString(r.values());
    return m;
}

// What can go wrong with one request in the field.
enum class Fault { None, RequestLost, ResponseLost, Duplicated };

// Runs one device's sync against the service in-process, applying `faultFor(requestNumber)` to each request.
// Returns true when the sync completed.
inline bool syncInProcess(LocalStore &device, SyncService &service, const std::function<Fault(int)> &faultFor = {},
                          SyncOptions options = {}, const access::Principal &who = access::Principal::administrator())
{
    SyncSession session(device, options);
    for (int n = 0; n < 100000; ++n) {
        const QByteArray body = session.nextRequest();
        const Fault f = faultFor ? faultFor(n) : Fault::None;
        if (f == Fault::RequestLost) return false;
        ServiceReply reply = service.sync(body, "zstd", true, DeviceClock::systemNowMs(), who);
        if (f == Fault::Duplicated) reply = service.sync(body, "zstd", true, DeviceClock::systemNowMs(), who);
        if (f == Fault::ResponseLost) return false;
        const auto step = session.handleReply(reply.status, reply.body, reply.contentEncoding);
        if (step == SyncSession::Step::Done) return true;
        if (step == SyncSession::Step::Failed) {
            qWarning() << "sync failed:" << session.receipt().message;
            return false;
        }
    }
    return false;
}

} // namespace kh::test
