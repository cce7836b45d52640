// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace strata::cli {

/// Whether the arguments ask for the command-line tool rather than the window.
bool isCommandLine(const QStringList &arguments);

/// Runs a subcommand (`validate`, `format`, ...). Returns the process exit code: 0 success, 1 error.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace strata::cli
