// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThreadPool>

#include <utility>

namespace strata {

/// Destroys a large value — a syntax tree, a schema graph of a thousand models — on a pool thread: freeing
/// tens of thousands of small allocations would otherwise hold up the UI thread for milliseconds.
template <typename T>
void disposeInBackground(T value)
{
    QThreadPool::globalInstance()->start([value = std::move(value)]() mutable {
        [[maybe_unused]] const T gone = std::move(value);
    });
}

} // namespace strata
