// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "commands.h"

#include <QCoreApplication>

namespace strata::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("strata::cli", text);
}

static QString usage()
{
    return tr("Usage: strata [PATH]                     open the window on a schema file or folder\n"
              "       strata validate [--schema PATH]   check a schema as `prisma validate` does\n"
              "       strata format [--schema PATH] [--check]\n"
              "                                         rewrite a schema as `prisma format` does;\n"
              "                                         --check only reports files that would change\n"
              "       strata --help | --version\n"
              "\n"
              "Without --schema, the schema is prisma/schema.prisma, schema.prisma or a prisma/ folder.\n"
              "Exit codes: 0 success, 1 error.\n");
}

static const QStringList &commandNames()
{
    static const QStringList names = {QStringLiteral("validate"), QStringLiteral("format"), QStringLiteral("--help"),
                                      QStringLiteral("-h"), QStringLiteral("help"), QStringLiteral("--version"),
                                      QStringLiteral("-v"), QStringLiteral("version")};
    return names;
}

bool isCommandLine(const QStringList &arguments)
{
    return arguments.size() > 1 && commandNames().contains(arguments.at(1));
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << usage();
        return 0;
    }
    if (command == u"--version" || command == u"-v" || command == u"version") {
        out << "strata " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == u"validate")
        return validateCommand(rest, out, err);
    if (command == u"format")
        return formatCommand(rest, out, err);
    err << tr("strata: unknown command '%1'\n").arg(command) << usage();
    return 1;
}

} // namespace strata::cli
