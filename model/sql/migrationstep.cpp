// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationstep.h"

#include <algorithm>
#include <tuple>

namespace strata::sql {

QString stepKindName(StepKind kind)
{
    switch (kind) {
    case StepKind::RenameTable: return QStringLiteral("RenameTable");
    case StepKind::RenameColumn: return QStringLiteral("RenameColumn");
    case StepKind::RenameEnum: return QStringLiteral("RenameEnum");
    case StepKind::CreateSchema: return QStringLiteral("CreateSchema");
    case StepKind::DropExtension: return QStringLiteral("DropExtension");
    case StepKind::CreateExtension: return QStringLiteral("CreateExtension");
    case StepKind::AlterExtension: return QStringLiteral("AlterExtension");
    case StepKind::CreateEnum: return QStringLiteral("CreateEnum");
    case StepKind::AlterEnum: return QStringLiteral("AlterEnum");
    case StepKind::DropForeignKey: return QStringLiteral("DropForeignKey");
    case StepKind::DropIndex: return QStringLiteral("DropIndex");
    case StepKind::AlterTable: return QStringLiteral("AlterTable");
    case StepKind::DropTable: return QStringLiteral("DropTable");
    case StepKind::DropEnum: return QStringLiteral("DropEnum");
    case StepKind::CreateTable: return QStringLiteral("CreateTable");
    case StepKind::RedefineTables: return QStringLiteral("RedefineTables");
    case StepKind::CreateIndex: return QStringLiteral("CreateIndex");
    case StepKind::RenameForeignKey: return QStringLiteral("RenameForeignKey");
    case StepKind::AddForeignKey: return QStringLiteral("AddForeignKey");
    case StepKind::RenameIndex: return QStringLiteral("RenameIndex");
    case StepKind::RedefineIndex: return QStringLiteral("RedefineIndex");
    }
    return {};
}

namespace {

// The order of the sections in Prisma's summary.
enum class DriftType { AlteredExtension, DroppedExtension, CreatedExtension, AddedSchema, AddedEnum, AddedTable, RemovedEnum, RemovedTable,
                       RemovedUdt, RemovedView, RedefinedTable, ChangedEnum, ChangedTable, RenamedItem };

struct DriftItem {
    DriftType type;
    QString name;
    int step;
    int redefine = 0;

    bool operator<(const DriftItem &other) const
    {
        return std::tie(type, name, step, redefine) < std::tie(other.type, other.name, other.step, other.redefine);
    }
};

/// Rust's Debug spelling of a string: quoted, with backslash escapes.
QString rustDebugString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default: out += c; break;
        }
    }
    return out + u'"';
}

/// Prisma's PrismaValue in Debug spelling, as its summary prints defaults.
QString valueDebug(ColumnDefault::ValueType type, const QString &value, const QString &expression)
{
    using V = ColumnDefault::ValueType;
    switch (type) {
    case V::String: return QStringLiteral("String(%1)").arg(rustDebugString(value));
    case V::Enum: return QStringLiteral("Enum(%1)").arg(rustDebugString(value));
    case V::Int: return QStringLiteral("Int(%1)").arg(value);
    case V::BigInt: return QStringLiteral("BigInt(%1)").arg(value);
    case V::Float: return QStringLiteral("Float(BigDecimal(\"%1\"))").arg(value);
    case V::Boolean: return QStringLiteral("Boolean(%1)").arg(value);
    case V::Json: return QStringLiteral("Json(%1)").arg(rustDebugString(value));
    case V::DateTime: {
        // "2020-01-01 10:11:12 +00:00" -> "2020-01-01T10:11:12+00:00"
        QString iso = value;
        iso.replace(10, 1, u'T');
        iso.remove(iso.lastIndexOf(u' '), 1);
        return QStringLiteral("DateTime(%1)").arg(iso);
    }
    case V::Bytes: {
        QStringList bytes;
        for (const char byte : QByteArray::fromHex(value.toLatin1()))
            bytes << QString::number(static_cast<unsigned char>(byte));
        return QStringLiteral("Bytes([%1])").arg(bytes.join(QStringLiteral(", ")));
    }
    case V::List:
    case V::Unknown: break;
    }
    return expression;
}

QString defaultDebug(const Column &column)
{
    const ColumnDefault &d = *column.defaultValue;
    switch (d.kind) {
    case ColumnDefault::Kind::None: return QStringLiteral("None");
    case ColumnDefault::Kind::Now: return QStringLiteral("Some(Now)");
    case ColumnDefault::Kind::Sequence: return QStringLiteral("Some(Sequence(%1))").arg(rustDebugString(d.expression));
    case ColumnDefault::Kind::DbGenerated:
        return d.expression.isEmpty() ? QStringLiteral("Some(DbGenerated(None))")
                                      : QStringLiteral("Some(DbGenerated(Some(%1)))").arg(rustDebugString(d.expression));
    case ColumnDefault::Kind::Value:
        if (d.valueType == ColumnDefault::ValueType::List) {
            QStringList items;
            for (const QString &item : d.values)
                items << valueDebug(d.itemType, item, item);
            return QStringLiteral("Some(Value(List([%1])))").arg(items.join(QStringLiteral(", ")));
        }
        return QStringLiteral("Some(Value(%1))").arg(valueDebug(d.valueType, d.values.value(0), d.expression));
    }
    return {};
}

QString columnChangesText(const Column &previous, const Column &next, const ColumnChanges &changes)
{
    QStringList parts;
    if (changes.arity)
        parts << QStringLiteral("changed from %1 to %2").arg(columnArityName(previous.arity()), columnArityName(next.arity()));
    if (changes.defaultValue)
        parts << QStringLiteral("default changed from `%1` to `%2`").arg(defaultDebug(previous), defaultDebug(next));
    if (changes.type)
        parts << QStringLiteral("type changed");
    if (changes.autoIncrement)
        parts << (previous.autoIncrement ? QStringLiteral("column is no longer autoincrementing")
                                         : QStringLiteral("column became autoincrementing"));
    return u'(' + parts.join(QStringLiteral(", ")) + u')';
}

QString pkColumns(const Table &table)
{
    return table.primaryKey ? table.primaryKey->columnNames().join(QStringLiteral(", ")) : QString();
}

QString indexColumns(const Index &index)
{
    QStringList names;
    for (const IndexColumn &column : index.columns)
        names << column.name;
    return names.join(QStringLiteral(", "));
}

const Index *indexAt(const Table &table, int position)
{
    return position >= 0 && position < int(table.indexes.size()) ? &table.indexes[position] : nullptr;
}

} // namespace

QString stepId(const Migration &migration, const MigrationStep &step)
{
    QString id = stepKindName(step.kind);
    id += u':';
    auto appendQualified = [&id](const QString &schema, const QString &name) {
        if (!schema.isEmpty()) {
            id += schema;
            id += u'.';
        }
        id += name;
    };
    const StepDetails &details = *step.details;
    switch (step.kind) {
    case StepKind::RenameTable:
    case StepKind::RenameEnum:
        appendQualified(details.schemaName, details.oldName);
        id += QLatin1StringView("->");
        id += details.newName;
        return id;
    case StepKind::RenameColumn:
        appendQualified(details.schemaName, details.tableName);
        id += u'.';
        id += details.oldName;
        id += QLatin1StringView("->");
        id += details.newName;
        return id;
    case StepKind::CreateSchema:
        id += details.schemaName;
        return id;
    default:
        break;
    }
    // Drops name what goes (in the previous schema), everything else what comes (in the next one).
    const bool ofPrevious = step.kind == StepKind::DropExtension || step.kind == StepKind::AlterExtension
        || step.kind == StepKind::AlterEnum || step.kind == StepKind::DropEnum || step.kind == StepKind::DropForeignKey
        || step.kind == StepKind::DropIndex || step.kind == StepKind::DropTable;
    const SqlSchema *schema = ofPrevious ? migration.previous.get() : migration.next.get();
    const int table = ofPrevious ? step.previousTable : step.nextTable;
    const int item = ofPrevious ? step.previousItem : step.nextItem;
    if (!schema)
        return id;
    auto at = [](const auto &list, int position) {
        return position >= 0 && position < int(list.size()) ? &list[size_t(position)] : nullptr;
    };
    switch (step.kind) {
    case StepKind::DropExtension:
    case StepKind::CreateExtension:
    case StepKind::AlterExtension:
        if (const Extension *extension = at(schema->extensions, item))
            id += extension->name;
        return id;
    case StepKind::CreateEnum:
    case StepKind::AlterEnum:
    case StepKind::DropEnum:
        if (const EnumType *e = at(schema->enums, item))
            appendQualified(e->schema, e->name);
        return id;
    case StepKind::RedefineTables:
        for (size_t r = 0; r < details.redefinedTables.size(); ++r) {
            if (r > 0)
                id += u',';
            if (const Table *t = at(schema->tables, details.redefinedTables[r].nextTable))
                appendQualified(t->schema, t->name);
        }
        return id;
    default:
        break;
    }
    const Table *t = at(schema->tables, table);
    if (!t)
        return id;
    appendQualified(t->schema, t->name);
    const QString *itemName = nullptr;
    switch (step.kind) {
    case StepKind::DropForeignKey:
    case StepKind::RenameForeignKey:
    case StepKind::AddForeignKey:
        if (const ForeignKey *fk = at(t->foreignKeys, item))
            itemName = &fk->name;
        break;
    case StepKind::DropIndex:
    case StepKind::CreateIndex:
    case StepKind::RenameIndex:
    case StepKind::RedefineIndex:
        if (const Index *index = at(t->indexes, item))
            itemName = &index->name;
        break;
    default:
        break;
    }
    if (itemName) {
        id += u'.';
        id += *itemName;
    }
    if (step.fromDropAndRecreate)
        id += QLatin1StringView("#recreate");
    return id;
}

QString migrationSummary(const Migration &migration)
{
    if (migration.steps.empty())
        return QStringLiteral("No difference detected.");
    const SqlSchema &previous = *migration.previous;
    const SqlSchema &next = *migration.next;
    std::vector<DriftItem> items;
    for (int i = 0; i < int(migration.steps.size()); ++i) {
        const MigrationStep &step = migration.steps[i];
        switch (step.kind) {
        case StepKind::CreateEnum: items.push_back({DriftType::AddedEnum, {}, i}); break;
        case StepKind::AlterEnum: items.push_back({DriftType::ChangedEnum, previous.enums[step.previousItem].name, i}); break;
        case StepKind::DropForeignKey:
        case StepKind::DropIndex:
        case StepKind::AlterTable: items.push_back({DriftType::ChangedTable, previous.tables[step.previousTable].name, i}); break;
        case StepKind::DropTable: items.push_back({DriftType::RemovedTable, {}, i}); break;
        case StepKind::DropEnum: items.push_back({DriftType::RemovedEnum, {}, i}); break;
        case StepKind::CreateTable: items.push_back({DriftType::AddedTable, {}, i}); break;
        case StepKind::RedefineTables:
            for (int r = 0; r < int(step.details->redefinedTables.size()); ++r)
                items.push_back({DriftType::RedefinedTable, previous.tables[step.details->redefinedTables[r].previousTable].name, i, r});
            break;
        case StepKind::RenameForeignKey:
        case StepKind::CreateIndex:
        case StepKind::AddForeignKey: items.push_back({DriftType::ChangedTable, next.tables[step.nextTable].name, i}); break;
        case StepKind::RenameIndex:
        case StepKind::RedefineIndex: items.push_back({DriftType::ChangedTable, previous.tables[step.previousTable].name, i}); break;
        case StepKind::CreateExtension: items.push_back({DriftType::CreatedExtension, next.extensions[step.nextItem].name, i}); break;
        case StepKind::AlterExtension: items.push_back({DriftType::AlteredExtension, previous.extensions[step.previousItem].name, i}); break;
        case StepKind::DropExtension: items.push_back({DriftType::DroppedExtension, previous.extensions[step.previousItem].name, i}); break;
        case StepKind::RenameTable:
        case StepKind::RenameColumn:
        case StepKind::RenameEnum: items.push_back({DriftType::RenamedItem, step.details->oldName, i}); break;
        case StepKind::CreateSchema: items.push_back({DriftType::AddedSchema, {}, i}); break;
        }
    }
    std::sort(items.begin(), items.end());

    QString out;
    std::optional<std::pair<DriftType, QString>> state;
    for (const DriftItem &item : items) {
        if (!state || state->first != item.type || state->second != item.name) {
            switch (item.type) {
            case DriftType::AddedEnum: out += QStringLiteral("\n[+] Added enums\n"); break;
            case DriftType::AddedTable: out += QStringLiteral("\n[+] Added tables\n"); break;
            case DriftType::RemovedEnum: out += QStringLiteral("\n[-] Removed enums\n"); break;
            case DriftType::RemovedTable: out += QStringLiteral("\n[-] Removed tables\n"); break;
            case DriftType::RemovedUdt: out += QStringLiteral("\n[-] Removed UDTs\n"); break;
            case DriftType::RemovedView: out += QStringLiteral("\n[-] Removed views\n"); break;
            case DriftType::RedefinedTable: out += QStringLiteral("\n[*] Redefined table `%1`\n").arg(item.name); break;
            case DriftType::ChangedEnum: out += QStringLiteral("\n[*] Changed the `%1` enum\n").arg(item.name); break;
            case DriftType::ChangedTable: out += QStringLiteral("\n[*] Changed the `%1` table\n").arg(item.name); break;
            case DriftType::CreatedExtension: out += QStringLiteral("\n[+] Added extensions\n"); break;
            case DriftType::AddedSchema: out += QStringLiteral("\n[+] Added Schemas\n"); break;
            case DriftType::AlteredExtension: out += QStringLiteral("\n[*] Changed the `%1` extension\n").arg(item.name); break;
            case DriftType::DroppedExtension: out += QStringLiteral("\n[-] Removed extensions\n`"); break;
            case DriftType::RenamedItem: out += QStringLiteral("\n[*] Renamed\n"); break;
            }
        }
        state = std::make_pair(item.type, item.name);
        const MigrationStep &step = migration.steps[item.step];
        switch (step.kind) {
        case StepKind::CreateEnum: out += QStringLiteral("  - %1\n").arg(next.enums[step.nextItem].name); break;
        case StepKind::AlterEnum:
            for (const QString &value : step.details->createdValues)
                out += QStringLiteral("  [+] Added variant `%1`\n").arg(value);
            for (const QString &value : step.details->droppedValues)
                out += QStringLiteral("  [-] Removed variant `%1`\n").arg(value);
            break;
        case StepKind::DropForeignKey: {
            const ForeignKey &fk = previous.tables[step.previousTable].foreignKeys[step.previousItem];
            out += QStringLiteral("  [-] Removed foreign key on columns (%1)\n").arg(fk.columns.join(QStringLiteral(", ")));
            break;
        }
        case StepKind::DropIndex:
            if (const Index *index = indexAt(previous.tables[step.previousTable], step.previousItem)) {
                out += QStringLiteral("  [-] Removed %1index on columns (%2)\n")
                           .arg(index->isUnique() ? QStringLiteral("unique ") : QString(), indexColumns(*index));
            }
            break;
        case StepKind::AlterTable: {
            const Table &before = previous.tables[step.previousTable];
            const Table &after = next.tables[step.nextTable];
            for (const TableChange &change : step.details->tableChanges) {
                switch (change.kind) {
                case TableChange::Kind::AddColumn:
                    out += QStringLiteral("  [+] Added column `%1`\n").arg(after.columns[change.nextColumn].name);
                    break;
                case TableChange::Kind::AlterColumn:
                    out += QStringLiteral("  [*] Altered column `%1` %2\n")
                               .arg(after.columns[change.nextColumn].name,
                                    columnChangesText(before.columns[change.previousColumn], after.columns[change.nextColumn], change.changes));
                    break;
                case TableChange::Kind::DropColumn:
                    out += QStringLiteral("  [-] Removed column `%1`\n").arg(before.columns[change.previousColumn].name);
                    break;
                case TableChange::Kind::DropAndRecreateColumn:
                    out += QStringLiteral("  [*] Column `%1` would be dropped and recreated %2\n")
                               .arg(after.columns[change.nextColumn].name,
                                    columnChangesText(before.columns[change.previousColumn], after.columns[change.nextColumn], change.changes));
                    break;
                case TableChange::Kind::DropPrimaryKey:
                    out += QStringLiteral("  [-] Dropped the primary key on columns (%1)\n").arg(pkColumns(before));
                    break;
                case TableChange::Kind::RenamePrimaryKey:
                    out += QStringLiteral("  [*] Renamed the primary key on columns (%1)\n").arg(pkColumns(before));
                    break;
                case TableChange::Kind::AddPrimaryKey:
                    out += QStringLiteral("  [+] Added primary key on columns (%1)\n)\n").arg(pkColumns(after));
                    break;
                }
            }
            break;
        }
        case StepKind::DropTable: out += QStringLiteral("  - %1\n").arg(previous.tables[step.previousTable].name); break;
        case StepKind::DropEnum: out += QStringLiteral("  - %1\n").arg(previous.enums[step.previousItem].name); break;
        case StepKind::CreateTable: out += QStringLiteral("  - %1\n").arg(next.tables[step.nextTable].name); break;
        case StepKind::RenameForeignKey: {
            const ForeignKey &before = previous.tables[step.previousTable].foreignKeys[step.previousItem];
            const ForeignKey &after = next.tables[step.nextTable].foreignKeys[step.nextItem];
            out += QStringLiteral("  [*] Renamed the foreign key \"%1\" to \"%2\"\n").arg(before.name, after.name);
            break;
        }
        case StepKind::CreateIndex:
            if (const Index *index = indexAt(next.tables[step.nextTable], step.nextItem)) {
                out += QStringLiteral("  [+] Added %1index on columns (%2)\n")
                           .arg(index->isUnique() ? QStringLiteral("unique ") : QString(), indexColumns(*index));
            }
            break;
        case StepKind::AddForeignKey: {
            const ForeignKey &fk = next.tables[step.nextTable].foreignKeys[step.nextItem];
            out += QStringLiteral("  [+] Added foreign key on columns (%1)\n").arg(fk.columns.join(QStringLiteral(", ")));
            break;
        }
        case StepKind::RenameIndex: {
            const Index *before = indexAt(previous.tables[step.previousTable], step.previousItem);
            const Index *after = indexAt(next.tables[step.nextTable], step.nextItem);
            if (before && after)
                out += QStringLiteral("  [*] Renamed index `%1` to `%2`\n").arg(before->name, after->name);
            break;
        }
        case StepKind::RedefineIndex:
            if (const Index *before = indexAt(previous.tables[step.previousTable], step.previousItem))
                out += QStringLiteral("  [*] Redefined index `%1`\n").arg(before->name);
            break;
        case StepKind::CreateExtension: out += QStringLiteral("  - %1\n").arg(next.extensions[step.nextItem].name); break;
        case StepKind::RenameTable:
        case StepKind::RenameColumn:
        case StepKind::RenameEnum: out += QStringLiteral("  - `%1` to `%2`\n").arg(step.details->oldName, step.details->newName); break;
        case StepKind::CreateSchema: out += QStringLiteral("  - %1\n").arg(step.details->schemaName); break;
        case StepKind::RedefineTables:
        case StepKind::AlterExtension:
        case StepKind::DropExtension: break;
        }
    }
    return out;
}

} // namespace strata::sql
