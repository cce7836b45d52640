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
        return written([&](TextWriter &out) { appendColumnType(out, column); });
    }

    void appendColumnType(TextWriter &out, const Column &column) const
    {
        if (column.type.family == Family::Enum) {
            const ColumnType::EnumParts &parts = *column.type.enumParts;
            appendName(out, parts.schema, parts.name.isEmpty() ? column.type.name : parts.name);
        } else if (column.autoIncrement && column.type.family != Family::Unsupported) {
            const std::optional<PgType> native = postgresNativeType(column);
            if (native && native->kind == PgKind::SmallInt)
                out << u"SMALLSERIAL";
            else if (native && native->kind == PgKind::Integer)
                out << u"SERIAL";
            else if (native && native->kind == PgKind::BigInt)
                out << u"BIGSERIAL";
            else
                out << column.type.name;
        } else {
            out << column.type.name;
        }
        if (column.type.isArray)
            out << u"[]";
    }

    static QString defaultSql(const Column &column)
    {
        switch (column.defaultValue->kind) {
        case ColumnDefault::Kind::None:
        case ColumnDefault::Kind::Sequence: return {};
        default: return column.defaultValue->expression;
        }
    }

    /// Writes `"schema"."name"`, or `"name"` in the target's default namespace.
    void appendName(TextWriter &out, const QString &schema, const QString &name) const
    {
        if (!schema.isEmpty() && schema != m_defaultNamespace)
            out << u'"' << schema << u"\".\"" << name << u'"';
        else
            out << u'"' << name << u'"';
    }

    void appendColumnDefinition(TextWriter &out, const Column &column) const
    {
        out << u"    \"" << column.name << u"\" ";
        appendColumnType(out, column);
        if (column.arity() == ColumnArity::Required)
            out << u" NOT NULL";
        if (column.defaultValue->kind != ColumnDefault::Kind::None && column.defaultValue->kind != ColumnDefault::Kind::Sequence
            && !column.defaultValue->expression.isEmpty())
            out << u" DEFAULT " << column.defaultValue->expression;
    }

    QString columnDefinition(const Column &column) const
    {
        return written([&](TextWriter &out) { appendColumnDefinition(out, column); });
    }

    void appendCreateTable(TextWriter &out, const Table &t) const
    {
        out << u"CREATE TABLE ";
        appendName(out, t.schema, t.name);
        out << u" (\n";
        for (size_t i = 0; i < t.columns.size(); ++i) {
            if (i > 0)
                out << u",\n";
            appendColumnDefinition(out, t.columns[i]);
        }
        if (t.primaryKey) {
            out << u",\n\n    CONSTRAINT \"" << t.primaryKey->name << u"\" PRIMARY KEY (";
            for (size_t i = 0; i < t.primaryKey->columns.size(); ++i) {
                if (i > 0)
                    out << u',';
                out << u'"' << t.primaryKey->columns[i].name << u'"';
            }
            out << u')';
        }
        out << u"\n)";
    }

    void appendCreateIndex(TextWriter &out, const Table &t, const Index &index) const
    {
        out << (index.isUnique() ? u"CREATE UNIQUE INDEX \"" : u"CREATE INDEX \"") << index.name << u"\" ON ";
        appendName(out, t.schema, t.name);
        if (!index.algorithm.isEmpty() && index.algorithm.compare(QLatin1StringView("BTREE"), Qt::CaseInsensitive) != 0)
            out << u" USING " << index.algorithm.toUpper() << u' ';
        out << u'(';
        for (size_t i = 0; i < index.columns.size(); ++i) {
            const IndexColumn &column = index.columns[i];
            if (i > 0)
                out << u", ";
            out << u'"' << column.name << u'"';
            if (!column.operatorClass.isEmpty())
                out << u' ' << column.operatorClass;
            if (column.sort == SortOrder::Asc)
                out << u" ASC";
            else if (column.sort == SortOrder::Desc)
                out << u" DESC";
        }
        out << u')';
    }

    void appendAddForeignKey(TextWriter &out, const Table &t, const ForeignKey &fk) const
    {
        out << u"ALTER TABLE ";
        appendName(out, t.schema, t.name);
        out << u" ADD ";
        if (!fk.name.isEmpty())
            out << u"CONSTRAINT \"" << fk.name << u"\" ";
        out << u"FOREIGN KEY (";
        appendJoinedQuoted(out, fk.columns, u'"');
        out << u") REFERENCES ";
        appendName(out, fk.referencedSchema, fk.referencedTable);
        out << u'(';
        appendJoinedQuoted(out, fk.referencedColumns, u'"');
        out << u") ON DELETE " << referentialActionSql(fk.onDelete) << u" ON UPDATE " << referentialActionSql(fk.onUpdate);
    }

    /// The text that `write` writes, as a string of its own.
    template<typename Write>
    static QString written(Write write)
    {
        QString out;
        {
            TextWriter writer(out);
            write(writer);
        }
        return out;
    }

    /// Appends the steps large scripts are made of, with their ";\n"; false for the other kinds.
    bool appendFrequentStep(QString &script, const MigrationStep &step) const
    {
        if (step.kind != StepKind::CreateTable && step.kind != StepKind::CreateIndex && step.kind != StepKind::AddForeignKey)
            return false;
        TextWriter out(script);
        const Table &t = m_next.tables[step.nextTable];
        if (step.kind == StepKind::CreateTable)
            appendCreateTable(out, t);
        else if (step.kind == StepKind::CreateIndex)
            appendCreateIndex(out, t, t.indexes[step.nextItem]);
        else
            appendAddForeignKey(out, t, t.foreignKeys[step.nextItem]);
        out << u";\n";
        return true;
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
    const QString &m_defaultNamespace;
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
        clauses.push_back(next.defaultValue->isSet() ? Clause::SetDefault : Clause::DropDefault);
    if (change.changes.type)
        setType = true;
    if (change.changes.autoIncrement)
        clauses.push_back(previous.autoIncrement ? Clause::DropDefault : Clause::AddSequence);

    for (const Clause clause : clauses) {
        switch (clause) {
        case Clause::DropDefault: {
            lines << prefix + QStringLiteral(" DROP DEFAULT");
            if (previous.defaultValue->kind != ColumnDefault::Kind::Sequence)
                break;
            // The sequence goes too, unless another column still uses it.
            const QString sequence = previous.defaultValue->expression;
            bool stillUsed = false;
            for (int t = 0; t < int(m_next.tables.size()) && !stillUsed; ++t) {
                const Table &table = m_next.tables[t];
                for (int c = 0; c < int(table.columns.size()); ++c) {
                    const Column &column = table.columns[c];
                    if (column.defaultValue->kind == ColumnDefault::Kind::Sequence && column.defaultValue->expression == sequence
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
    for (const TableChange &change : step.details->tableChanges) {
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
    if (step.details->droppedValues.isEmpty()) {
        QStringList statements;
        for (const QString &value : step.details->createdValues) {
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
    for (const EnumDefaultUsage &usage : step.details->enumDefaults) {
        const Table &t = m_previous.tables[usage.previousTable];
        statements << QStringLiteral("ALTER TABLE ") + table(t) + QStringLiteral(" ALTER COLUMN ") + quote(t.columns[usage.previousColumn].name)
                + QStringLiteral(" DROP DEFAULT");
    }
    for (const Table &t : m_next.tables) {
        for (const Column &column : t.columns) {
            if (column.type.family != Family::Enum || column.type.enumParts->name != after.name
                || column.type.enumParts->schema != after.schema)
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
    for (const EnumDefaultUsage &usage : step.details->enumDefaults) {
        if (usage.nextTable < 0)
            continue;
        const Table &previousTable = m_previous.tables[usage.previousTable];
        const Column &next = m_next.tables[usage.nextTable].columns[usage.nextColumn];
        if (!next.defaultValue->isSet())
            continue;
        statements << QStringLiteral("ALTER TABLE ") + table(previousTable) + QStringLiteral(" ALTER COLUMN ")
                + quote(previousTable.columns[usage.previousColumn].name) + QStringLiteral(" SET DEFAULT ") + defaultSql(next);
    }
    statements << QStringLiteral("COMMIT");
    return statements;
}

QStringList Context::render(const MigrationStep &step) const
{
    const StepDetails &details = *step.details;
    switch (step.kind) {
    case StepKind::RenameTable:
        return {QStringLiteral("ALTER TABLE ") + prefixed(details.schemaName, details.oldName) + QStringLiteral(" RENAME TO ") + quote(details.newName)};
    case StepKind::RenameColumn:
        return {QStringLiteral("ALTER TABLE ") + prefixed(details.schemaName, details.tableName) + QStringLiteral(" RENAME COLUMN ")
                + quote(details.oldName) + QStringLiteral(" TO ") + quote(details.newName)};
    case StepKind::RenameEnum:
        return {QStringLiteral("ALTER TYPE ") + prefixed(details.schemaName, details.oldName) + QStringLiteral(" RENAME TO ") + quote(details.newName)};
    case StepKind::CreateSchema:
        return {QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + quote(details.schemaName)};
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
        if (step.details->alterExtensionVersion)
            out << QStringLiteral("ALTER EXTENSION ") + quote(before.name) + QStringLiteral(" UPDATE TO ") + quote(after.version);
        if (step.details->alterExtensionSchema)
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
        return {written([&](TextWriter &out) { appendCreateTable(out, m_next.tables[step.nextTable]); })};
    case StepKind::RedefineTables: {
        // Only CockroachDB redefines tables; kept for completeness.
        QStringList out;
        for (const RedefinedTable &redefined : step.details->redefinedTables)
            out << written([&](TextWriter &text) { appendCreateTable(text, m_next.tables[redefined.nextTable]); });
        return out;
    }
    case StepKind::CreateIndex: {
        const Table &t = m_next.tables[step.nextTable];
        return {written([&](TextWriter &out) { appendCreateIndex(out, t, t.indexes[step.nextItem]); })};
    }
    case StepKind::RenameForeignKey: {
        const Table &t = m_previous.tables[step.previousTable];
        return {QStringLiteral("ALTER TABLE ") + table(t) + QStringLiteral(" RENAME CONSTRAINT ") + quote(t.foreignKeys[step.previousItem].name)
                + QStringLiteral(" TO ") + quote(m_next.tables[step.nextTable].foreignKeys[step.nextItem].name)};
    }
    case StepKind::AddForeignKey: {
        const Table &t = m_next.tables[step.nextTable];
        return {written([&](TextWriter &out) { appendAddForeignKey(out, t, t.foreignKeys[step.nextItem]); })};
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
                written([&](TextWriter &out) { appendCreateIndex(out, after, after.indexes[step.nextItem]); })};
    }
    }
    return {};
}

} // namespace

QStringList PostgresRenderer::renderStep(const Migration &migration, const MigrationStep &step) const
{
    return Context(migration).render(step);
}

void PostgresRenderer::appendStep(QString &script, const Migration &migration, const MigrationStep &step) const
{
    if (!Context(migration).appendFrequentStep(script, step))
        SqlRenderer::appendStep(script, migration, step);
}

} // namespace strata::sql
