// SPDX-License-Identifier: GPL-3.0-or-later
#include "ast.h"

namespace strata::psl {

const Argument *Attribute::positional(int index) const
{
    int seen = 0;
    for (const Argument &argument : arguments) {
        if (argument.isNamed())
            continue;
        if (seen++ == index)
            return &argument;
    }
    return nullptr;
}

const Argument *Attribute::named(QStringView wanted) const
{
    for (const Argument &argument : arguments) {
        if (argument.name.name == wanted)
            return &argument;
    }
    return nullptr;
}

const Argument *Attribute::argument(QStringView wanted, bool isDefaultArgument) const
{
    if (const Argument *found = named(wanted))
        return found;
    return isDefaultArgument ? positional(0) : nullptr;
}

template<typename Node>
static const Attribute *findAttribute(const Node &node, QStringView name)
{
    for (const Attribute &attribute : node.attributes) {
        if (attribute.name.name == name)
            return &attribute;
    }
    return nullptr;
}

const Attribute *Field::attribute(QStringView name) const
{
    return findAttribute(*this, name);
}

const Attribute *EnumValue::attribute(QStringView name) const
{
    return findAttribute(*this, name);
}

QString Block::keyword() const
{
    switch (kind) {
    case Kind::Model: return QStringLiteral("model");
    case Kind::View: return QStringLiteral("view");
    case Kind::CompositeType: return QStringLiteral("type");
    case Kind::Enum: return QStringLiteral("enum");
    case Kind::Datasource: return QStringLiteral("datasource");
    case Kind::Generator: return QStringLiteral("generator");
    }
    return {};
}

const Property *Block::property(QStringView name) const
{
    for (const BlockItem &item : items) {
        if (const Property *property = std::get_if<Property>(&item); property && property->name.name == name)
            return property;
    }
    return nullptr;
}

SchemaFile &SchemaFile::operator=(const SchemaFile &other)
{
    if (this != &other) {
        index = other.index;
        path = other.path;
        items = other.items; // the old items go while their arenas are still there
        arenas = NodeArenas();
    }
    return *this;
}

SchemaFile &SchemaFile::operator=(SchemaFile &&other) noexcept
{
    if (this != &other) {
        index = other.index;
        path = std::move(other.path);
        items = std::move(other.items);
        arenas = std::move(other.arenas);
    }
    return *this;
}

std::vector<const Block *> SchemaFile::blocks() const
{
    std::vector<const Block *> out;
    for (const TopItem &item : items) {
        if (const Block *block = std::get_if<Block>(&item))
            out.push_back(block);
    }
    return out;
}

std::vector<const Block *> SchemaAst::blocks() const
{
    std::vector<const Block *> out;
    for (const SchemaFile &file : files) {
        const auto fileBlocks = file.blocks();
        out.insert(out.end(), fileBlocks.begin(), fileBlocks.end());
    }
    return out;
}

} // namespace strata::psl
