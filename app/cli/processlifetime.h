// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <utility>

namespace strata::cli {

namespace detail {
void keep(std::shared_ptr<void> value);
}

/// Keeps value alive until the process ends and returns it. A command hands its large results here (a parsed
/// schema of thousands of models is millions of small allocations): exitProcess() then ends the process
/// without freeing them one by one, which would cost as much as a good part of the work itself.
template<typename T>
T &keepUntilExit(T &&value)
{
    auto kept = std::make_shared<std::decay_t<T>>(std::forward<T>(value));
    detail::keep(kept);
    return *kept;
}

/// Tunes the allocator for a short command that builds large structures and exits: every fresh page costs a page
/// fault, so the heap grows in large steps and keeps freed memory.
void prepareProcess();

/// Tells the allocator the schema the command reads (a file or a folder): for a large one the heap regions that
/// prepareProcess() opened ask for transparent huge pages (one fault per 2 MiB).
void prepareForSchema(const QString &path);

/// Flushes stdout and stderr and ends the process with code, without running destructors. Under
/// AddressSanitizer it exits normally, so that what keepUntilExit() holds is freed and leak checks stay exact.
[[noreturn]] void exitProcess(int code);

} // namespace strata::cli
