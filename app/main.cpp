// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "cli/processlifetime.h"
#include "mainwindow.h"
#include "startupprobe.h"
#include "timinglog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

static void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Strata"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
}

/// Loads Strata's and Qt's translations for the user's locale.
static void installTranslations(QCoreApplication &app)
{
    auto *strata = new QTranslator(&app);
    if (strata->load(QLocale(), QStringLiteral("strata"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(strata);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (strata::cli::isCommandLine(arguments)) {
        strata::cli::prepareProcess();
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = strata::cli::run(arguments, out, err);
        out.flush();
        err.flush();
        strata::cli::exitProcess(code);
    }

    QApplication app(argc, argv);
    strata::TimingLog::mark("application created");
    describeApplication();
    installTranslations(app);
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
