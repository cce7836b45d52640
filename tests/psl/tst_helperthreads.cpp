// SPDX-License-Identifier: GPL-3.0-or-later
// The helper threads that run the parallel parts of parsing, building, validating and rendering: every task runs
// once, wait() returns only when all are done, a task no helper has started is run by the caller, and tasks may
// offer tasks of their own from a helper thread.
#include "busyhelpers.h"

#include "psl/chunkedwork.h"
#include "psl/helperthreads.h"

#include <QTest>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

using namespace strata::psl;
using strata::tests::BusyHelpers;

class TestHelperThreads : public QObject {
    Q_OBJECT
private slots:
    void everyTaskRunsOnceBeforeWaitReturns();
    void callerRunsTasksNoHelperStarted();
    void capturedValuesGoBeforeWaitReturns();
    void helpersAreKept();
    void tasksOfferTasks();
    void severalCallersAtOnce();
    void chunksCoverEveryItemOnce();
};

void TestHelperThreads::everyTaskRunsOnceBeforeWaitReturns()
{
    std::vector<std::atomic<int>> runs(64);
    HelperTasks tasks;
    for (auto &count : runs) {
        tasks.run([&count] {
            std::this_thread::sleep_for(std::chrono::microseconds(200));
            ++count;
        });
    }
    tasks.wait();
    for (const auto &count : runs)
        QCOMPARE(count.load(), 1);
    tasks.wait(); // nothing left to wait for
}

void TestHelperThreads::callerRunsTasksNoHelperStarted()
{
    // Every helper is kept busy until the caller has run the later tasks itself: wait() does not wait for them.
    // The helpers take the tasks in the order offered: each takes a blocker before any later task.
    const BusyHelpers busy;
    const std::thread::id caller = std::this_thread::get_id();
    std::atomic<int> ranOnCaller{0};
    HelperTasks later;
    for (int i = 0; i < 8; ++i) {
        later.run([&] {
            if (std::this_thread::get_id() == caller)
                ++ranOnCaller;
        });
    }
    later.wait();
    QCOMPARE(ranOnCaller.load(), 8);
}

/// What a task holds is destroyed by the time wait() returns, also for a task the caller ran while the task was
/// still in the helpers' queue (every helper held busy).
void TestHelperThreads::capturedValuesGoBeforeWaitReturns()
{
    struct Counted {
        std::atomic<int> *alive;
        explicit Counted(std::atomic<int> *count) : alive(count) { ++*alive; }
        Counted(const Counted &other) : alive(other.alive) { ++*alive; }
        ~Counted() { --*alive; }
    };
    std::atomic<int> alive{0};
    {
        const BusyHelpers busy;
        HelperTasks tasks;
        for (int i = 0; i < 8; ++i)
            tasks.run([held = Counted(&alive)] { (void)held; });
        tasks.wait();
        QCOMPARE(alive.load(), 0);
    }
    // Tasks the helpers run themselves.
    {
        HelperTasks tasks;
        for (int i = 0; i < 8; ++i)
            tasks.run([held = Counted(&alive)] {
                (void)held;
                std::this_thread::sleep_for(std::chrono::microseconds(100));
            });
        tasks.wait();
        QCOMPARE(alive.load(), 0);
    }
}

void TestHelperThreads::helpersAreKept()
{
    // The same threads serve one batch after another: no thread is started for each.
    std::mutex mutex;
    std::set<std::thread::id> threads;
    for (int batch = 0; batch < 50; ++batch) {
        HelperTasks tasks;
        for (int i = 0; i < 4; ++i) {
            tasks.run([&] {
                std::this_thread::sleep_for(std::chrono::microseconds(50));
                const std::lock_guard lock(mutex);
                threads.insert(std::this_thread::get_id());
            });
        }
    }
    threads.erase(std::this_thread::get_id());
    QVERIFY(!threads.empty());
    QVERIFY2(threads.size() <= HelperTasks::helperCount(), qPrintable(QString::number(threads.size())));
}

void TestHelperThreads::tasksOfferTasks()
{
    std::atomic<int> leaves{0};
    HelperTasks outer;
    for (int i = 0; i < 4; ++i) {
        outer.run([&leaves] {
            HelperTasks inner;
            for (int j = 0; j < 4; ++j)
                inner.run([&leaves] { ++leaves; });
            inner.wait();
        });
    }
    outer.wait();
    QCOMPARE(leaves.load(), 16);
}

void TestHelperThreads::severalCallersAtOnce()
{
    std::atomic<int> total{0};
    std::vector<std::thread> callers;
    for (int c = 0; c < 4; ++c) {
        callers.emplace_back([&total] {
            for (int round = 0; round < 20; ++round) {
                HelperTasks tasks;
                for (int i = 0; i < 3; ++i)
                    tasks.run([&total] { ++total; });
            } // the destructor waits
        });
    }
    for (std::thread &caller : callers)
        caller.join();
    QCOMPARE(total.load(), 4 * 20 * 3);
}

void TestHelperThreads::chunksCoverEveryItemOnce()
{
    for (const size_t count : {size_t(0), size_t(1), size_t(63), size_t(64), size_t(65), size_t(1000)}) {
        std::vector<std::atomic<int>> seen(count);
        std::vector<std::atomic<int>> chunksSeen(chunkCount(count, 64));
        std::atomic<bool> misplaced{false};
        runInChunks(count, 64, 3, [&](size_t chunk, size_t begin, size_t end) {
            ++chunksSeen[chunk];
            if (begin != chunk * 64 || end != std::min(count, begin + 64))
                misplaced = true;
            for (size_t i = begin; i < end; ++i)
                ++seen[i];
        });
        QVERIFY(!misplaced);
        for (const auto &s : seen)
            QCOMPARE(s.load(), 1);
        for (const auto &c : chunksSeen)
            QCOMPARE(c.load(), 1);
    }
}

QTEST_GUILESS_MAIN(TestHelperThreads)
#include "tst_helperthreads.moc"
