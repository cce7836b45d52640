// SPDX-License-Identifier: GPL-3.0-or-later
#define QT_USE_QSTRINGBUILDER
#include "sqlrenderer.h"
#include "sqlrenderer_p.h"

#include "mysqlrenderer.h"
#include "postgresrenderer.h"
#include "sqliterenderer.h"

#include "psl/chunkedwork.h"

#include <thread>

namespace strata::sql {

QString referentialActionSql(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::Cascade: return QStringLiteral("CASCADE");
    case ReferentialAction::Restrict: return QStringLiteral("RESTRICT");
    case ReferentialAction::SetNull: return QStringLiteral("SET NULL");
    case ReferentialAction::SetDefault: return QStringLiteral("SET DEFAULT");
    case ReferentialAction::NoAction:
    case ReferentialAction::Unset: break;
    }
    return QStringLiteral("NO ACTION");
}

QString joinQuoted(const QStringList &names, QChar quote, const QString &separator)
{
    QString out;
    {
        TextWriter writer(out);
        appendJoinedQuoted(writer, names, quote.unicode(), separator);
    }
    return out;
}

void appendJoinedQuoted(TextWriter &out, const QStringList &names, char16_t quote, QStringView separator)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out << separator;
        out << quote << names.at(i) << quote;
    }
}

SqlRenderer::~SqlRenderer() = default;

QString SqlRenderer::renderScript(const Migration &migration, const std::vector<MigrationWarning> &warnings) const
{
    QString script;
    appendScript(script, migration, warnings, nullptr);
    return script;
}

namespace {
/// Large enough that writing a piece costs little next to rendering it, small enough to stay in the cache.
constexpr qsizetype PieceSize = 64 * 1024;
/// Scripts of this many steps and more are rendered on two threads (20,000 steps for 5,000 models: 5.0 -> 3.5 ms).
constexpr size_t TwoThreadsMinimumSteps = 2048;
constexpr size_t StepsPerChunk = 256;
} // namespace

void SqlRenderer::writeScript(const Migration &migration, const ScriptSink &write, const std::vector<MigrationWarning> &warnings) const
{
    const size_t steps = migration.steps.size();
    if (steps < TwoThreadsMinimumSteps || std::thread::hardware_concurrency() < 2) {
        QString buffer;
        appendScript(buffer, migration, warnings, &write);
        if (!buffer.isEmpty())
            write(buffer);
        return;
    }
    // The steps in chunks, each rendered into a piece of its own by whichever thread takes it, then written in
    // order, with the line between steps where a chunk's first step follows another's last.
    QString header;
    appendWarnings(header, warnings);
    if (!header.isEmpty())
        write(header);
    std::vector<QString> pieces(psl::chunkCount(steps, StepsPerChunk));
    psl::runInChunks(steps, StepsPerChunk, 2, [&](size_t chunk, size_t begin, size_t end) {
        pieces[chunk].reserve(qsizetype(end - begin) * 200);
        appendSteps(pieces[chunk], migration, begin, end, nullptr);
    });
    bool first = true;
    for (QString &piece : pieces) {
        if (piece.isEmpty())
            continue;
        if (!first)
            write(u"\n");
        write(piece);
        first = false;
        piece = QString();
    }
}

void SqlRenderer::appendStep(QString &script, const Migration &migration, const MigrationStep &step) const
{
    for (const QString &statement : renderStep(migration, step)) {
        script += statement;
        script += QLatin1StringView(";\n");
    }
}

void SqlRenderer::appendWarnings(QString &buffer, const std::vector<MigrationWarning> &warnings)
{
    if (warnings.empty())
        return;
    buffer += QLatin1StringView("/*\n  Warnings:\n\n");
    for (const bool unexecutable : {false, true}) {
        for (const MigrationWarning &warning : warnings) {
            if (warning.unexecutable != unexecutable)
                continue;
            buffer += QLatin1StringView("  - ");
            buffer += warning.message;
            buffer += u'\n';
        }
    }
    buffer += QLatin1StringView("\n*/\n");
}

void SqlRenderer::appendSteps(QString &buffer, const Migration &migration, size_t begin, size_t end, const ScriptSink *write) const
{
    bool first = true;
    for (size_t i = begin; i < end; ++i) {
        const MigrationStep &step = migration.steps[i];
        const qsizetype stepStart = buffer.size();
        if (!first)
            buffer += u'\n';
        buffer += QLatin1StringView("-- ");
        buffer += stepKindName(step.kind);
        buffer += u'\n';
        const qsizetype statementsStart = buffer.size();
        appendStep(buffer, migration, step);
        if (buffer.size() == statementsStart) { // nothing to run: no comment either
            buffer.truncate(stepStart);
            continue;
        }
        first = false;
        if (write && buffer.size() >= PieceSize) {
            (*write)(buffer);
            buffer.resize(0); // keeps the capacity
        }
    }
}

void SqlRenderer::appendScript(QString &buffer, const Migration &migration, const std::vector<MigrationWarning> &warnings,
                               const ScriptSink *write) const
{
    if (migration.steps.empty()) {
        buffer += QLatin1StringView("-- This is an empty migration.");
        return;
    }
    buffer.reserve(write ? PieceSize + PieceSize / 4 : qsizetype(migration.steps.size()) * 200);
    appendWarnings(buffer, warnings);
    appendSteps(buffer, migration, 0, migration.steps.size(), write);
}

std::unique_ptr<SqlRenderer> SqlRenderer::forDialect(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSql: return std::make_unique<PostgresRenderer>();
    case Dialect::Sqlite: return std::make_unique<SqliteRenderer>();
    case Dialect::MySql: return std::make_unique<MySqlRenderer>();
    }
    return nullptr;
}

} // namespace strata::sql
