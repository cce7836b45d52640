// SPDX-License-Identifier: GPL-3.0-or-later
#define QT_USE_QSTRINGBUILDER
#include "postgresrenderer.h"
#include "sqlrenderer_p.h"

#include "nativetype_p.h"

namespace strata::sql {

namespace {

using Family = ColumnType::Family;

QString quote(const QString &name)
{
    return u'"' + name + u'"';
}

/// Writes names relative to the target schema: objects in its default namespace go without a prefix.
class Context {
public:
    explicit Context(const Migration &migration)
        : m_migration(migration)
        , m_previous(*migration.previous)
        , m_next(*migration.next)
        , m_defaultNamespace(migration.next->defaultNamespace)
    {
    }

    QString prefixed(const QString &schema, const QString &name) const
    {
        if (schema.isEmpty() || schema == m_defaultNamespace)
            return quote(name);
        return quote(schema) + u'.' + quote(name);
    }
    QString table(const Table &t) const { return prefixed(t.schema, t.name); }

    QString columnType(const Column &column) const
    {
        QString type;
        if (column.type.family == Family::Enum) {
            type = prefixed(column.type.enumSchema, column.type.enumName.isEmpty() ? column.type.name : column.type.enumName);
        } else if (column.type.family == Family::Unsupported) {
            type = column.type.name;
        } else {
            type = column.type.name;
            if (column.autoIncrement) {
                const std::optional<PgType> native = postgresNativeType(column);
                if (native && native->kind == PgKind::SmallInt)
                    type = QStringLiteral("SMALLSERIAL");
                else if (native && native->kind == PgKind::Integer)
                    type = QStringLiteral("SERIAL");
                else if (native && native->kind == PgKind::BigInt)
                    type = QStringLiteral("BIGSERIAL");
            }
        }
        if (column.type.isArray)
            type += QStringLiteral("[]");
        return type;
    }

    static QString defaultSql(const Column &column)
    {
        switch (column.defaultValue.kind) {
        case ColumnDefault::Kind::None:
        case ColumnDefault::Kind::Sequence: return {};
        default: return column.defaultValue.expression;
        }
    }

    /// Appends `"schema"."name"` (or `"name"`) without temporaries: the hot path of large scripts.
    void appendName(QString &out, const QString &schema, const QString &name) const
    {
        if (!schema.isEmpty() && schema != m_defaultNamespace) {
            out += u'"';
            out += schema;
            out += QStringLiteral("\".\"");
        } else {
            out += u'"';
        }
        out += name;
        out += u'"';
    }

    void appendColumnDefinition(QString &out, const Column &column) const
    {
        out += QStringLiteral("    \"");
        out += column.name;
        out += QStringLiteral("\" ");
        out += columnType(column);
        if (column.arity() == ColumnArity::Required)
            out += QStringLiteral(" NOT NULL");
        if (column.defaultValue.kind != ColumnDefault::Kind::None && column.defaultValue.kind != ColumnDefault::Kind::Sequence
            && !column.defaultValue.expression.isEmpty()) {
            out += QStringLiteral(" DEFAULT ");
            out += column.defaultValue.expression;
        }
    }

    QString columnDefinition(const Column &column) const
    {
        QString out;
        appendColumnDefinition(out, column);
        return out;
    }

    QString createTable(const Table &t) const
    {
        QString out;
        out.reserve(64 + qsizetype(t.columns.size()) * 48);
        out += QStringLiteral("CREATE TABLE ");
        appendName(out, t.schema, t.name);
        out += QStringLiteral(" (\n");
        for (size_t i = 0; i < t.columns.size(); ++i) {
            if (i > 0)
                out += QStringLiteral(",\n");
            appendColumnDefinition(out, t.columns[i]);
        }
        if (t.primaryKey) {
            out += QStringLiteral(",\n\n    CONSTRAINT \"");
            out += t.primaryKey->name;
            out += QStringLiteral("\" PRIMARY KEY (");
            for (size_t i = 0; i < t.primaryKey->columns.size(); ++i) {
                if (i > 0)
                    out += u',';
                out += u'"';
                out += t.primaryKey->columns[i].name;
                out += u'"';
            }
            out += u')';
        }
        out += QStringLiteral("\n)");
        return out;
    }

    QString createIndex(const Table &t, const Index &index) const
    {
        QString out;
        out.reserve(96);
        out += index.isUnique() ? QStringLiteral("CREATE UNIQUE INDEX \"") : QStringLiteral("CREATE INDEX \"");
        out += index.name;
        out += QStringLiteral("\" ON ");
        appendName(out, t.schema, t.name);
        const QString algorithm = index.algorithm.toUpper();
        if (!algorithm.isEmpty() && algorithm != u"BTREE") {
            out += QStringLiteral(" USING ");
            out += algorithm;
            out += u' ';
        }
        out += u'(';
        for (size_t i = 0; i < index.columns.size(); ++i) {
            const IndexColumn &column = index.columns[i];
            if (i > 0)
                out += QStringLiteral(", ");
            out += u'"';
            out += column.name;
            out += u'"';
            if (!column.operatorClass.isEmpty()) {
                out += u' ';
                out += column.operatorClass;
            }
            if (column.sort == SortOrder::Asc)
                out += QStringLiteral(" ASC");
            else if (column.sort == SortOrder::Desc)
                out += QStringLiteral(" DESC");
        }
        out += u')';
        return out;
    }

    QString addForeignKey(const Table &t, const ForeignKey &fk) const
    {
        QString out;
        out.reserve(160);
        out += QStringLiteral("ALTER TABLE ");
        appendName(out, t.schema, t.name);
        out += QStringLiteral(" ADD ");
        if (!fk.name.isEmpty()) {
            out += QStringLiteral("CONSTRAINT \"");
            out += fk.name;
            out += QStringLiteral("\" ");
        }
        out += QStringLiteral("FOREIGN KEY (");
        out += joinQuoted(fk.columns, u'"');
        out += QStringLiteral(") REFERENCES ");
        appendName(out, fk.referencedSchema, fk.referencedTable);
        out += u'(';
        out += joinQuoted(fk.referencedColumns, u'"');
        out += QStringLiteral(") ON DELETE ");
        out += referentialActionSql(fk.onDelete);
        out += QStringLiteral(" ON UPDATE ");
        out += referentialActionSql(fk.onUpdate);
        return out;
    }

    QStringList alterTable(const MigrationStep &step) const;
    QStringList alterEnum(const MigrationStep &step) const;
    QStringList render(const MigrationStep &step) const;

private:
    void alterColumn(const Table &before, const Table &after, const TableChange &change, int nextTable, QStringList &beforeStatements,
                     QStringList &lines, QStringList &afterStatements) const;

    const Migration &m_migration;
    const SqlSchema &m_previous;
    const SqlSchema &m_next;
    QString m_defaultNamespace;
};

void Context::alterColumn(const Table &before, const Table &after, const TableChange &change, int nextTable,
                          QStringList &beforeStatements, QStringList &lines, QStringList &afterStatements) const
{
    const Column &previous = before.columns[change.previousColumn];
    const Column &next = after.columns[change.nextColumn];
    const QString prefix = QStringLiteral("ALTER COLUMN ") + quote(previous.name);
    enum class Clause { SetDefault, DropDefault, DropNotNull, SetNotNull, AddSequence };
    std::vector<Clause> clauses;
    bool setType = false;
    if (change.changes.arity) {
        const ColumnArity a = previous.arity();
        const ColumnArity b = next.arity();
        if (a == ColumnArity::Required && b == ColumnArity::Nullable) {
            clauses.push_back(Clause::DropNotNull);
        } else if (a == ColumnArity::Nullable && b == ColumnArity::Required) {
            clauses.push_back(Clause::SetNotNull);
        } else if (a == ColumnArity::List && b == ColumnArity::Nullable) {
            setType = true;
            clauses.push_back(Clause::DropNotNull);
        } else if (a == ColumnArity::List && b == ColumnArity::Required) {
            setType = true;
            clauses.push_back(Clause::SetNotNull);
        } else if (b == ColumnArity::List) {
            setType = true;
        }
    }
    if (change.changes.defaultValue)
        clauses.push_back(next.defaultValue.isSet() ? Clause::SetDefault : Clause::DropDefault);
    if (change.changes.type)
        setType = true;
    if (change.changes.autoIncrement)
        clauses.push_back(previous.autoIncrement ? Clause::DropDefault : Clause::AddSequence);

    for (const Clause clause : clauses) {
        switch (clause) {
        case Clause::DropDefault: {
            lines << prefix + QStringLiteral(" DROP DEFAULT");
            if (previous.defaultValue.kind != ColumnDefault::Kind::Sequence)
                break;
            // The sequence goes too, unless another column still uses it.
            const QString sequence = previous.defaultValue.expression;
            bool stillUsed = false;
            for (int t = 0; t < int(m_next.tables.size()) && !stillUsed; ++t) {
                const Table &table = m_next.tables[t];
                for (int c = 0; c < int(table.columns.size()); ++c) {
                    const Column &column = table.columns[c];
                    if (column.defaultValue.kind == ColumnDefault::Kind::Sequence && column.defaultValue.expression == sequence
                        && !(t == nextTable && c == change.nextColumn)) {
                        stillUsed = true;
                        break;
                    }
                }
            }
            if (!stillUsed)
                afterStatements << QStringLiteral("DROP SEQUENCE ") + quote(sequence);
            break;
        }
        case Clause::SetDefault:
            lines << prefix + QStringLiteral(" SET DEFAULT ") + defaultSql(next);
            break;
        case Clause::DropNotNull:
            lines << prefix + QStringLiteral(" DROP NOT NULL");
            break;
        case Clause::SetNotNull:
            lines << prefix + QStringLiteral(" SET NOT NULL");
            break;
        case Clause::AddSequence: {
            const QString schemaPrefix = (after.schema.isEmpty() || after.schema == m_defaultNamespace) ? QString()
                                                                                                       : quote(after.schema) + u'.';
            const QString sequence = (schemaPrefix + after.name + u'_' + next.name + QStringLiteral("_seq")).toLower();
            beforeStatements << QStringLiteral("CREATE SEQUENCE ") + sequence;
            lines << prefix + QStringLiteral(" SET DEFAULT nextval('") + sequence + QStringLiteral("')");
            afterStatements << QStringLiteral("ALTER SEQUENCE ") + sequence + QStringLiteral(" OWNED BY ") + table(before) + u'.'
                    + quote(previous.name);
            break;
        }
        }
    }
    if (setType)
        lines << prefix + QStringLiteral(" SET DATA TYPE ") + columnType(next);
}

QStringList Context::alterTable(const MigrationStep &step) const
{
    const Table &before = m_previous.tables[step.previousTable];
    const Table &after = m_next.tables[step.nextTable];
    QStringList lines;
    QStringList beforeStatements;
    QStringList afterStatements;
    QStringList separate;
    for (const TableChange &change : step.tableChanges) {
        switch (change.kind) {
        case TableChange::Kind::DropPrimaryKey:
            lines << QStringLiteral("DROP CONSTRAINT ") + quote(before.primaryKey ? before.primaryKey->name : QString());
            break;
        case TableChange::Kind::RenamePrimaryKey:
            separate << QStringLiteral("RENAME CONSTRAINT ") + quote(before.primaryKey->name) + QStringLiteral(" TO ")
                    + quote(after.primaryKey->name);
            break;
        case TableChange::Kind::AddPrimaryKey: {
            QString line = QStringLiteral("ADD ");
            if (after.primaryKey && !after.primaryKey->name.isEmpty())
                line += QStringLiteral("CONSTRAINT ") + quote(after.primaryKey->name) + u' ';
            line += QStringLiteral("PRIMARY KEY (") + joinQuoted(after.primaryKey->columnNames(), u'"') + u')';
            lines << line;
            break;
        }
        case TableChange::Kind::AddColumn:
            lines << QStringLiteral("ADD COLUMN ") + columnDefinition(after.columns[change.nextColumn]);
            break;
        case TableChange::Kind::DropColumn:
            lines << QStringLiteral("DROP COLUMN ") + quote(before.columns[change.previousColumn].name);
            break;
        case TableChange::Kind::AlterColumn:
            alterColumn(before, after, change, step.nextTable, beforeStatements, lines, afterStatements);
            break;
        case TableChange::Kind::DropAndRecreateColumn:
            lines << QStringLiteral("DROP COLUMN ") + quote(before.columns[change.previousColumn].name);
            lines << QStringLiteral("ADD COLUMN ") + columnDefinition(after.columns[change.nextColumn]);
            break;
        }
    }
    if (lines.isEmpty() && separate.isEmpty())
        return {};
    QStringList out = beforeStatements;
    if (!lines.isEmpty())
        out << QStringLiteral("ALTER TABLE ") + table(before) + u' ' + lines.join(QStringLiteral(",\n"));
    for (const QString &line : separate)
        out << QStringLiteral("ALTER TABLE ") + table(before) + u' ' + line;
    out << afterStatements;
    return out;
}

QStringList Context::alterEnum(const MigrationStep &step) const
{
    const EnumType &before = m_previous.enums[step.previousItem];
    const EnumType &after = m_next.enums[step.nextItem];
    if (step.droppedValues.isEmpty()) {
        QStringList statements;
        for (const QString &value : step.createdValues) {
            statements << QStringLiteral("ALTER TYPE ") + prefixed(before.schema, before.name) + QStringLiteral(" ADD VALUE '") + value
                    + u'\'';
        }
        if (statements.size() > 1) {
            statements[0] = QStringLiteral("-- This migration adds more than one value to an enum.\n"
                                           "-- With PostgreSQL versions 11 and earlier, this is not possible\n"
                                           "-- in a single migration. This can be worked around by creating\n"
                                           "-- multiple migrations, each migration adding only one value to\n"
                                           "-- the enum.\n\n\n")
                + statements[0];
        }
        return statements;
    }
    const QString temporary = prefixed(after.schema, after.name + QStringLiteral("_new"));
    const QString old = before.name + QStringLiteral("_old");
    QStringList statements;
    statements << QStringLiteral("BEGIN");
    QStringList values;
    for (const QString &value : after.values)
        values << u'\'' + value + u'\'';
    statements << QStringLiteral("CREATE TYPE ") + temporary + QStringLiteral(" AS ENUM (") + values.join(QStringLiteral(", ")) + u')';
    for (const EnumDefaultUsage &usage : step.enumDefaults) {
        const Table &t = m_previous.tables[usage.previousTable];
        statements << QStringLiteral("ALTER TABLE ") + table(t) + QStringLiteral(" ALTER COLUMN ") + quote(t.columns[usage.previousColumn].name)
                + QStringLiteral(" DROP DEFAULT");
    }
    for (const Table &t : m_next.tables) {
        for (const Column &column : t.columns) {
            if (column.type.family != Family::Enum || column.type.enumName != after.name || column.type.enumSchema != after.schema)
                continue;
            const QString array = column.type.isArray ? QStringLiteral("[]") : QString();
            statements << QStringLiteral("ALTER TABLE ") + table(t) + QStringLiteral(" ALTER COLUMN ") + quote(column.name)
                    + QStringLiteral(" TYPE ") + temporary + array + QStringLiteral(" USING (") + quote(column.name)
                    + QStringLiteral("::text::") + temporary + array + u')';
        }
    }
    statements << QStringLiteral("ALTER TYPE ") + prefixed(before.schema, before.name) + QStringLiteral(" RENAME TO ") + quote(old);
    statements << QStringLiteral("ALTER TYPE ") + temporary + QStringLiteral(" RENAME TO ") + quote(after.name);
    statements << QStringLiteral("DROP TYPE ") + prefixed(before.schema, old);
    for (const EnumDefaultUsage &usage : step.enumDefaults) {
        if (usage.nextTable < 0)
            continue;
        const Table &previousTable = m_previous.tables[usage.previousTable];
        const Column &next = m_next.tables[usage.nextTable].columns[usage.nextColumn];
        if (!next.defaultValue.isSet())
            continue;
        statements << QStringLiteral("ALTER TABLE ") + table(previousTable) + QStringLiteral(" ALTER COLUMN ")
                + quote(previousTable.columns[usage.previousColumn].name) + QStringLiteral(" SET DEFAULT ") + defaultSql(next);
    }
    statements << QStringLiteral("COMMIT");
    return statements;
}

QStringList Context::render(const MigrationStep &step) const
{
    switch (step.kind) {
    case StepKind::RenameTable:
        return {QStringLiteral("ALTER TABLE ") + prefixed(step.schemaName, step.oldName) + QStringLiteral(" RENAME TO ") + quote(step.newName)};
    case StepKind::RenameColumn:
        return {QStringLiteral("ALTER TABLE ") + prefixed(step.schemaName, step.tableName) + QStringLiteral(" RENAME COLUMN ")
                + quote(step.oldName) + QStringLiteral(" TO ") + quote(step.newName)};
    case StepKind::RenameEnum:
        return {QStringLiteral("ALTER TYPE ") + prefixed(step.schemaName, step.oldName) + QStringLiteral(" RENAME TO ") + quote(step.newName)};
    case StepKind::CreateSchema:
        return {QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quote(step.schemaName)};
    case StepKind::DropExtension:
        return {QStringLiteral("DROP EXTENSION ") + quote(m_previous.extensions[step.previousItem].name)};
    case StepKind::CreateExtension: {
        const Extension &extension = m_next.extensions[step.nextItem];
        QString out = QStringLiteral("CREATE EXTENSION IF NOT EXISTS ") + quote(extension.name);
        if (!extension.version.isEmpty() || !extension.schema.isEmpty())
            out += QStringLiteral(" WITH");
        if (!extension.schema.isEmpty())
            out += QStringLiteral(" SCHEMA ") + quote(extension.schema);
        if (!extension.version.isEmpty())
            out += QStringLiteral(" VERSION ") + quote(extension.version);
        return {out};
    }
    case StepKind::AlterExtension: {
        const Extension &before = m_previous.extensions[step.previousItem];
        const Extension &after = m_next.extensions[step.nextItem];
        QStringList out;
        if (step.alterExtensionVersion)
            out << QStringLiteral("ALTER EXTENSION ") + quote(before.name) + QStringLiteral(" UPDATE TO ") + quote(after.version);
        if (step.alterExtensionSchema)
            out << QStringLiteral("ALTER EXTENSION ") + quote(before.name) + QStringLiteral(" SET SCHEMA ") + quote(after.schema);
        return out;
    }
    case StepKind::CreateEnum: {
        const EnumType &e = m_next.enums[step.nextItem];
        QStringList values;
        for (const QString &value : e.values)
            values << u'\'' + value + u'\'';
        return {QStringLiteral("CREATE TYPE ") + prefixed(e.schema, e.name) + QStringLiteral(" AS ENUM (") + values.join(QStringLiteral(", ")) + u')'};
    }
    case StepKind::AlterEnum:
        return alterEnum(step);
    case StepKind::DropEnum: {
        const EnumType &e = m_previous.enums[step.previousItem];
        return {QStringLiteral("DROP TYPE ") + prefixed(e.schema, e.name)};
    }
    case StepKind::DropForeignKey: {
        const Table &t = m_previous.tables[step.previousTable];
        return {QStringLiteral("ALTER TABLE ") + table(t) + QStringLiteral(" DROP CONSTRAINT ") + quote(t.foreignKeys[step.previousItem].name)};
    }
    case StepKind::DropIndex: {
        const Table &t = m_previous.tables[step.previousTable];
        return {QStringLiteral("DROP INDEX ") + prefixed(t.schema, t.indexes[step.previousItem].name)};
    }
    case StepKind::AlterTable:
        return alterTable(step);
    case StepKind::DropTable:
        return {QStringLiteral("DROP TABLE ") + table(m_previous.tables[step.previousTable])};
    case StepKind::CreateTable:
        return {createTable(m_next.tables[step.nextTable])};
    case StepKind::RedefineTables: {
        // Only CockroachDB redefines tables; kept for completeness.
        QStringList out;
        for (const RedefinedTable &redefined : step.redefinedTables)
            out << createTable(m_next.tables[redefined.nextTable]);
        return out;
    }
    case StepKind::CreateIndex: {
        const Table &t = m_next.tables[step.nextTable];
        return {createIndex(t, t.indexes[step.nextItem])};
    }
    case StepKind::RenameForeignKey: {
        const Table &t = m_previous.tables[step.previousTable];
        return {QStringLiteral("ALTER TABLE ") + table(t) + QStringLiteral(" RENAME CONSTRAINT ") + quote(t.foreignKeys[step.previousItem].name)
                + QStringLiteral(" TO ") + quote(m_next.tables[step.nextTable].foreignKeys[step.nextItem].name)};
    }
    case StepKind::AddForeignKey: {
        const Table &t = m_next.tables[step.nextTable];
        return {addForeignKey(t, t.foreignKeys[step.nextItem])};
    }
    case StepKind::RenameIndex: {
        const Table &t = m_previous.tables[step.previousTable];
        return {QStringLiteral("ALTER INDEX ") + prefixed(t.schema, t.indexes[step.previousItem].name) + QStringLiteral(" RENAME TO ")
                + quote(m_next.tables[step.nextTable].indexes[step.nextItem].name)};
    }
    case StepKind::RedefineIndex: {
        const Table &before = m_previous.tables[step.previousTable];
        const Table &after = m_next.tables[step.nextTable];
        return {QStringLiteral("DROP INDEX ") + prefixed(before.schema, before.indexes[step.previousItem].name),
                createIndex(after, after.indexes[step.nextItem])};
    }
    }
    return {};
}

} // namespace

QStringList PostgresRenderer::renderStep(const Migration &migration, const MigrationStep &step) const
{
    return Context(migration).render(step);
}

} // namespace strata::sql
