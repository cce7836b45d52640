// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationhelpers_p.h"

#include <algorithm>

namespace strata::schema::validation {

SchemaIndex::SchemaIndex(const Context &context)
{
    build(context);
}

void SchemaIndex::build(const Context &context)
{
    const Schema &schema = context.schema;
    const TopIndex &tops = topIndex(context);
    std::vector<const psl::Block *> blocks;
    std::vector<size_t> blockNumbers;
    std::vector<std::span<const FieldFacts>> blockFacts;
    blocks.reserve(schema.models.size());
    blockNumbers.reserve(schema.models.size());
    blockFacts.reserve(schema.models.size());
    for (size_t b = 0; b < tops.blocks().size(); ++b) {
        const psl::Block *block = tops.blocks()[b];
        if (block->kind == psl::Block::Kind::Model || block->kind == psl::Block::Kind::View) {
            blocks.push_back(block);
            blockNumbers.push_back(b);
            blockFacts.push_back(tops.fieldFacts(b));
        }
    }
    // The builder makes one Model per model or view block, in source order, with one Field per field line.
    const size_t count = std::min(blocks.size(), schema.models.size());
    models.reserve(count);
    modelIndex.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        ModelEntry entry;
        entry.number = int(i);
        entry.blockNumber = blockNumbers[i];
        entry.block = blocks[i];
        entry.model = &schema.models[i];
        // The facts of a block hold its fields, with their nodes, in order: the syntax tree need not be walked again.
        entry.facts = blockFacts[i].first(std::min(blockFacts[i].size(), schema.models[i].fields.size()));
        entry.fields = FieldNodes(entry.facts);
        entry.fieldLookup = &m_fieldLookup;
        for (size_t f = 0; entry.fields.size() > ModelEntry::smallModel && f < entry.fields.size(); ++f) {
            const FieldKey key{int(i), entry.model->fields[f].name.view()};
            if (!m_fieldLookup.contains(key))
                m_fieldLookup.insert(key, int(f));
        }
        if (!modelIndex.contains(entry.model->name))
            modelIndex.insert(entry.model->name, int(i));
        models.push_back(entry);
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

ModelLookups &modelLookups(const Context &context)
{
    if (!context.modelLookups)
        context.modelLookups = std::make_shared<ModelLookups>(context);
    return *context.modelLookups;
}

const std::vector<ResolvedModel> &resolvedModels(const Context &context, bool report)
{
    ModelLookups &lookups = modelLookups(context);
    if (!lookups.resolved) {
        std::vector<ResolvedModel> resolved;
        resolved.reserve(lookups.index.models.size());
        for (int m = 0; m < int(lookups.index.models.size()); ++m)
            resolved.push_back(resolveModel(context, lookups.index, m, report));
        lookups.resolved = std::move(resolved);
    }
    return *lookups.resolved;
}

const RelationFields &relationFields(const Context &context, bool report)
{
    ModelLookups &lookups = modelLookups(context);
    if (!lookups.relations)
        lookups.relations = readRelationFields(context, lookups.index, report);
    return *lookups.relations;
}

QString ResolvedIndex::attributeName() const
{
    static const QString names[] = {QStringLiteral("@id"),       QStringLiteral("@@id"),
                                    QStringLiteral("@unique"),   QStringLiteral("@@unique"),
                                    QStringLiteral("@fulltext"), QStringLiteral("@@fulltext"),
                                    QStringLiteral("@index"),    QStringLiteral("@@index")};
    int kindIndex = 3;
    switch (kind) {
    case IndexKind::PrimaryKey: kindIndex = 0; break;
    case IndexKind::Unique: kindIndex = 1; break;
    case IndexKind::Fulltext: kindIndex = 2; break;
    case IndexKind::Normal: kindIndex = 3; break;
    }
    return names[kindIndex * 2 + (onField() ? 0 : 1)];
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
