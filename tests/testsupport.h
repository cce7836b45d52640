// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "psl/sourcefile.h"
#include "schema/schemaloader.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QString>

/// Helpers shared by the test suites: fixture and corpus locations, analysing inline schema text.
namespace strata::tests {

inline QString fixturesDir()
{
    return QStringLiteral(STRATA_FIXTURES_DIR);
}

/// The shared corpus beside the checkout, or an empty string when it is not there.
inline QString corpusDir()
{
    const QString dir = QDir::cleanPath(QStringLiteral(STRATA_SOURCE_DIR "/../shared/corpus"));
    return QDir(dir).exists() ? dir : QString();
}

/// Whether a folder is a multi-file schema of the corpus: `schema/`, `history/<commit>-schema(.before)/`.
inline bool isSchemaFolderName(const QString &name)
{
    return name == u"schema" || name.endsWith(u"-schema") || name.endsWith(u"-schema.before");
}

/// Every schema of the corpus, latest and history: single .prisma files and multi-file schema folders
/// (a folder counts once). Templates under extras/ are not schemas and are left out.
inline QStringList corpusSchemas(const QString &root)
{
    QSet<QString> seen;
    QStringList schemas;
    QDirIterator files(root, {QStringLiteral("*.prisma")}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative.contains(QStringLiteral("/extras/")))
            continue;
        QString schema = path;
        for (QDir dir = QFileInfo(path).dir(); dir.absolutePath().size() > root.size(); dir.cdUp()) {
            if (isSchemaFolderName(dir.dirName()))
                schema = dir.absolutePath();
        }
        if (!seen.contains(schema)) {
            seen.insert(schema);
            schemas << schema;
        }
    }
    schemas.sort();
    return schemas;
}

inline schema::LoadedSchema analyzeText(const QString &text, const QString &path = QStringLiteral("schema.prisma"))
{
    psl::SourceSet sources;
    sources.add(psl::SourceFile(path, text));
    return schema::analyze(std::move(sources));
}

/// "line:column: message" of each error, for readable failure output.
inline QStringList errorLines(const psl::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const psl::Diagnostic &d : diagnostics.items()) {
        if (d.isError())
            lines << QStringLiteral("%1:%2: %3").arg(d.span.line).arg(d.span.column).arg(d.message);
    }
    return lines;
}

} // namespace strata::tests
