#include "rollup_cache.h"

#include "device/tools/store_rollups.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace kh::app {

RollupCache::RollupCache(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &RollupCache::start);
}

RollupCache::~RollupCache()
{
    if (m_job.valid()) m_job.wait();
}

void RollupCache::open(LocalStore &store, int year)
{
    m_store = &store;
    m_path = store.path();
    m_year = year;
    ++m_generation;
    m_figures.reset();
}

void RollupCache::close()
{
    if (m_job.valid()) m_job.wait(); // it reads the file being closed
    m_settle.stop();
    m_store = nullptr;
    m_path.clear();
    ++m_generation;
    m_figures.reset();
}

void RollupCache::invalidate(int year)
{
    m_year = year;
    ++m_generation;
    m_figures.reset();
    if (!m_path.isEmpty()) m_settle.start(); // (re)started: after the last of a burst
}

void RollupCache::hurry()
{
    // Not while changes settle: a page open during a burst of saves would otherwise compute for each of them.
    if (m_figures || m_path.isEmpty() || m_job.valid() || m_settle.isActive()) return;
    start();
}

void RollupCache::start()
{
    if (m_job.valid() || m_path.isEmpty()) return; // finished() starts again if it was outdated
    m_jobGeneration = m_generation;
    ++m_computations;
    m_job = std::async(std::launch::async, [this, path = m_path, years = years()] {
        std::shared_ptr<const Figures> out;
        QElapsedTimer clock;
        clock.start();
        try {
            LocalStore reader;
            reader.openForReading(path);
            reader.readSnapshot([&] { out = std::make_shared<const Figures>(learning::rollups(reader, years)); });
        } catch (const std::exception &e) {
            qCWarning(lcApp) << "computing the roll-up figures failed:" << e.what();
        }
        m_lastComputeMs = clock.elapsed();
        // `this` outlives the job (its destructor waits for it); a queued call to a deleted object is dropped.
        QMetaObject::invokeMethod(this, &RollupCache::finished, Qt::QueuedConnection);
        return out;
    });
}

void RollupCache::finished()
{
    if (!m_job.valid()) return;
    auto result = m_job.get();
    if (m_jobGeneration != m_generation) {
        if (!m_path.isEmpty() && !m_settle.isActive()) m_settle.start(); // outdated: again once changes settle
        return;
    }
    if (!result && m_store) result = std::make_shared<const Figures>(learning::rollups(*m_store, years()));
    m_figures = std::move(result);
    emit ready();
}

std::vector<int> RollupCache::years() const
{
    std::vector<int> out;
    for (int y = m_year - 4; y <= m_year; ++y) out.push_back(y);
    return out;
}

} // namespace kh::app
