// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlschema.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace strata::sql {

/// The kinds of migration steps, in the order Prisma runs them (renames first: they are Strata's own).
enum class StepKind : quint8 {
    RenameTable,
    RenameColumn,
    RenameEnum,
    CreateSchema,
    DropExtension,
    CreateExtension,
    AlterExtension,
    CreateEnum,
    AlterEnum,
    DropForeignKey,
    DropIndex,
    AlterTable,
    DropTable,
    DropEnum,
    CreateTable,
    RedefineTables,
    CreateIndex,
    RenameForeignKey,
    AddForeignKey,
    RenameIndex,
    RedefineIndex,
};

/// Prisma's name of a step kind, as in the `-- CreateTable` comments of a migration script.
QString stepKindName(StepKind kind);

/// How a column's type change can be carried out.
enum class TypeChange { None, SafeCast, RiskyCast, NotCastable };

/// What differs between the two versions of a column.
struct ColumnChanges {
    bool arity = false;
    bool defaultValue = false;
    bool type = false;
    bool autoIncrement = false;
    TypeChange typeChange = TypeChange::None;

    bool any() const { return arity || defaultValue || type || autoIncrement; }
};

/// One change inside an ALTER TABLE step.
struct TableChange {
    enum class Kind { AddColumn, AlterColumn, DropColumn, DropAndRecreateColumn, DropPrimaryKey, AddPrimaryKey, RenamePrimaryKey };

    Kind kind = Kind::AddColumn;
    int previousColumn = -1; ///< index into the previous table's columns
    int nextColumn = -1;     ///< index into the next table's columns
    ColumnChanges changes;
    bool hasVirtualDefault = false; ///< AddColumn: the next column has a Prisma-level default
};

/// A column that exists before and after a table is redefined.
struct ColumnPair {
    int previousColumn = -1;
    int nextColumn = -1;
    ColumnChanges changes;
};

/// SQLite: a table rebuilt from scratch (create new, copy, drop old, rename).
struct RedefinedTable {
    int previousTable = -1;
    int nextTable = -1;
    bool droppedPrimaryKey = false;
    std::vector<int> addedColumns;   ///< next columns
    std::vector<int> addedColumnsWithVirtualDefaults;
    std::vector<int> droppedColumns; ///< previous columns
    std::vector<ColumnPair> columnPairs;
};

/// A column whose default uses an enum that is being altered.
struct EnumDefaultUsage {
    int previousTable = -1;
    int previousColumn = -1;
    int nextTable = -1;  ///< -1 when the default does not come back after the change
    int nextColumn = -1;
};

/// What only some kinds of steps carry: ALTER TABLE changes, SQLite redefinitions, enum alterations, names
/// of renames. Held out of line: most steps of a large migration are CreateTable, CreateIndex and
/// AddForeignKey, which need none of it.
struct StepDetails {
    std::vector<TableChange> tableChanges;      ///< AlterTable
    std::vector<RedefinedTable> redefinedTables; ///< RedefineTables
    QStringList createdValues;                  ///< AlterEnum
    QStringList droppedValues;                  ///< AlterEnum
    std::vector<EnumDefaultUsage> enumDefaults; ///< AlterEnum
    QString schemaName;                         ///< renames, CreateSchema
    QString tableName;                          ///< RenameColumn: the table (its next name)
    QString oldName;                            ///< renames
    QString newName;                            ///< renames
    bool alterExtensionVersion = false;         ///< AlterExtension
    bool alterExtensionSchema = false;          ///< AlterExtension
};

/// One step of a migration. Positions refer to the previous or next SqlSchema of the Migration; stepId()
/// names the step.
struct MigrationStep {
    StepKind kind = StepKind::CreateTable;
    bool fromDropAndRecreate = false; ///< CreateIndex: the index comes back after its column was recreated

    int previousTable = -1;
    int nextTable = -1;
    int previousItem = -1;   ///< index, foreign key, enum, extension or namespace position in the previous schema
    int nextItem = -1;       ///< the same in the next schema

    /// The kind's own parts. Read with `->` (never allocates), write through mut().
    schema::OutOfLine<StepDetails> details;
};

/// The result of diffing two SQL schemas: the ordered steps and the two schemas they refer to.
struct Migration {
    Dialect dialect = Dialect::PostgreSql;
    /// The schema before the migration, with the renames of the migration already applied to its names.
    std::shared_ptr<const SqlSchema> previous;
    std::shared_ptr<const SqlSchema> next;
    std::vector<MigrationStep> steps;

    bool isEmpty() const { return steps.empty(); }
};

/// The id of a step of the migration: stable for the same change across recomputations, e.g.
/// "CreateTable:public.User" or "AddForeignKey:public.Post.Post_authorId_fkey", so that a view can keep a
/// step selected or tie a warning to it. Built on demand from the step and the migration's schemas.
QString stepId(const Migration &migration, const MigrationStep &step);

/// Prisma's change summary of a migration (`prisma migrate diff` without `--script`), e.g.
/// "\n[+] Added tables\n  - User\n"; "No difference detected." for an empty migration.
QString migrationSummary(const Migration &migration);

} // namespace strata::sql
