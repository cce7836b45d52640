// SPDX-License-Identifier: GPL-3.0-or-later
#include "psl/parser.h"

#include <QTest>

using namespace strata::psl;

class TestParser : public QObject {
    Q_OBJECT
private slots:
    void blocks();
    void fieldTypes_data();
    void fieldTypes();
    void attributes();
    void nestedArguments();
    void configBlocks();
    void commentsAndDocumentation();
    void keywordsAsFieldNames();
    void recoveryKeepsParsing();
    void invalidLines_data();
    void invalidLines();
    void unclosedBlock();
    void deepNestingIsAnInvalidLine();
    void multipleFiles();
};

static SchemaFile parseText(const QString &text, Diagnostics &diagnostics)
{
    return Parser::parseFile(SourceFile(QStringLiteral("s.prisma"), text), 0, diagnostics);
}

void TestParser::deepNestingIsAnInvalidLine()
{
    // Found by the fuzzer: thousands of `[` (or calls in calls) overflowed the stack. Deeper than the parser's
    // limit the line is invalid, reported, and the lines after it are read as usual; within it, nesting parses.
    for (const QString &open : {QStringLiteral("["), QStringLiteral("f(")}) {
        const QString close = open == u'[' ? QStringLiteral("]") : QStringLiteral(")");
        Diagnostics deepDiagnostics;
        const SchemaFile deep = parseText(QStringLiteral("generator g {\n  provider = \"x\"\n  a = ") + open.repeated(100000)
                                              + QStringLiteral("\n  b = 1\n}\n"),
                                          deepDiagnostics);
        QVERIFY(deepDiagnostics.hasErrors());
        const Block *generator = std::get_if<Block>(&deep.items.front());
        QVERIFY(generator);
        QVERIFY(generator->property(u"b"));
        Diagnostics nestedDiagnostics;
        parseText(QStringLiteral("generator g {\n  provider = \"x\"\n  a = ") + open.repeated(200) + QStringLiteral("1")
                      + close.repeated(200) + QStringLiteral("\n}\n"),
                  nestedDiagnostics);
        QVERIFY2(!nestedDiagnostics.hasErrors(), qPrintable(open));
    }
}

static SchemaFile parseClean(const QString &text)
{
    Diagnostics diagnostics;
    SchemaFile file = parseText(text, diagnostics);
    if (!diagnostics.isEmpty())
        qWarning() << diagnostics.items().front().message;
    return file;
}

void TestParser::blocks()
{
    Diagnostics diagnostics;
    const SchemaFile file = parseText(QStringLiteral("model A {\n  id Int @id\n}\n\nenum E {\n  X\n}\nview V {\n  id Int\n}\n"
                                                     "type T {\n  a String\n}\ndatasource db {\n  provider = \"sqlite\"\n}\n"
                                                     "generator g {\n  provider = \"x\"\n}\n"),
                                      diagnostics);
    QVERIFY(diagnostics.isEmpty());
    const auto blocks = file.blocks();
    QCOMPARE(blocks.size(), size_t(6));
    QCOMPARE(blocks[0]->kind, Block::Kind::Model);
    QCOMPARE(blocks[0]->name.name, QStringLiteral("A"));
    QCOMPARE(blocks[0]->span.line, 1);
    QCOMPARE(blocks[1]->kind, Block::Kind::Enum);
    QCOMPARE(blocks[2]->kind, Block::Kind::View);
    QCOMPARE(blocks[3]->kind, Block::Kind::CompositeType);
    QCOMPARE(blocks[4]->kind, Block::Kind::Datasource);
    QCOMPARE(blocks[5]->kind, Block::Kind::Generator);
    QCOMPARE(blocks[1]->enumValues().count(), size_t(1));
}

void TestParser::fieldTypes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<int>("arity");
    QTest::addColumn<bool>("unsupported");
    QTest::newRow("required") << "a Int" << "Int" << int(FieldType::Arity::Required) << false;
    QTest::newRow("optional") << "a String?" << "String" << int(FieldType::Arity::Optional) << false;
    QTest::newRow("list") << "a Post[]" << "Post" << int(FieldType::Arity::List) << false;
    QTest::newRow("optional list") << "a Post[]?" << "Post" << int(FieldType::Arity::OptionalList) << false;
    QTest::newRow("legacy required") << "a Int!" << "Int" << int(FieldType::Arity::LegacyRequired) << false;
    QTest::newRow("legacy list") << "a [Int]" << "Int" << int(FieldType::Arity::LegacyList) << false;
    QTest::newRow("unsupported") << "a Unsupported(\"vector(512)\")?" << "Unsupported" << int(FieldType::Arity::Optional) << true;
}

void TestParser::fieldTypes()
{
    QFETCH(QString, line);
    QFETCH(QString, typeName);
    QFETCH(int, arity);
    QFETCH(bool, unsupported);
    Diagnostics diagnostics;
    const SchemaFile file = parseText(QStringLiteral("model M {\n  ") + line + QStringLiteral("\n}\n"), diagnostics);
    QVERIFY(diagnostics.isEmpty());
    const auto fields = file.blocks().front()->fields().toVector();
    QCOMPARE(fields.size(), size_t(1));
    QVERIFY(fields[0]->type.has_value());
    QCOMPARE(fields[0]->type->name.name, typeName);
    QCOMPARE(int(fields[0]->type->arity), arity);
    QCOMPARE(fields[0]->type->isUnsupported(), unsupported);
    if (unsupported)
        QCOMPARE(*fields[0]->type->unsupportedValue, QStringLiteral("vector(512)"));
}

void TestParser::attributes()
{
    const SchemaFile file = parseClean(QStringLiteral(
        "model M {\n  id String @id @default(dbgenerated(\"gen_random_uuid()\")) @db.Uuid\n  n Int @default(-1) @map(name: \"n_col\")\n"
        "  u Int @unique()\n  @@index(userId)\n  @@unique([a, b], name: \"ab\")\n}\n"));
    const Block *block = file.blocks().front();
    const auto fields = block->fields().toVector();
    QCOMPARE(fields[0]->attributes.size(), size_t(3));
    const Attribute *defaultAttribute = fields[0]->attribute(u"default");
    QVERIFY(defaultAttribute);
    const Expression &call = *defaultAttribute->positional(0)->value;
    QVERIFY(call.isFunction());
    QCOMPARE(call.text, QStringLiteral("dbgenerated"));
    QCOMPARE(call.arguments.front().value->text, QStringLiteral("gen_random_uuid()"));
    QCOMPARE(fields[0]->attributes[2].name.name, QStringLiteral("db.Uuid"));
    QCOMPARE(fields[1]->attribute(u"default")->positional(0)->value->text, QStringLiteral("-1"));
    QCOMPARE(fields[1]->attribute(u"map")->named(u"name")->value->text, QStringLiteral("n_col"));
    QVERIFY(fields[2]->attribute(u"unique")->hasParentheses);
    QVERIFY(fields[2]->attribute(u"unique")->arguments.empty());
    const auto attributes = block->blockAttributes().toVector();
    QCOMPARE(attributes.size(), size_t(2));
    QVERIFY(attributes[0]->attribute.positional(0)->value->isConstant());
    QCOMPARE(attributes[1]->attribute.named(u"name")->value->text, QStringLiteral("ab"));
    QCOMPARE(attributes[1]->attribute.positional(0)->value->items.size(), size_t(2));
}

void TestParser::nestedArguments()
{
    const SchemaFile file = parseClean(QStringLiteral(
        "model M {\n  id Int @id\n  @@index([a(ops: raw(\"gin_trgm_ops\"), sort: Desc)], type: Gin)\n}\n"));
    const Attribute &index = file.blocks().front()->blockAttributes().toVector().front()->attribute;
    const Expression &list = *index.positional(0)->value;
    QVERIFY(list.isArray());
    const Expression &item = list.items.front();
    QVERIFY(item.isFunction());
    QCOMPARE(item.text, QStringLiteral("a"));
    QCOMPARE(item.arguments.size(), size_t(2));
    QCOMPARE(item.arguments[0].name.name, QStringLiteral("ops"));
    QVERIFY(item.arguments[0].value->isFunction());
    QCOMPARE(item.arguments[1].value->text, QStringLiteral("Desc"));
    QCOMPARE(index.named(u"type")->value->text, QStringLiteral("Gin"));
}

void TestParser::configBlocks()
{
    const SchemaFile file = parseClean(QStringLiteral(
        "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n"
        "  extensions = [pgvector(map: \"vector\"), citext]\n}\n"
        "generator client {\n  provider = \"prisma-client-js\"\n  binaryTargets = [\"native\", \"debian-openssl-3.0.x\"]\n}\n"));
    const Block *db = file.blocks()[0];
    QCOMPARE(db->property(u"provider")->value.text, QStringLiteral("postgresql"));
    QVERIFY(db->property(u"url")->value.isFunction());
    const Expression &extensions = db->property(u"extensions")->value;
    QCOMPARE(extensions.items.size(), size_t(2));
    QCOMPARE(extensions.items[0].raw, QStringLiteral("pgvector(map: \"vector\")"));
    QCOMPARE(file.blocks()[1]->property(u"binaryTargets")->value.items.size(), size_t(2));
}

void TestParser::commentsAndDocumentation()
{
    const SchemaFile file = parseClean(QStringLiteral(
        "/// The user\nmodel User {\n  /// primary key\n  // not documentation\n  id Int @id // trailing\n  /* block\n  comment */\n  name String\n}\n"));
    const Block *user = file.blocks().front();
    QCOMPARE(*user->documentation, QStringList{QStringLiteral("The user")});
    const auto fields = user->fields().toVector();
    QCOMPARE(*fields[0]->documentation, QStringList{QStringLiteral("primary key")});
    QVERIFY(fields[0]->trailingComment.has_value());
    QCOMPARE(fields[0]->trailingComment->text, QStringLiteral(" trailing"));
    QCOMPARE(fields.size(), size_t(2));
    int blockComments = 0;
    for (const BlockItem &item : user->items) {
        if (const CommentGroup *group = std::get_if<CommentGroup>(&item))
            for (const Comment &c : group->comments)
                blockComments += c.kind == Comment::Kind::Block;
    }
    QCOMPARE(blockComments, 1);
}

void TestParser::keywordsAsFieldNames()
{
    const SchemaFile file = parseClean(QStringLiteral("model M {\n  id Int @id\n  type String\n  model String\n  view Int\n  enum Int\n}\n"));
    const auto fields = file.blocks().front()->fields().toVector();
    QCOMPARE(fields.size(), size_t(5));
    QCOMPARE(fields[1]->name.name, QStringLiteral("type"));
    QCOMPARE(fields[2]->name.name, QStringLiteral("model"));
}

void TestParser::recoveryKeepsParsing()
{
    Diagnostics diagnostics;
    const SchemaFile file = parseText(QStringLiteral("model A {\n  id Int @id\n  name String @default(\"x\"\n  email String\n}\n"
                                                     "model B {\n  id Int @id\n}\n"),
                                      diagnostics);
    QCOMPARE(diagnostics.items().size(), size_t(1));
    QCOMPARE(diagnostics.items().front().span.line, 3);
    QCOMPARE(diagnostics.items().front().span.column, 3);
    const auto blocks = file.blocks();
    QCOMPARE(blocks.size(), size_t(2));
    QCOMPARE(blocks[0]->fields().count(), size_t(2)); // id and email; the bad line is kept as a RawLine
    QCOMPARE(blocks[1]->name.name, QStringLiteral("B"));
}

void TestParser::invalidLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("top-level garbage") << "foo bar\n" << 1 << 1 << "does not start with any known Prisma schema keyword";
    QTest::newRow("unknown block keyword") << "table {\n  id Int\n}\n" << 1 << 1 << "This block is invalid";
    QTest::newRow("unknown keyword with a name") << "table A {\n  id Int\n}\n" << 1 << 1 << "This line is invalid";
    QTest::newRow("bad field line") << "model A {\n  id Int @id\n  ??\n}\n" << 3 << 3 << "not a valid field or attribute definition";
    QTest::newRow("bad enum line") << "enum E {\n  A\n  B C\n}\n" << 3 << 3 << "not an enum value definition";
    QTest::newRow("bad datasource line") << "datasource db {\n  provider \"x\"\n}\n" << 2 << 3 << "within a datasource";
    QTest::newRow("unterminated string") << "model A {\n  id Int @id @default(\"x)\n}\n" << 2 << 3 << "not a valid field";
    QTest::newRow("trailing comma in array") << "model A {\n  id Int @id\n  @@index([a,])\n}\n" << 3 << 3 << "not a valid field";
}

void TestParser::invalidLines()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    Diagnostics diagnostics;
    parseText(text, diagnostics);
    QVERIFY(!diagnostics.isEmpty());
    const Diagnostic &first = diagnostics.items().front();
    QCOMPARE(first.span.line, line);
    QCOMPARE(first.span.column, column);
    QVERIFY2(first.message.contains(message), qPrintable(first.message));
}

void TestParser::unclosedBlock()
{
    // As in Prisma, a block whose `}` never comes is no block: its header and each line after it are lines
    // that cannot be read (tests/fixtures/invalid/syntax_unclosed_block_at_eof).
    Diagnostics diagnostics;
    const SchemaFile file = parseText(QStringLiteral("model A {\n  id Int @id\n"), diagnostics);
    QCOMPARE(diagnostics.errorCount(), 2);
    QCOMPARE(diagnostics.warningCount(), 1); // the hint: the model "A" is missing its closing brace
    QCOMPARE(diagnostics.items().front().span.line, 1);
    QVERIFY(diagnostics.items().front().isError());
    QCOMPARE(diagnostics.items().back().span.line, 2);
    QCOMPARE(diagnostics.items().back().span.column, 3);
    QCOMPARE(file.blocks().size(), size_t(0));
}

void TestParser::multipleFiles()
{
    SourceSet sources;
    sources.add(SourceFile(QStringLiteral("a.prisma"), QStringLiteral("model A {\n  id Int @id\n}\n")));
    sources.add(SourceFile(QStringLiteral("b.prisma"), QStringLiteral("model B {\n  id Int @id\n  x ?\n}\n")));
    Diagnostics diagnostics;
    const SchemaAst ast = Parser::parse(sources, diagnostics);
    attachFilePaths(diagnostics, sources);
    QCOMPARE(ast.files.size(), size_t(2));
    QCOMPARE(ast.blocks().size(), size_t(2));
    QCOMPARE(diagnostics.items().size(), size_t(1));
    QCOMPARE(diagnostics.items().front().span.file, 1);
    QCOMPARE(diagnostics.items().front().toString(),
             QStringLiteral("b.prisma:3:3: error: Error validating: This line is not a valid field or attribute definition."));
}

QTEST_APPLESS_MAIN(TestParser)
#include "tst_parser.moc"
