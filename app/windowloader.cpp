// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowloader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

namespace strata {

namespace {

using WindowMain = int (*)(int, char **);

/// Where the module may be: beside the executable (a build folder), then the install layout's module folder.
QStringList moduleCandidates()
{
    const QString executableDir = QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath();
    const QString name = QStringLiteral(STRATA_WINDOW_MODULE_NAME);
    return {QDir(executableDir).filePath(name),
            QDir::cleanPath(QDir(executableDir).filePath(QStringLiteral(STRATA_WINDOW_MODULE_RELATIVE_DIR "/") + name))};
}

} // namespace

int runWindowModule(int argc, char **argv)
{
    QStringList problems;
    for (const QString &candidate : moduleCandidates()) {
        if (!QFileInfo::exists(candidate))
            continue;
        // The library stays loaded until the process ends: the window's objects live in it.
        auto *library = new QLibrary(candidate);
        if (auto windowMain = reinterpret_cast<WindowMain>(library->resolve("strata_window_main")))
            return windowMain(argc, argv);
        problems << library->errorString();
        delete library;
    }
    QTextStream err(stderr);
    err << "strata: cannot start the window: ";
    if (problems.isEmpty())
        err << "its module " << STRATA_WINDOW_MODULE_NAME << " is in none of: " << moduleCandidates().join(QStringLiteral(", "));
    else
        err << problems.join(QStringLiteral("; "));
    err << "\nThe command line works without it (strata --help).\n";
    return 1;
}

} // namespace strata
