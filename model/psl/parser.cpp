// SPDX-License-Identifier: GPL-3.0-or-later
#include "parser.h"

#include "helperthreads.h"
#include "lexer.h"
#include "stringpool_p.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <mutex>
#include <optional>

namespace strata::psl {
namespace {

using K = Token::Kind;

/// How deep expressions may nest (see FileParser::parseExpression): far beyond any real schema's two or three.
constexpr int MaxExpressionDepth = 256;

QString tr(const char *text)
{
    return QCoreApplication::translate("strata::psl::Parser", text);
}

/// Prisma's wording for a line or block the grammar does not accept: "Error validating: <what is wrong>".
QString validatingError(const QString &message)
{
    return tr("Error validating: %1").arg(message);
}

/// Recursive-descent parser over one file. Each block member is one line; a line that does not parse as a
/// whole is rewound and kept as a RawLine, the way Prisma's grammar falls back to its catch-all rules.
class FileParser {
public:
    /// A parser of source from offset `begin`, the start of line `line`.
    FileParser(const SourceFile &source, int fileIndex, Diagnostics &diagnostics, int begin = 0, int line = 1)
        : m_text(source.text())
        , m_lexer(m_text, fileIndex, begin, line)
        , m_file(fileIndex)
        , m_diagnostics(&diagnostics)
    {
        // Where the last line that starts with `}` is: a block opened after it can never close.
        for (qsizetype i = m_text.size() - 1; i >= 0; --i) {
            if (m_text[i] != u'}')
                continue;
            qsizetype j = i - 1;
            while (j >= 0 && (m_text[j] == u' ' || m_text[j] == u'\t' || (m_text[j].unicode() > 127 && m_text[j].category() == QChar::Separator_Space)))
                --j;
            if (j < 0 || m_text[j] == u'\n' || m_text[j] == u'\r') {
                m_lastClosingLine = int(i);
                break;
            }
        }
        bump();
    }

    SchemaFile parse();
    /// Parses top-level lines into file until the next one starts at or after `end`; returns where it starts
    /// (the text's size at the end of the file). The lists of the nodes go into arena(), which the caller adds to
    /// the tree's arenas.
    int parseUntil(SchemaFile &file, int end);
    /// Goes on from offset `offset`, the start of line `line`, reporting into `diagnostics`; keeps the names it
    /// interned and its arena.
    void restartAt(int offset, int line, Diagnostics &diagnostics);
    /// Goes on reporting into `diagnostics`.
    void reportInto(Diagnostics &diagnostics) { m_diagnostics = &diagnostics; }
    const std::shared_ptr<NodeArena> &arena() const { return m_arena; }
    /// Where the next top-level line starts (where parseUntil() stopped), and its line.
    int position() const { return m_tok.span.start; }
    int line() const { return m_tok.span.line; }

private:
    struct Mark {
        Lexer lexer;
        Token token;
    };
    Mark mark() const { return {m_lexer, m_tok}; }
    void reset(const Mark &m)
    {
        m_lexer = m.lexer;
        m_tok = m.token;
    }
    void bump() { m_tok = m_lexer.next(); }
    bool at(K kind) const { return m_tok.kind == kind; }
    bool eat(K kind)
    {
        if (!at(kind))
            return false;
        bump();
        return true;
    }
    QString textOf(const Span &span) const { return m_text.mid(span.start, span.length()).toString(); }
    QStringView viewOf(const Span &span) const { return m_text.mid(span.start, span.length()); }
    /// The text of span as a shared string: names, types, attributes and short values repeat all over a
    /// schema ("String", "id", "default", "now()"), so each distinct text is allocated once per file.
    Name internedTextOf(const Span &span) { return m_pool.intern(viewOf(span)); }
    bool atLineEnd() const { return at(K::Newline) || at(K::EndOfFile); }
    /// At a comment; a `/*` that is never closed is not one.
    bool atComment() const { return at(K::LineComment) || at(K::DocComment) || (at(K::BlockComment) && m_tok.terminated); }
    void reportUnterminatedComment(const Span &span)
    {
        m_diagnostics->error(QStringLiteral("syntax-unterminated-comment"), span, tr("This block comment is not closed with */."));
    }

    void parseEmptyLines(EmptyLines &out);
    bool parseCommentGroup(CommentGroup &out);
    RawLine takeRawLine(const Span &lineStart);
    void parseTopLevelLine(SchemaFile &file);
    /// Parses a block; `unclosed` is set when no `}` ends it.
    bool parseBlock(Block &block, bool &unclosed);
    /// At `type`: where a type alias starting here ends, or -1 when this is no type alias.
    int typeAliasEnd();
    bool parseBlockBody(Block &block);
    bool parseBlockItems(Block &block);
    /// Parses a member line into a new last item of block; false (and no new item) when the line is none.
    bool parseMember(Block &block);
    /// A field or enum value as the new last item of block, with the `///` lines above it.
    template<typename Item>
    bool parseDocumentedMember(Block &block, bool (FileParser::*parse)(Item &))
    {
        const size_t index = block.items.size();
        Item &item = std::get<Item>(block.items.emplace_back(std::in_place_type<Item>));
        if (!(this->*parse)(item))
            return false;
        attachDocumentation(block.items, index, item.documentation);
        return true;
    }
    bool parseField(Field &field);
    bool parseEnumValue(EnumValue &value);
    bool parseProperty(Property &property);
    bool parseBlockAttribute(BlockAttribute &attribute);
    bool parseFieldType(FieldType &type);
    bool parseAttribute(Attribute &attribute, K marker);
    bool parsePath(Identifier &path);
    bool parseArguments(NodeList<Argument> &arguments, bool &trailingComma, Span &span);
    /// An expression, nested at most MaxExpressionDepth deep: each level is a stack frame (arrays in arrays, calls
    /// in calls), and a line of brackets alone would otherwise overflow the stack. Deeper, the line is invalid.
    bool parseExpression(Expression &expression);
    bool parseExpressionAtDepth(Expression &expression);
    bool parseTrailingComment(HeapOptional<Comment> &comment);
    bool endOfLine();
    /// The `///` lines of the comment group just before the item at index, if any.
    void attachDocumentation(const NodeList<BlockItem> &items, size_t index, OutOfLine<QStringList> &documentation) const;
    QString lineInvalidMessage(Block::Kind kind) const;

    QStringView m_text; ///< a view: indexing a QString member would copy the whole text on the first read
    StringPool m_pool;
    Lexer m_lexer;
    Token m_tok;
    int m_file;
    Diagnostics *m_diagnostics;
    int m_lastClosingLine = -1;
    int m_expressionDepth = 0;
    /// Where the lists of the nodes go once parsed, in room of their exact size (the tree keeps it).
    std::shared_ptr<NodeArena> m_arena = std::make_shared<NodeArena>();
    /// Where a block's items are parsed before they move to the arena (see parseBlockBody).
    NodeList<BlockItem> m_itemScratch;
};

void FileParser::parseEmptyLines(EmptyLines &out)
{
    out.count = 0;
    out.span = m_tok.span;
    // Called at a line break that ends a line holding only blanks.
    while (at(K::Newline)) {
        ++out.count;
        out.span.end = m_tok.span.end;
        bump();
        // The next line is empty too only if its first token is a line break.
        if (!at(K::Newline))
            break;
    }
}

bool FileParser::parseCommentGroup(CommentGroup &out)
{
    out.span = m_tok.span;
    while (atComment()) {
        Comment comment;
        comment.span = m_tok.span;
        const QStringView raw = viewOf(m_tok.span);
        if (at(K::BlockComment)) {
            comment.kind = Comment::Kind::Block;
            comment.text = raw.mid(2, raw.size() - 4).toString();
        } else if (at(K::DocComment)) {
            comment.kind = Comment::Kind::Doc;
            comment.text = raw.mid(3).toString();
        } else {
            comment.kind = Comment::Kind::Line;
            comment.text = raw.mid(2).toString();
        }
        out.span.end = m_tok.span.end;
        out.comments.push_back(std::move(comment));
        bump();
        if (at(K::EndOfFile))
            break;
        if (!at(K::Newline)) {
            // Something follows a block comment on the same line: that belongs to the next parse step.
            return true;
        }
        bump();
    }
    return true;
}

RawLine FileParser::takeRawLine(const Span &lineStart)
{
    // m_tok is the first token of the line: take everything up to the line break verbatim.
    if (!atLineEnd())
        m_lexer.skipToLineEnd();
    bump();
    RawLine raw;
    raw.span = lineStart;
    raw.span.end = std::max(lineStart.start, m_tok.span.start);
    raw.text = textOf(raw.span);
    eat(K::Newline);
    return raw;
}

QString FileParser::lineInvalidMessage(Block::Kind kind) const
{
    switch (kind) {
    case Block::Kind::Enum:
        return tr("This line is not an enum value definition.");
    case Block::Kind::Datasource:
        return tr("This line is not a valid definition within a datasource.");
    case Block::Kind::Generator:
        return tr("This line is not a valid definition within a generator.");
    default:
        return tr("This line is not a valid field or attribute definition.");
    }
}

SchemaFile FileParser::parse()
{
    SchemaFile file;
    file.index = m_file;
    file.arenas.add(m_arena);
    parseUntil(file, int(m_text.size()) + 1);
    return file;
}

void FileParser::restartAt(int offset, int line, Diagnostics &diagnostics)
{
    m_lexer = Lexer(m_text, m_file, offset, line);
    m_diagnostics = &diagnostics;
    m_expressionDepth = 0;
    bump();
}

int FileParser::parseUntil(SchemaFile &file, int end)
{
    while (!at(K::EndOfFile) && m_tok.span.start < end)
        parseTopLevelLine(file);
    return m_tok.span.start;
}

void FileParser::attachDocumentation(const NodeList<BlockItem> &items, size_t index, OutOfLine<QStringList> &documentation) const
{
    if (index == 0)
        return;
    const CommentGroup *group = std::get_if<CommentGroup>(&items[index - 1]);
    if (!group)
        return;
    for (const Comment &comment : group->comments) {
        if (comment.kind == Comment::Kind::Doc)
            documentation.mut() << comment.text.trimmed();
    }
}

void FileParser::parseTopLevelLine(SchemaFile &file)
{
    if (at(K::Newline)) {
        EmptyLines empty;
        parseEmptyLines(empty);
        file.items.emplace_back(std::move(empty));
        return;
    }
    if (atComment()) {
        CommentGroup group;
        parseCommentGroup(group);
        file.items.emplace_back(std::move(group));
        return;
    }
    const Span lineStart = m_tok.span;
    if (at(K::Identifier)) {
        const Mark start = mark();
        Block block;
        const size_t diagnosticCount = m_diagnostics->items().size();
        bool unclosed = false;
        if (parseBlock(block, unclosed)) {
            if (unclosed) {
                // Like Prisma, a block whose `}` never comes is no block: its header is a line that cannot be
                // read, and the lines after it are read again as top-level lines.
                m_diagnostics->items().resize(diagnosticCount);
                reset(start);
                RawLine raw = takeRawLine(lineStart);
                // Prisma's grammar sees the header of an unclosed block as an invalid line; say so as Prisma does,
                // and add the likely cause.
                m_diagnostics->error(QStringLiteral("syntax-invalid-line"), raw.span,
                                    validatingError(tr("This line is invalid. It does not start with any known Prisma schema keyword.")));
                m_diagnostics->warning(QStringLiteral("syntax-unclosed-block"), raw.span,
                                      tr("The %1 \"%2\" is missing its closing brace '}'.").arg(block.keyword(), block.name.name));
                file.items.emplace_back(std::move(raw));
                return;
            }
            if (!file.items.empty()) {
                if (const CommentGroup *group = std::get_if<CommentGroup>(&file.items.back())) {
                    for (const Comment &c : group->comments)
                        if (c.kind == Comment::Kind::Doc)
                            block.documentation.mut() << c.text.trimmed();
                }
            }
            file.items.emplace_back(std::move(block));
            return;
        }
        reset(start);
        const bool typeKeyword = textOf(m_tok.span) == u"type";
        bump();
        if (at(K::LeftBrace)) {
            // `name {`: a block with an unknown keyword. Like Prisma, it runs from the line after `{` to the
            // first `}`, wherever that is. Report it once and go on after that brace.
            const qsizetype lineEnd = [&] {
                for (qsizetype i = m_tok.span.end; i < m_text.size(); ++i)
                    if (m_text[i] == u'\n' || m_text[i] == u'\r')
                        return i;
                return qsizetype(-1);
            }();
            const qsizetype close = lineEnd < 0 ? -1 : m_text.indexOf(u'}', lineEnd);
            if (close >= 0) {
                m_lexer.seek(int(close) + 1);
                bump();
                RawLine raw;
                raw.span = lineStart;
                raw.span.end = int(close) + 1;
                raw.text = textOf(raw.span);
                m_diagnostics->error(QStringLiteral("syntax-unknown-block"), lineStart,
                                    validatingError(tr("This block is invalid. It does not start with any known Prisma schema keyword. "
                                                       "Valid keywords include 'model', 'enum', 'type', 'datasource' and 'generator'.")));
                file.items.emplace_back(std::move(raw));
                return;
            }
        }
        reset(start);
        if (typeKeyword) {
            RawLine raw;
            const int aliasEnd = typeAliasEnd();
            reset(start);
            if (aliasEnd > 0) {
                // Prisma's type alias rule takes `type Name = Type @attributes` and not the line break nor
                // whatever follows on the line: that is read as the next top-level items.
                m_lexer.seek(aliasEnd);
                bump();
                raw.span = lineStart;
                raw.span.end = aliasEnd;
                raw.text = textOf(raw.span);
            } else {
                raw = takeRawLine(lineStart);
            }
            m_diagnostics->error(QStringLiteral("syntax-type-alias"), raw.span,
                                tr("Invalid type definition. Please check the documentation in https://pris.ly/d/composite-types"));
            file.items.emplace_back(std::move(raw));
            return;
        }
    }
    const bool unterminatedComment = at(K::BlockComment);
    RawLine raw = takeRawLine(lineStart);
    if (unterminatedComment)
        reportUnterminatedComment(raw.span);
    else
        m_diagnostics->error(QStringLiteral("syntax-invalid-line"), raw.span,
                            validatingError(tr("This line is invalid. It does not start with any known Prisma schema keyword.")));
    file.items.emplace_back(std::move(raw));
}

int FileParser::typeAliasEnd()
{
    // type_alias = "type" identifier "=" base_type field_attribute*. Where it ends follows Prisma's grammar:
    // the blanks after the type, and after an attribute without parentheses, belong to it.
    if (textOf(m_tok.span) != u"type")
        return -1;
    bump();
    if (!at(K::Identifier))
        return -1;
    bump();
    if (!eat(K::Equals) || !at(K::Identifier))
        return -1;
    int end = m_tok.span.end;
    const int nameEnd = m_tok.span.end;
    const bool unsupported = textOf(m_tok.span) == u"Unsupported";
    bump();
    bool takesBlanks = true;
    if (unsupported && at(K::LeftParen) && m_tok.span.start == nameEnd) {
        bump();
        if (!at(K::String) || !m_tok.terminated)
            return -1;
        bump();
        if (!at(K::RightParen))
            return -1;
        end = m_tok.span.end;
        bump();
    }
    while (at(K::At)) {
        const Mark m = mark();
        Attribute attribute;
        if (!parseAttribute(attribute, K::At)) {
            reset(m);
            break;
        }
        end = attribute.span().end;
        takesBlanks = !attribute.hasParentheses;
    }
    if (takesBlanks) {
        while (end < m_text.size() && (m_text[end] == u' ' || m_text[end] == u'\t'
                                       || (m_text[end].unicode() > 127 && m_text[end].category() == QChar::Separator_Space)))
            ++end;
    }
    return end;
}

bool FileParser::parseBlock(Block &block, bool &unclosed)
{
    static const std::pair<QStringView, Block::Kind> keywords[] = {
        {u"model", Block::Kind::Model},           {u"view", Block::Kind::View},
        {u"type", Block::Kind::CompositeType},    {u"enum", Block::Kind::Enum},
        {u"datasource", Block::Kind::Datasource}, {u"generator", Block::Kind::Generator},
    };
    const QStringView word = viewOf(m_tok.span);
    qsizetype keywordLength = 0;
    for (const auto &[keyword, kind] : keywords) {
        if (word.startsWith(keyword)) {
            block.kind = kind;
            keywordLength = keyword.size();
            break;
        }
    }
    if (keywordLength == 0)
        return false;
    block.keywordSpan = m_tok.span;
    block.keywordSpan.end = m_tok.span.start + int(keywordLength);
    block.span = block.keywordSpan;
    if (keywordLength < word.size()) {
        // Prisma's keywords need no blank after them: `modelUser {` is the model User.
        const QChar first = word.at(keywordLength);
        if (first == u'_' || first == u'-')
            return false;
        Span nameSpan = m_tok.span;
        nameSpan.start += int(keywordLength);
        nameSpan.column += int(keywordLength);
        block.name = {word.mid(keywordLength).toString(), nameSpan};
        bump();
    } else {
        bump();
        if (!at(K::Identifier))
            return false;
        block.name = {internedTextOf(m_tok.span), m_tok.span};
        bump();
    }
    if (!at(K::LeftBrace))
        return false;
    // Prisma ignores whatever follows '{' on its line.
    m_lexer.skipToLineEnd();
    bump();
    if (!eat(K::Newline)) {
        if (!at(K::EndOfFile))
            return false;
    }
    if (m_tok.span.start > m_lastClosingLine) {
        // No line after this one starts with `}`: the block cannot close (the caller reads it as Prisma does).
        unclosed = true;
        return true;
    }
    unclosed = !parseBlockBody(block);
    return true;
}

bool FileParser::parseBlockBody(Block &block)
{
    // A block's items are parsed into a list that is reused from block to block, then moved into room of their
    // exact size in the arena: a growing list would keep a third of its items' room unused on average, and an
    // item is 184 bytes (a 5,000-model schema: 74,000 items).
    block.items.swap(m_itemScratch);
    const bool closed = parseBlockItems(block);
    NodeList<BlockItem> exact = block.items.takeIntoArena(*m_arena);
    block.items.swap(m_itemScratch);
    block.items = std::move(exact);
    return closed;
}

bool FileParser::parseBlockItems(Block &block)
{
    for (;;) {
        if (at(K::EndOfFile)) {
            block.span.end = m_tok.span.start;
            return false;
        }
        if (at(K::RightBrace)) {
            block.span.end = m_tok.span.end;
            bump();
            return true;
        }
        if (at(K::Newline)) {
            EmptyLines empty;
            parseEmptyLines(empty);
            block.items.emplace_back(std::move(empty));
            continue;
        }
        if (atComment()) {
            CommentGroup group;
            parseCommentGroup(group);
            block.items.emplace_back(std::move(group));
            continue;
        }
        const Span lineStart = m_tok.span;
        const Mark start = mark();
        if (parseMember(block))
            continue;
        reset(start);
        const bool unterminatedComment = at(K::BlockComment);
        RawLine raw = takeRawLine(lineStart);
        if (unterminatedComment)
            reportUnterminatedComment(raw.span);
        else
            m_diagnostics->error(QStringLiteral("syntax-invalid-member"), raw.span, validatingError(lineInvalidMessage(block.kind)));
        block.items.emplace_back(std::move(raw));
    }
}

bool FileParser::parseMember(Block &block)
{
    // Each member is parsed in place, as the last item, so that no item is moved.
    bool parsed = false;
    if (at(K::AtAt)) {
        if (block.isConfig())
            return false;
        parsed = parseBlockAttribute(std::get<BlockAttribute>(block.items.emplace_back(std::in_place_type<BlockAttribute>)));
    } else if (!at(K::Identifier)) {
        return false;
    } else {
        switch (block.kind) {
        case Block::Kind::Model:
        case Block::Kind::View:
        case Block::Kind::CompositeType:
            parsed = parseDocumentedMember(block, &FileParser::parseField);
            break;
        case Block::Kind::Enum:
            parsed = parseDocumentedMember(block, &FileParser::parseEnumValue);
            break;
        case Block::Kind::Datasource:
        case Block::Kind::Generator:
            parsed = parseProperty(std::get<Property>(block.items.emplace_back(std::in_place_type<Property>)));
            break;
        }
    }
    if (!parsed)
        block.items.pop_back();
    return parsed;
}

bool FileParser::parseTrailingComment(HeapOptional<Comment> &comment)
{
    if (at(K::LineComment) || at(K::DocComment)) {
        Comment c;
        c.kind = at(K::DocComment) ? Comment::Kind::Doc : Comment::Kind::Line;
        c.span = m_tok.span;
        c.text = viewOf(m_tok.span).mid(c.kind == Comment::Kind::Doc ? 3 : 2).toString();
        comment = std::move(c);
        bump();
    } else if (at(K::BlockComment) && m_tok.terminated) {
        // Prisma accepts one `/* ... */` at the end of a line as its trailing comment.
        Comment c;
        c.kind = Comment::Kind::Block;
        c.span = m_tok.span;
        const QStringView raw = viewOf(m_tok.span);
        c.text = raw.mid(2, raw.size() - 4).toString();
        comment = std::move(c);
        bump();
    }
    return true;
}

bool FileParser::endOfLine()
{
    if (at(K::Newline)) {
        bump();
        return true;
    }
    return at(K::EndOfFile);
}

bool FileParser::parseField(Field &field)
{
    field.name = {internedTextOf(m_tok.span), m_tok.span};
    bump();
    if (at(K::Colon)) {
        field.legacyColon = true;
        bump();
    }
    if (at(K::Identifier) || at(K::LeftBracket)) {
        FieldType type;
        if (!parseFieldType(type))
            return false;
        field.type = std::move(type);
    }
    while (at(K::At)) {
        if (!parseAttribute(field.attributes.emplace_back(), K::At))
            return false;
    }
    field.attributes.moveInto(*m_arena);
    parseTrailingComment(field.trailingComment);
    return endOfLine();
}

bool FileParser::parseFieldType(FieldType &type)
{
    const Span start = m_tok.span;
    if (eat(K::LeftBracket)) {
        // The name follows on the same line (line breaks are tokens), at most 255 characters later.
        if (!at(K::Identifier) || m_tok.span.start - start.start > 0xff)
            return false;
        type.name = {internedTextOf(m_tok.span), m_tok.span};
        type.spanStartsBeforeName = quint8(m_tok.span.start - start.start);
        bump();
        if (!at(K::RightBracket))
            return false;
        type.spanEnd = m_tok.span.end;
        bump();
        type.arity = FieldType::Arity::LegacyList;
        return true;
    }
    type.name = {internedTextOf(m_tok.span), m_tok.span};
    const int nameEnd = m_tok.span.end;
    bump();
    if (at(K::LeftParen) && type.name.name == u"Unsupported" && m_tok.span.start == nameEnd) {
        bump();
        if (!at(K::String) || !m_tok.terminated)
            return false;
        const QStringView literal = viewOf(m_tok.span);
        unescapeString(literal.mid(1, literal.size() - 2), type.unsupportedValue.mut());
        bump();
        if (!at(K::RightParen))
            return false;
        type.name.span.end = m_tok.span.end;
        bump();
    }
    type.spanEnd = type.name.span.end;
    if (at(K::LeftBracket)) {
        const Mark m = mark();
        bump();
        if (!at(K::RightBracket) || m_tok.span.start != m.token.span.end) {
            reset(m);
            return false;
        }
        type.spanEnd = m_tok.span.end;
        bump();
        type.arity = FieldType::Arity::List;
        if (at(K::Question)) {
            type.spanEnd = m_tok.span.end;
            bump();
            type.arity = FieldType::Arity::OptionalList;
        }
        return true;
    }
    if (at(K::Question)) {
        type.spanEnd = m_tok.span.end;
        bump();
        type.arity = FieldType::Arity::Optional;
    } else if (at(K::Bang)) {
        type.spanEnd = m_tok.span.end;
        bump();
        type.arity = FieldType::Arity::LegacyRequired;
    }
    return true;
}

bool FileParser::parsePath(Identifier &path)
{
    if (!at(K::Identifier))
        return false;
    path.span = m_tok.span;
    bump();
    // A path is atomic: `db.VarChar` with no blanks around the dots.
    while (at(K::Dot) && m_tok.span.start == path.span.end) {
        path.span.end = m_tok.span.end;
        bump();
        if (at(K::Identifier) && m_tok.span.start == path.span.end) {
            path.span.end = m_tok.span.end;
            bump();
        }
    }
    path.name = internedTextOf(path.span);
    return true;
}

bool FileParser::parseAttribute(Attribute &attribute, K marker)
{
    const int start = m_tok.span.start;
    if (!eat(marker))
        return false;
    // The name follows on the same line (line breaks are tokens), at most 65,535 characters later.
    if (!parsePath(attribute.name) || attribute.name.span.start - start > 0xffff)
        return false;
    attribute.spanStartsBeforeName = quint16(attribute.name.span.start - start);
    attribute.spanEnd = attribute.name.span.end;
    if (at(K::LeftParen)) {
        attribute.hasParentheses = true;
        Span argsSpan;
        if (!parseArguments(attribute.arguments, attribute.trailingComma, argsSpan))
            return false;
        attribute.spanEnd = argsSpan.end;
    }
    return true;
}

bool FileParser::parseArguments(NodeList<Argument> &arguments, bool &trailingComma, Span &span)
{
    span = m_tok.span;
    if (!eat(K::LeftParen))
        return false;
    bool first = true;
    while (!at(K::RightParen)) {
        if (!first || at(K::Comma)) {
            // `(a, b,)` and even `(,)`: Prisma's grammar allows one comma before `)`.
            if (!eat(K::Comma))
                return false;
            if (at(K::RightParen)) {
                trailingComma = true;
                break;
            }
            if (first)
                return false;
        }
        first = false;
        Argument &argument = arguments.emplace_back();
        if (at(K::Identifier)) {
            const Mark m = mark();
            const Span nameSpan = m_tok.span;
            bump();
            if (at(K::Colon)) {
                argument.name = {internedTextOf(nameSpan), nameSpan};
                argument.spanEnd = m_tok.span.end;
                bump();
                if (!at(K::Comma) && !at(K::RightParen)) {
                    Expression &value = argument.value.emplace();
                    if (!parseExpression(value))
                        return false;
                    argument.spanEnd = value.span.end;
                }
                continue;
            }
            reset(m);
        }
        Expression &value = argument.value.emplace();
        if (!parseExpression(value))
            return false;
        argument.spanEnd = value.span.end;
    }
    span.end = m_tok.span.end;
    bump();
    arguments.moveInto(*m_arena);
    return true;
}

bool FileParser::parseExpression(Expression &expression)
{
    if (m_expressionDepth >= MaxExpressionDepth)
        return false;
    ++m_expressionDepth;
    const bool parsed = parseExpressionAtDepth(expression);
    --m_expressionDepth;
    return parsed;
}

bool FileParser::parseExpressionAtDepth(Expression &expression)
{
    expression.span = m_tok.span;
    switch (m_tok.kind) {
    case K::String: {
        if (!m_tok.terminated)
            return false;
        expression.kind = Expression::Kind::String;
        // Most literals repeat (`@default("")`, enum-like values) or have no escapes: interned, they share one text.
        expression.raw = internedTextOf(m_tok.span);
        const QStringView content = expression.raw.view().mid(1, expression.raw.size() - 2);
        if (content.contains(u'\\')) {
            QString unescaped;
            unescapeString(content, unescaped);
            expression.text = std::move(unescaped);
        } else
            expression.text = m_pool.intern(content);
        bump();
        return true;
    }
    case K::Number: {
        const Name number = internedTextOf(m_tok.span);
        const bool digitsOnly = std::all_of(number.text().begin(), number.text().end(), [](QChar c) { return c.isDigit(); });
        if (digitsOnly && m_lexer.peek().is(K::LeftParen))
            break; // `123(...)` is a call of a function named 123, handled below
        expression.kind = Expression::Kind::Number;
        expression.text = expression.raw = number;
        bump();
        return true;
    }
    case K::LeftBrace: {
        // `{ key: value, ... }`: keys are plain identifiers, no trailing comma.
        expression.kind = Expression::Kind::Object;
        bump();
        bool first = true;
        while (!at(K::RightBrace)) {
            if (!first && !eat(K::Comma))
                return false;
            first = false;
            const bool plainKey = at(K::Identifier)
                || (at(K::Number) && !textOf(m_tok.span).contains(u'-') && !textOf(m_tok.span).contains(u'.'));
            if (!plainKey)
                return false;
            Argument entry;
            entry.name = {internedTextOf(m_tok.span), m_tok.span};
            bump();
            if (!eat(K::Colon))
                return false;
            Expression value;
            if (!parseExpression(value))
                return false;
            entry.spanEnd = value.span.end;
            entry.value = std::move(value);
            expression.arguments.push_back(std::move(entry));
        }
        expression.arguments.moveInto(*m_arena);
        expression.span.end = m_tok.span.end;
        bump();
        expression.raw = internedTextOf(expression.span); // `[id]`, `[authorId]`: lists repeat too
        return true;
    }
    case K::LeftBracket: {
        expression.kind = Expression::Kind::Array;
        bump();
        bool first = true;
        while (!at(K::RightBracket)) {
            if (!first && !eat(K::Comma))
                return false;
            first = false;
            Expression item;
            if (!parseExpression(item))
                return false;
            expression.items.push_back(std::move(item));
        }
        expression.items.moveInto(*m_arena);
        expression.span.end = m_tok.span.end;
        bump();
        expression.raw = internedTextOf(expression.span); // `[id]`, `[authorId]`: lists repeat too
        return true;
    }
    case K::Identifier:
        break;
    default:
        return false;
    }
    // A path (Constant) or a call: the token is an identifier, or digits followed by `(`.
    Identifier path;
    if (at(K::Number)) {
        path = {internedTextOf(m_tok.span), m_tok.span};
        bump();
    } else {
        parsePath(path);
    }
    expression.text = path.name;
    expression.span = path.span;
    if (at(K::LeftParen)) {
        expression.kind = Expression::Kind::Function;
        Span argsSpan;
        if (!parseArguments(expression.arguments, expression.trailingComma, argsSpan))
            return false;
        expression.span.end = argsSpan.end;
    } else {
        // Prisma reads a value that starts with a digit as a number: `12ab` is a number followed by junk.
        if (!path.name.isEmpty() && path.name.front().isDigit() && path.name.front().unicode() < 128)
            return false;
        expression.kind = Expression::Kind::Constant;
    }
    // A constant's source text is its path; a call's (`now()`, `autoincrement()`) mostly repeats.
    expression.raw = expression.isConstant() ? expression.text : internedTextOf(expression.span);
    return true;
}

bool FileParser::parseEnumValue(EnumValue &value)
{
    value.name = {internedTextOf(m_tok.span), m_tok.span};
    value.span = m_tok.span;
    bump();
    while (at(K::At)) {
        if (!parseAttribute(value.attributes.emplace_back(), K::At))
            return false;
    }
    value.attributes.moveInto(*m_arena);
    value.span.end = value.attributes.empty() ? value.name.span.end : value.attributes.back().span().end;
    parseTrailingComment(value.trailingComment);
    return endOfLine();
}

bool FileParser::parseProperty(Property &property)
{
    property.name = {internedTextOf(m_tok.span), m_tok.span};
    bump();
    const Span equals = m_tok.span;
    if (!eat(K::Equals))
        return false;
    if (atLineEnd() || atComment()) {
        // `name =` without a value parses; validation reports the missing value. The value stays Invalid.
        property.value.span = equals;
        property.value.span.start = property.value.span.end;
    } else if (!parseExpression(property.value)) {
        return false;
    }
    parseTrailingComment(property.trailingComment);
    return endOfLine();
}

bool FileParser::parseBlockAttribute(BlockAttribute &attribute)
{
    if (!parseAttribute(attribute.attribute, K::AtAt))
        return false;
    attribute.span = attribute.attribute.span();
    parseTrailingComment(attribute.trailingComment);
    return endOfLine();
}

} // namespace

namespace {

/// Where a large file can be cut into parts that parse independently: the start of a line that is not blank,
/// after a line holding only `}` and any empty lines. The parser at such a place is between two top-level
/// lines in every well-formed file; parseInParts() checks that it really was.
int partStartNear(QStringView text, qsizetype from)
{
    const qsizetype size = text.size();
    for (qsizetype brace = text.indexOf(u"\n}", from); brace >= 0 && brace + 2 < size; brace = text.indexOf(u"\n}", brace + 2)) {
        qsizetype p = brace + 2;
        if (text[p] == u'\r')
            ++p;
        if (p >= size || text[p] != u'\n')
            continue;
        ++p;
        while (p < size && (text[p] == u'\n' || (text[p] == u'\r' && p + 1 < size && text[p + 1] == u'\n')))
            p += text[p] == u'\r' ? 2 : 1;
        if (p < size && text[p] != u' ' && text[p] != u'\t' && text[p] != u'}')
            return int(p);
    }
    return -1;
}

/// Room is made for one top-level item (a block, a run of comments or empty lines, a bad line) per this many
/// characters: more than most files have (a block and the empty line after it take hundreds). A file with more
/// grows its vector. Far more room (one item per 16 characters) raised the peak of a 5,000-model diff by 4 MB:
/// with huge pages, the heap's next allocations start past the reservation, in pages of their own.
constexpr qsizetype CharactersPerTopLevelItem = 256;

/// Files below this size are parsed in one go: threads cost more than they save.
constexpr qsizetype ParallelParseMinimumSize = 256 * 1024;
constexpr qsizetype PartMinimumSize = 128 * 1024;

/// Parts per thread of a large file: a thread held up for a while (a busy machine) leaves the others more parts to
/// take, instead of a fixed half to wait for.
constexpr int PartsPerThread = 4;

/// An offset that starts a line, and the line's number.
struct KnownLine {
    int offset = 0;
    int line = 1;
};

/// Parses a large file in parts on several threads (this one and helpers, one per core, at most eight). Each part
/// starts between two top-level lines. Each thread has a stretch of parts (this one the first), parses it from its
/// start on, as the sequential parse would, then takes the parts of the other stretches not taken yet, from their
/// end back. The result is used only if every part ended exactly where the next one starts, which makes it the
/// sequential parse.
std::optional<SchemaFile> parseInParts(const SourceFile &source, int fileIndex, Diagnostics &diagnostics)
{
    const QStringView text = source.text();
    const size_t threads = HelperTasks::helperCount() + 1; // one per core, at most eight
    std::vector<int> starts = Parser::partStarts(text, int(threads) * PartsPerThread);
    if (starts.size() < 2)
        return std::nullopt;
    starts.push_back(int(text.size()) + 1);
    const size_t partCount = starts.size() - 1;

    struct Part {
        SchemaFile file;
        Diagnostics diagnostics;
        int endedAt = -1;
    };
    NodeArenas arenas; // the parsers' arenas, which hold the parts' lists: destroyed after the parts
    std::vector<Part> parts(partCount);
    struct Stretch {
        size_t next = 0; // the parts not taken yet: [next, end)
        size_t end = 0;
    };
    const size_t stretchCount = std::min(threads, partCount);
    std::vector<Stretch> stretches(stretchCount);
    for (size_t t = 0; t < stretchCount; ++t)
        stretches[t] = {partCount * t / stretchCount, partCount * (t + 1) / stretchCount};
    std::mutex taking;
    auto take = [&](size_t own) -> std::optional<size_t> {
        const std::lock_guard<std::mutex> lock(taking);
        if (stretches[own].next < stretches[own].end)
            return stretches[own].next++;
        for (size_t offset = 1; offset < stretchCount; ++offset) {
            Stretch &other = stretches[(own + offset) % stretchCount];
            if (other.next < other.end)
                return --other.end;
        }
        return std::nullopt;
    };
    std::vector<std::optional<FileParser>> parsers(stretchCount);
    auto parseParts = [&](size_t own) {
        std::optional<FileParser> &parser = parsers[own];
        KnownLine restartedAt; // where the parser last started over
        for (std::optional<size_t> part = take(own); part; part = take(own)) {
            const int start = starts[*part];
            Diagnostics &out = parts[*part].diagnostics;
            if (parser && parser->position() == start) {
                parser->reportInto(out); // goes on where the part before ended
            } else {
                // The line is counted from the nearest known one: where the parser stands, or where it last started.
                int line = 1;
                if (!parser) {
                    line = start == 0 ? 1 : source.countLineOf(start); // on this thread: no table needed
                } else {
                    const KnownLine current{parser->position(), parser->line()};
                    const bool nearer = std::abs(current.offset - start) <= std::abs(restartedAt.offset - start);
                    const KnownLine &from = nearer ? current : restartedAt;
                    line = source.countLineFrom(start, from.offset, from.line);
                }
                if (!parser)
                    parser.emplace(source, fileIndex, out, start, line);
                else
                    parser->restartAt(start, line, out);
                restartedAt = {start, line};
            }
            // Room for the top-level items the part is likely to have, so that the vector is rarely copied.
            parts[*part].file.items.reserve(size_t((starts[*part + 1] - start) / CharactersPerTopLevelItem) + 16);
            parts[*part].endedAt = parser->parseUntil(parts[*part].file, starts[*part + 1]);
        }
    };
    HelperTasks helpers;
    for (size_t t = 1; t < stretchCount; ++t)
        helpers.run([&parseParts, t] { parseParts(t); });
    parseParts(0);
    helpers.wait();
    for (const std::optional<FileParser> &parser : parsers) {
        if (parser)
            arenas.add(parser->arena());
    }

    for (size_t i = 0; i + 1 < partCount; ++i) {
        if (parts[i].endedAt != starts[i + 1])
            return std::nullopt;
    }
    SchemaFile file;
    file.index = fileIndex;
    file.arenas.add(std::move(arenas));
    size_t itemCount = 0;
    for (const Part &part : parts)
        itemCount += part.file.items.size();
    file.items.reserve(itemCount);
    for (Part &part : parts) {
        std::move(part.file.items.begin(), part.file.items.end(), std::back_inserter(file.items));
        diagnostics.append(part.diagnostics);
    }
    return file;
}

} // namespace

std::vector<int> Parser::partStarts(QStringView text, int parts)
{
    std::vector<int> starts{0};
    const int wanted = int(std::min<qsizetype>(parts, text.size() / PartMinimumSize));
    if (text.size() < ParallelParseMinimumSize || wanted < 2)
        return starts;
    for (int i = 1; i < wanted; ++i) {
        const int start = partStartNear(text, text.size() * i / wanted);
        if (start > starts.back())
            starts.push_back(start);
    }
    return starts;
}

SchemaFile Parser::parseFile(const SourceFile &source, int fileIndex, Diagnostics &diagnostics, Threads threads)
{
    std::optional<SchemaFile> parsed;
    if (threads == Threads::Automatic)
        parsed = parseInParts(source, fileIndex, diagnostics);
    if (!parsed) {
        FileParser parser(source, fileIndex, diagnostics);
        parsed = parser.parse();
    }
    parsed->path = source.path();
    // The room made up front (CharactersPerTopLevelItem) is three times what a file of large models uses: given
    // back, so that the next steps take it instead of fresh memory.
    if (parsed->items.capacity() > parsed->items.size() + parsed->items.size() / 4)
        parsed->items.shrink_to_fit();
    return std::move(*parsed);
}

SchemaAst Parser::parse(const SourceSet &sources, Diagnostics &diagnostics)
{
    SchemaAst ast;
    ast.files.reserve(size_t(sources.size()));
    for (int i = 0; i < sources.size(); ++i)
        ast.files.push_back(parseFile(sources.file(i), i, diagnostics));
    return ast;
}

void attachFilePaths(Diagnostics &diagnostics, const SourceSet &sources)
{
    for (Diagnostic &d : diagnostics.items()) {
        if (d.file.isEmpty() && d.span.file >= 0 && d.span.file < sources.size())
            d.file = sources.file(d.span.file).path();
    }
}

} // namespace strata::psl
