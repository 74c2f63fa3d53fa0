// Writes a generated commune (core/demo/synthetic_commune.h) into a server store as the change-sets of a device
// of its own, through the same push and validation as any device's data: the demo commune and the report
// benchmark.
#pragma once

#include "core/demo/synthetic_commune.h"
#include "core/records/hybrid_clock.h"
#include "server/store/server_store.h"

namespace kh {

class GeneratedWriter {
public:
    GeneratedWriter(ServerStore &store, const QString &user);
    // Throws std::runtime_error when the store refuses any of it.
    SeedResult writeCommune(const SeedOptions &options, int thisYear);

private:
    ServerStore &m_store;
    access::Principal m_who;
    quint64 m_device = 0;
    QString m_prefix;
    quint64 m_nextId = 1, m_seq = 0;
    HybridClock m_clock;
};

} // namespace kh
