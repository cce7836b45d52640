// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>

namespace strata {

/// Milestones of start-up and of applying an analysis, printed to stderr with the time since the process
/// started when STRATA_TIMING is set (for bench/ and for finding where the time goes); silent otherwise.
class TimingLog {
public:
    /// Whether STRATA_TIMING is set.
    static bool isEnabled();
    /// Prints "strata-timing: <ms since start> <what>" when enabled.
    static void mark(const char *what);

    /// Prints how long the enclosing scope took, when enabled.
    class Scope {
    public:
        explicit Scope(const char *what);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        const char *m_what;
        QElapsedTimer m_timer;
    };
};

} // namespace strata
