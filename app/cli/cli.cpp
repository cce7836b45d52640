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
              "       strata migrate SUBCOMMAND ...      Prisma Migrate's commands; see strata migrate --help\n"
              "       strata --help | --version\n"
              "\n"
              "Without --schema, the schema is prisma/schema.prisma, schema.prisma or a prisma/ folder.\n"
              "Exit codes: 0 success, 1 error, 2 a non-empty diff with --exit-code.\n");
}

namespace {

/// A subcommand of `strata migrate`: its name, what runs it, and its line in the help.
struct MigrateSubcommand {
    const char *name;
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
    const char *help;
};

// Add `migrate` subcommands here; the dispatch and the help follow the table.
const MigrateSubcommand migrateSubcommands[] = {
    {"diff", migrateDiffCommand,
     QT_TRANSLATE_NOOP("strata::cli",
                       "strata migrate diff --from-empty|--from-schema PATH|--from-migrations DIR\n"
                       "                    --to-empty|--to-schema PATH|--to-migrations DIR [--script]\n"
                       "                    [--exit-code] [--output FILE]\n"
                       "      the SQL from one state to the other, as `prisma migrate diff` prints it (a migrations\n"
                       "      folder is replayed offline); without --script a summary of the changes; --exit-code\n"
                       "      exits 2 when they differ\n")},
    {"dev", migrateDevCommand,
     QT_TRANSLATE_NOOP("strata::cli",
                       "strata migrate dev --create-only [--name NAME] [--schema PATH]\n"
                       "      writes the next migration, migrations/<timestamp>_<name>/migration.sql, from the\n"
                       "      replayed migrations folder and the schema, without applying it\n")},
};

QString migrateUsage()
{
    QString text = tr("Usage: strata migrate SUBCOMMAND [OPTIONS]\n\n");
    for (const MigrateSubcommand &subcommand : migrateSubcommands)
        text += QCoreApplication::translate("strata::cli", subcommand.help);
    return text;
}

int migrateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString name = arguments.value(0);
    if (name.isEmpty() || name == u"--help" || name == u"-h" || name == u"help") {
        (name.isEmpty() ? err : out) << migrateUsage();
        return name.isEmpty() ? 1 : 0;
    }
    for (const MigrateSubcommand &subcommand : migrateSubcommands) {
        if (name == QLatin1StringView(subcommand.name))
            return subcommand.run(arguments.mid(1), out, err);
    }
    err << tr("strata migrate: unknown subcommand '%1'\n").arg(name) << migrateUsage();
    return 1;
}

} // namespace

static const QStringList &commandNames()
{
    static const QStringList names = {QStringLiteral("validate"), QStringLiteral("format"), QStringLiteral("migrate"), QStringLiteral("--help"),
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
    if (command == u"migrate")
        return migrateCommand(rest, out, err);
    err << tr("strata: unknown command '%1'\n").arg(command) << usage();
    return 1;
}

} // namespace strata::cli
