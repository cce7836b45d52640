// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationsetup.h"
#include "cli/cli.h"
#include "cli/processlifetime.h"
#include "windowloader.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (!strata::cli::isCommandLine(arguments))
        return strata::runWindowModule(argc, argv);

    strata::cli::prepareProcess();
    QCoreApplication app(argc, argv);
    strata::describeApplication();
    strata::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = strata::cli::run(arguments, out, err);
    out.flush();
    err.flush();
    strata::cli::exitProcess(code);
}
