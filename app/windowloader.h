// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// The `strata` executable links only Qt Core, so that its subcommands start in a few milliseconds; the window
/// lives in the module libstrata-window.so (app/windowentry.cpp), which this loads when the window is asked for.
namespace strata {

/// Loads the window module from the executable's folder (a build tree) or from the installed module folder,
/// and runs the window. Returns its exit code, or 1 with a message on stderr when the module cannot be loaded.
int runWindowModule(int argc, char **argv);

} // namespace strata
