// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/types.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

/// The database-level view of a schema: tables, columns, indexes, foreign keys, enum types, as one SQL
/// dialect sees them. Computed from the schema graph (SchemaCalculator), replayed from migration files
/// (MigrationReplayer), or read from a live database (introspection); the differ compares two of them.
namespace strata::sql {

enum class Dialect { PostgreSql, Sqlite, MySql };

using ReferentialAction = schema::ReferentialAction;

enum class SortOrder { Unspecified, Asc, Desc };

/// A column's type as the dialect spells it, plus what the differ needs to compare types.
struct ColumnType {
    enum class Family { Int, BigInt, Float, Decimal, Boolean, String, DateTime, Binary, Json, Uuid, Enum, Unsupported };

    Family family = Family::String;
    QString name;          ///< the full type text as rendered, e.g. "TIMESTAMP(3)", "VARCHAR(191)", "INTEGER"
    QString enumName;      ///< Enum: the enum type's name (PostgreSQL) or empty
    QStringList enumValues;///< MySQL inline ENUM values
    bool isArray = false;  ///< PostgreSQL arrays (scalar lists)

    bool operator==(const ColumnType &other) const = default;
};

struct ColumnDefault {
    enum class Kind { None, Value, Now, Sequence, DbGenerated };

    Kind kind = Kind::None;
    QString expression;     ///< the SQL text of the default (literal rendered for the dialect, or raw expression)
    QString constraintName; ///< SQL Server style named defaults; empty elsewhere

    bool isSet() const { return kind != Kind::None; }
    bool operator==(const ColumnDefault &other) const = default;
};

struct Column {
    QString name;
    ColumnType type;
    bool nullable = true;
    bool autoIncrement = false; ///< SERIAL / AUTO_INCREMENT / INTEGER PRIMARY KEY AUTOINCREMENT
    ColumnDefault defaultValue;
    QString description;        ///< PostgreSQL COMMENT, unused by Prisma today

    bool operator==(const Column &other) const = default;
};

struct IndexColumn {
    QString name;
    SortOrder sort = SortOrder::Unspecified;
    std::optional<int> length;  ///< MySQL prefix length
    QString operatorClass;      ///< PostgreSQL operator class, e.g. "gin_trgm_ops"

    bool operator==(const IndexColumn &other) const = default;
};

struct Index {
    enum class Kind { Normal, Unique, Fulltext };

    QString name;
    Kind kind = Kind::Normal;
    std::vector<IndexColumn> columns;
    QString algorithm;          ///< PostgreSQL: BTREE (default), HASH, GIST, GIN, SPGIST, BRIN

    bool isUnique() const { return kind == Kind::Unique; }
    bool operator==(const Index &other) const = default;
};

struct PrimaryKey {
    QString name;               ///< constraint name, e.g. "User_pkey"; empty where the dialect has none (SQLite, MySQL)
    std::vector<IndexColumn> columns;

    QStringList columnNames() const;
    bool operator==(const PrimaryKey &other) const = default;
};

struct ForeignKey {
    QString name;
    QStringList columns;
    QString referencedSchema;
    QString referencedTable;
    QStringList referencedColumns;
    ReferentialAction onDelete = ReferentialAction::NoAction;
    ReferentialAction onUpdate = ReferentialAction::NoAction;

    bool operator==(const ForeignKey &other) const = default;
};

struct Table {
    QString schema;             ///< namespace (PostgreSQL schema); empty for the default
    QString name;
    std::vector<Column> columns;
    std::optional<PrimaryKey> primaryKey;
    std::vector<Index> indexes;
    std::vector<ForeignKey> foreignKeys;

    const Column *column(QStringView columnName) const;
    Column *column(QStringView columnName);
    const Index *index(QStringView indexName) const;
};

struct EnumType {
    QString schema;
    QString name;
    QStringList values;

    bool operator==(const EnumType &other) const = default;
};

struct Extension {
    QString name;
    QString schema;
    QString version;

    bool operator==(const Extension &other) const = default;
};

/// A whole database schema for one dialect.
struct SqlSchema {
    Dialect dialect = Dialect::PostgreSql;
    QStringList namespaces;     ///< PostgreSQL schemas the migration manages (e.g. "public")
    std::vector<Extension> extensions;
    std::vector<EnumType> enums;
    std::vector<Table> tables;

    const Table *table(QStringView name, QStringView schema = {}) const;
    Table *table(QStringView name, QStringView schema = {});
    const EnumType *enumType(QStringView name, QStringView schema = {}) const;
    EnumType *enumType(QStringView name, QStringView schema = {});
};

QString dialectName(Dialect dialect);
std::optional<Dialect> dialectForProvider(schema::Provider provider);

} // namespace strata::sql
