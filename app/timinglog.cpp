// SPDX-License-Identifier: GPL-3.0-or-later
#include "timinglog.h"

#include <QtGlobal>

#include <cstdio>

namespace strata {
namespace {

/// Started when the program is loaded, before main() runs.
const QElapsedTimer &processClock()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock;
}

[[maybe_unused]] const QElapsedTimer &startedAtLoad = processClock();

} // namespace

bool TimingLog::isEnabled()
{
    static const bool enabled = qEnvironmentVariableIsSet("STRATA_TIMING");
    return enabled;
}

void TimingLog::mark(const char *what)
{
    if (isEnabled())
        std::fprintf(stderr, "strata-timing: %8.1f ms  %s\n", processClock().nsecsElapsed() / 1e6, what);
}

TimingLog::Scope::Scope(const char *what)
    : m_what(what)
{
    if (isEnabled())
        m_timer.start();
}

TimingLog::Scope::~Scope()
{
    if (isEnabled())
        std::fprintf(stderr, "strata-timing: %8.1f ms  %s took %.1f ms\n", processClock().nsecsElapsed() / 1e6, m_what,
                     m_timer.nsecsElapsed() / 1e6);
}

} // namespace strata
