// SPDX-License-Identifier: GPL-3.0-or-later
// The statements follow prisma-engines: schema-engine/connectors/sql-schema-connector/src/flavour/mysql/renderer.rs
// and libs/sql-ddl/src/mysql.rs (backtick identifiers, inline indexes in CREATE TABLE, the utf8mb4 table
// suffix, MODIFY for column changes, DROP FOREIGN KEY, DROP INDEX ... ON, RENAME INDEX).
#define QT_USE_QSTRINGBUILDER
#include "mysqlrenderer.h"
#include "sqlrenderer_p.h"

namespace strata::sql {

namespace {

using Family = ColumnType::Family;

QString quote(const QString &name)
{
    return u'`' + name + u'`';
}

/// `name`(length) ASC|DESC, as sql-ddl renders index and primary key columns.
QString indexColumns(const std::vector<IndexColumn> &columns)
{
    QStringList out;
    for (const IndexColumn &column : columns) {
        QString rendered = quote(column.name);
        if (column.length)
            rendered += u'(' + QString::number(*column.length) + u')';
        if (column.sort == SortOrder::Asc)
            rendered += QStringLiteral(" ASC");
        else if (column.sort == SortOrder::Desc)
            rendered += QStringLiteral(" DESC");
        out << rendered;
    }
    return out.join(QStringLiteral(", "));
}

QString indexTypePrefix(const Index &index)
{
    switch (index.kind) {
    case Index::Kind::Unique: return QStringLiteral("UNIQUE ");
    case Index::Kind::Fulltext: return QStringLiteral("FULLTEXT ");
    case Index::Kind::Normal: break;
    }
    return {};
}

/// render_column: JSON defaults and non-generated binary defaults are not rendered (MySQL rejects them);
/// sequences and `dbgenerated()` without an expression render nothing either.
QString renderedDefault(const Column &column, bool forModify)
{
    const ColumnDefault &d = *column.defaultValue;
    if (d.kind == ColumnDefault::Kind::None || d.kind == ColumnDefault::Kind::Sequence || d.expression.isEmpty())
        return {};
    // Prisma filters these two in CREATE TABLE / ADD COLUMN only; Strata also leaves them out of MODIFY, where
    // MySQL would reject them the same way.
    Q_UNUSED(forModify);
    if (column.type.family == Family::Json)
        return {};
    if (column.type.family == Family::Binary && d.kind != ColumnDefault::Kind::DbGenerated)
        return {};
    return d.expression;
}

QString columnDefinition(const Column &column)
{
    QString out = quote(column.name) + u' ' + column.type.name;
    out += column.arity() == ColumnArity::Required ? QStringLiteral(" NOT NULL") : QStringLiteral(" NULL");
    if (column.autoIncrement)
        out += QStringLiteral(" AUTO_INCREMENT");
    const QString def = renderedDefault(column, false);
    if (!def.isEmpty())
        out += QStringLiteral(" DEFAULT ") + def;
    return out;
}

QString createTable(const Table &table)
{
    QString out = QStringLiteral("CREATE TABLE ") + quote(table.name) + QStringLiteral(" (\n");
    QStringList columns;
    for (const Column &column : table.columns)
        columns << QStringLiteral("    ") + columnDefinition(column);
    out += columns.join(QStringLiteral(",\n"));
    const bool hasPk = table.primaryKey && !table.primaryKey->columns.empty();
    if (!table.indexes.empty() || hasPk)
        out += QStringLiteral(",\n\n");
    QStringList clauses;
    for (const Index &index : table.indexes)
        clauses << QStringLiteral("    ") + indexTypePrefix(index) + QStringLiteral("INDEX ") + quote(index.name) + u'('
                + indexColumns(index.columns) + u')';
    out += clauses.join(QStringLiteral(",\n"));
    if (hasPk) {
        if (!table.indexes.empty())
            out += QStringLiteral(",\n");
        out += QStringLiteral("    PRIMARY KEY (") + indexColumns(table.primaryKey->columns) + u')';
    }
    out += QStringLiteral("\n) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    return out;
}

QString createIndex(const Table &table, const Index &index)
{
    return QStringLiteral("CREATE ") + indexTypePrefix(index) + QStringLiteral("INDEX ") + quote(index.name) + QStringLiteral(" ON ")
        + quote(table.name) + u'(' + indexColumns(index.columns) + u')';
}

QString dropIndex(const Table &table, const Index &index)
{
    return QStringLiteral("DROP INDEX ") + quote(index.name) + QStringLiteral(" ON ") + quote(table.name);
}

QString addForeignKey(const Table &table, const ForeignKey &fk)
{
    QString out = QStringLiteral("ALTER TABLE ") + quote(table.name) + QStringLiteral(" ADD ");
    if (!fk.name.isEmpty())
        out += QStringLiteral("CONSTRAINT ") + quote(fk.name) + u' ';
    out += QStringLiteral("FOREIGN KEY (") + joinQuoted(fk.columns, u'`') + QStringLiteral(") REFERENCES ") + quote(fk.referencedTable) + u'('
        + joinQuoted(fk.referencedColumns, u'`') + QStringLiteral(") ON DELETE ") + referentialActionSql(fk.onDelete) + QStringLiteral(" ON UPDATE ")
        + referentialActionSql(fk.onUpdate);
    return out;
}

/// MysqlAlterColumn: only a dropped default is `ALTER COLUMN ... DROP DEFAULT`; every other change is a MODIFY
/// that restates the whole column (MySQL cannot SET DEFAULT to an expression on most versions).
QString alterColumn(const Column &previous, const Column &next, const ColumnChanges &changes)
{
    const bool onlyDefault = changes.defaultValue && !changes.arity && !changes.type && !changes.autoIncrement;
    if (onlyDefault && !next.defaultValue->isSet())
        return QStringLiteral("ALTER COLUMN ") + quote(previous.name) + QStringLiteral(" DROP DEFAULT");
    Column column = next;
    // dbgenerated() without an expression keeps the expression the database has (the previous one).
    if (previous.defaultValue->kind == ColumnDefault::Kind::DbGenerated && !previous.defaultValue->expression.isEmpty()
        && next.defaultValue->kind == ColumnDefault::Kind::DbGenerated && next.defaultValue->expression.isEmpty())
        column.defaultValue = previous.defaultValue;
    QString out = QStringLiteral("MODIFY ") + quote(next.name) + u' ' + next.type.name;
    out += next.arity() == ColumnArity::Required ? QStringLiteral(" NOT NULL") : QStringLiteral(" NULL");
    const QString def = renderedDefault(column, true);
    if (!def.isEmpty())
        out += QStringLiteral(" DEFAULT ") + def;
    if (next.autoIncrement)
        out += QStringLiteral(" AUTO_INCREMENT");
    return out;
}

QStringList alterTable(const Migration &migration, const MigrationStep &step)
{
    const Table &before = migration.previous->tables[step.previousTable];
    const Table &after = migration.next->tables[step.nextTable];
    QStringList lines;
    for (const TableChange &change : step.details->tableChanges) {
        switch (change.kind) {
        case TableChange::Kind::DropPrimaryKey:
            lines << QStringLiteral("DROP PRIMARY KEY");
            break;
        case TableChange::Kind::RenamePrimaryKey:
            break; // MySQL primary keys have no names of their own
        case TableChange::Kind::AddPrimaryKey:
            lines << QStringLiteral("ADD PRIMARY KEY (") + indexColumns(after.primaryKey->columns) + u')';
            break;
        case TableChange::Kind::AddColumn:
            lines << QStringLiteral("ADD COLUMN ") + columnDefinition(after.columns[change.nextColumn]);
            break;
        case TableChange::Kind::DropColumn:
            lines << QStringLiteral("DROP COLUMN ") + quote(before.columns[change.previousColumn].name);
            break;
        case TableChange::Kind::AlterColumn:
            lines << alterColumn(before.columns[change.previousColumn], after.columns[change.nextColumn], change.changes);
            break;
        case TableChange::Kind::DropAndRecreateColumn:
            lines << QStringLiteral("DROP COLUMN ") + quote(before.columns[change.previousColumn].name);
            lines << QStringLiteral("ADD COLUMN ") + columnDefinition(after.columns[change.nextColumn]);
            break;
        }
    }
    if (lines.isEmpty())
        return {};
    return {QStringLiteral("ALTER TABLE ") + quote(before.name) + u' ' + lines.join(QStringLiteral(",\n    "))};
}

} // namespace

QStringList MySqlRenderer::renderStep(const Migration &migration, const MigrationStep &step) const
{
    const SqlSchema &previous = *migration.previous;
    const SqlSchema &next = *migration.next;
    const StepDetails &details = *step.details;
    switch (step.kind) {
    case StepKind::RenameTable:
        return {QStringLiteral("ALTER TABLE ") + quote(details.oldName) + QStringLiteral(" RENAME TO ") + quote(details.newName)};
    case StepKind::RenameColumn:
        return {QStringLiteral("ALTER TABLE ") + quote(details.tableName) + QStringLiteral(" RENAME COLUMN ") + quote(details.oldName)
                + QStringLiteral(" TO ") + quote(details.newName)};
    case StepKind::RenameEnum:
    case StepKind::CreateSchema:
    case StepKind::DropExtension:
    case StepKind::CreateExtension:
    case StepKind::AlterExtension:
    case StepKind::CreateEnum:
    case StepKind::AlterEnum:
    case StepKind::DropEnum:
    case StepKind::RedefineTables:
    case StepKind::RenameForeignKey:
        return {}; // not MySQL steps: enums are inline, there are no schemas, extensions or table redefinitions
    case StepKind::DropForeignKey: {
        const Table &t = previous.tables[step.previousTable];
        return {QStringLiteral("ALTER TABLE ") + quote(t.name) + QStringLiteral(" DROP FOREIGN KEY ") + quote(t.foreignKeys[step.previousItem].name)};
    }
    case StepKind::DropIndex: {
        const Table &t = previous.tables[step.previousTable];
        return {dropIndex(t, t.indexes[step.previousItem])};
    }
    case StepKind::AlterTable:
        return alterTable(migration, step);
    case StepKind::DropTable:
        return {QStringLiteral("DROP TABLE ") + quote(previous.tables[step.previousTable].name)};
    case StepKind::CreateTable:
        return {createTable(next.tables[step.nextTable])};
    case StepKind::CreateIndex: {
        const Table &t = next.tables[step.nextTable];
        return {createIndex(t, t.indexes[step.nextItem])};
    }
    case StepKind::AddForeignKey: {
        const Table &t = next.tables[step.nextTable];
        return {addForeignKey(t, t.foreignKeys[step.nextItem])};
    }
    case StepKind::RenameIndex: {
        const Table &t = previous.tables[step.previousTable];
        return {QStringLiteral("ALTER TABLE ") + quote(t.name) + QStringLiteral(" RENAME INDEX ") + quote(t.indexes[step.previousItem].name)
                + QStringLiteral(" TO ") + quote(next.tables[step.nextTable].indexes[step.nextItem].name)};
    }
    case StepKind::RedefineIndex: {
        // Create first: dropping the old index first fails while a foreign key relies on it.
        const Table &before = previous.tables[step.previousTable];
        const Table &after = next.tables[step.nextTable];
        return {createIndex(after, after.indexes[step.nextItem]), dropIndex(before, before.indexes[step.previousItem])};
    }
    }
    return {};
}

} // namespace strata::sql
