// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemacomparer.h"

#include <QHash>
#include <algorithm>

namespace strata::schema {

namespace {

QString list(const QStringList &items)
{
    return u'[' + items.join(u',') + u']';
}

QString documentation(const QStringList &lines)
{
    QStringList trimmed;
    for (const QString &line : lines)
        trimmed << line.trimmed();
    return list(trimmed);
}

QStringList sortedIndexes(const Model &model)
{
    QStringList indexes;
    for (const Index &index : model.indexes)
        indexes << SchemaComparer::describe(index);
    indexes.sort();
    return indexes;
}

template<typename Node>
QHash<QString, const Node *> byName(const std::vector<Node> &nodes)
{
    QHash<QString, const Node *> result;
    for (const Node &node : nodes)
        result.insert(node.name, &node);
    return result;
}

template<typename Node>
QStringList names(const std::vector<Node> &nodes)
{
    QStringList result;
    for (const Node &node : nodes)
        result << node.name;
    return result;
}

} // namespace

QString SchemaComparer::describe(const DefaultValue &value)
{
    if (!value.isSet())
        return QStringLiteral("-");
    QStringList items;
    for (const DefaultValue &item : *value.items)
        items << describe(item);
    return QStringLiteral("%1(%2|v%3|%4|%5|map:%6)")
        .arg(QString::number(int(value.kind)), value.value, QString::number(value.version), list(items),
             list(value.arguments), *value.map);
}

QString SchemaComparer::describe(const Field &field)
{
    const RelationAttribute &r = *field.relation;
    const QString relation = r.present
        ? QStringLiteral("@relation(%1|%2|%3|%4|%5|%6)")
              .arg(r.name, list(r.fields), list(r.references), QString::number(int(r.onDelete)),
                   QString::number(int(r.onUpdate)), r.map)
        : QString();
    return QStringList{
        field.name,
        field.mappedName,
        QString::number(int(field.kind)),
        field.typeName,
        QString::number(int(field.arity)),
        field.unsupportedType(),
        field.nativeType->isSet() ? field.nativeType->name + list(field.nativeType->arguments) : QString(),
        describe(*field.defaultValue),
        QString::number(int(field.isId)) + QString::number(int(field.isUnique)) + QString::number(int(field.isUpdatedAt))
            + QString::number(int(field.isIgnored)),
        relation,
        documentation(field.documentation()),
    }.join(u';');
}

QString SchemaComparer::describe(const Index &index)
{
    QStringList fields;
    for (const IndexField &field : index.fields) {
        QString text = field.name;
        if (!field.sort.isEmpty())
            text += QStringLiteral(" sort:") + field.sort;
        if (field.length)
            text += QStringLiteral(" length:") + QString::number(field.length);
        if (!field.ops.isEmpty())
            text += QStringLiteral(" ops:") + QString(field.ops).remove(u' ');
        fields << text;
    }
    return QStringLiteral("%1%2 %3 name:%4 map:%5 type:%6 clustered:%7")
        .arg(index.fromFieldAttribute ? QStringLiteral("@") : QStringLiteral("@@"), QString::number(int(index.kind)),
             list(fields), index.name, index.map, index.algorithm,
             index.clustered ? QString::number(int(*index.clustered)) : QStringLiteral("-"));
}

QString SchemaComparer::describe(const EnumValue &value)
{
    return QStringList{value.name, value.mappedName, documentation(value.documentation)}.join(u';');
}

QString SchemaComparer::describe(const Relation &relation)
{
    return QStringLiteral("%1 %2.%3 -> %4.%5 (%6)")
        .arg(QString::number(int(relation.kind)), relation.modelA, relation.fieldA, relation.modelB, relation.fieldB,
             relation.name);
}

QString SchemaComparer::describeHeader(const Model &model)
{
    return QStringList{model.isView ? QStringLiteral("view") : QStringLiteral("model"), model.name, model.mappedName,
                       model.schemaName, QString::number(int(model.isIgnored)), documentation(model.documentation)}
        .join(u';');
}

QString SchemaComparer::describeHeader(const Enum &e)
{
    return QStringList{e.name, e.mappedName, e.schemaName, documentation(e.documentation)}.join(u';');
}

QString SchemaComparer::describe(const Datasource &datasource)
{
    QStringList properties;
    for (const ConfigProperty &property : datasource.properties)
        properties << property.name + u'=' + property.value;
    return datasource.name + list(properties);
}

QString SchemaComparer::describe(const Generator &generator)
{
    QStringList properties;
    for (const ConfigProperty &property : generator.properties)
        properties << property.name + u'=' + property.value;
    return generator.name + list(properties);
}

QString SchemaComparer::describeFieldLine(const Model &model, const Field &field)
{
    QString line = describe(field);
    for (const Index &index : model.indexes) {
        if (index.fromFieldAttribute && index.fields.size() == 1 && index.fields.front().name == field.name)
            line += u'|' + describe(index);
    }
    return line;
}

bool SchemaComparer::sameContent(const Model &a, const Model &b)
{
    if (describeHeader(a) != describeHeader(b) || a.fields.size() != b.fields.size())
        return false;
    for (size_t i = 0; i < a.fields.size(); ++i) {
        if (!sameContent(a.fields[i], b.fields[i]))
            return false;
    }
    return sortedIndexes(a) == sortedIndexes(b);
}

bool SchemaComparer::sameContent(const Enum &a, const Enum &b)
{
    if (describeHeader(a) != describeHeader(b) || a.values.size() != b.values.size())
        return false;
    for (size_t i = 0; i < a.values.size(); ++i) {
        if (!sameContent(a.values[i], b.values[i]))
            return false;
    }
    return true;
}

bool SchemaComparer::sameContent(const CompositeType &a, const CompositeType &b)
{
    if (a.name != b.name || documentation(a.documentation) != documentation(b.documentation)
        || a.fields.size() != b.fields.size())
        return false;
    for (size_t i = 0; i < a.fields.size(); ++i) {
        if (!sameContent(a.fields[i], b.fields[i]))
            return false;
    }
    return true;
}

QStringList SchemaComparer::differences(const Schema &a, const Schema &b)
{
    QStringList out;
    auto compareNames = [&](const QString &what, const QStringList &left, const QStringList &right) {
        if (left != right)
            out << QStringLiteral("%1: %2 vs %3").arg(what, left.join(u' '), right.join(u' '));
        return left == right;
    };

    if (a.datasource.has_value() != b.datasource.has_value())
        out << QStringLiteral("datasource present in only one graph");
    else if (a.datasource && describe(*a.datasource) != describe(*b.datasource))
        out << QStringLiteral("datasource: %1 vs %2").arg(describe(*a.datasource), describe(*b.datasource));
    if (compareNames(QStringLiteral("generators"), names(a.generators), names(b.generators))) {
        for (size_t i = 0; i < a.generators.size(); ++i) {
            if (describe(a.generators[i]) != describe(b.generators[i]))
                out << QStringLiteral("generator: %1 vs %2").arg(describe(a.generators[i]), describe(b.generators[i]));
        }
    }

    compareNames(QStringLiteral("models"), names(a.models), names(b.models));
    const auto modelsB = byName(b.models);
    for (const Model &model : a.models) {
        const Model *other = modelsB.value(model.name);
        if (!other)
            continue;
        if (describeHeader(model) != describeHeader(*other))
            out << QStringLiteral("model %1: %2 vs %3").arg(model.name, describeHeader(model), describeHeader(*other));
        if (compareNames(QStringLiteral("fields of ") + model.name, names(model.fields), names(other->fields))) {
            for (size_t i = 0; i < model.fields.size(); ++i) {
                const QString left = describe(model.fields[i]);
                const QString right = describe(other->fields[i]);
                if (left != right)
                    out << QStringLiteral("field %1.%2: %3 vs %4").arg(model.name, model.fields[i].name, left, right);
            }
        }
        const QStringList left = sortedIndexes(model);
        const QStringList right = sortedIndexes(*other);
        if (left != right)
            out << QStringLiteral("indexes of %1: %2 vs %3").arg(model.name, left.join(u" / "), right.join(u" / "));
    }

    compareNames(QStringLiteral("enums"), names(a.enums), names(b.enums));
    const auto enumsB = byName(b.enums);
    for (const Enum &e : a.enums) {
        const Enum *other = enumsB.value(e.name);
        if (!other)
            continue;
        if (describeHeader(e) != describeHeader(*other))
            out << QStringLiteral("enum %1: %2 vs %3").arg(e.name, describeHeader(e), describeHeader(*other));
        if (compareNames(QStringLiteral("values of ") + e.name, names(e.values), names(other->values))) {
            for (size_t i = 0; i < e.values.size(); ++i) {
                if (!sameContent(e.values[i], other->values[i]))
                    out << QStringLiteral("value %1.%2: %3 vs %4")
                               .arg(e.name, e.values[i].name, describe(e.values[i]), describe(other->values[i]));
            }
        }
    }

    compareNames(QStringLiteral("composite types"), names(a.compositeTypes), names(b.compositeTypes));
    const auto typesB = byName(b.compositeTypes);
    for (const CompositeType &type : a.compositeTypes) {
        if (const CompositeType *other = typesB.value(type.name); other && !sameContent(type, *other))
            out << QStringLiteral("composite type %1 differs").arg(type.name);
    }

    QStringList relationsA;
    QStringList relationsB;
    for (const Relation &relation : a.relations)
        relationsA << describe(relation);
    for (const Relation &relation : b.relations)
        relationsB << describe(relation);
    relationsA.sort();
    relationsB.sort();
    if (relationsA != relationsB)
        out << QStringLiteral("relations: %1 vs %2").arg(relationsA.join(u", "), relationsB.join(u", "));
    return out;
}

} // namespace strata::schema
