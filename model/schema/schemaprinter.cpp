// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaprinter.h"

#include "schemacomparer.h"

#include "psl/formatter.h"
#include "psl/parser.h"

#include <QHash>
#include <algorithm>
#include <climits>
#include <tuple>

namespace strata::schema {

namespace {

QString documentationLine(const QString &line)
{
    return line.isEmpty() ? QStringLiteral("///") : QStringLiteral("/// ") + line;
}

QString nameList(const QStringList &names)
{
    return u'[' + names.join(QStringLiteral(", ")) + u']';
}

QString typeText(const Field &field)
{
    QString text = field.kind == FieldKind::Unsupported || field.typeName == u"Unsupported"
        ? QStringLiteral("Unsupported(%1)").arg(SchemaPrinter::quoted(field.unsupportedType()))
        : field.typeName.text();
    if (field.arity == Arity::List)
        text += QStringLiteral("[]");
    else if (field.arity == Arity::Optional)
        text += u'?';
    return text;
}

const Index *fieldLevelIndex(const Model *model, const Field &field, IndexKind kind)
{
    if (!model)
        return nullptr;
    for (const Index &index : model->indexes) {
        if (index.fromFieldAttribute && index.kind == kind && index.fields.size() == 1
            && index.fields.front().name == field.name)
            return &index;
    }
    return nullptr;
}

QString withArguments(const QString &name, const QStringList &arguments)
{
    return arguments.isEmpty() ? name : name + u'(' + arguments.join(QStringLiteral(", ")) + u')';
}

QString indexFieldText(const IndexField &field)
{
    QStringList arguments;
    if (!field.sort.isEmpty())
        arguments << QStringLiteral("sort: ") + field.sort;
    if (field.length)
        arguments << QStringLiteral("length: ") + QString::number(field.length);
    if (!field.ops.isEmpty())
        arguments << QStringLiteral("ops: ") + field.ops;
    return withArguments(field.name, arguments);
}

/// `@id(...)` / `@unique(...)` on a field, with the arguments its index carries.
QString fieldIndexAttribute(const QString &name, const Index *index)
{
    QStringList arguments;
    if (index) {
        if (!index->map->isEmpty())
            arguments << QStringLiteral("map: ") + SchemaPrinter::quoted(index->map);
        if (!index->fields.empty()) {
            const IndexField &field = index->fields.front();
            if (field.length)
                arguments << QStringLiteral("length: ") + QString::number(field.length);
            if (!field.sort.isEmpty())
                arguments << QStringLiteral("sort: ") + field.sort;
        }
        if (index->clustered)
            arguments << QStringLiteral("clustered: ") + (*index->clustered ? QStringLiteral("true") : QStringLiteral("false"));
    }
    return withArguments(name, arguments);
}

QString relationAttribute(const RelationAttribute &relation)
{
    QStringList arguments;
    if (!relation.name.isEmpty())
        arguments << SchemaPrinter::quoted(relation.name);
    if (!relation.fields.isEmpty())
        arguments << QStringLiteral("fields: ") + nameList(relation.fields);
    if (!relation.references.isEmpty())
        arguments << QStringLiteral("references: ") + nameList(relation.references);
    if (relation.onDelete != ReferentialAction::Unset)
        arguments << QStringLiteral("onDelete: ") + referentialActionName(relation.onDelete);
    if (relation.onUpdate != ReferentialAction::Unset)
        arguments << QStringLiteral("onUpdate: ") + referentialActionName(relation.onUpdate);
    if (!relation.map.isEmpty())
        arguments << QStringLiteral("map: ") + SchemaPrinter::quoted(relation.map);
    return withArguments(QStringLiteral("@relation"), arguments);
}

int blockAttributeRank(IndexKind kind)
{
    switch (kind) {
    case IndexKind::PrimaryKey: return 0;
    case IndexKind::Unique: return 1;
    case IndexKind::Normal: return 2;
    case IndexKind::Fulltext: return 3;
    }
    return 4;
}

QStringList documentationLines(const QStringList &documentation)
{
    QStringList lines;
    for (const QString &line : documentation)
        lines << documentationLine(line);
    return lines;
}

/// Lines of a block, indented by the block's caller.
QStringList modelLines(const Model &model)
{
    QStringList lines = documentationLines(model.documentation);
    lines << QStringLiteral("%1 %2 {").arg(model.isView ? QStringLiteral("view") : QStringLiteral("model"), model.name);
    for (const Field &field : model.fields) {
        for (const QString &doc : documentationLines(field.documentation()))
            lines << QStringLiteral("  ") + doc;
        lines << QStringLiteral("  ") + SchemaPrinter::fieldLine(field, &model);
    }
    QStringList attributes;
    std::vector<const Index *> indexes;
    for (const Index &index : model.indexes) {
        if (!index.fromFieldAttribute)
            indexes.push_back(&index);
    }
    std::stable_sort(indexes.begin(), indexes.end(), [](const Index *a, const Index *b) {
        return blockAttributeRank(a->kind) < blockAttributeRank(b->kind);
    });
    for (const Index *index : indexes)
        attributes << SchemaPrinter::indexAttribute(*index);
    if (!model.mappedName.isEmpty())
        attributes << QStringLiteral("@@map(%1)").arg(SchemaPrinter::quoted(model.mappedName));
    if (model.isIgnored)
        attributes << QStringLiteral("@@ignore");
    if (!model.schemaName.isEmpty())
        attributes << QStringLiteral("@@schema(%1)").arg(SchemaPrinter::quoted(model.schemaName));
    if (!attributes.isEmpty()) {
        lines << QString();
        for (const QString &attribute : attributes)
            lines << QStringLiteral("  ") + attribute;
    }
    lines << QStringLiteral("}");
    return lines;
}

QString enumValueLine(const EnumValue &value)
{
    return value.mappedName.isEmpty() ? value.name
                                      : QStringLiteral("%1 @map(%2)").arg(value.name, SchemaPrinter::quoted(value.mappedName));
}

QStringList enumLines(const Enum &e)
{
    QStringList lines = documentationLines(e.documentation);
    lines << QStringLiteral("enum %1 {").arg(e.name);
    for (const EnumValue &value : e.values) {
        for (const QString &doc : documentationLines(value.documentation))
            lines << QStringLiteral("  ") + doc;
        lines << QStringLiteral("  ") + enumValueLine(value);
    }
    QStringList attributes;
    if (!e.mappedName.isEmpty())
        attributes << QStringLiteral("@@map(%1)").arg(SchemaPrinter::quoted(e.mappedName));
    if (!e.schemaName.isEmpty())
        attributes << QStringLiteral("@@schema(%1)").arg(SchemaPrinter::quoted(e.schemaName));
    if (!attributes.isEmpty()) {
        lines << QString();
        for (const QString &attribute : attributes)
            lines << QStringLiteral("  ") + attribute;
    }
    lines << QStringLiteral("}");
    return lines;
}

QStringList compositeLines(const CompositeType &type)
{
    QStringList lines = documentationLines(type.documentation);
    lines << QStringLiteral("type %1 {").arg(type.name);
    for (const Field &field : type.fields) {
        for (const QString &doc : documentationLines(field.documentation()))
            lines << QStringLiteral("  ") + doc;
        lines << QStringLiteral("  ") + SchemaPrinter::fieldLine(field);
    }
    lines << QStringLiteral("}");
    return lines;
}

QStringList configLines(const QString &keyword, const QString &name, const std::vector<ConfigProperty> &properties)
{
    QStringList lines;
    lines << QStringLiteral("%1 %2 {").arg(keyword, name);
    for (const ConfigProperty &property : properties)
        lines << QStringLiteral("  %1 = %2").arg(property.name, property.value);
    lines << QStringLiteral("}");
    return lines;
}

QStringList datasourceLines(const Datasource &source)
{
    std::vector<ConfigProperty> properties = source.properties;
    if (properties.empty()) {
        // A graph made in code, not parsed: write what it knows.
        properties.push_back({QStringLiteral("provider"), SchemaPrinter::quoted(source.provider)});
        if (!source.relationMode.isEmpty())
            properties.push_back({QStringLiteral("relationMode"), SchemaPrinter::quoted(source.relationMode)});
    }
    return configLines(QStringLiteral("datasource"), source.name, properties);
}

QStringList generatorLines(const Generator &generator)
{
    std::vector<ConfigProperty> properties = generator.properties;
    if (properties.empty()) {
        properties.push_back({QStringLiteral("provider"), SchemaPrinter::quoted(generator.provider)});
        if (!generator.output.isEmpty())
            properties.push_back({QStringLiteral("output"), SchemaPrinter::quoted(generator.output)});
        if (!generator.previewFeatures.isEmpty()) {
            QStringList features;
            for (const QString &feature : generator.previewFeatures)
                features << SchemaPrinter::quoted(feature);
            properties.push_back({QStringLiteral("previewFeatures"), nameList(features)});
        }
    }
    return configLines(QStringLiteral("generator"), generator.name, properties);
}

QString joinLines(const QStringList &lines)
{
    return lines.join(u'\n') + u'\n';
}

// --- printing into a previous layout ----------------------------------------------------------------------

qint64 spanKey(const psl::Span &span)
{
    return (qint64(span.file) << 32) | qint64(quint32(span.start));
}

/// Slices of the source text the layout came from; writes comments, blank lines and raw lines as they were.
class DecorationWriter {
public:
    explicit DecorationWriter(const psl::SourceSet &sources)
        : m_sources(sources)
    {
    }
    QString source(const psl::Span &span) const
    {
        if (span.file < 0 || span.file >= m_sources.size())
            return {};
        return m_sources.file(span.file).text().mid(span.start, span.length());
    }
    template<typename Item>
    void write(QStringList &out, const Item &item, const QString &indent) const
    {
        if (const auto *group = std::get_if<psl::CommentGroup>(&item)) {
            for (const psl::Comment &comment : group->comments)
                out << indent + source(comment.span);
        } else if (std::holds_alternative<psl::EmptyLines>(item)) {
            out << QString();
        } else if (const auto *raw = std::get_if<psl::RawLine>(&item)) {
            out << indent + raw->text;
        }
    }

private:
    const psl::SourceSet &m_sources;
};

/// Writes the current graph into the syntax tree it was last parsed from. See SchemaPrinter's documentation.
class LayoutPrinter {
public:
    LayoutPrinter(const Schema &current, const LoadedSchema &base)
        : m_current(current)
        , m_base(base)
        , m_writer(base.sources)
    {
    }

    QStringList print();

private:
    enum class Kind { Model, Enum, Composite, Generator, Datasource };
    struct Slot {
        Kind kind;
        size_t index;
    };

    QString source(const psl::Span &span) const { return m_writer.source(span); }
    QStringList commentLines(const psl::CommentGroup &group, bool docs, bool others) const;
    QString withComment(const QString &line, const psl::HeapOptional<psl::Comment> &comment) const
    {
        return comment ? line + u' ' + source(comment->span) : line;
    }
    /// Decorations before a node: everything but a comment group directly above it, which is returned.
    const psl::CommentGroup *splitAttached(std::vector<const void *> &decorations) const;

    void assignFiles();
    int fileOf(Kind kind, size_t index) const;
    void emitNew(QStringList &out, int file, Kind kind, size_t before);
    void emitSlot(QStringList &out, Kind kind, size_t index, const psl::Block *layout, const psl::CommentGroup *attached);
    void emitAttached(QStringList &out, const psl::CommentGroup *attached, bool documentationEqual,
                      const QStringList &documentation, const QString &indent) const;
    QStringList modelBody(const Model &model, const Model &base, const psl::Block &layout) const;
    QStringList enumBody(const Enum &e, const Enum &base, const psl::Block &layout) const;
    QStringList compositeBody(const CompositeType &type, const CompositeType &base, const psl::Block &layout) const;
    QStringList verbatimConfig(const psl::Block &layout) const;

    const Schema &m_current;
    const LoadedSchema &m_base;
    const DecorationWriter m_writer;
    QHash<NodeId, size_t> m_modelIndex;
    QHash<NodeId, size_t> m_enumIndex;
    QHash<NodeId, size_t> m_compositeIndex;
    QHash<qint64, const Model *> m_baseModelAt;
    QHash<qint64, const Enum *> m_baseEnumAt;
    QHash<qint64, const CompositeType *> m_baseCompositeAt;
    QHash<NodeId, const Model *> m_baseModel;
    QHash<NodeId, const Enum *> m_baseEnum;
    QHash<NodeId, const CompositeType *> m_baseComposite;
    std::vector<int> m_modelFile;
    std::vector<int> m_enumFile;
    std::vector<int> m_compositeFile;
    std::vector<bool> m_modelDone;
    std::vector<bool> m_enumDone;
    std::vector<bool> m_compositeDone;
    std::vector<bool> m_generatorDone;
    bool m_datasourceDone = false;
};

QStringList LayoutPrinter::commentLines(const psl::CommentGroup &group, bool docs, bool others) const
{
    QStringList lines;
    for (const psl::Comment &comment : group.comments) {
        const bool isDoc = comment.kind == psl::Comment::Kind::Doc;
        if ((isDoc && docs) || (!isDoc && others))
            lines << source(comment.span);
    }
    return lines;
}

void LayoutPrinter::emitAttached(QStringList &out, const psl::CommentGroup *attached, bool documentationEqual,
                                 const QStringList &documentation, const QString &indent) const
{
    if (attached && documentationEqual) {
        for (const QString &line : commentLines(*attached, true, true))
            out << indent + line;
        return;
    }
    if (attached) {
        for (const QString &line : commentLines(*attached, false, true))
            out << indent + line;
    }
    for (const QString &line : documentationLines(documentation))
        out << indent + line;
}

void LayoutPrinter::assignFiles()
{
    // A node keeps the file it came from; a new one goes where its predecessor (else its successor) is.
    auto assign = [](std::vector<int> &files) {
        int last = -1;
        for (int &file : files) {
            if (file >= 0)
                last = file;
            else if (last >= 0)
                file = last;
        }
        int next = 0;
        for (auto it = files.rbegin(); it != files.rend(); ++it) {
            if (*it >= 0)
                next = *it;
            else
                *it = next;
        }
    };
    m_modelFile.assign(m_current.models.size(), -1);
    for (size_t i = 0; i < m_current.models.size(); ++i) {
        if (const Model *base = m_baseModel.value(m_current.models[i].id))
            m_modelFile[i] = base->span.file;
    }
    m_enumFile.assign(m_current.enums.size(), -1);
    for (size_t i = 0; i < m_current.enums.size(); ++i) {
        if (const Enum *base = m_baseEnum.value(m_current.enums[i].id))
            m_enumFile[i] = base->span.file;
    }
    m_compositeFile.assign(m_current.compositeTypes.size(), -1);
    for (size_t i = 0; i < m_current.compositeTypes.size(); ++i) {
        if (const CompositeType *base = m_baseComposite.value(m_current.compositeTypes[i].id))
            m_compositeFile[i] = base->span.file;
    }
    assign(m_modelFile);
    assign(m_enumFile);
    assign(m_compositeFile);
}

int LayoutPrinter::fileOf(Kind kind, size_t index) const
{
    switch (kind) {
    case Kind::Model: return m_modelFile[index];
    case Kind::Enum: return m_enumFile[index];
    case Kind::Composite: return m_compositeFile[index];
    default: return 0;
    }
}

void LayoutPrinter::emitNew(QStringList &out, int file, Kind kind, size_t before)
{
    auto emitRange = [&](size_t count, std::vector<bool> &done, auto isNew, auto lines) {
        for (size_t i = 0; i < std::min(before, count); ++i) {
            if (done[i] || !isNew(i) || fileOf(kind, i) != file)
                continue;
            done[i] = true;
            out << QString() << lines(i);
        }
    };
    switch (kind) {
    case Kind::Model:
        emitRange(m_current.models.size(), m_modelDone,
                  [&](size_t i) { return !m_baseModel.contains(m_current.models[i].id); },
                  [&](size_t i) { return modelLines(m_current.models[i]); });
        break;
    case Kind::Enum:
        emitRange(m_current.enums.size(), m_enumDone,
                  [&](size_t i) { return !m_baseEnum.contains(m_current.enums[i].id); },
                  [&](size_t i) { return enumLines(m_current.enums[i]); });
        break;
    case Kind::Composite:
        emitRange(m_current.compositeTypes.size(), m_compositeDone,
                  [&](size_t i) { return !m_baseComposite.contains(m_current.compositeTypes[i].id); },
                  [&](size_t i) { return compositeLines(m_current.compositeTypes[i]); });
        break;
    default:
        break;
    }
}

/// One layout member of a block body, matched to the current graph.
struct Member {
    enum class Kind { Field, Index, Value, Map, Ignore, Schema, Unknown };
    Kind kind = Kind::Unknown;
    const psl::BlockItem *item = nullptr;
    int current = -1; ///< position in the current node's fields / indexes / values, -1 when gone
    const psl::CommentGroup *attached = nullptr;
    std::vector<const psl::BlockItem *> decorations; ///< blank lines, comments and raw lines before it
};

/// Splits a block's items into members with the decorations before each; the rest are trailing decorations.
std::vector<Member> membersOf(const psl::Block &block, std::vector<const psl::BlockItem *> &trailing)
{
    std::vector<Member> members;
    std::vector<const psl::BlockItem *> pending;
    for (const psl::BlockItem &item : block.items) {
        const bool member = std::holds_alternative<psl::Field>(item) || std::holds_alternative<psl::EnumValue>(item)
            || std::holds_alternative<psl::BlockAttribute>(item) || std::holds_alternative<psl::Property>(item);
        if (!member) {
            pending.push_back(&item);
            continue;
        }
        Member m;
        m.item = &item;
        if (!pending.empty() && std::holds_alternative<psl::CommentGroup>(*pending.back())) {
            m.attached = &std::get<psl::CommentGroup>(*pending.back());
            pending.pop_back();
        }
        m.decorations = std::move(pending);
        pending.clear();
        members.push_back(std::move(m));
    }
    trailing = std::move(pending);
    return members;
}

QStringList LayoutPrinter::modelBody(const Model &model, const Model &base, const psl::Block &layout) const
{
    const DecorationWriter &writer = m_writer;
    const QString indent = QStringLiteral("  ");
    std::vector<const psl::BlockItem *> trailing;
    std::vector<Member> members = membersOf(layout, trailing);

    QHash<qint64, const Field *> baseFieldAt;
    for (const Field &field : base.fields)
        baseFieldAt.insert(spanKey(field.span), &field);
    QHash<qint64, const Index *> baseIndexAt;
    for (const Index &index : base.indexes) {
        if (!index.fromFieldAttribute)
            baseIndexAt.insert(spanKey(index.span), &index);
    }
    QHash<NodeId, int> fieldPosition;
    for (size_t i = 0; i < model.fields.size(); ++i)
        fieldPosition.insert(model.fields[i].id, int(i));
    QHash<NodeId, int> indexPosition;
    for (size_t i = 0; i < model.indexes.size(); ++i)
        indexPosition.insert(model.indexes[i].id, int(i));
    QHash<NodeId, const Field *> baseFieldById;
    for (const Field &field : base.fields)
        baseFieldById.insert(field.id, &field);
    QHash<NodeId, const Index *> baseIndexById;
    for (const Index &index : base.indexes)
        baseIndexById.insert(index.id, &index);

    for (Member &m : members) {
        if (const auto *field = std::get_if<psl::Field>(m.item)) {
            m.kind = Member::Kind::Field;
            if (const Field *b = baseFieldAt.value(spanKey(field->span())))
                m.current = fieldPosition.value(b->id, -1);
        } else if (const auto *attribute = std::get_if<psl::BlockAttribute>(m.item)) {
            const QString &name = attribute->attribute.name.name;
            if (name == u"id" || name == u"unique" || name == u"index" || name == u"fulltext") {
                m.kind = Member::Kind::Index;
                if (const Index *b = baseIndexAt.value(spanKey(attribute->attribute.span())))
                    m.current = indexPosition.value(b->id, -1);
            } else if (name == u"map") {
                m.kind = Member::Kind::Map;
                m.current = model.mappedName.isEmpty() ? -1 : 0;
            } else if (name == u"ignore") {
                m.kind = Member::Kind::Ignore;
                m.current = model.isIgnored ? 0 : -1;
            } else if (name == u"schema") {
                m.kind = Member::Kind::Schema;
                m.current = model.schemaName.isEmpty() ? -1 : 0;
            } else {
                m.current = 0; // unknown to the graph: kept as written
            }
        }
    }

    QStringList out;
    std::vector<bool> fieldDone(model.fields.size(), false);
    std::vector<bool> indexDone(model.indexes.size(), false);
    bool mapDone = false;
    bool ignoreDone = false;
    bool schemaDone = false;
    bool fieldsFlushed = false;

    auto writeField = [&](size_t i, const Member *member) {
        fieldDone[i] = true;
        const Field &field = model.fields[i];
        const Field *b = baseFieldById.value(field.id);
        const psl::Field *node = member ? std::get_if<psl::Field>(member->item) : nullptr;
        const bool docsEqual = b && b->documentation() == field.documentation();
        emitAttached(out, member ? member->attached : nullptr, docsEqual, field.documentation(), indent);
        QString line;
        if (b && node && SchemaComparer::describeFieldLine(base, *b) == SchemaComparer::describeFieldLine(model, field))
            line = source(psl::Span::make(node->span().file, node->name.span.start, node->span().end, 0, 0));
        else
            line = SchemaPrinter::fieldLine(field, &model);
        out << indent + withComment(line, node ? node->trailingComment : std::nullopt);
    };
    auto flushFields = [&](size_t before) {
        for (size_t i = 0; i < std::min(before, model.fields.size()); ++i) {
            if (!fieldDone[i] && !baseFieldById.contains(model.fields[i].id))
                writeField(i, nullptr);
        }
    };
    auto flushAllFields = [&] {
        if (fieldsFlushed)
            return;
        fieldsFlushed = true;
        for (size_t i = 0; i < model.fields.size(); ++i) {
            if (!fieldDone[i])
                writeField(i, nullptr);
        }
    };
    auto isBlockIndex = [&](size_t i) { return !model.indexes[i].fromFieldAttribute; };
    auto writeIndex = [&](size_t i, const Member *member) {
        indexDone[i] = true;
        const Index &index = model.indexes[i];
        const Index *b = baseIndexById.value(index.id);
        const psl::BlockAttribute *node = member ? std::get_if<psl::BlockAttribute>(member->item) : nullptr;
        if (member && member->attached)
            for (const QString &line : commentLines(*member->attached, true, true))
                out << indent + line;
        const QString line = b && node && SchemaComparer::sameContent(*b, index) ? source(node->attribute.span())
                                                                                : SchemaPrinter::indexAttribute(index);
        out << indent + withComment(line, node ? node->trailingComment : std::nullopt);
    };
    auto flushIndexes = [&](size_t before) {
        for (size_t i = 0; i < std::min(before, model.indexes.size()); ++i) {
            if (!indexDone[i] && isBlockIndex(i) && !baseIndexById.contains(model.indexes[i].id))
                writeIndex(i, nullptr);
        }
    };

    for (const Member &m : members) {
        if (m.kind == Member::Kind::Field && m.current >= 0)
            flushFields(size_t(m.current));
        else if (m.kind != Member::Kind::Field)
            flushAllFields();
        if (m.kind == Member::Kind::Index && m.current >= 0)
            flushIndexes(size_t(m.current));
        for (const psl::BlockItem *item : m.decorations)
            writer.write(out, *item, indent);
        if (m.current < 0)
            continue; // removed, with the comment directly above it
        switch (m.kind) {
        case Member::Kind::Field:
            if (!fieldDone[size_t(m.current)])
                writeField(size_t(m.current), &m);
            break;
        case Member::Kind::Index:
            if (!indexDone[size_t(m.current)])
                writeIndex(size_t(m.current), &m);
            break;
        default: {
            const auto *attribute = std::get_if<psl::BlockAttribute>(m.item);
            if (!attribute)
                break;
            const psl::BlockAttribute &node = *attribute;
            QString line = source(node.attribute.span());
            if (m.kind == Member::Kind::Map) {
                if (mapDone)
                    continue;
                mapDone = true;
                if (model.mappedName != base.mappedName)
                    line = QStringLiteral("@@map(%1)").arg(SchemaPrinter::quoted(model.mappedName));
            } else if (m.kind == Member::Kind::Schema) {
                if (schemaDone)
                    continue;
                schemaDone = true;
                if (model.schemaName != base.schemaName)
                    line = QStringLiteral("@@schema(%1)").arg(SchemaPrinter::quoted(model.schemaName));
            } else if (m.kind == Member::Kind::Ignore) {
                if (ignoreDone)
                    continue;
                ignoreDone = true;
            }
            if (m.attached)
                for (const QString &comment : commentLines(*m.attached, true, true))
                    out << indent + comment;
            out << indent + withComment(line, node.trailingComment);
            break;
        }
        }
    }
    flushAllFields();
    for (size_t i = 0; i < model.indexes.size(); ++i) {
        if (!indexDone[i] && isBlockIndex(i))
            writeIndex(i, nullptr);
    }
    if (!mapDone && !model.mappedName.isEmpty())
        out << indent + QStringLiteral("@@map(%1)").arg(SchemaPrinter::quoted(model.mappedName));
    if (!ignoreDone && model.isIgnored)
        out << indent + QStringLiteral("@@ignore");
    if (!schemaDone && !model.schemaName.isEmpty())
        out << indent + QStringLiteral("@@schema(%1)").arg(SchemaPrinter::quoted(model.schemaName));
    for (const psl::BlockItem *item : trailing)
        writer.write(out, *item, indent);
    return out;
}

QStringList LayoutPrinter::enumBody(const Enum &e, const Enum &base, const psl::Block &layout) const
{
    const DecorationWriter &writer = m_writer;
    const QString indent = QStringLiteral("  ");
    std::vector<const psl::BlockItem *> trailing;
    std::vector<Member> members = membersOf(layout, trailing);

    QHash<qint64, const EnumValue *> baseValueAt;
    for (const EnumValue &value : base.values)
        baseValueAt.insert(spanKey(value.span), &value);
    QHash<NodeId, const EnumValue *> baseValueById;
    for (const EnumValue &value : base.values)
        baseValueById.insert(value.id, &value);
    QHash<NodeId, int> valuePosition;
    for (size_t i = 0; i < e.values.size(); ++i)
        valuePosition.insert(e.values[i].id, int(i));

    for (Member &m : members) {
        if (const auto *value = std::get_if<psl::EnumValue>(m.item)) {
            m.kind = Member::Kind::Value;
            if (const EnumValue *b = baseValueAt.value(spanKey(value->span)))
                m.current = valuePosition.value(b->id, -1);
        } else if (const auto *attribute = std::get_if<psl::BlockAttribute>(m.item)) {
            const QString &name = attribute->attribute.name.name;
            if (name == u"map") {
                m.kind = Member::Kind::Map;
                m.current = e.mappedName.isEmpty() ? -1 : 0;
            } else if (name == u"schema") {
                m.kind = Member::Kind::Schema;
                m.current = e.schemaName.isEmpty() ? -1 : 0;
            } else {
                m.current = 0;
            }
        } else {
            m.current = 0; // a property or field in an enum: the validator's business, keep it
        }
    }

    QStringList out;
    std::vector<bool> done(e.values.size(), false);
    bool valuesFlushed = false;
    bool mapDone = false;
    bool schemaDone = false;
    auto writeValue = [&](size_t i, const Member *member) {
        done[i] = true;
        const EnumValue &value = e.values[i];
        const EnumValue *b = baseValueById.value(value.id);
        const psl::EnumValue *node = member ? std::get_if<psl::EnumValue>(member->item) : nullptr;
        const bool docsEqual = b && b->documentation == value.documentation;
        emitAttached(out, member ? member->attached : nullptr, docsEqual, value.documentation, indent);
        const QString line = b && node && SchemaComparer::sameContent(*b, value) ? source(node->span) : enumValueLine(value);
        out << indent + withComment(line, node ? node->trailingComment : std::nullopt);
    };
    auto flushValues = [&](size_t before, bool all) {
        for (size_t i = 0; i < std::min(before, e.values.size()); ++i) {
            if (!done[i] && (all || !baseValueById.contains(e.values[i].id)))
                writeValue(i, nullptr);
        }
    };
    for (const Member &m : members) {
        if (m.kind == Member::Kind::Value && m.current >= 0) {
            flushValues(size_t(m.current), false);
        } else if (m.kind != Member::Kind::Value && !valuesFlushed) {
            valuesFlushed = true;
            flushValues(e.values.size(), true);
        }
        for (const psl::BlockItem *item : m.decorations)
            writer.write(out, *item, indent);
        if (m.current < 0)
            continue;
        if (m.kind == Member::Kind::Value) {
            if (!done[size_t(m.current)])
                writeValue(size_t(m.current), &m);
            continue;
        }
        QString line;
        psl::HeapOptional<psl::Comment> trailingComment;
        if (const auto *attribute = std::get_if<psl::BlockAttribute>(m.item)) {
            line = source(attribute->attribute.span());
            trailingComment = attribute->trailingComment;
        } else {
            line = source(std::visit(
                [](const auto &node) -> psl::Span {
                    if constexpr (requires { node.span(); })
                        return node.span(); // Field, Property: made from their parts
                    else
                        return node.span;
                },
                *m.item));
        }
        if (m.kind == Member::Kind::Map) {
            if (mapDone)
                continue;
            mapDone = true;
            if (e.mappedName != base.mappedName)
                line = QStringLiteral("@@map(%1)").arg(SchemaPrinter::quoted(e.mappedName));
        } else if (m.kind == Member::Kind::Schema) {
            if (schemaDone)
                continue;
            schemaDone = true;
            if (e.schemaName != base.schemaName)
                line = QStringLiteral("@@schema(%1)").arg(SchemaPrinter::quoted(e.schemaName));
        }
        if (m.attached)
            for (const QString &comment : commentLines(*m.attached, true, true))
                out << indent + comment;
        out << indent + withComment(line, trailingComment);
    }
    flushValues(e.values.size(), true);
    if (!mapDone && !e.mappedName.isEmpty())
        out << indent + QStringLiteral("@@map(%1)").arg(SchemaPrinter::quoted(e.mappedName));
    if (!schemaDone && !e.schemaName.isEmpty())
        out << indent + QStringLiteral("@@schema(%1)").arg(SchemaPrinter::quoted(e.schemaName));
    for (const psl::BlockItem *item : trailing)
        writer.write(out, *item, indent);
    return out;
}

QStringList LayoutPrinter::compositeBody(const CompositeType &type, const CompositeType &base, const psl::Block &layout) const
{
    // Composite types are not edited by commands: keep the text when the type is unchanged.
    if (SchemaComparer::sameContent(type, base))
        return verbatimConfig(layout);
    QStringList out;
    for (const Field &field : type.fields) {
        for (const QString &doc : documentationLines(field.documentation()))
            out << QStringLiteral("  ") + doc;
        out << QStringLiteral("  ") + SchemaPrinter::fieldLine(field);
    }
    return out;
}

QStringList LayoutPrinter::verbatimConfig(const psl::Block &layout) const
{
    const DecorationWriter &writer = m_writer;
    const QString indent = QStringLiteral("  ");
    QStringList out;
    for (const psl::BlockItem &item : layout.items) {
        if (const auto *property = std::get_if<psl::Property>(&item)) {
            out << indent + withComment(source(property->span()), property->trailingComment);
        } else if (const auto *field = std::get_if<psl::Field>(&item)) {
            out << indent + withComment(source(field->span()), field->trailingComment);
        } else if (const auto *attribute = std::get_if<psl::BlockAttribute>(&item)) {
            out << indent + withComment(source(attribute->attribute.span()), attribute->trailingComment);
        } else if (const auto *value = std::get_if<psl::EnumValue>(&item)) {
            out << indent + withComment(source(value->span), value->trailingComment);
        } else {
            writer.write(out, item, indent);
        }
    }
    return out;
}

void LayoutPrinter::emitSlot(QStringList &out, Kind kind, size_t index, const psl::Block *layout,
                             const psl::CommentGroup *attached)
{
    switch (kind) {
    case Kind::Model: {
        const Model &model = m_current.models[index];
        const Model &base = *m_baseModel.value(model.id);
        m_modelDone[index] = true;
        emitAttached(out, attached, base.documentation == model.documentation, model.documentation, QString());
        out << QStringLiteral("%1 %2 {").arg(model.isView ? QStringLiteral("view") : QStringLiteral("model"), model.name);
        out << modelBody(model, base, *layout);
        out << QStringLiteral("}");
        break;
    }
    case Kind::Enum: {
        const Enum &e = m_current.enums[index];
        const Enum &base = *m_baseEnum.value(e.id);
        m_enumDone[index] = true;
        emitAttached(out, attached, base.documentation == e.documentation, e.documentation, QString());
        out << QStringLiteral("enum %1 {").arg(e.name);
        out << enumBody(e, base, *layout);
        out << QStringLiteral("}");
        break;
    }
    case Kind::Composite: {
        const CompositeType &type = m_current.compositeTypes[index];
        const CompositeType &base = *m_baseComposite.value(type.id);
        m_compositeDone[index] = true;
        emitAttached(out, attached, base.documentation == type.documentation, type.documentation, QString());
        out << QStringLiteral("type %1 {").arg(type.name);
        out << compositeBody(type, base, *layout);
        out << QStringLiteral("}");
        break;
    }
    case Kind::Generator: {
        const Generator &generator = m_current.generators[index];
        m_generatorDone[index] = true;
        const auto it = std::find_if(m_base.schema.generators.begin(), m_base.schema.generators.end(),
                                     [&](const Generator &g) { return g.name == generator.name; });
        emitAttached(out, attached, true, {}, QString());
        if (it != m_base.schema.generators.end()
            && SchemaComparer::describe(*it) == SchemaComparer::describe(generator)) {
            out << QStringLiteral("generator %1 {").arg(generator.name) << verbatimConfig(*layout) << QStringLiteral("}");
        } else {
            out << generatorLines(generator);
        }
        break;
    }
    case Kind::Datasource: {
        const Datasource &source = *m_current.datasource;
        m_datasourceDone = true;
        emitAttached(out, attached, true, {}, QString());
        if (m_base.schema.datasource && SchemaComparer::describe(*m_base.schema.datasource) == SchemaComparer::describe(source))
            out << QStringLiteral("datasource %1 {").arg(source.name) << verbatimConfig(*layout) << QStringLiteral("}");
        else
            out << datasourceLines(source);
        break;
    }
    }
}

QStringList LayoutPrinter::print()
{
    for (size_t i = 0; i < m_current.models.size(); ++i)
        m_modelIndex.insert(m_current.models[i].id, i);
    for (size_t i = 0; i < m_current.enums.size(); ++i)
        m_enumIndex.insert(m_current.enums[i].id, i);
    for (size_t i = 0; i < m_current.compositeTypes.size(); ++i)
        m_compositeIndex.insert(m_current.compositeTypes[i].id, i);
    // Only base nodes that are still in the graph count as matched.
    for (const Model &model : m_base.schema.models) {
        m_baseModelAt.insert(spanKey(model.span), &model);
        if (m_modelIndex.contains(model.id))
            m_baseModel.insert(model.id, &model);
    }
    for (const Enum &e : m_base.schema.enums) {
        m_baseEnumAt.insert(spanKey(e.span), &e);
        if (m_enumIndex.contains(e.id))
            m_baseEnum.insert(e.id, &e);
    }
    for (const CompositeType &type : m_base.schema.compositeTypes) {
        m_baseCompositeAt.insert(spanKey(type.span), &type);
        if (m_compositeIndex.contains(type.id))
            m_baseComposite.insert(type.id, &type);
    }
    m_modelDone.assign(m_current.models.size(), false);
    m_enumDone.assign(m_current.enums.size(), false);
    m_compositeDone.assign(m_current.compositeTypes.size(), false);
    m_generatorDone.assign(m_current.generators.size(), false);
    assignFiles();

    const DecorationWriter &writer = m_writer;
    QStringList texts;
    const int fileCount = std::max(1, int(m_base.ast.files.size()));
    for (int file = 0; file < fileCount; ++file) {
        QStringList out;
        if (file == 0) {
            // Configuration blocks the base did not have go first.
            if (m_current.datasource && !m_base.schema.datasource) {
                out << datasourceLines(*m_current.datasource) << QString();
                m_datasourceDone = true;
            }
            for (size_t i = 0; i < m_current.generators.size(); ++i) {
                const QString &name = m_current.generators[i].name;
                if (std::none_of(m_base.schema.generators.begin(), m_base.schema.generators.end(),
                                 [&](const Generator &g) { return g.name == name; })) {
                    out << generatorLines(m_current.generators[i]) << QString();
                    m_generatorDone[i] = true;
                }
            }
        }
        std::vector<const psl::TopItem *> pending;
        auto writePending = [&] {
            for (const psl::TopItem *item : pending)
                writer.write(out, *item, QString());
            pending.clear();
        };
        if (file < int(m_base.ast.files.size())) {
            for (const psl::TopItem &item : m_base.ast.files[size_t(file)].items) {
                const auto *block = std::get_if<psl::Block>(&item);
                if (!block) {
                    pending.push_back(&item);
                    continue;
                }
                const psl::CommentGroup *attached = nullptr;
                if (!pending.empty() && std::holds_alternative<psl::CommentGroup>(*pending.back())) {
                    attached = &std::get<psl::CommentGroup>(*pending.back());
                    pending.pop_back();
                }
                std::optional<Slot> slot;
                const qint64 key = spanKey(block->span);
                switch (block->kind) {
                case psl::Block::Kind::Model:
                case psl::Block::Kind::View:
                    if (const Model *base = m_baseModelAt.value(key); base && m_modelIndex.contains(base->id))
                        slot = Slot{Kind::Model, m_modelIndex.value(base->id)};
                    break;
                case psl::Block::Kind::Enum:
                    if (const Enum *base = m_baseEnumAt.value(key); base && m_enumIndex.contains(base->id))
                        slot = Slot{Kind::Enum, m_enumIndex.value(base->id)};
                    break;
                case psl::Block::Kind::CompositeType:
                    if (const CompositeType *base = m_baseCompositeAt.value(key); base && m_compositeIndex.contains(base->id))
                        slot = Slot{Kind::Composite, m_compositeIndex.value(base->id)};
                    break;
                case psl::Block::Kind::Generator:
                    for (size_t i = 0; i < m_current.generators.size(); ++i) {
                        if (m_current.generators[i].name == block->name.name && !m_generatorDone[i]) {
                            slot = Slot{Kind::Generator, i};
                            break;
                        }
                    }
                    break;
                case psl::Block::Kind::Datasource:
                    if (m_current.datasource && m_base.schema.datasource && !m_datasourceDone
                        && spanKey(m_base.schema.datasource->span) == key)
                        slot = Slot{Kind::Datasource, 0};
                    break;
                }
                if (!slot) {
                    // Removed: the comment directly above goes with it.
                    writePending();
                    continue;
                }
                emitNew(out, file, slot->kind, slot->index);
                writePending();
                emitSlot(out, slot->kind, slot->index, block, attached);
            }
        }
        writePending();
        emitNew(out, file, Kind::Model, SIZE_MAX);
        emitNew(out, file, Kind::Enum, SIZE_MAX);
        emitNew(out, file, Kind::Composite, SIZE_MAX);
        texts << joinLines(out);
    }
    return texts;
}

} // namespace

QString SchemaPrinter::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default: out += c;
        }
    }
    out += u'"';
    return out;
}

QString SchemaPrinter::defaultValueText(const DefaultValue &value)
{
    auto call = [](const QString &name, int version) {
        return version ? QStringLiteral("%1(%2)").arg(name).arg(version) : name + QStringLiteral("()");
    };
    switch (value.kind) {
    case DefaultValue::Kind::None: return {};
    case DefaultValue::Kind::String: return quoted(value.value);
    case DefaultValue::Kind::Number:
    case DefaultValue::Kind::Boolean:
    case DefaultValue::Kind::EnumValue: return value.value;
    case DefaultValue::Kind::Autoincrement: return QStringLiteral("autoincrement()");
    case DefaultValue::Kind::Now: return QStringLiteral("now()");
    case DefaultValue::Kind::Uuid: return call(QStringLiteral("uuid"), value.version);
    case DefaultValue::Kind::Cuid: return call(QStringLiteral("cuid"), value.version);
    case DefaultValue::Kind::Nanoid: return call(QStringLiteral("nanoid"), value.version);
    case DefaultValue::Kind::Ulid: return QStringLiteral("ulid()");
    case DefaultValue::Kind::DbGenerated:
        return value.value.isEmpty() ? QStringLiteral("dbgenerated()") : QStringLiteral("dbgenerated(%1)").arg(quoted(value.value));
    case DefaultValue::Kind::Sequence: return QStringLiteral("sequence(%1)").arg(value.arguments->join(QStringLiteral(", ")));
    case DefaultValue::Kind::Function:
        return QStringLiteral("%1(%2)").arg(value.value, value.arguments->join(QStringLiteral(", ")));
    case DefaultValue::Kind::List: {
        QStringList items;
        for (const DefaultValue &item : *value.items)
            items << defaultValueText(item);
        return nameList(items);
    }
    }
    return {};
}

QString SchemaPrinter::fieldLine(const Field &field, const Model *model)
{
    QStringList parts{field.name, typeText(field)};
    if (field.isId)
        parts << fieldIndexAttribute(QStringLiteral("@id"), fieldLevelIndex(model, field, IndexKind::PrimaryKey));
    if (field.isUnique)
        parts << fieldIndexAttribute(QStringLiteral("@unique"), fieldLevelIndex(model, field, IndexKind::Unique));
    if (field.defaultValue->isSet()) {
        QStringList arguments{defaultValueText(*field.defaultValue)};
        if (!field.defaultValue->map->isEmpty())
            arguments << QStringLiteral("map: ") + quoted(field.defaultValue->map);
        parts << withArguments(QStringLiteral("@default"), arguments);
    }
    if (field.isUpdatedAt)
        parts << QStringLiteral("@updatedAt");
    if (!field.mappedName->isEmpty())
        parts << QStringLiteral("@map(%1)").arg(quoted(field.mappedName));
    if (field.relation->present)
        parts << relationAttribute(*field.relation);
    if (field.isIgnored)
        parts << QStringLiteral("@ignore");
    if (field.nativeType->isSet())
        parts << field.nativeType->toString();
    return parts.join(u' ');
}

QString SchemaPrinter::indexAttribute(const Index &index)
{
    QString name;
    switch (index.kind) {
    case IndexKind::PrimaryKey: name = QStringLiteral("@@id"); break;
    case IndexKind::Unique: name = QStringLiteral("@@unique"); break;
    case IndexKind::Normal: name = QStringLiteral("@@index"); break;
    case IndexKind::Fulltext: name = QStringLiteral("@@fulltext"); break;
    }
    QStringList fields;
    for (const IndexField &field : index.fields)
        fields << indexFieldText(field);
    QStringList arguments{nameList(fields)};
    if (!index.name->isEmpty())
        arguments << QStringLiteral("name: ") + quoted(index.name);
    if (!index.map->isEmpty())
        arguments << QStringLiteral("map: ") + quoted(index.map);
    if (!index.algorithm->isEmpty())
        arguments << QStringLiteral("type: ") + index.algorithm;
    if (index.clustered)
        arguments << QStringLiteral("clustered: ") + (*index.clustered ? QStringLiteral("true") : QStringLiteral("false"));
    return withArguments(name, arguments);
}

QString SchemaPrinter::print(const Schema &schema)
{
    // Source order where the graph was parsed; a node without a position follows its predecessor.
    struct Entry {
        std::tuple<int, int, int> key;
        QStringList lines;
    };
    std::vector<Entry> entries;
    int sequence = 0;
    auto add = [&](const psl::Span &span, std::tuple<int, int, int> &last, int group, QStringList lines) {
        if (span.isValid())
            last = {span.file, span.start, 0};
        else if (std::get<0>(last) == INT_MIN)
            last = {group, 0, 0};
        std::get<2>(last) = ++sequence;
        entries.push_back({last, std::move(lines)});
    };
    std::tuple<int, int, int> last{INT_MIN, 0, 0};
    if (schema.datasource)
        add(schema.datasource->span, last, -2, datasourceLines(*schema.datasource));
    last = {INT_MIN, 0, 0};
    for (const Generator &generator : schema.generators)
        add(generator.span, last, -1, generatorLines(generator));
    last = {INT_MIN, 0, 0};
    for (const Model &model : schema.models)
        add(model.span, last, INT_MAX - 2, modelLines(model));
    last = {INT_MIN, 0, 0};
    for (const Enum &e : schema.enums)
        add(e.span, last, INT_MAX - 1, enumLines(e));
    last = {INT_MIN, 0, 0};
    for (const CompositeType &type : schema.compositeTypes)
        add(type.span, last, INT_MAX, compositeLines(type));
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.key < b.key; });

    QStringList lines;
    for (const Entry &entry : entries) {
        if (!lines.isEmpty())
            lines << QString();
        lines << entry.lines;
    }
    return psl::Formatter::formatText(joinLines(lines));
}

QStringList SchemaPrinter::print(const Schema &schema, const LoadedSchema &base)
{
    const QStringList texts = LayoutPrinter(schema, base).print();
    psl::SourceSet sources;
    for (int i = 0; i < texts.size(); ++i) {
        const QString path = i < base.sources.size() ? base.sources.file(i).path() : QStringLiteral("schema.prisma");
        sources.add(psl::SourceFile(path, texts[i]));
    }
    psl::Diagnostics diagnostics;
    const psl::SchemaAst ast = psl::Parser::parse(sources, diagnostics);
    return psl::Formatter::format(ast, sources);
}

} // namespace strata::schema
