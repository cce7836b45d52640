// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heapoptional.h"
#include "inlineoptional.h"
#include "name.h"
#include "nodelist.h"
#include "outofline.h"
#include "span.h"

#include <QString>
#include <QStringList>
#include <iterator>
#include <optional>
#include <variant>
#include <vector>

/// The syntax tree of Prisma's schema language. It keeps everything the formatter needs to write the text
/// back (comments, empty lines, lines it could not parse), in source order, with spans for every node.
namespace strata::psl {

struct Identifier {
    Name name;
    Span span;

    bool isEmpty() const { return name.isEmpty(); }
};

struct Argument;

/// A value: "string", 12, -1.5, Constant or a.path, call(args), [items], { key: value }.
/// (The members of the syntax tree's nodes are ordered to leave no padding: a large schema has millions.)
struct Expression {
    enum class Kind : quint8 { Invalid, String, Number, Constant, Function, Array, Object };

    /// String: the unescaped value. Number: the literal as written. Constant and Function: the path ("db.VarChar").
    Name text;
    /// String: the literal as written, quotes and escapes included. Others: the source text of the expression.
    Name raw;
    NodeList<Argument> arguments; ///< Function; Object: its `key: value` entries, all named
    NodeList<Expression> items;   ///< Array
    Span span;
    Kind kind = Kind::Invalid;
    bool trailingComma = false;      ///< Function: a `,` before `)`

    bool isString() const { return kind == Kind::String; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isConstant() const { return kind == Kind::Constant; }
    bool isFunction() const { return kind == Kind::Function; }
    bool isArray() const { return kind == Kind::Array; }
    bool isObject() const { return kind == Kind::Object; }
};

static_assert(sizeof(InlineOptional<Expression>) == sizeof(Expression), "an argument's optional value costs no bytes");

/// `value`, `name: value`, or the incomplete `name:` (value absent).
struct Argument {
    Identifier name; ///< empty for a positional argument
    InlineOptional<Expression> value; ///< absent for `name:` alone
    int spanEnd = 0; ///< where span() ends: the value's end, or the `:` of `name:` without a value

    bool isNamed() const { return !name.isEmpty(); }
    /// From the name (or the value of a positional argument) to spanEnd (made, not kept: a large schema has tens
    /// of thousands of arguments).
    Span span() const
    {
        Span out = !isNamed() && value ? value->span : name.span;
        out.end = spanEnd;
        return out;
    }
};

/// `@name(args)` on a field or enum value, `@@name(args)` on a block.
struct Attribute {
    Identifier name;            ///< the path without @ or @@, e.g. "db.VarChar", "relation"
    NodeList<Argument> arguments;
    /// Where span() ends (the name's end, or the `)`'s), and how far before the name it starts (the `@` or `@@`): an
    /// attribute is on one line, so its span is kept in 6 bytes instead of 16.
    int spanEnd = 0;
    quint16 spanStartsBeforeName = 0;
    bool hasParentheses = false;
    bool trailingComma = false;

    /// From the `@` or `@@` to the name's end or the `)`.
    Span span() const
    {
        const int before = spanStartsBeforeName;
        return Span::make(name.span.file, name.span.start - before, spanEnd, name.span.line, name.span.column - before);
    }

    const Argument *positional(int index) const;
    const Argument *named(QStringView name) const;
    /// The named argument `name`, else the first positional one when name is the default argument.
    const Argument *argument(QStringView name, bool isDefaultArgument) const;
};

/// `// text`, `/// text` or `/* text */`.
struct Comment {
    enum class Kind : quint8 { Line, Doc, Block };
    QString text; ///< Line, Doc: everything after `//` / `///` up to the line end. Block: between `/*` and `*/`.
    Span span;
    Kind kind = Kind::Line;
};

/// A run of comment lines with no empty line between them.
struct CommentGroup {
    std::vector<Comment> comments;
    Span span;
};

/// One or more empty lines.
struct EmptyLines {
    int count = 1;
    Span span;
};

/// A line the parser could not understand; kept verbatim (without its line break) and reported.
struct RawLine {
    QString text;
    Span span;
};

struct FieldType {
    enum class Arity : quint8 { Required, Optional, List, OptionalList, LegacyRequired, LegacyList };

    Identifier name;             ///< the type name; for Unsupported("x") the name is "Unsupported"
    /// The string literal inside Unsupported(...), unescaped: allocated exactly when the type is Unsupported(...).
    OutOfLine<QString> unsupportedValue;
    /// Where span() ends, and how far before the name it starts (the `[` of a legacy list): the type is on the
    /// line of its name, so its span is kept in 5 bytes instead of 16 (a large schema has tens of thousands). Of
    /// the two bytes left in the 40, one holds whether a field has a type (InlineOptional), the other the field's
    /// legacyColon.
    int spanEnd = 0;
    quint8 spanStartsBeforeName = 0;
    Arity arity = Arity::Required;

    /// `Unsupported("...")`.
    bool isUnsupported() const { return unsupportedValue.isAllocated(); }

    /// From the start of the type (its name, or the `[` of `[Type]`) to its end, arity marks included.
    Span span() const
    {
        const int before = spanStartsBeforeName;
        return Span::make(name.span.file, name.span.start - before, spanEnd, name.span.line, name.span.column - before);
    }
    bool isOptional() const { return arity == Arity::Optional; }
    bool isList() const { return arity == Arity::List || arity == Arity::LegacyList || arity == Arity::OptionalList; }
};

static_assert(sizeof(InlineOptional<FieldType>) == sizeof(FieldType), "a field's optional type costs no bytes");

struct Field {
    Identifier name;
    [[no_unique_address]] InlineOptional<FieldType> type;
    bool legacyColon = false; ///< `name: Type`; kept in the type's tail padding
    NodeList<Attribute> attributes;
    HeapOptional<Comment> trailingComment;
    OutOfLine<QStringList> documentation; ///< `///` lines directly above, without the marker

    /// From the name to the end of the last attribute, else of the type, else of the name (made, not kept: a large
    /// schema has tens of thousands of field lines).
    Span span() const
    {
        Span out = name.span;
        out.end = !attributes.empty() ? attributes.back().spanEnd : type ? type->spanEnd : name.span.end;
        return out;
    }
    const Attribute *attribute(QStringView name) const;
};

static_assert(sizeof(Field) <= 88 || sizeof(void *) != 8, "a field line grew: a large schema has tens of thousands");

struct EnumValue {
    Identifier name;
    NodeList<Attribute> attributes;
    HeapOptional<Comment> trailingComment;
    OutOfLine<QStringList> documentation;
    Span span;

    const Attribute *attribute(QStringView name) const;
};

/// `key = value` in a datasource or generator.
struct Property {
    Identifier name;
    Expression value; ///< Kind::Invalid with an empty span after the `=` when the line is `key =` alone
    HeapOptional<Comment> trailingComment;

    /// From the name to the end of the value (made, not kept, as Field::span()).
    Span span() const
    {
        Span out = name.span;
        out.end = value.span.end;
        return out;
    }
};

/// `@@name(...)` as a line of a block.
struct BlockAttribute {
    Attribute attribute;
    HeapOptional<Comment> trailingComment;
    Span span;
};

using BlockItem = std::variant<Field, EnumValue, Property, BlockAttribute, CommentGroup, EmptyLines, RawLine>;

/// The items of one kind among a block's items, in order, as pointers: a view that walks the items as it is
/// iterated (a rule asks for a block's fields or attributes tens of thousands of times on a large schema).
template<typename T>
class ItemsOf {
public:
    class Iterator {
    public:
        using value_type = const T *;
        using difference_type = std::ptrdiff_t;

        Iterator() = default;
        Iterator(const BlockItem *at, const BlockItem *end)
            : m_at(at)
            , m_end(end)
        {
            skip();
        }
        const T *operator*() const { return std::get_if<T>(m_at); }
        Iterator &operator++()
        {
            ++m_at;
            skip();
            return *this;
        }
        Iterator operator++(int)
        {
            Iterator before = *this;
            ++*this;
            return before;
        }
        bool operator==(const Iterator &other) const { return m_at == other.m_at; }

    private:
        void skip()
        {
            while (m_at != m_end && !std::holds_alternative<T>(*m_at))
                ++m_at;
        }
        const BlockItem *m_at = nullptr;
        const BlockItem *m_end = nullptr;
    };

    explicit ItemsOf(const NodeList<BlockItem> &items)
        : m_begin(items.data())
        , m_end(items.data() + items.size())
    {
    }
    Iterator begin() const { return Iterator(m_begin, m_end); }
    Iterator end() const { return Iterator(m_end, m_end); }
    bool empty() const { return begin() == end(); }
    /// Counts them (a walk over the block's items).
    size_t count() const { return size_t(std::distance(begin(), end())); }
    std::vector<const T *> toVector() const { return std::vector<const T *>(begin(), end()); }

private:
    const BlockItem *m_begin;
    const BlockItem *m_end;
};

/// model, view, type (composite), enum, datasource or generator.
struct Block {
    enum class Kind { Model, View, CompositeType, Enum, Datasource, Generator };

    Kind kind = Kind::Model;
    Span keywordSpan;
    Identifier name;
    NodeList<BlockItem> items;
    OutOfLine<QStringList> documentation;
    Span span; ///< from the keyword to the closing brace

    QString keyword() const;
    bool isModelLike() const { return kind == Kind::Model || kind == Kind::View || kind == Kind::CompositeType; }
    bool isConfig() const { return kind == Kind::Datasource || kind == Kind::Generator; }

    ItemsOf<Field> fields() const { return ItemsOf<Field>(items); }
    ItemsOf<EnumValue> enumValues() const { return ItemsOf<EnumValue>(items); }
    ItemsOf<Property> properties() const { return ItemsOf<Property>(items); }
    ItemsOf<BlockAttribute> blockAttributes() const { return ItemsOf<BlockAttribute>(items); }
    const Property *property(QStringView name) const;
};

using TopItem = std::variant<Block, CommentGroup, EmptyLines, RawLine>;

/// The syntax tree of one file.
struct SchemaFile {
    int index = 0; ///< position in the SourceSet
    QString path;
    /// Where the parser put the lists of the file's nodes. Declared before the items, so that it outlives them;
    /// the assignments replace the items before it.
    NodeArenas arenas;
    std::vector<TopItem> items;

    SchemaFile() = default;
    SchemaFile(const SchemaFile &) = default; ///< the copy's lists are on the heap, its arenas none
    SchemaFile(SchemaFile &&) noexcept = default;
    SchemaFile &operator=(const SchemaFile &other);
    SchemaFile &operator=(SchemaFile &&other) noexcept;
    ~SchemaFile() = default;

    std::vector<const Block *> blocks() const;
};

/// The syntax trees of all files of a schema.
struct SchemaAst {
    std::vector<SchemaFile> files;

    std::vector<const Block *> blocks() const;
};

} // namespace strata::psl
