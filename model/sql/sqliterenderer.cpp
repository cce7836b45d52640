// SPDX-License-Identifier: GPL-3.0-or-later
#define QT_USE_QSTRINGBUILDER
#include "sqliterenderer.h"
#include "sqlrenderer_p.h"

namespace strata::sql {

namespace {

using Family = ColumnType::Family;

QString quote(const QString &name)
{
    return u'"' + name + u'"';
}

bool isSinglePrimaryKey(const Table &table, const Column &column)
{
    return table.primaryKey && table.primaryKey->columns.size() == 1 && table.primaryKey->columns.front().name == column.name;
}

QString defaultSql(const Column &column)
{
    switch (column.defaultValue->kind) {
    case ColumnDefault::Kind::None:
    case ColumnDefault::Kind::Sequence: return {};
    default: return column.defaultValue->expression;
    }
}

QString columnDefinition(const Table &table, const Column &column)
{
    const bool primaryKey = isSinglePrimaryKey(table, column);
    QString out = quote(column.name) + u' ' + column.type.name;
    if (column.arity() != ColumnArity::Nullable)
        out += QStringLiteral(" NOT NULL");
    if (primaryKey)
        out += QStringLiteral(" PRIMARY KEY");
    if (primaryKey && column.type.family == Family::Int)
        out += QStringLiteral(" AUTOINCREMENT");
    const QString def = defaultSql(column);
    if (column.defaultValue->kind != ColumnDefault::Kind::None && column.defaultValue->kind != ColumnDefault::Kind::Sequence
        && !(column.defaultValue->kind == ColumnDefault::Kind::DbGenerated && def.isEmpty()))
        out += QStringLiteral(" DEFAULT ") + def;
    return out;
}

QString createTable(const Table &table, const QString &name)
{
    QStringList columns;
    for (const Column &column : table.columns)
        columns << QStringLiteral("    ") + columnDefinition(table, column);
    QString out = QStringLiteral("CREATE TABLE ") + quote(name) + QStringLiteral(" (\n") + columns.join(QStringLiteral(",\n"));
    const bool singleColumnKey = std::any_of(table.columns.begin(), table.columns.end(),
                                             [&](const Column &column) { return isSinglePrimaryKey(table, column); });
    if (table.primaryKey && !singleColumnKey)
        out += QStringLiteral(",\n\n    PRIMARY KEY (") + joinQuoted(table.primaryKey->columnNames(), u'"') + u')';
    for (const ForeignKey &fk : table.foreignKeys) {
        out += QStringLiteral(",\n    ");
        if (!fk.name.isEmpty())
            out += QStringLiteral("CONSTRAINT ") + quote(fk.name) + u' ';
        out += QStringLiteral("FOREIGN KEY (") + joinQuoted(fk.columns, u'"') + QStringLiteral(") REFERENCES ") + quote(fk.referencedTable)
            + QStringLiteral(" (") + joinQuoted(fk.referencedColumns, u'"') + QStringLiteral(") ON DELETE ") + referentialActionSql(fk.onDelete)
            + QStringLiteral(" ON UPDATE ") + referentialActionSql(fk.onUpdate);
    }
    return out + QStringLiteral("\n)");
}

QString createIndex(const Table &table, const Index &index)
{
    QStringList columns;
    for (const IndexColumn &column : index.columns) {
        QString text = quote(column.name);
        if (column.sort == SortOrder::Asc)
            text += QStringLiteral(" ASC");
        else if (column.sort == SortOrder::Desc)
            text += QStringLiteral(" DESC");
        columns << text;
    }
    const QString create = QStringLiteral("CREATE ") + (index.isUnique() ? QStringLiteral("UNIQUE ") : QString()) + QStringLiteral("INDEX ")
        + quote(index.name) + QStringLiteral(" ON ") + quote(table.name) + u'(' + columns.join(QStringLiteral(", ")) + u')';
    if (index.name.startsWith(QStringLiteral("sqlite_")))
        return QStringLiteral("Pragma writable_schema=1;\n") + create + QStringLiteral(";\nPragma writable_schema=0");
    return create;
}

QStringList redefineTables(const Migration &migration, const MigrationStep &step)
{
    const SqlSchema &previous = *migration.previous;
    const SqlSchema &next = *migration.next;
    QStringList out;
    out << QStringLiteral("PRAGMA defer_foreign_keys=ON") << QStringLiteral("PRAGMA foreign_keys=OFF");
    for (const RedefinedTable &redefined : step.details->redefinedTables) {
        const Table &before = previous.tables[redefined.previousTable];
        const Table &after = next.tables[redefined.nextTable];
        const QString temporary = QStringLiteral("new_") + after.name;
        out << createTable(after, temporary);
        if (!redefined.columnPairs.empty()) {
            QStringList destination;
            QStringList source;
            for (const ColumnPair &pair : redefined.columnPairs) {
                const Column &from = before.columns[pair.previousColumn];
                const Column &to = after.columns[pair.nextColumn];
                destination << quote(to.name);
                if (pair.changes.arity && to.arity() == ColumnArity::Required && to.defaultValue->isSet())
                    source << QStringLiteral("coalesce(%1, %2) AS %1").arg(quote(from.name), defaultSql(to));
                else
                    source << quote(from.name);
            }
            out << QStringLiteral("INSERT INTO ") + quote(temporary) + QStringLiteral(" (") + destination.join(QStringLiteral(", "))
                    + QStringLiteral(") SELECT ") + source.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + quote(before.name);
        }
        out << QStringLiteral("DROP TABLE ") + quote(before.name);
        out << QStringLiteral("ALTER TABLE ") + quote(temporary) + QStringLiteral(" RENAME TO ") + quote(after.name);
        for (const Index &index : after.indexes)
            out << createIndex(after, index);
    }
    out << QStringLiteral("PRAGMA foreign_keys=ON") << QStringLiteral("PRAGMA defer_foreign_keys=OFF");
    return out;
}

} // namespace

QStringList SqliteRenderer::renderStep(const Migration &migration, const MigrationStep &step) const
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
    case StepKind::CreateTable: {
        const Table &table = next.tables[step.nextTable];
        return {createTable(table, table.name)};
    }
    case StepKind::DropTable:
        return {QStringLiteral("PRAGMA foreign_keys=off"), QStringLiteral("DROP TABLE ") + quote(previous.tables[step.previousTable].name),
                QStringLiteral("PRAGMA foreign_keys=on")};
    case StepKind::CreateIndex: {
        const Table &table = next.tables[step.nextTable];
        return {createIndex(table, table.indexes[step.nextItem])};
    }
    case StepKind::DropIndex:
        return {QStringLiteral("DROP INDEX ") + quote(previous.tables[step.previousTable].indexes[step.previousItem].name)};
    case StepKind::RedefineIndex: {
        const Table &after = next.tables[step.nextTable];
        return {QStringLiteral("DROP INDEX ") + quote(previous.tables[step.previousTable].indexes[step.previousItem].name),
                createIndex(after, after.indexes[step.nextItem])};
    }
    case StepKind::AlterTable: {
        const Table &before = previous.tables[step.previousTable];
        const Table &after = next.tables[step.nextTable];
        QStringList out;
        for (const TableChange &change : step.details->tableChanges) {
            if (change.kind == TableChange::Kind::AddColumn) {
                out << QStringLiteral("ALTER TABLE ") + quote(before.name) + QStringLiteral(" ADD COLUMN ")
                        + columnDefinition(after, after.columns[change.nextColumn]);
            }
        }
        return out;
    }
    case StepKind::RedefineTables:
        return redefineTables(migration, step);
    default:
        // SQLite has no schemas, enums, extensions or named foreign key changes.
        return {};
    }
}

} // namespace strata::sql
