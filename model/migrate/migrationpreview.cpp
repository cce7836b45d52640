// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationpreview.h"

#include "migrationsfolder.h"

#include "sql/differ.h"
#include "sql/schemacalculator.h"
#include "sql/sqlrenderer.h"

#include <QFileInfo>

namespace strata::migrate {

namespace {

int lineCount(const QString &text)
{
    return int(text.count(u'\n')) + 1;
}

/// Where renderScript() puts each step: the same walk over the steps, counting lines. The text is rebuilt
/// alongside so that a renderer that ever writes differently gives no ranges rather than wrong ones.
std::vector<StepRange> stepRanges(const sql::SqlRenderer &renderer, const sql::Migration &migration,
                                  const std::vector<sql::MigrationWarning> &warnings, const QString &script)
{
    std::vector<StepRange> ranges;
    if (migration.steps.empty())
        return ranges;
    QString rebuilt;
    int line = 0;
    if (!warnings.empty()) {
        rebuilt += QStringLiteral("/*\n  Warnings:\n\n");
        for (const bool unexecutable : {false, true}) {
            for (const sql::MigrationWarning &warning : warnings) {
                if (warning.unexecutable == unexecutable)
                    rebuilt += QStringLiteral("  - ") + warning.message + u'\n';
            }
        }
        rebuilt += QStringLiteral("\n*/\n");
        line = int(rebuilt.count(u'\n'));
    }
    bool first = true;
    for (int i = 0; i < int(migration.steps.size()); ++i) {
        const sql::MigrationStep &step = migration.steps[size_t(i)];
        const QStringList statements = renderer.renderStep(migration, step);
        if (statements.isEmpty())
            continue;
        if (!first) {
            rebuilt += u'\n';
            ++line;
        }
        first = false;
        StepRange range;
        range.step = i;
        range.commentLine = line;
        rebuilt += QStringLiteral("-- ") + sql::stepKindName(step.kind) + u'\n';
        ++line;
        range.firstLine = line;
        for (const QString &statement : statements) {
            rebuilt += statement + QStringLiteral(";\n");
            line += lineCount(statement);
        }
        range.lastLine = line - 1;
        ranges.push_back(range);
    }
    if (rebuilt != script)
        return {};
    return ranges;
}

} // namespace

const StepRange *MigrationPreviewResult::rangeOfStep(int step) const
{
    for (const StepRange &range : stepRanges) {
        if (range.step == step)
            return &range;
    }
    return nullptr;
}

std::shared_ptr<const ReplayedHistory> MigrationPreview::replay(const QString &path, sql::Dialect dialect)
{
    auto history = std::make_shared<ReplayedHistory>();
    history->path = path;
    history->dialect = dialect;
    sql::SqlSchema empty;
    empty.dialect = dialect;
    if (path.isEmpty() || !QFileInfo(path).isDir()) {
        history->schema = std::make_shared<const sql::SqlSchema>(std::move(empty));
        return history;
    }
    const MigrationsFolder folder = MigrationsFolder::read(path);
    history->exists = folder.exists();
    history->lockProvider = folder.provider();
    history->warnings = folder.diagnostics();
    for (const Migration &migration : folder.migrations())
        history->migrationCount += migration.hasScript ? 1 : 0;
    // A history written for another provider cannot be replayed in this dialect; Prisma would refuse it
    // (P3019), and a preview in another dialect is only useful from an empty database.
    const std::optional<sql::Dialect> lockDialect = folder.dialect();
    if (folder.hasLockFile() && !folder.provider().isEmpty() && lockDialect != dialect) {
        history->matchesDialect = false;
        history->schema = std::make_shared<const sql::SqlSchema>(std::move(empty));
        return history;
    }
    sql::ReplayResult replayed = folder.replay(dialect);
    replayed.schema.dialect = dialect;
    history->warnings.append(replayed.warnings);
    history->schema = std::make_shared<const sql::SqlSchema>(std::move(replayed.schema));
    return history;
}

MigrationPreviewResult MigrationPreview::compute(const schema::Schema &schema, std::shared_ptr<const ReplayedHistory> history)
{
    const sql::SqlSchema target = sql::SchemaCalculator::calculate(schema, history->dialect);
    return compute(target, std::move(history));
}

MigrationPreviewResult MigrationPreview::compute(const sql::SqlSchema &target, std::shared_ptr<const ReplayedHistory> history)
{
    MigrationPreviewResult result;
    result.dialect = target.dialect;
    result.history = history;
    result.migration = sql::SchemaDiffer::diff(history->schema, std::make_shared<const sql::SqlSchema>(target));
    result.warnings = sql::DestructiveChangeChecker::check(result.migration);
    if (const std::unique_ptr<sql::SqlRenderer> renderer = sql::SqlRenderer::forDialect(target.dialect)) {
        result.script = renderer->renderScript(result.migration, result.warnings);
        result.stepRanges = stepRanges(*renderer, result.migration, result.warnings, result.script);
    }
    return result;
}

} // namespace strata::migrate
