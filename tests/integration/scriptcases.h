// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sql/sqlschema.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>
#include <vector>

namespace strata::tests {

/// A schema pair whose migration scripts are run on a real database; an empty path is the empty schema.
struct ScriptCase {
    QString name;
    QString from;
    QString to;
};

/// The golden pairs of tests/fixtures/migrate-diff for one dialect: random/<provider>/ and the handwritten
/// pairs whose schemas use that provider.
std::vector<ScriptCase> goldenPairs(sql::Dialect dialect);
/// The latest schema of every corpus project of that dialect (schema.prisma or a schema/ folder); empty
/// without the corpus.
std::vector<ScriptCase> corpusLatestSchemas(sql::Dialect dialect);

/// The SQL schema of a schema file or folder (the empty schema for an empty path), or nothing with `error`.
std::optional<sql::SqlSchema> sqlSchemaOf(const QString &path, sql::Dialect dialect, QString *error);
/// Strata's `migrate diff --script` from one schema to the other.
QString migrationScript(const sql::SqlSchema &from, const sql::SqlSchema &to);
/// Runs a script statement by statement (PostgreSQL: in one transaction, as Prisma's engine sends it);
/// false with "line N: error" in `error` at the first statement the database refuses.
bool runScript(QSqlDatabase &db, sql::Dialect dialect, const QString &script, QString *error);

} // namespace strata::tests
