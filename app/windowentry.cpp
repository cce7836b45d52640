// SPDX-License-Identifier: GPL-3.0-or-later
// The window's entry point, in the module libstrata-window.so that the `strata` executable loads only when it is
// asked for the window: the command line then starts without Qt's GUI libraries (see windowloader.h).
#include "applicationsetup.h"
#include "mainwindow.h"
#include "startupprobe.h"
#include "timinglog.h"

#include <QApplication>
#include <QIcon>

extern "C" Q_DECL_EXPORT int strata_window_main(int argc, char **argv)
{
    QApplication app(argc, argv);
    strata::TimingLog::mark("application created");
    strata::describeApplication();
    strata::installTranslations(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/strata.svg")));
    QApplication::setDesktopFileName(QStringLiteral("strata"));

    strata::MainWindow window;
    strata::TimingLog::mark("window created");
    QStringList windowArguments = app.arguments();
    strata::StartupProbe::fromArguments(windowArguments, &window);
    const QStringList paths = windowArguments.mid(1);
    if (!paths.isEmpty())
        window.openPath(paths.front());
    else
        window.newFromTemplate(QStringLiteral("blog"));
    strata::TimingLog::mark("document opened");
    window.show();
    strata::TimingLog::mark("window shown");
    return app.exec();
}
