// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QPlainTextEdit>

#include <cstdio>

static void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Strata"));
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
}

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (strata::cli::isCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = strata::cli::run(arguments, out, err);
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    describeApplication();
    // The plain window until the real one lands: the schema text, read-only.
    QPlainTextEdit window;
    window.setReadOnly(true);
    window.resize(900, 700);
    if (arguments.size() > 1) {
        QFile file(arguments.at(1));
        if (file.open(QIODevice::ReadOnly))
            window.setPlainText(QString::fromUtf8(file.readAll()));
        window.setWindowTitle(QStringLiteral("Strata — %1").arg(arguments.at(1)));
    }
    window.show();
    return app.exec();
}
