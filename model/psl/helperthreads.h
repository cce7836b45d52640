// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace strata::psl {

/// Work handed to the process's helper threads: threads started once and kept, which run the parallel parts of
/// the parser, the graph builder, the validator, the SQL calculator and the renderer. A thread started and joined
/// for each of those parts costs its start, its end (glibc gives back its stack then, which makes the kernel flush
/// the other processors' address caches) and the wait for the ending thread to be scheduled once more: on a busy
/// machine that wait alone took up to 4 ms, at the end of a 12 ms parse.
///
/// Tasks may be offered from any thread, helpers included. wait() runs itself each task that no helper has
/// started yet, so that nothing waits for a helper that is busy elsewhere or not scheduled.
class HelperTasks {
public:
    HelperTasks() = default;
    HelperTasks(const HelperTasks &) = delete;
    HelperTasks &operator=(const HelperTasks &) = delete;
    ~HelperTasks() { wait(); }

    /// Offers task to a helper thread. It must not throw.
    void run(std::function<void()> task);
    /// Returns once every task offered is done.
    void wait();

    /// How many helper threads the process has at most: one less than the processors, at least one.
    static size_t helperCount();
    /// Starts every helper thread now instead of when work first waits for one: a command that will soon need
    /// them spares its first parallel part the start of a thread (up to milliseconds on a busy machine).
    static void startHelpers();

    struct Task {
        enum State : int { Offered, Taken, Done };
        std::function<void()> work;
        std::atomic<int> state{Offered};

        /// Runs the work of a task this thread has taken, and marks it done.
        void finish();
    };

private:
    std::vector<std::shared_ptr<Task>> m_tasks;
};

} // namespace strata::psl
