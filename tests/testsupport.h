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

/// A golden case of tests/fixtures/migrate-diff: Prisma's script (NAME.expected.sql) from NAME.from.prisma to
/// NAME.to.prisma; a side whose file is missing is the empty database.
struct MigrateDiffGolden {
    QString name; ///< relative to the migrate-diff folder, e.g. "random/postgresql/0022"
    QString from;
    QString to;
    QString expected;
};

/// Every golden case of tests/fixtures/migrate-diff, sorted by name.
inline QList<MigrateDiffGolden> migrateDiffGoldens()
{
    const QString root = fixturesDir() + QStringLiteral("/migrate-diff");
    QStringList expectations;
    QDirIterator it(root, {QStringLiteral("*.expected.sql")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        expectations << it.next();
    expectations.sort();
    QList<MigrateDiffGolden> goldens;
    for (const QString &expected : std::as_const(expectations)) {
        const QString stem = expected.chopped(int(QStringLiteral(".expected.sql").size()));
        goldens.append({QDir(root).relativeFilePath(stem), stem + QStringLiteral(".from.prisma"), stem + QStringLiteral(".to.prisma"), expected});
    }
    return goldens;
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

/// An enum and models <prefix>0..<prefix>(count-1), each related to the one before it, with defaults, a unique
/// field and an index: count + 1 blocks, valid on PostgreSQL without a datasource of their own.
inline QString generatedModels(int count, const QString &prefix)
{
    QString text = QStringLiteral("enum %1Kind {\n  A\n  B\n}\n\n").arg(prefix);
    for (int i = 0; i < count; ++i) {
        text += QStringLiteral("model %1%2 {\n  id Int @id @default(autoincrement())\n  name String @unique\n"
                               "  kind %1Kind @default(A)\n  createdAt DateTime @default(now())\n")
                    .arg(prefix, QString::number(i));
        if (i > 0)
            text += QStringLiteral("  parentId Int?\n  parent %1%2? @relation(fields: [parentId], references: [id])\n")
                        .arg(prefix, QString::number(i - 1));
        if (i + 1 < count)
            text += QStringLiteral("  children %1%2[]\n").arg(prefix, QString::number(i + 1));
        text += QStringLiteral("\n  @@index([createdAt])\n}\n\n");
    }
    return text;
}

} // namespace strata::tests
