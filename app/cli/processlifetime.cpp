// SPDX-License-Identifier: GPL-3.0-or-later
#include "processlifetime.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <vector>

namespace strata::cli {

namespace {
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
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
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
