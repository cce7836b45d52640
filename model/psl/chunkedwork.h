// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helperthreads.h"

#include <algorithm>
#include <atomic>
#include <cstddef>

namespace strata::psl {

/// The number of chunks of `chunkSize` items that `count` items make.
constexpr size_t chunkCount(size_t count, size_t chunkSize)
{
    return (count + chunkSize - 1) / chunkSize;
}

/// Calls work(chunk, begin, end) for each chunk [begin, end) of [0, count), chunkSize items each, on `threads`
/// threads (the calling one and helper threads: HelperTasks). Each thread takes the next chunk not yet taken until none is left, so
/// that a thread that starts late or shares its core is not left with a fixed half of the work. work must only
/// write what belongs to its chunk.
template<typename Work>
void runInChunks(size_t count, size_t chunkSize, size_t threads, const Work &work)
{
    const size_t chunks = chunkCount(count, chunkSize);
    std::atomic<size_t> next{0};
    auto takeChunks = [&] {
        for (size_t chunk = next++; chunk < chunks; chunk = next++)
            work(chunk, chunk * chunkSize, std::min(count, (chunk + 1) * chunkSize));
    };
    HelperTasks helpers;
    for (size_t t = 1; t < std::min(threads, chunks); ++t)
        helpers.run(takeChunks);
    takeChunks();
    helpers.wait();
}

} // namespace strata::psl
