// SPDX-License-Identifier: GPL-3.0-or-later
#include "helperthreads.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace strata::psl {

namespace {

/// At most this many helpers, whatever the processor count: the parallel parts split their work in a few pieces.
constexpr size_t MaxHelpers = 7;

/// The helper threads and the tasks offered to them, oldest first. Helpers start when tasks first wait for them
/// (or all at once: startHelpers()) and run until the process ends; the pool is never destroyed, so that no
/// thread outlives what it reads.
class Pool {
public:
    void offer(const std::shared_ptr<HelperTasks::Task> &task)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_queue.push_back(task);
            // One more helper when every started one may be busy: a helper is started only when work waits for it.
            if (m_threads < HelperTasks::helperCount() && m_queue.size() > m_idle)
                startHelper();
        }
        m_ready.notify_one();
    }

    void startAll()
    {
        const std::lock_guard lock(m_mutex);
        while (m_threads < HelperTasks::helperCount())
            startHelper();
    }

private:
    void startHelper()
    {
        ++m_threads;
        std::thread(&Pool::serve, this).detach();
    }

    void serve()
    {
        for (;;) {
            std::shared_ptr<HelperTasks::Task> task;
            {
                std::unique_lock lock(m_mutex);
                ++m_idle;
                m_ready.wait(lock, [this] { return !m_queue.empty(); });
                --m_idle;
                task = std::move(m_queue.front());
                m_queue.pop_front();
            }
            int offered = HelperTasks::Task::Offered;
            if (!task->state.compare_exchange_strong(offered, HelperTasks::Task::Taken))
                continue; // its caller ran it
            task->finish();
            task->state.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<std::shared_ptr<HelperTasks::Task>> m_queue;
    size_t m_threads = 0;
    size_t m_idle = 0;
};

Pool &pool()
{
    static Pool *const instance = new Pool; // never destroyed: its threads wait on it until the process ends
    return *instance;
}

} // namespace

size_t HelperTasks::helperCount()
{
    static const size_t count = std::clamp<size_t>(std::thread::hardware_concurrency(), 2, MaxHelpers + 1) - 1;
    return count;
}

void HelperTasks::startHelpers()
{
    pool().startAll();
}

void HelperTasks::run(std::function<void()> task)
{
    auto offered = std::make_shared<Task>();
    offered->work = std::move(task);
    m_tasks.push_back(offered);
    pool().offer(offered);
}

void HelperTasks::Task::finish()
{
    work();
    work = {}; // what it holds goes now, on this thread, not whenever a helper drops the task from its queue
    state.store(Done, std::memory_order_release);
}

void HelperTasks::wait()
{
    for (const std::shared_ptr<Task> &task : m_tasks) {
        int offered = Task::Offered;
        if (task->state.compare_exchange_strong(offered, Task::Taken)) {
            task->finish();
            continue;
        }
        for (int state = task->state.load(std::memory_order_acquire); state != Task::Done;
             state = task->state.load(std::memory_order_acquire))
            task->state.wait(state, std::memory_order_acquire);
    }
    m_tasks.clear();
}

} // namespace strata::psl
