// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "processlifetime.h"
#include "schemalocator.h"

#include "schema/schemaloader.h"

#include <QCoreApplication>

namespace strata::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("strata::cli", text);
}

int validateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString schemaPath;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--schema" && i + 1 < arguments.size()) {
            schemaPath = arguments.at(++i);
        } else if (argument.startsWith(u"--schema=")) {
            schemaPath = argument.mid(9);
        } else {
            err << tr("strata validate: unknown argument '%1'\n").arg(argument);
            return 1;
        }
    }
    QString error;
    const QString path = locateSchema(schemaPath, &error);
    if (path.isEmpty()) {
        err << "error: " << error << '\n';
        return 1;
    }
    prepareForSchema(path);
    // Diagnostics carry their lines and columns, so the text can go once parsed: the graph reuses its memory.
    schema::LoadedSchema &loaded = keepUntilExit(schema::LoadedSchema());
    if (!schema::loadSchema(path, loaded, &error, schema::SourceText::ReleaseAfterParsing,
                            schema::ValidationIndexes::Keep)) {
        err << "error: " << error << '\n';
        return 1;
    }
    for (const psl::Diagnostic &diagnostic : loaded.diagnostics.items())
        err << diagnostic.toString() << '\n';
    if (loaded.diagnostics.hasErrors()) {
        err << QCoreApplication::translate("strata::cli", "Validation failed: %n error(s) in %1", nullptr, loaded.diagnostics.errorCount()).arg(path) << '\n';
        return 1;
    }
    out << tr("The schema at %1 is valid.").arg(path) << '\n';
    return 0;
}

} // namespace strata::cli
