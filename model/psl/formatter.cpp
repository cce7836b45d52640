// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatter.h"

#include "parser.h"
#include "relationcompletion_p.h"

#include <algorithm>
#include <variant>

namespace strata::psl {
namespace {

/// Prisma measures columns in UTF-8 bytes, not in characters: a column holding "é" is one wider than "e".
int utf8Width(QStringView text)
{
    int width = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            width += 1;
        } else if (c < 0x800) {
            width += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            width += 4;
            ++i;
        } else {
            width += 3;
        }
    }
    return width;
}

/// The output text with the current indentation, written at the start of each line when text is written to it.
class Renderer {
public:
    void write(QStringView text)
    {
        if (m_out.isEmpty() || m_out.endsWith(u'\n'))
            m_out.append(QString(m_indent * 2, u' '));
        m_out.append(text);
    }
    void endLine() { m_out.append(u'\n'); }
    void indentUp() { ++m_indent; }
    void indentDown() { m_indent = std::max(0, m_indent - 1); }
    QString &text() { return m_out; }

private:
    QString m_out;
    int m_indent = 0;
};

/// A run of lines whose columns are aligned: each column is as wide as its widest cell plus one space; the
/// last cell of a row is not padded; the suffix (a trailing comment) follows after one space. Interleaved
/// rows (lines kept verbatim) take no part in the alignment.
class Table {
public:
    void startNewLine() { m_rows.push_back(Row{}); }

    /// The cell `index` of the current row. Like Prisma, asking for a cell drops the cells after it.
    QString &column(int index)
    {
        Row &row = m_rows.back();
        if (row.interleaved)
            return row.text;
        row.columns.resize(index + 1);
        return row.columns[size_t(index)];
    }

    void appendSuffix(QStringView text)
    {
        if (m_rows.empty() || m_rows.back().interleaved)
            startNewLine();
        m_rows.back().text.append(text);
    }

    void interleave(const QString &text)
    {
        Row row;
        row.interleaved = true;
        row.text = text;
        m_rows.push_back(std::move(row));
    }

    void render(Renderer &target)
    {
        std::vector<int> widths;
        for (Row &row : m_rows) {
            if (row.interleaved)
                continue;
            while (!row.columns.empty() && row.columns.back().isEmpty())
                row.columns.pop_back();
            if (widths.size() < row.columns.size())
                widths.resize(row.columns.size(), 0);
            for (size_t i = 0; i < row.columns.size(); ++i)
                widths[i] = std::max(widths[i], utf8Width(row.columns[i]));
        }
        for (const Row &row : m_rows) {
            if (row.interleaved) {
                target.write(row.text);
            } else {
                for (size_t i = 0; i < row.columns.size(); ++i) {
                    target.write(row.columns[i]);
                    if (i + 1 < row.columns.size())
                        target.write(QString(widths[i] - utf8Width(row.columns[i]) + 1, u' '));
                }
                if (!row.text.isEmpty()) {
                    if (!row.columns.empty())
                        target.write(u" ");
                    target.write(row.text);
                }
            }
            target.endLine();
        }
        m_rows.clear();
    }

private:
    struct Row {
        bool interleaved = false;
        std::vector<QString> columns;
        QString text; ///< the suffix of a regular row, the whole line of an interleaved one
    };
    std::vector<Row> m_rows;
};

/// Prisma's order of attributes; the others keep their order after these.
int attributeRank(const QString &name)
{
    static const QStringList order = {QStringLiteral("id"),      QStringLiteral("unique"),  QStringLiteral("default"),
                                      QStringLiteral("updatedAt"), QStringLiteral("index"), QStringLiteral("fulltext"),
                                      QStringLiteral("map"),     QStringLiteral("relation"), QStringLiteral("ignore")};
    const qsizetype rank = order.indexOf(name);
    return rank < 0 ? int(order.size()) : int(rank);
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || (c.unicode() > 127 && c.category() == QChar::Separator_Space);
}

class FileFormatter {
public:
    FileFormatter(const QString &text, Renderer &out)
        : m_text(text)
        , m_out(out)
    {
    }

    /// Renders the top-level items of a file.
    void renderTopItems(const std::vector<TopItem> &items);

private:
    QStringView textOf(const Span &span) const { return QStringView(m_text).mid(span.start, span.length()); }
    /// The line break that follows `offset` in the source, if any.
    QStringView lineBreakAt(int offset) const;

    QString expression(const Expression &expression) const;
    QString arguments(const NodeList<Argument> &arguments) const;
    QString attribute(const Attribute &attribute, QStringView marker) const;
    QString fieldType(const FieldType &type) const;
    QString trailingComment(const HeapOptional<Comment> &comment) const;

    void addComments(const CommentGroup &group, Table &table) const;
    void addField(const Field &field, Table &table) const;
    void addEnumValue(const EnumValue &value, Table &table) const;
    void addProperty(const Property &property, Table &table) const;
    void addBlockAttribute(const BlockAttribute &attribute, Table &table) const;
    QString rawLineInBlock(const RawLine &line) const;

    void renderBlock(const Block &block);
    void renderBlockContents(const NodeList<BlockItem> &items);

    const QString &m_text;
    Renderer &m_out;
};

QStringView FileFormatter::lineBreakAt(int offset) const
{
    if (offset < m_text.size() && m_text[offset] == u'\r') {
        if (offset + 1 < m_text.size() && m_text[offset + 1] == u'\n')
            return QStringView(m_text).mid(offset, 2);
        return QStringView(m_text).mid(offset, 1);
    }
    if (offset < m_text.size() && m_text[offset] == u'\n')
        return QStringView(m_text).mid(offset, 1);
    return {};
}

QString FileFormatter::expression(const Expression &e) const
{
    switch (e.kind) {
    case Expression::Kind::String:
    case Expression::Kind::Number:
    case Expression::Kind::Invalid:
        return e.raw;
    case Expression::Kind::Constant:
        return e.text;
    case Expression::Kind::Function:
        return e.text + arguments(e.arguments);
    case Expression::Kind::Array: {
        QString out = QStringLiteral("[");
        for (size_t i = 0; i < e.items.size(); ++i) {
            if (i > 0)
                out += QStringLiteral(", ");
            out += expression(e.items[i]);
        }
        return out + u']';
    }
    case Expression::Kind::Object: {
        QString out = QStringLiteral("{ ");
        for (size_t i = 0; i < e.arguments.size(); ++i) {
            if (i > 0)
                out += QStringLiteral(", ");
            out += e.arguments[i].name.name + QStringLiteral(": ");
            if (e.arguments[i].value)
                out += expression(*e.arguments[i].value);
        }
        return out + QStringLiteral(" }");
    }
    }
    return e.raw;
}

QString FileFormatter::arguments(const NodeList<Argument> &args) const
{
    QString out = QStringLiteral("(");
    for (size_t i = 0; i < args.size(); ++i) {
        if (i > 0)
            out += QStringLiteral(", ");
        const Argument &argument = args[i];
        if (argument.isNamed())
            out += argument.name.name + QStringLiteral(": ");
        if (argument.value)
            out += expression(*argument.value);
    }
    return out + u')';
}

QString FileFormatter::attribute(const Attribute &a, QStringView marker) const
{
    QString out = marker.toString() + a.name.name;
    if (a.hasParentheses)
        out += arguments(a.arguments);
    return out;
}

QString FileFormatter::fieldType(const FieldType &type) const
{
    // Unsupported("...") is written as it stands, blanks inside the parentheses included.
    QString out = type.isUnsupported() ? textOf(type.name.span).toString() : type.name.name.text();
    switch (type.arity) {
    case FieldType::Arity::Required:
    case FieldType::Arity::LegacyRequired:
        break;
    case FieldType::Arity::Optional:
        out += u'?';
        break;
    case FieldType::Arity::List:
    case FieldType::Arity::LegacyList:
        out += QStringLiteral("[]");
        break;
    case FieldType::Arity::OptionalList:
        out += QStringLiteral("[]?");
        break;
    }
    return out;
}

QString FileFormatter::trailingComment(const HeapOptional<Comment> &comment) const
{
    // A trailing comment is kept exactly as written, trailing blanks included.
    return comment ? textOf(comment->span).toString() : QString();
}

void FileFormatter::addComments(const CommentGroup &group, Table &table) const
{
    for (size_t index = 0; index < group.comments.size(); ++index) {
        const Comment &comment = group.comments[index];
        switch (comment.kind) {
        case Comment::Kind::Line:
            table.startNewLine();
            table.appendSuffix(u"//");
            table.appendSuffix(comment.text);
            break;
        case Comment::Kind::Doc:
            table.startNewLine();
            table.appendSuffix(u"///");
            table.appendSuffix(comment.text);
            break;
        case Comment::Kind::Block: {
            // Prisma rewrites a block comment as a `/** ... */` doc block, one ` * ` line per non-empty
            // line. It cuts the two characters of `/*` from the comment's text, but after the first comment
            // of a run that text starts with the blanks before `/*`, so those lose two characters instead.
            int start = comment.span.start;
            if (index > 0) {
                while (start > 0 && isBlank(m_text[start - 1]))
                    --start;
            }
            const QStringView whole = QStringView(m_text).mid(start, comment.span.end - start);
            const bool terminated = textOf(comment.span).size() >= 4 && whole.endsWith(u"*/");
            const QStringView inner = whole.mid(2, whole.size() - (terminated ? 4 : 2));
            table.startNewLine();
            table.appendSuffix(u"/**");
            for (QStringView line : inner.split(u'\n')) {
                line = line.trimmed();
                if (line.startsWith(u'*'))
                    line = line.mid(1).trimmed();
                if (!line.isEmpty()) {
                    table.startNewLine();
                    table.appendSuffix(u" * ");
                    table.appendSuffix(line);
                }
            }
            table.startNewLine();
            table.appendSuffix(u" */");
            break;
        }
        }
    }
}

void FileFormatter::addField(const Field &field, Table &table) const
{
    table.startNewLine();
    table.column(0).append(field.name.name);
    if (field.type)
        table.column(1).append(fieldType(*field.type));
    std::vector<const Attribute *> attributes;
    for (const Attribute &a : field.attributes)
        attributes.push_back(&a);
    std::stable_sort(attributes.begin(), attributes.end(), [](const Attribute *a, const Attribute *b) {
        return attributeRank(a->name.name) < attributeRank(b->name.name);
    });
    QString &cell = table.column(2);
    for (size_t i = 0; i < attributes.size(); ++i) {
        if (i > 0)
            cell.append(u' ');
        cell.append(attribute(*attributes[i], u"@"));
    }
    if (field.trailingComment)
        table.appendSuffix(trailingComment(field.trailingComment));
}

void FileFormatter::addEnumValue(const EnumValue &value, Table &table) const
{
    table.startNewLine();
    table.column(0).append(value.name.name);
    // Prisma writes the attributes of an enum value into one cell without blanks between them.
    for (const Attribute &a : value.attributes)
        table.column(1).append(attribute(a, u"@"));
    if (value.trailingComment)
        table.appendSuffix(trailingComment(value.trailingComment));
}

void FileFormatter::addProperty(const Property &property, Table &table) const
{
    table.startNewLine();
    table.column(0).append(property.name.name);
    if (property.value.kind != Expression::Kind::Invalid)
        table.column(1).append(QStringLiteral("= ") + expression(property.value));
    if (property.trailingComment)
        table.appendSuffix(trailingComment(property.trailingComment));
}

void FileFormatter::addBlockAttribute(const BlockAttribute &a, Table &table) const
{
    table.startNewLine();
    table.column(0).append(attribute(a.attribute, u"@@"));
    if (a.trailingComment)
        table.appendSuffix(trailingComment(a.trailingComment));
}

QString FileFormatter::rawLineInBlock(const RawLine &line) const
{
    // Prisma drops the '\n' of a line it keeps, but not a '\r' before it.
    QString text = line.text;
    if (line.span.end < m_text.size() && m_text[line.span.end] == u'\r')
        text.append(u'\r');
    return text;
}

void FileFormatter::renderBlock(const Block &block)
{
    m_out.write(block.keyword());
    m_out.write(u" ");
    m_out.write(block.name.name.view());
    m_out.write(u" {");
    m_out.endLine();
    m_out.indentUp();
    renderBlockContents(block.items);
    m_out.indentDown();
    m_out.write(u"}");
    m_out.endLine();
}

void FileFormatter::renderBlockContents(const NodeList<BlockItem> &items)
{
    struct PendingAttribute {
        const CommentGroup *comments;
        const BlockAttribute *attribute;
    };
    std::vector<PendingAttribute> attributes;
    const CommentGroup *pendingComments = nullptr;
    Table table;
    size_t i = 0;
    const size_t count = items.size();
    auto eatEmptyLines = [&] {
        if (i < count && std::holds_alternative<EmptyLines>(items[i])) {
            ++i;
            return true;
        }
        return false;
    };
    auto isAttributeAt = [&](size_t index) { return index < count && std::holds_alternative<BlockAttribute>(items[index]); };
    auto isCommentAt = [&](size_t index) { return index < count && std::holds_alternative<CommentGroup>(items[index]); };

    eatEmptyLines();
    for (;;) {
        const bool ateEmptyLines = eatEmptyLines();
        // An empty line starts a new table, except at the end of the block and before block attributes
        // (those get their own empty line) and comments (which start the new table themselves).
        if (ateEmptyLines && i < count && !isAttributeAt(i) && !isCommentAt(i)) {
            table.render(m_out);
            table.startNewLine();
        }
        if (i >= count)
            break;
        const BlockItem &current = items[i++];
        if (const auto *group = std::get_if<CommentGroup>(&current)) {
            if (isAttributeAt(i)) {
                // A comment right above a block attribute moves with it.
                pendingComments = group;
            } else {
                if (ateEmptyLines) {
                    table.render(m_out);
                    table.startNewLine();
                }
                addComments(*group, table);
            }
        } else if (const auto *field = std::get_if<Field>(&current)) {
            addField(*field, table);
        } else if (const auto *value = std::get_if<EnumValue>(&current)) {
            addEnumValue(*value, table);
        } else if (const auto *property = std::get_if<Property>(&current)) {
            addProperty(*property, table);
        } else if (const auto *attribute = std::get_if<BlockAttribute>(&current)) {
            attributes.push_back({pendingComments, attribute});
            pendingComments = nullptr;
        } else if (const auto *raw = std::get_if<RawLine>(&current)) {
            table.interleave(rawLineInBlock(*raw));
        }
    }

    table.render(m_out);
    if (!attributes.empty())
        table.startNewLine();
    std::stable_sort(attributes.begin(), attributes.end(), [](const PendingAttribute &a, const PendingAttribute &b) {
        return attributeRank(a.attribute->attribute.name.name) < attributeRank(b.attribute->attribute.name.name);
    });
    for (const PendingAttribute &a : attributes) {
        if (a.comments)
            addComments(*a.comments, table);
        addBlockAttribute(*a.attribute, table);
    }
    table.render(m_out);
}

void FileFormatter::renderTopItems(const std::vector<TopItem> &items)
{
    // Empty lines at the start of the file go.
    size_t i = 0;
    if (!items.empty() && std::holds_alternative<EmptyLines>(items.front()))
        ++i;
    for (; i < items.size(); ++i) {
        const TopItem &current = items[i];
        if (const auto *block = std::get_if<Block>(&current)) {
            renderBlock(*block);
        } else if (const auto *group = std::get_if<CommentGroup>(&current)) {
            Table table;
            addComments(*group, table);
            table.render(m_out);
        } else if (std::holds_alternative<EmptyLines>(current)) {
            // Any run of empty lines becomes one; the ones at the end of the file go.
            if (i + 1 < items.size())
                m_out.endLine();
        } else if (const auto *raw = std::get_if<RawLine>(&current)) {
            // A line Prisma cannot read is kept as it stands, from its first non-blank character on.
            m_out.write(raw->text);
            const bool breakIsNextItem = i + 1 < items.size() && std::holds_alternative<EmptyLines>(items[i + 1])
                && std::get<EmptyLines>(items[i + 1]).span.start == raw->span.end;
            if (!breakIsNextItem)
                m_out.write(lineBreakAt(raw->span.end));
        }
    }
}

} // namespace

QString Formatter::format(const SchemaFile &file, const SourceFile &source)
{
    Renderer out;
    FileFormatter(source.text(), out).renderTopItems(file.items);
    // The output always ends with a line break.
    if (!out.text().endsWith(u'\n'))
        out.text().append(u'\n');
    return out.text();
}

QStringList Formatter::format(const SchemaAst &ast, const SourceSet &sources)
{
    // Like Prisma, first complete the relations over the whole schema by inserting text, then reformat each
    // file on its own.
    const std::vector<std::vector<Insertion>> insertions = RelationCompletion::insertions(ast, sources);
    QStringList out;
    for (const SchemaFile &file : ast.files) {
        const SourceFile &source = sources.file(file.index);
        const std::vector<Insertion> &added = insertions[size_t(file.index)];
        if (added.empty()) {
            out << format(file, source);
            continue;
        }
        QString text;
        int from = 0;
        for (const Insertion &insertion : added) {
            text += QStringView(source.text()).mid(from, insertion.offset - from);
            text += insertion.text;
            from = insertion.offset;
        }
        text += QStringView(source.text()).mid(from);
        const SourceFile completed(source.path(), text);
        Diagnostics diagnostics;
        out << format(Parser::parseFile(completed, file.index, diagnostics), completed);
    }
    return out;
}

QString Formatter::formatText(const QString &text)
{
    SourceSet sources;
    sources.add(SourceFile(QStringLiteral("schema.prisma"), text));
    Diagnostics diagnostics;
    return format(Parser::parse(sources, diagnostics), sources).front();
}

} // namespace strata::psl
