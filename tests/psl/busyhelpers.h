// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "psl/helperthreads.h"

#include <atomic>
#include <chrono>
#include <thread>

namespace strata::tests {

/// Holds every helper thread busy until destroyed (also when a check fails and the test returns early): the tasks
/// offered meanwhile wait behind it, so that their caller runs them itself.
class BusyHelpers {
public:
    BusyHelpers()
    {
        for (size_t i = 0; i < psl::HelperTasks::helperCount(); ++i) {
            m_blockers.run([this] {
                while (!m_release.load())
                    std::this_thread::sleep_for(std::chrono::microseconds(100));
            });
        }
    }
    ~BusyHelpers()
    {
        m_release = true;
        m_blockers.wait();
    }

private:
    std::atomic<bool> m_release{false};
    psl::HelperTasks m_blockers;
};

} // namespace strata::tests
