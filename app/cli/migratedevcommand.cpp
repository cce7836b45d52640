// SPDX-License-Identifier: GPL-3.0-or-later
// `strata migrate dev --create-only`: the next migration from the replayed history and the schema, written
// as `prisma migrate dev --create-only` writes it. Applying it to a database belongs to a later version.
#include "commands.h"
#include "schemalocator.h"
#include "sqlschemasource.h"

#include "migrate/migrationsfolder.h"
#include "migrate/migrationwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace strata::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("strata::cli", text);
}

int migrateDevCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString schemaPath;
    QString name;
    bool createOnly = false;
    for (int i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString value;
        const qsizetype equals = argument.indexOf(u'=');
        const bool inlineValue = argument.startsWith(u"--") && equals > 0;
        if (inlineValue) {
            value = argument.mid(equals + 1);
            argument = argument.left(equals);
        }
        auto takeValue = [&]() -> bool {
            if (inlineValue)
                return true;
            if (i + 1 >= arguments.size()) {
                err << tr("strata migrate dev: %1 needs a value").arg(argument) << '\n';
                return false;
            }
            value = arguments.at(++i);
            return true;
        };
        if (argument == u"--name" || argument == u"-n") {
            if (!takeValue())
                return 1;
            name = value;
        } else if (argument == u"--schema") {
            if (!takeValue())
                return 1;
            schemaPath = value;
        } else if (argument == u"--create-only" && !inlineValue) {
            createOnly = true;
        } else {
            err << tr("strata migrate dev: unknown argument '%1'").arg(arguments.at(i)) << '\n';
            return 1;
        }
    }
    if (!createOnly) {
        err << tr("error: strata migrate dev cannot apply migrations to a database yet (that comes in a later version).\n"
                  "Use --create-only to write the next migration without applying it, then apply it with prisma migrate dev.")
            << '\n';
        return 1;
    }

    QString error;
    const QString path = locateSchema(schemaPath, &error);
    if (path.isEmpty()) {
        err << "error: " << error << '\n';
        return 1;
    }
    const std::optional<SqlSchemaSource> target = loadSqlSchemaSource(path, QStringLiteral("migrate dev"), err);
    if (!target)
        return 1;
    out << tr("Prisma schema loaded from %1").arg(path) << '\n';

    // Prisma keeps the migrations beside the schema file that holds the datasource block.
    const QString migrationsPath = QFileInfo(target->datasourceFile).dir().filePath(QStringLiteral("migrations"));
    migrate::MigrationsFolder folder;
    if (QFileInfo::exists(migrationsPath)) {
        folder = migrate::MigrationsFolder::read(migrationsPath);
        printFolderDiagnostics(migrationsPath, folder.diagnostics(), err);
        if (folder.diagnostics().hasErrors())
            return 1;
        const QString mismatch = migrate::MigrationWriter::checkProvider(folder, target->provider);
        if (!mismatch.isEmpty()) {
            err << "error: " << mismatch << '\n';
            return 1;
        }
    }

    const migrate::MigrationDraft draft = migrate::MigrationWriter::draft(folder, target->schema);
    printFolderDiagnostics(migrationsPath, draft.replayWarnings, err);
    if (draft.replayWarnings.hasErrors())
        return 1;
    if (!draft.warnings.empty()) {
        out << '\n' << tr("\u26A0\uFE0F  Warnings for the current datasource:") << "\n\n";
        for (const sql::MigrationWarning &warning : draft.warnings)
            out << QStringLiteral("  \u2022 ") << warning.message << '\n';
        out << '\n';
    }
    // Like Prisma, --create-only writes the migration even when it is empty ("-- This is an empty
    // migration."): that is how a migration for hand-written SQL is started.
    const std::optional<migrate::WrittenMigration> written =
        migrate::MigrationWriter::write(migrationsPath, migrate::MigrationWriter::migrationName(name), draft.script,
                                        target->provider, &error);
    if (!written) {
        err << "error: " << error << '\n';
        return 1;
    }
    out << tr("Prisma Migrate created the following migration without applying it %1\n\n"
              "You can now edit it and apply it by running prisma migrate dev.")
               .arg(written->name)
        << '\n';
    out.flush();
    return 0;
}

} // namespace strata::cli
