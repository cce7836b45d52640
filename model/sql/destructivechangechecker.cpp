// SPDX-License-Identifier: GPL-3.0-or-later
#include "destructivechangechecker.h"

#include "mysqltype_p.h"
#include "nativetype_p.h"

namespace strata::sql {

namespace {

using Family = ColumnType::Family;

/// Rust's Debug spelling of Prisma's column type families, as the messages show them.
QString familyDebug(const SqlSchema &schema, const Column &column)
{
    switch (column.type.family) {
    case Family::Int: return QStringLiteral("Int");
    case Family::BigInt: return QStringLiteral("BigInt");
    case Family::Float: return QStringLiteral("Float");
    case Family::Decimal: return QStringLiteral("Decimal");
    case Family::Boolean: return QStringLiteral("Boolean");
    case Family::String: return QStringLiteral("String");
    case Family::DateTime: return QStringLiteral("DateTime");
    case Family::Binary: return QStringLiteral("Binary");
    case Family::Json: return QStringLiteral("Json");
    case Family::Uuid: return QStringLiteral("Uuid");
    case Family::Enum: {
        int id = 0;
        const ColumnType::EnumParts &parts = *column.type.enumParts;
        for (int i = 0; i < int(schema.enums.size()); ++i) {
            if (schema.enums[i].name == parts.name && schema.enums[i].schema == parts.schema)
                id = i;
        }
        return QStringLiteral("Enum(EnumId(%1))").arg(id);
    }
    case Family::Unsupported: return QStringLiteral("Unsupported(\"%1\")").arg(column.type.name);
    }
    return {};
}

QString displayType(Dialect dialect, const SqlSchema &schema, const Column &column)
{
    if (dialect == Dialect::PostgreSql) {
        if (const std::optional<PgType> native = postgresNativeType(column))
            return prismaNativeTypeName(*native);
    }
    if (dialect == Dialect::MySql) {
        if (const QString native = mysql::prismaNativeTypeName(column); !native.isEmpty())
            return native;
    }
    return familyDebug(schema, column);
}

class Checker {
public:
    explicit Checker(const Migration &migration)
        : m_migration(migration)
        , m_previous(*migration.previous)
        , m_next(*migration.next)
    {
    }

    std::vector<MigrationWarning> run();

private:
    void warn(const QString &message) { report(message, false); }
    void unexecutable(const QString &message) { report(message, true); }
    void report(const QString &message, bool unexecutable)
    {
        m_out.push_back({message, m_step, stepId(m_migration, m_migration.steps[m_step]), unexecutable});
    }

    void columnDrop(const Table &table, const Column &column)
    {
        warn(QStringLiteral("You are about to drop the column `%1` on the `%2` table. All the data in the column will be lost.")
                 .arg(column.name, table.name));
    }
    void addColumn(const Table &table, const Column &column, bool hasVirtualDefault)
    {
        if (column.arity() != ColumnArity::Required || column.defaultValue->isSet())
            return;
        if (hasVirtualDefault) {
            unexecutable(QStringLiteral("The required column `%1` was added to the `%2` table with a prisma-level default value. "
                                        "This is not possible if the table is not empty. Please add this column as optional, then "
                                        "populate it before making it required.")
                             .arg(column.name, table.name));
        } else {
            unexecutable(QStringLiteral("Added the required column `%1` to the `%2` table without a default value. This is not "
                                        "possible if the table is not empty.")
                             .arg(column.name, table.name));
        }
    }
    void primaryKeyChange(const Table &table)
    {
        warn(QStringLiteral("The primary key for the `%1` table will be changed. If it partially fails, the table could be left "
                            "without primary key constraint.")
                 .arg(table.name));
    }
    void madeRequired(const Table &table, const Column &column)
    {
        unexecutable(QStringLiteral("Made the column `%1` on table `%2` required. This step will fail if there are existing NULL "
                                    "values in that column.")
                         .arg(column.name, table.name));
    }
    void typeChange(TypeChange change, const Table &table, const Column &column, const QString &from, const QString &to)
    {
        if (change == TypeChange::RiskyCast) {
            warn(QStringLiteral("You are about to alter the column `%1` on the `%2` table. The data in that column could be lost. "
                                "The data in that column will be cast from `%3` to `%4`.")
                     .arg(column.name, table.name, from, to));
        } else if (change == TypeChange::NotCastable) {
            warn(QStringLiteral("You are about to alter the column `%1` on the `%2` table. The data in that column will be cast "
                                "from `%3` to `%4`. This cast may fail. Please make sure the data in the column can be cast.")
                     .arg(column.name, table.name, from, to));
        }
    }
    void alterTable(const MigrationStep &step);
    void redefineTables(const MigrationStep &step);

    const Migration &m_migration;
    const SqlSchema &m_previous;
    const SqlSchema &m_next;
    int m_step = 0;
    std::vector<MigrationWarning> m_out;
};

void Checker::alterTable(const MigrationStep &step)
{
    const Table &before = m_previous.tables[step.previousTable];
    const Table &after = m_next.tables[step.nextTable];
    for (const TableChange &change : step.details->tableChanges) {
        switch (change.kind) {
        case TableChange::Kind::DropColumn:
            columnDrop(before, before.columns[change.previousColumn]);
            break;
        case TableChange::Kind::AddColumn:
            addColumn(after, after.columns[change.nextColumn], change.hasVirtualDefault);
            break;
        case TableChange::Kind::DropPrimaryKey:
            primaryKeyChange(before);
            break;
        case TableChange::Kind::AlterColumn: {
            const Column &previous = before.columns[change.previousColumn];
            const Column &next = after.columns[change.nextColumn];
            if (change.changes.arity && previous.arity() == ColumnArity::Nullable && next.arity() == ColumnArity::Required)
                madeRequired(before, previous);
            if (change.changes.arity && previous.arity() != ColumnArity::List && next.arity() == ColumnArity::List) {
                unexecutable(QStringLiteral("Changed the column `%1` on the `%2` table from a scalar field to a list field. If there "
                                            "are non-null values in that column, this step will fail.")
                                 .arg(previous.name, before.name));
            }
            typeChange(change.changes.typeChange, before, previous, displayType(m_migration.dialect, m_previous, previous),
                       displayType(m_migration.dialect, m_next, next));
            break;
        }
        case TableChange::Kind::DropAndRecreateColumn: {
            const Column &previous = before.columns[change.previousColumn];
            const Column &next = after.columns[change.nextColumn];
            const bool requiredWithoutDefault = next.arity() == ColumnArity::Required && !next.defaultValue->isSet();
            if (change.changes.arity && previous.arity() == ColumnArity::Nullable && requiredWithoutDefault) {
                unexecutable(QStringLiteral("Added the required column `%1` to the `%2` table without a default value. This is not "
                                            "possible if the table is not empty.")
                                 .arg(previous.name, before.name));
            } else if (requiredWithoutDefault) {
                unexecutable(QStringLiteral("Changed the type of `%1` on the `%2` table. No cast exists, the column would be dropped "
                                            "and recreated, which cannot be done if there is data, since the column is required.")
                                 .arg(previous.name, before.name));
            } else {
                warn(QStringLiteral("The `%1` column on the `%2` table would be dropped and recreated. This will lead to data loss "
                                    "if there is data in the column.")
                         .arg(previous.name, before.name));
            }
            break;
        }
        case TableChange::Kind::AddPrimaryKey:
        case TableChange::Kind::RenamePrimaryKey:
            break;
        }
    }
}

void Checker::redefineTables(const MigrationStep &step)
{
    for (const RedefinedTable &redefined : step.details->redefinedTables) {
        const Table &before = m_previous.tables[redefined.previousTable];
        const Table &after = m_next.tables[redefined.nextTable];
        if (redefined.droppedPrimaryKey)
            primaryKeyChange(before);
        for (const int column : redefined.addedColumns) {
            const bool virtualDefault = std::find(redefined.addedColumnsWithVirtualDefaults.begin(),
                                                  redefined.addedColumnsWithVirtualDefaults.end(), column)
                != redefined.addedColumnsWithVirtualDefaults.end();
            addColumn(after, after.columns[column], virtualDefault);
        }
        for (const int column : redefined.droppedColumns)
            columnDrop(before, before.columns[column]);
        for (const ColumnPair &pair : redefined.columnPairs) {
            const Column &previous = before.columns[pair.previousColumn];
            const Column &next = after.columns[pair.nextColumn];
            const bool aritySafe = !(previous.arity() == ColumnArity::Nullable && next.arity() == ColumnArity::Required);
            if (!pair.changes.type && aritySafe)
                continue;
            if (pair.changes.arity && next.arity() == ColumnArity::Required && !next.defaultValue->isSet())
                madeRequired(before, previous);
            typeChange(pair.changes.typeChange, before, previous, familyDebug(m_previous, previous), familyDebug(m_next, next));
        }
    }
}

std::vector<MigrationWarning> Checker::run()
{
    for (m_step = 0; m_step < int(m_migration.steps.size()); ++m_step) {
        const MigrationStep &step = m_migration.steps[m_step];
        switch (step.kind) {
        case StepKind::AlterTable:
            alterTable(step);
            break;
        case StepKind::RedefineTables:
            redefineTables(step);
            break;
        case StepKind::DropTable:
            warn(QStringLiteral("You are about to drop the `%1` table. If the table is not empty, all the data it contains will be lost.")
                     .arg(m_previous.tables[step.previousTable].name));
            break;
        case StepKind::CreateIndex: {
            if (step.previousTable < 0 || step.fromDropAndRecreate)
                break;
            const Table &table = m_next.tables[step.nextTable];
            const Index &index = table.indexes[step.nextItem];
            if (!index.isUnique())
                break;
            QStringList columns;
            for (const IndexColumn &column : index.columns)
                columns << column.name;
            warn(QStringLiteral("A unique constraint covering the columns `[%1]` on the table `%2` will be added. If there are "
                                "existing duplicate values, this will fail.")
                     .arg(columns.join(u','), table.name));
            break;
        }
        case StepKind::AlterEnum:
            if (!step.details->droppedValues.isEmpty()) {
                warn(QStringLiteral("The values [%1] on the enum `%2` will be removed. If these variants are still used in the "
                                    "database, this will fail.")
                         .arg(step.details->droppedValues.join(u','), m_next.enums[step.nextItem].name));
            }
            break;
        default:
            break;
        }
    }
    return std::move(m_out);
}

} // namespace

std::vector<MigrationWarning> DestructiveChangeChecker::check(const Migration &migration)
{
    return Checker(migration).run();
}

} // namespace strata::sql
