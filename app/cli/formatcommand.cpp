// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "processlifetime.h"
#include "schemalocator.h"

#include "psl/formatter.h"
#include "schema/schemaloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSaveFile>

namespace strata::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("strata::cli", text);
}

/// Prisma prints durations as "42ms" below a second and "1.23s" above.
static QString duration(qint64 ms)
{
    return ms < 1000 ? QStringLiteral("%1ms").arg(ms) : QStringLiteral("%1s").arg(double(ms) / 1000.0, 0, 'f', 2);
}

static bool writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

int formatCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QElapsedTimer timer;
    timer.start();
    QString schemaPath;
    bool check = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--schema" && i + 1 < arguments.size()) {
            schemaPath = arguments.at(++i);
        } else if (argument.startsWith(u"--schema=")) {
            schemaPath = argument.mid(9);
        } else if (argument == u"--check") {
            check = true;
        } else {
            err << tr("strata format: unknown argument '%1'\n").arg(argument);
            return 1;
        }
    }
    QString error;
    const QString path = locateSchema(schemaPath, &error);
    if (path.isEmpty()) {
        err << "error: " << error << '\n';
        return 1;
    }
    schema::LoadedSchema &loaded = keepUntilExit(schema::LoadedSchema());
    if (!schema::loadSchema(path, loaded, &error)) {
        err << "error: " << error << '\n';
        return 1;
    }

    const QStringList formatted = psl::Formatter::format(loaded.ast, loaded.sources);

    // Like `prisma format`, refuse to write a schema that is not valid once formatted. Formatting may fix
    // errors (it adds missing relation fields) or, rarely, make some (two added fields of the same name), so
    // the formatted text decides. The diagnostics shown are those of the text as written when it has any:
    // their lines and columns are the ones the user sees in the file.
    bool changes = false;
    for (int i = 0; i < loaded.sources.size(); ++i)
        changes = changes || formatted.at(i) != loaded.sources.file(i).text();
    psl::Diagnostics formattedDiagnostics = loaded.diagnostics;
    if (changes) {
        psl::SourceSet formattedSources;
        for (int i = 0; i < loaded.sources.size(); ++i)
            formattedSources.add(psl::SourceFile(loaded.sources.file(i).path(), formatted.at(i)));
        formattedDiagnostics = schema::analyze(std::move(formattedSources)).diagnostics;
    }
    if (formattedDiagnostics.hasErrors()) {
        const psl::Diagnostics &shown = loaded.diagnostics.hasErrors() ? loaded.diagnostics : formattedDiagnostics;
        for (const psl::Diagnostic &diagnostic : shown.items())
            err << diagnostic.toString() << '\n';
        err << QCoreApplication::translate("strata::cli", "Formatting failed: %n error(s) in %1", nullptr,
                                           shown.errorCount())
                   .arg(path)
            << '\n';
        return 1;
    }

    const QDir current = QDir::current();
    QStringList changed;
    for (int i = 0; i < loaded.sources.size(); ++i) {
        const psl::SourceFile &source = loaded.sources.file(i);
        if (formatted.at(i) == source.text())
            continue;
        changed << source.path();
        if (check)
            continue;
        if (!writeText(source.path(), formatted.at(i), &error)) {
            err << tr("error: cannot write %1: %2").arg(source.path(), error) << '\n';
            return 1;
        }
    }

    if (check) {
        if (changed.isEmpty()) {
            out << tr("All files are formatted correctly!") << '\n';
            return 0;
        }
        for (const QString &file : std::as_const(changed))
            err << current.relativeFilePath(file) << '\n';
        err << tr("! There are unformatted files. Run strata format to format them.") << '\n';
        return 1;
    }
    out << tr("Formatted %1 in %2 🚀").arg(current.relativeFilePath(path), duration(timer.elapsed())) << '\n';
    return 0;
}

} // namespace strata::cli
