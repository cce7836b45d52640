// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationhelpers_p.h"

#include <algorithm>

namespace strata::schema::validation {

SchemaIndex::SchemaIndex(const Context &context)
{
    const Schema &schema = context.schema;
    std::vector<const psl::Block *> blocks;
    for (const psl::Block *block : context.ast.blocks()) {
        if (block->kind == psl::Block::Kind::Model || block->kind == psl::Block::Kind::View)
            blocks.push_back(block);
    }
    // The builder makes one Model per model or view block, in source order, with one Field per field line.
    const size_t count = std::min(blocks.size(), schema.models.size());
    models.reserve(count);
    modelIndex.reserve(int(count));
    for (size_t i = 0; i < count; ++i) {
        ModelEntry entry;
        entry.block = blocks[i];
        entry.model = &schema.models[i];
        entry.fields = blocks[i]->fields();
        const size_t fieldCount = std::min(entry.fields.size(), entry.model->fields.size());
        entry.fields.resize(fieldCount);
        entry.fieldIndex.reserve(int(fieldCount));
        for (size_t f = 0; f < fieldCount; ++f) {
            if (!entry.fieldIndex.contains(entry.model->fields[f].name))
                entry.fieldIndex.insert(entry.model->fields[f].name, int(f));
        }
        if (!modelIndex.contains(entry.model->name))
            modelIndex.insert(entry.model->name, int(i));
        models.push_back(std::move(entry));
    }
    for (int i = 0; i < int(schema.enums.size()); ++i) {
        if (!enumIndex.contains(schema.enums[size_t(i)].name))
            enumIndex.insert(schema.enums[size_t(i)].name, i);
    }
    for (int i = 0; i < int(schema.compositeTypes.size()); ++i) {
        if (!compositeIndex.contains(schema.compositeTypes[size_t(i)].name))
            compositeIndex.insert(schema.compositeTypes[size_t(i)].name, i);
    }
}

QString ResolvedIndex::attributeName() const
{
    const QString prefix = onField() ? QStringLiteral("@") : QStringLiteral("@@");
    switch (kind) {
    case IndexKind::PrimaryKey: return prefix + QStringLiteral("id");
    case IndexKind::Unique: return prefix + QStringLiteral("unique");
    case IndexKind::Fulltext: return prefix + QStringLiteral("fulltext");
    case IndexKind::Normal: break;
    }
    return prefix + QStringLiteral("index");
}

std::vector<const ResolvedIndex *> ResolvedModel::uniqueCriteria() const
{
    std::vector<const ResolvedIndex *> out;
    if (primaryKey)
        out.push_back(&*primaryKey);
    for (const ResolvedIndex &index : indexes) {
        if (index.isUnique())
            out.push_back(&index);
    }
    return out;
}

QString fieldsWithLeadingWord(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << u'`' + name + u'`';
    return (names.size() == 1 ? QStringLiteral("field ") : QStringLiteral("fields ")) + quoted.join(QStringLiteral(", "));
}

QString joinedWithAnd(const QStringList &quotedNames)
{
    if (quotedNames.size() < 2)
        return quotedNames.join(QStringLiteral(", "));
    return quotedNames.mid(0, quotedNames.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ")
        + quotedNames.last();
}

bool hasErrorWithCodePrefix(const Context &context, QStringView prefix)
{
    const auto &items = context.diagnostics.items();
    return std::any_of(items.begin(), items.end(),
                       [&](const psl::Diagnostic &d) { return d.isError() && d.code.startsWith(prefix); });
}

bool hasUnknownFieldTypes(const Context &context, const SchemaIndex &index)
{
    for (const ModelEntry &entry : index.models) {
        for (size_t f = 0; f < entry.fields.size(); ++f) {
            if (entry.model->fields[f].kind == FieldKind::Unknown && entry.fields[f]->type)
                return true;
        }
    }
    for (const CompositeType &type : context.schema.compositeTypes) {
        for (const Field &field : type.fields) {
            if (field.kind == FieldKind::Unknown && !field.typeName.isEmpty())
                return true;
        }
    }
    return false;
}

int errorCount(const Context &context)
{
    return context.diagnostics.errorCount();
}

QString connectorDisplayName(Provider provider)
{
    switch (provider) {
    case Provider::PostgreSql: return QStringLiteral("Postgres");
    case Provider::CockroachDb: return QStringLiteral("CockroachDB");
    case Provider::MySql: return QStringLiteral("MySQL");
    case Provider::Sqlite: return QStringLiteral("sqlite");
    case Provider::SqlServer: return QStringLiteral("SQL Server");
    case Provider::MongoDb: return QStringLiteral("MongoDB");
    case Provider::Unknown: break;
    }
    return QStringLiteral("Default");
}

} // namespace strata::schema::validation
