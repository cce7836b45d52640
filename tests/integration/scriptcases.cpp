// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptcases.h"

#include "testsupport.h"

#include "schema/schemaloader.h"
#include "sql/differ.h"
#include "sql/schemacalculator.h"
#include "sql/sqlrenderer.h"
#include "sql/statementsplitter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace strata::tests {

namespace {

std::optional<sql::Dialect> dialectOf(const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    schema::LoadedSchema loaded;
    QString error;
    if (!schema::loadSchema(path, loaded, &error))
        return std::nullopt;
    return sql::dialectForProvider(loaded.schema.provider());
}

} // namespace

std::vector<ScriptCase> goldenPairs(sql::Dialect dialect)
{
    std::vector<ScriptCase> cases;
    const QDir root(fixturesDir() + QStringLiteral("/migrate-diff"));
    const QString provider = dialect == sql::Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    auto add = [&](const QDir &dir, const QString &prefix, bool checkProvider) {
        for (const QString &expected : dir.entryList({QStringLiteral("*.expected.sql")}, QDir::Files, QDir::Name)) {
            const QString base = expected.chopped(int(qstrlen(".expected.sql")));
            const QString from = dir.filePath(base + QStringLiteral(".from.prisma"));
            const QString to = dir.filePath(base + QStringLiteral(".to.prisma"));
            ScriptCase c{prefix + base, QFileInfo::exists(from) ? from : QString(), QFileInfo::exists(to) ? to : QString()};
            if (checkProvider && dialectOf(c.to.isEmpty() ? c.from : c.to) != dialect)
                continue;
            cases.push_back(c);
        }
    };
    add(QDir(root.filePath(QStringLiteral("random/") + provider)), QStringLiteral("random/%1/").arg(provider), false);
    add(QDir(root.filePath(QStringLiteral("handwritten"))), QStringLiteral("handwritten/"), true);
    return cases;
}

std::vector<ScriptCase> corpusLatestSchemas(sql::Dialect dialect)
{
    std::vector<ScriptCase> cases;
    const QString root = corpusDir();
    if (root.isEmpty())
        return cases;
    QStringList projects;
    for (const QString &project : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (project.startsWith(u'_')) { // _schema_only/<project>
            for (const QString &inner : QDir(QDir(root).filePath(project)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
                projects << project + u'/' + inner;
        } else {
            projects << project;
        }
    }
    for (const QString &project : std::as_const(projects)) {
        const QDir dir(QDir(root).filePath(project));
        QString schema;
        if (QFileInfo(dir.filePath(QStringLiteral("schema.prisma"))).isFile())
            schema = dir.filePath(QStringLiteral("schema.prisma"));
        else if (QFileInfo(dir.filePath(QStringLiteral("schema"))).isDir())
            schema = dir.filePath(QStringLiteral("schema"));
        if (!schema.isEmpty() && dialectOf(schema) == dialect)
            cases.push_back({QStringLiteral("corpus/") + project, QString(), schema});
    }
    return cases;
}

std::optional<sql::SqlSchema> sqlSchemaOf(const QString &path, sql::Dialect dialect, QString *error)
{
    if (path.isEmpty()) {
        sql::SqlSchema empty;
        empty.dialect = dialect;
        return empty;
    }
    schema::LoadedSchema loaded;
    if (!schema::loadSchema(path, loaded, error))
        return std::nullopt;
    if (loaded.diagnostics.hasErrors()) {
        *error = errorLines(loaded.diagnostics).join(u'\n');
        return std::nullopt;
    }
    return sql::SchemaCalculator::calculate(loaded.schema, dialect);
}

QString migrationScript(const sql::SqlSchema &from, const sql::SqlSchema &to)
{
    const sql::Migration migration = sql::SchemaDiffer::diff(from, to);
    return sql::SqlRenderer::forDialect(to.dialect)->renderScript(migration);
}

bool runScript(QSqlDatabase &db, sql::Dialect dialect, const QString &script, QString *error)
{
    const std::vector<sql::Statement> statements = sql::StatementSplitter(dialect).split(script);
    const bool transaction = dialect == sql::Dialect::PostgreSql;
    QSqlQuery q(db);
    if (transaction)
        q.exec(QStringLiteral("BEGIN"));
    for (const sql::Statement &s : statements) {
        if (!q.exec(s.text)) {
            *error = QStringLiteral("line %1: %2\n  %3").arg(s.line).arg(q.lastError().databaseText().trimmed(), s.text.left(300));
            if (transaction)
                q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (transaction && !q.exec(QStringLiteral("COMMIT"))) {
        *error = QStringLiteral("COMMIT: %1").arg(q.lastError().databaseText().trimmed());
        return false;
    }
    return true;
}

} // namespace strata::tests
