// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "helperthreads.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <vector>

namespace strata::psl {

/// The number of chunks of `chunkSize` items that `count` items make.
constexpr size_t chunkCount(size_t count, size_t chunkSize)
{
    return (count + chunkSize - 1) / chunkSize;
}

/// Calls work(chunk, begin, end) for each chunk [begin, end) of [0, count), chunkSize items each, on `threads`
/// threads (the calling one and helper threads: HelperTasks). work must only write what belongs to its chunk.
///
/// Each thread starts on a stretch of chunks of its own, the calling one on the first: neighbouring items (the
/// models of one part of a file) share names and memory, and a thread that copies the names its neighbour copies
/// too makes both wait on the same counters. A thread whose stretch is done takes the next chunk not yet taken
/// from the others', so that one that starts late or shares its core is not left with a fixed share of the work.
template<typename Work>
void runInChunks(size_t count, size_t chunkSize, size_t threads, const Work &work)
{
    const size_t chunks = chunkCount(count, chunkSize);
    const size_t stretches = std::max<size_t>(1, std::min(threads, chunks));
    struct Stretch {
        alignas(64) std::atomic<size_t> next{0}; // apart from the other stretches' counters
        size_t end = 0;
    };
    std::vector<Stretch> stretch(stretches);
    for (size_t s = 0; s < stretches; ++s) {
        stretch[s].next = chunks * s / stretches;
        stretch[s].end = chunks * (s + 1) / stretches;
    }
    auto takeChunks = [&](size_t home) {
        for (size_t offset = 0; offset < stretches; ++offset) {
            Stretch &from = stretch[(home + offset) % stretches];
            for (size_t chunk = from.next++; chunk < from.end; chunk = from.next++)
                work(chunk, chunk * chunkSize, std::min(count, (chunk + 1) * chunkSize));
        }
    };
    HelperTasks helpers;
    for (size_t t = 1; t < stretches; ++t)
        helpers.run([&takeChunks, t] { takeChunks(t); });
    takeChunks(0);
    helpers.wait();
}

} // namespace strata::psl
