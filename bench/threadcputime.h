// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>

namespace strata::bench {

/// Processor time of the calling thread in milliseconds: steadier than wall time on a busy machine.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace strata::bench
