#include "server/admin/generated_writer.h"

#include "core/records/change_set_builder.h"
#include "server/services/system_clock.h"

#include <QRandomGenerator>

namespace kh {

GeneratedWriter::GeneratedWriter(ServerStore &store, const QString &user)
    : m_store(store), m_who(access::Principal::administrator(user)), m_clock(SystemClock::systemNowMs)
{
    while (m_device == 0) m_device = QRandomGenerator::system()->generate64();
    m_prefix = QStringLiteral("%1-").arg(m_device, 16, 16, QLatin1Char('0'));
}

SeedResult GeneratedWriter::writeCommune(const SeedOptions &options, int thisYear)
{
    return generateCommune(
        options, thisYear, [&] { return (m_prefix + QString::number(m_nextId++, 36)).toStdString(); },
        [&](const std::vector<Edit> &batch) {
            const pb::ChangeSet cs = domain::changeSetOf(batch, ++m_seq, m_clock.tick());
            const PushOutcome out = m_store.push(m_device, {&cs}, 0, SystemClock::systemNowMs(), m_who);
            if (!out.rejected.empty())
                throw std::runtime_error("generated data refused: " + out.rejected.front().message());
        });
}

} // namespace kh
