// The roll-up figures of the records on this device (this year and the four before it), computed on another
// thread, through a read-only connection of its own, a moment after the records changed: the dashboard and
// the commune page find them ready instead of reading every fact when they open (a ward of 50,000 households
// has 450,000: ~170 ms here, a second or more on a cheap phone), and the UI thread never reads them.
#pragma once

#include "core/learning/rollup.h"
#include "device/store/local_store.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <future>
#include <map>
#include <memory>

namespace kh::app {

class RollupCache : public QObject {
    Q_OBJECT
public:
    using Figures = std::map<int, domain::Rollup>; // year -> roll-up
    // A burst of changes (a sync's pages, saves in a row) costs one computation, this long after the last.
    static constexpr int kSettleMs = 250;

    explicit RollupCache(QObject *parent = nullptr);
    ~RollupCache() override; // waits for a computation under way

    // The store to read (its file, through a connection of its own; the store itself only if that fails) and
    // the year whose figures (and the four before it) are wanted. Computes on hurry() or after a change (the
    // app starts it once the household list is read, so that the two reads do not overlap).
    void open(LocalStore &store, int year);
    void close();
    // The records changed (or the year did): the figures are out of date until computed again.
    void invalidate(int year);
    // The figures as the records are now, or null while they are computed (`ready` is emitted when they are).
    std::shared_ptr<const Figures> figures() const { return m_figures; }
    // Someone is waiting for them: start now if nothing is under way or about to start (after a change, the
    // settling time still applies).
    void hurry();
    int computations() const { return m_computations; }      // how often the facts were read (a test's measure)
    qint64 lastComputeMs() const { return m_lastComputeMs; } // the last computation, on its thread (the bench)

signals:
    void ready();

private:
    void start();
    void finished();
    std::vector<int> years() const;

    LocalStore *m_store = nullptr;
    QString m_path;
    int m_year = 0;
    quint64 m_generation = 0; // counts changes; a result computed before the last change is thrown away
    quint64 m_jobGeneration = 0;
    std::shared_ptr<const Figures> m_figures;
    std::future<std::shared_ptr<const Figures>> m_job;
    QTimer m_settle;
    int m_computations = 0;
    std::atomic<qint64> m_lastComputeMs{0};
};

} // namespace kh::app
