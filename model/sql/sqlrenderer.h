// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "destructivechangechecker.h"
#include "migrationstep.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <functional>
#include <memory>
#include <vector>

namespace strata::sql {

/// Turns the steps of a migration into SQL for one dialect; one subclass per dialect (PostgreSQL, SQLite,
/// MySQL). renderScript() writes the whole migration as Prisma writes migration.sql.
class SqlRenderer {
public:
    virtual ~SqlRenderer();

    virtual Dialect dialect() const = 0;
    /// The statements of one step, without their terminating semicolons.
    virtual QStringList renderStep(const Migration &migration, const MigrationStep &step) const = 0;

    /// Prisma's migration script: the `/* Warnings: ... */` block when there are warnings, then for each step
    /// that renders anything a `-- Kind` comment and its statements. An empty migration is
    /// `-- This is an empty migration.` (without a line break; every other script ends with one).
    QString renderScript(const Migration &migration, const std::vector<MigrationWarning> &warnings = {}) const;

    /// Receives a script piece by piece, in order; each piece ends after a whole step.
    using ScriptSink = std::function<void(QStringView piece)>;
    /// The same text as renderScript(), handed to `write` in pieces of some tens of kilobytes instead of held
    /// whole: for scripts of large schemas, written to a file or a stream as they are rendered. Scripts of
    /// thousands of steps are rendered on two threads, chunk by chunk, and handed over in order as they are done
    /// (on the calling thread: `write` is never called from another).
    void writeScript(const Migration &migration, const ScriptSink &write, const std::vector<MigrationWarning> &warnings = {}) const;

    /// The renderer for a dialect, or nullptr when there is none yet.
    static std::unique_ptr<SqlRenderer> forDialect(Dialect dialect);

protected:
    /// Appends the statements of one step to `script`, each followed by ";\n" (nothing when the step renders
    /// none). The default goes through renderStep(); a dialect overrides it to write its frequent steps
    /// straight into the script, without a string per statement.
    virtual void appendStep(QString &script, const Migration &migration, const MigrationStep &step) const;

private:
    static void appendWarnings(QString &buffer, const std::vector<MigrationWarning> &warnings);
    /// Appends steps [begin, end): a `-- Kind` comment and the statements of each that renders any, an empty line
    /// between two. With `write`, hands the buffer over and empties it whenever it grows past a piece.
    void appendSteps(QString &buffer, const Migration &migration, size_t begin, size_t end, const ScriptSink *write) const;
    /// Writes the script into `buffer`; with `write`, hands it over and empties it whenever it grows past a piece.
    void appendScript(QString &buffer, const Migration &migration, const std::vector<MigrationWarning> &warnings,
                      const ScriptSink *write) const;
};

} // namespace strata::sql
