// SPDX-License-Identifier: GPL-3.0-or-later
#include "processlifetime.h"

#include "psl/helperthreads.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

namespace strata::cli {

namespace {
#if defined(__GLIBC__)
constexpr size_t MiB = 1024 * 1024;
constexpr size_t TopPad = 16 * MiB;
constexpr size_t MmapThreshold = 32 * MiB;
/// Freed memory is kept (a short command needs it again soon), also the regions opened below.
constexpr size_t TrimThreshold = 512 * MiB;
/// How far the main thread's heap and the worker threads' arena are opened up front. Address space only: a page
/// is paid for when it is first written. (The worker's blocks stay below the mmap threshold, so that they come
/// from the arena.)
constexpr size_t MainHeapReserve = 192 * MiB;
constexpr size_t WorkerArenaBlock = 30 * MiB;
constexpr size_t WorkerArenaBlocks = 2; // an arena's heap holds 64 MiB
constexpr size_t MainHeapGrowth = 4 * MiB;
constexpr uintptr_t HugePageSize = 2 * MiB;
/// From this size of schema text on, the opened regions get huge pages. Below it the run is short anyway, and
/// pages of 2 MiB would only raise its peak memory (by some 8 MiB for a 1,000-model diff).
constexpr qint64 HugePagesMinimumSchemaBytes = 1024 * 1024;
/// How much of each opened region gets huge pages, per byte of schema text. A 2 MiB page is paid for whole once
/// the run writes any of it, while a 4 KiB page costs a fault of its own; past this much a region grows 4 KiB at a
/// time. Measured with two threads on generated schemas of 2,000, 5,000 and 10,000 models (1.3, 3.6 and 7.6 MiB),
/// the main heap reaches 6.2 to 8.4 bytes per schema byte and the worker arena 3.4 to 4.1. At 5,000 models (40
/// alternating runs, 20 peaks each): 6.5 and 3.8 gave a median peak of 49.0 MiB and runs of 64.8 ms (median); these
/// factors 49.65 MiB and 62.2 ms; 7 and 4.2 49.85 MiB and 63.4 ms; huge pages over the whole regions cost about
/// 1 MiB more again for no time.
constexpr double MainHeapHugeBytesPerSchemaByte = 6.8;
constexpr double WorkerArenaHugeBytesPerSchemaByte = 4.0;

/// The regions prepareProcess() opened, for adviseHugePages() once the size of the input is known.
struct OpenedRegion {
    const char *begin = nullptr;
    const char *end = nullptr;

    /// The first `bytes` of the region, or all of it when it is smaller.
    OpenedRegion first(size_t bytes) const
    {
        return {begin, size_t(end - begin) > bytes ? begin + bytes : end};
    }
};
OpenedRegion mainHeap;
/// The worker arena's blocks lie one after the other in its heap: one region from the first to the last.
OpenedRegion workerArena;

/// Asks the kernel for transparent huge pages in [begin, end) (the 2 MiB pages inside it). Where the system has
/// huge pages off this does nothing.
void adviseHugePages(OpenedRegion region)
{
#if defined(MADV_HUGEPAGE)
    const uintptr_t first = (uintptr_t(region.begin) + HugePageSize - 1) & ~(HugePageSize - 1);
    const uintptr_t last = uintptr_t(region.end) & ~(HugePageSize - 1);
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#else
    (void)region;
#endif
}

/// Grows the main thread's heap once by MainHeapReserve; freed, the block stays the top of the heap that later
/// allocations are carved from.
void openMainHeap()
{
    mallopt(M_TOP_PAD, int(MainHeapReserve));
    static void *volatile block;
    block = std::malloc(MainHeapGrowth); // more than the heap has free before main(): the heap grows
    // Recorded only when the block is where it should be, at the top of the main heap (an allocator that replaces
    // glibc's, as a sanitizer's does, puts it elsewhere).
    const char *top = static_cast<const char *>(sbrk(0));
    const char *begin = static_cast<const char *>(block);
    if (block && top > begin && size_t(top - begin) <= MainHeapReserve + 2 * MainHeapGrowth)
        mainHeap = {begin, top};
    std::free(block);
    mallopt(M_TOP_PAD, int(TopPad));
}

/// glibc gives each worker thread an arena of its own (its first worker creates it; later ones reuse it once
/// the first has ended), and such an arena grows one page at a time, one mprotect() per page: some 3,200 calls
/// for a 5,000-model schema. A thread that takes the arena, opens it wide with two allocations and ends hands the
/// opened arena to the next thread: the first helper thread (psl::HelperTasks), started right after.
void openWorkerArena()
{
    std::thread opener([] {
        static void *volatile blocks[WorkerArenaBlocks];
        for (void *volatile &block : blocks)
            block = std::malloc(WorkerArenaBlock);
        const char *first = static_cast<const char *>(blocks[0]);
        const char *last = static_cast<const char *>(blocks[WorkerArenaBlocks - 1]);
        // Recorded only when the blocks follow each other, as they do in a fresh arena.
        if (first && last > first && size_t(last - first) < WorkerArenaBlocks * (WorkerArenaBlock + HugePageSize))
            workerArena = {first, last + WorkerArenaBlock};
        for (void *volatile &block : blocks)
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
    mallopt(M_MMAP_THRESHOLD, int(MmapThreshold));
    mallopt(M_TRIM_THRESHOLD, int(TrimThreshold));
    openMainHeap();
    openWorkerArena();
#endif
    // After the opener has ended: the first helper takes its opened arena.
    psl::HelperTasks::startHelpers();
}

void prepareForSchema(const QString &path)
{
#if defined(__GLIBC__)
    qint64 bytes = 0;
    const QFileInfo info(path);
    if (info.isDir()) {
        QDirIterator it(path, {QStringLiteral("*.prisma")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            bytes += it.nextFileInfo().size();
    } else {
        bytes = info.size();
    }
    if (bytes < HugePagesMinimumSchemaBytes)
        return;
    // The heap of a large schema is tens of MiB written once: one fault per 2 MiB instead of one per 4 KiB saves
    // about a quarter of the run.
    adviseHugePages(mainHeap.first(size_t(double(bytes) * MainHeapHugeBytesPerSchemaByte)));
    adviseHugePages(workerArena.first(size_t(double(bytes) * WorkerArenaHugeBytesPerSchemaByte)));
#else
    Q_UNUSED(path);
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
