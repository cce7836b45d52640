// SPDX-License-Identifier: GPL-3.0-or-later
#define QT_USE_QSTRINGBUILDER
#include "sqlrenderer.h"
#include "sqlrenderer_p.h"

#include "mysqlrenderer.h"
#include "postgresrenderer.h"
#include "sqliterenderer.h"

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
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += separator;
        out += quote;
        out += names.at(i);
        out += quote;
    }
    return out;
}

SqlRenderer::~SqlRenderer() = default;

QString SqlRenderer::renderScript(const Migration &migration, const std::vector<MigrationWarning> &warnings) const
{
    if (migration.steps.empty())
        return QStringLiteral("-- This is an empty migration.");
    QString script;
    script.reserve(qsizetype(migration.steps.size()) * 200);
    if (!warnings.empty()) {
        script += QStringLiteral("/*\n  Warnings:\n\n");
        for (const bool unexecutable : {false, true}) {
            for (const MigrationWarning &warning : warnings) {
                if (warning.unexecutable == unexecutable)
                    script += QStringLiteral("  - ") + warning.message + u'\n';
            }
        }
        script += QStringLiteral("\n*/\n");
    }
    bool first = true;
    for (const MigrationStep &step : migration.steps) {
        const QStringList statements = renderStep(migration, step);
        if (statements.isEmpty())
            continue;
        if (!first)
            script += u'\n';
        first = false;
        script += QStringLiteral("-- ");
        script += stepKindName(step.kind);
        script += u'\n';
        for (const QString &statement : statements) {
            script += statement;
            script += QStringLiteral(";\n");
        }
    }
    return script;
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
