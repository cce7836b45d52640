// SPDX-License-Identifier: GPL-3.0-or-later
#include "processexit.h"

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
