// SPDX-License-Identifier: GPL-3.0-or-later
#include "processlifetime.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cstdio>
#include <cstdlib>
#include <thread>
#include <unistd.h>
#include <vector>

namespace strata::cli {

namespace {
#if defined(__GLIBC__)
constexpr size_t TopPad = 16 * 1024 * 1024;
constexpr size_t MmapThreshold = 32 * 1024 * 1024;
constexpr size_t TrimThreshold = 64 * 1024 * 1024;
/// How far the worker threads' arena is opened up front (below the mmap threshold, so it comes from the arena).
constexpr size_t WorkerArenaReserve = 30 * 1024 * 1024;

/// glibc gives each worker thread an arena of its own (its first worker creates it; later ones reuse it once
/// the first has ended), and such an arena grows one page at a time, one mprotect() per page: some 3,200 calls
/// for a 5,000-model schema. A thread that takes the arena, opens it wide with one allocation and ends hands
/// the opened arena to the workers. The pages are still only touched, and counted, when they are used.
void openWorkerArena()
{
    std::thread opener([] {
        static void *volatile block;
        block = std::malloc(WorkerArenaReserve);
        std::free(block);
    });
    opener.join();
}
#endif

std::vector<std::shared_ptr<void>> &keptValues()
{
    static std::vector<std::shared_ptr<void>> values;
    return values;
}
} // namespace

void detail::keep(std::shared_ptr<void> value)
{
    keptValues().push_back(std::move(value));
}

void prepareProcess()
{
#if defined(__GLIBC__)
    mallopt(M_TOP_PAD, int(TopPad));
    mallopt(M_MMAP_THRESHOLD, int(MmapThreshold));
    mallopt(M_TRIM_THRESHOLD, int(TrimThreshold));
    openWorkerArena();
#endif
}

void exitProcess(int code)
{
    std::fflush(stdout);
    std::fflush(stderr);
#if defined(__SANITIZE_ADDRESS__)
    std::exit(code);
#else
    ::_exit(code);
#endif
}

} // namespace strata::cli
