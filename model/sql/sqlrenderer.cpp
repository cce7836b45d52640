// SPDX-License-Identifier: GPL-3.0-or-later
#define QT_USE_QSTRINGBUILDER
#include "sqlrenderer.h"
#include "sqlrenderer_p.h"

#include "mysqlrenderer.h"
#include "postgresrenderer.h"
#include "sqliterenderer.h"

#include "psl/chunkedwork.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
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
/// How far ahead of the pieces written the helper may render: when writing is the slower part (a pipe that is read
/// slowly, a console), the pieces it would render on would pile up to the whole script.
constexpr size_t MostChunksAhead = 4;
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
    // The steps in chunks, taken in order by this thread and a helper, each rendered into a piece of its own. This
    // thread writes the pieces in order as they are done, with the line between steps where a chunk's first step
    // follows another's last: a few pieces are held at a time, not the whole script (10 MB at 5,000 models). Neither
    // thread renders more than MostChunksAhead chunks ahead of the pieces written.
    QString header;
    appendWarnings(header, warnings);
    if (!header.isEmpty())
        write(header);
    const size_t chunks = psl::chunkCount(steps, StepsPerChunk);
    std::vector<QString> pieces(chunks);
    std::vector<char> rendered(chunks, 0);
    std::mutex lock;
    std::condition_variable pieceRendered;
    std::condition_variable pieceWritten;
    std::atomic<size_t> nextChunk{0};
    size_t written = 0; // guarded by lock
    auto render = [&](size_t chunk) {
        const size_t begin = chunk * StepsPerChunk;
        const size_t end = std::min(steps, begin + StepsPerChunk);
        QString piece;
        piece.reserve(qsizetype(end - begin) * 200);
        appendSteps(piece, migration, begin, end, nullptr);
        const std::lock_guard<std::mutex> guard(lock);
        pieces[chunk] = std::move(piece);
        rendered[chunk] = 1;
    };
    psl::HelperTasks helper;
    helper.run([&] {
        for (size_t chunk = nextChunk++; chunk < chunks; chunk = nextChunk++) {
            {
                std::unique_lock<std::mutex> guard(lock);
                pieceWritten.wait(guard, [&] { return chunk < written + MostChunksAhead; });
            }
            render(chunk);
            pieceRendered.notify_one();
        }
    });
    bool first = true;
    // Writes the pieces rendered so far in order, and waits for those before `until` that are still being rendered.
    auto writeRendered = [&](size_t until) {
        std::unique_lock<std::mutex> guard(lock);
        while (written < chunks) {
            if (!rendered[written]) {
                if (written >= until)
                    return;
                pieceRendered.wait(guard, [&] { return rendered[written] != 0; });
            }
            const QString piece = std::move(pieces[written++]);
            guard.unlock();
            pieceWritten.notify_one();
            if (!piece.isEmpty()) {
                if (!first)
                    write(u"\n");
                write(piece);
                first = false;
            }
            guard.lock();
        }
    };
    for (size_t chunk = nextChunk++; chunk < chunks; chunk = nextChunk++) {
        render(chunk);
        // This thread, too, renders at most MostChunksAhead chunks ahead of the pieces written: while the helper is
        // held up on its chunk, it waits for it instead of rendering on.
        writeRendered(chunk + 1 > MostChunksAhead ? chunk + 1 - MostChunksAhead : 0);
    }
    // Every chunk is taken: those the helper took are being rendered (one it never started took none).
    writeRendered(chunks);
    helper.wait();
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
