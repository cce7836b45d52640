// SPDX-License-Identifier: GPL-3.0-or-later
// The printer writes the graph back as Prisma schema text: what it prints must read back into an equal graph,
// and an unchanged graph printed into its own text must come out exactly as `prisma format` writes it.
#include "testsupport.h"

#include "psl/formatter.h"
#include "schema/editcommands.h"
#include "schema/schemacomparer.h"
#include "schema/schemagraph.h"
#include "schema/schemaprinter.h"

#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

using namespace strata;
using namespace strata::schema;

class TestSchemaPrinter : public QObject {
    Q_OBJECT
private slots:
    void quoted_data();
    void quoted();
    void defaultValues_data();
    void defaultValues();
    void printsPrismaFormat();
    void roundTrip_data();
    void roundTrip();
    void newGraphOrder();
    void layoutUnchangedIsFormatted();
    void layoutKeepsCommentsOfEditedNodes();
    void layoutRemovedNodeTakesItsComment();
    void layoutNewNodesFollowPredecessor();
    void layoutRenameModelRewritesReferences();
    void layoutMultiFile();
    void layoutEditCycle();
    void corpusRoundTrip_data();
    void corpusRoundTrip();
    void corpusLayout_data();
    void corpusLayout();
    void corpusLayoutEdited_data();
    void corpusLayoutEdited();
};

static const char *const datasource = "datasource db {\n  provider = \"postgresql\"\n}\n\n";

static LoadedSchema load(const QString &text)
{
    return tests::analyzeText(text);
}

/// Prints a graph, reads it back, and says what differs (empty when equal); fails on parse errors.
static QStringList reprintDifferences(const Schema &schema, QString *printed = nullptr)
{
    const QString text = SchemaPrinter::print(schema);
    if (printed)
        *printed = text;
    const LoadedSchema again = tests::analyzeText(text);
    QStringList problems = tests::errorLines(again.diagnostics);
    problems << SchemaComparer::differences(schema, again.schema);
    return problems;
}

void TestSchemaPrinter::quoted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "abc" << "\"abc\"";
    QTest::newRow("quote") << "a\"b" << "\"a\\\"b\"";
    QTest::newRow("backslash") << "a\\b" << "\"a\\\\b\"";
    QTest::newRow("newline") << "a\nb" << "\"a\\nb\"";
    QTest::newRow("empty") << "" << "\"\"";
}

void TestSchemaPrinter::quoted()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SchemaPrinter::quoted(text), expected);
}

void TestSchemaPrinter::defaultValues_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("attribute");
    const QString postgres = QStringLiteral("postgresql");
    QTest::newRow("string") << postgres << "String" << "@default(\"a \\\"b\\\"\")";
    QTest::newRow("number") << postgres << "Float" << "@default(-1.5)";
    QTest::newRow("boolean") << postgres << "Boolean" << "@default(true)";
    QTest::newRow("autoincrement") << postgres << "Int" << "@default(autoincrement())";
    QTest::newRow("now") << postgres << "DateTime" << "@default(now())";
    QTest::newRow("uuid") << postgres << "String" << "@default(uuid())";
    QTest::newRow("uuid 7") << postgres << "String" << "@default(uuid(7))";
    QTest::newRow("cuid 2") << postgres << "String" << "@default(cuid(2))";
    QTest::newRow("nanoid") << postgres << "String" << "@default(nanoid(10))";
    QTest::newRow("ulid") << postgres << "String" << "@default(ulid())";
    QTest::newRow("dbgenerated") << postgres << "String" << "@default(dbgenerated(\"gen_random_uuid()\"))";
    QTest::newRow("dbgenerated empty") << postgres << "String" << "@default(dbgenerated())";
    QTest::newRow("sequence") << "cockroachdb" << "BigInt" << "@default(sequence(maxValue: 10, start: 2))";
    QTest::newRow("list") << postgres << "Int[]" << "@default([1, 2])";
    QTest::newRow("map") << "sqlserver" << "Int" << "@default(3, map: \"d\")";
}

void TestSchemaPrinter::defaultValues()
{
    QFETCH(QString, provider);
    QFETCH(QString, type);
    QFETCH(QString, attribute);
    const LoadedSchema loaded = load(QStringLiteral("datasource db {\n  provider = \"%1\"\n}\n\n"
                                                    "model A {\n  id Int @id\n  v %2 %3\n}\n")
                                         .arg(provider, type, attribute));
    QVERIFY2(!loaded.diagnostics.hasErrors(), qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
    const Field *field = loaded.schema.models.front().field(u"v");
    QVERIFY(field);
    QVERIFY(field->defaultValue->isSet());
    const QString line = SchemaPrinter::fieldLine(*field, &loaded.schema.models.front());
    QVERIFY2(line.endsWith(attribute), qPrintable(line));
    const QStringList problems = reprintDifferences(loaded.schema);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestSchemaPrinter::printsPrismaFormat()
{
    const LoadedSchema loaded = load(QStringLiteral(
        "generator client {\n  provider = \"prisma-client-js\"\n}\n"
        "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n}\n"
        "/// A user\nmodel User {\n  id Int @default(autoincrement()) @id // trailing: lost\n"
        "  // plain comment: lost\n  /// the address\n  email String @unique @map(\"e_mail\") @db.VarChar(255)\n"
        "  posts Post[]\n  @@map(\"users\")\n  @@index([email(sort: Desc)], map: \"ix\")\n}\n"
        "model Post {\n  id Int @id\n  authorId Int\n"
        "  author User @relation(fields: [authorId], references: [id], onDelete: Cascade)\n}\n"
        "enum Role {\n  ADMIN @map(\"admin\")\n  /// plain users\n  USER\n  @@map(\"roles\")\n}\n"));
    QVERIFY2(!loaded.diagnostics.hasErrors(), qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
    const QString expected = QStringLiteral(
        "generator client {\n  provider = \"prisma-client-js\"\n}\n\n"
        "datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n"
        "/// A user\nmodel User {\n  id    Int    @id @default(autoincrement())\n  /// the address\n"
        "  email String @unique @map(\"e_mail\") @db.VarChar(255)\n  posts Post[]\n\n"
        "  @@index([email(sort: Desc)], map: \"ix\")\n  @@map(\"users\")\n}\n\n"
        "model Post {\n  id       Int  @id\n  authorId Int\n"
        "  author   User @relation(fields: [authorId], references: [id], onDelete: Cascade)\n}\n\n"
        "enum Role {\n  ADMIN @map(\"admin\")\n  /// plain users\n  USER\n\n  @@map(\"roles\")\n}\n");
    QCOMPARE(SchemaPrinter::print(loaded.schema), expected);
}

void TestSchemaPrinter::roundTrip_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("scalars and arity") << "model A {\n  id Int @id\n  a String?\n  b Float[]\n  c Json\n  d Bytes?\n"
                                          "  e BigInt\n  f Decimal @db.Decimal(10, 2)\n  g DateTime @updatedAt\n}\n";
    QTest::newRow("unsupported") << "model A {\n  id Int @id\n  v Unsupported(\"vector(3)\")?\n}\n";
    QTest::newRow("maps and ignore") << "model A {\n  id Int @id @map(\"_id\")\n  x Int @ignore\n  @@map(\"a_table\")\n}\n"
                                        "model B {\n  id Int @id\n  @@ignore\n}\n";
    QTest::newRow("compound keys") << "model A {\n  a Int\n  b Int\n  c String\n  @@id([a, b], name: \"ab\", map: \"pk\")\n"
                                      "  @@unique([b, c], name: \"bc\")\n  @@index([c(sort: Desc), a], type: BTree)\n  @@index([a], type: Hash)\n}\n";
    QTest::newRow("field index arguments") << "model A {\n  id String @id(map: \"pk\") @db.VarChar(10)\n"
                                              "  u String @unique(map: \"u_key\", sort: Desc)\n}\n";
    QTest::newRow("index ops") << "model A {\n  id Int @id\n  data Json\n  @@index([data(ops: JsonbPathOps)], type: Gin)\n}\n";
    QTest::newRow("enum") << "enum Role {\n  A @map(\"a\")\n  B\n  @@map(\"role\")\n}\n"
                             "model U {\n  id Int @id\n  role Role @default(A)\n  roles Role[] @default([A, B])\n}\n";
    QTest::newRow("one to many") << "model U {\n  id Int @id\n  posts P[]\n}\n"
                                    "model P {\n  id Int @id\n  uId Int\n  u U @relation(fields: [uId], references: [id], "
                                    "onDelete: Cascade, onUpdate: Restrict, map: \"fk\")\n}\n";
    QTest::newRow("one to one") << "model U {\n  id Int @id\n  p P?\n}\n"
                                   "model P {\n  id Int @id\n  uId Int @unique\n  u U @relation(fields: [uId], references: [id])\n}\n";
    QTest::newRow("many to many") << "model U {\n  id Int @id\n  ps P[]\n}\nmodel P {\n  id Int @id\n  us U[]\n}\n";
    QTest::newRow("named self relation")
        << "model N {\n  id Int @id\n  parentId Int?\n  parent N? @relation(\"tree\", fields: [parentId], references: [id])\n"
           "  children N[] @relation(\"tree\")\n}\n";
    QTest::newRow("documentation") << "/// model doc\n/// second line\nmodel A {\n  /// field doc\n  id Int @id\n}\n"
                                      "/// enum doc\nenum E {\n  /// value doc\n  X\n}\n";
    QTest::newRow("view") << "generator client {\n  provider        = \"prisma-client-js\"\n  previewFeatures = [\"views\"]\n}\n\n"
                             "view V {\n  id Int @unique\n  name String\n}\n";
}

void TestSchemaPrinter::roundTrip()
{
    QFETCH(QString, body);
    const LoadedSchema loaded = load(QString::fromLatin1(datasource) + body);
    QVERIFY2(!loaded.diagnostics.hasErrors(), qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
    QString printed;
    const QStringList problems = reprintDifferences(loaded.schema, &printed);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n') + u'\n' + printed));
    // Printing is stable: the printed text prints as itself.
    QCOMPARE(SchemaPrinter::print(tests::analyzeText(printed).schema), printed);
}

void TestSchemaPrinter::newGraphOrder()
{
    // A graph made in code: configuration first, then models, enums.
    Schema schema;
    Enum e;
    e.name = QStringLiteral("Color");
    e.values.push_back(EnumValue{0, QStringLiteral("RED"), {}, {}, {}});
    schema.enums.push_back(e);
    Model model;
    model.name = QStringLiteral("Paint");
    Field id;
    id.name = QStringLiteral("id");
    id.typeName = QStringLiteral("Int");
    id.kind = FieldKind::Scalar;
    id.isId = true;
    model.fields.push_back(id);
    Field color;
    color.name = QStringLiteral("color");
    color.typeName = QStringLiteral("Color");
    color.kind = FieldKind::Enum;
    model.fields.push_back(color);
    schema.models.push_back(model);
    Datasource source;
    source.name = QStringLiteral("db");
    source.provider = QStringLiteral("sqlite");
    schema.datasource = source;
    QCOMPARE(SchemaPrinter::print(schema),
             QStringLiteral("datasource db {\n  provider = \"sqlite\"\n}\n\nmodel Paint {\n  id    Int   @id\n  color Color\n}\n\n"
                            "enum Color {\n  RED\n}\n"));
}

static const char *const layoutText =
    "datasource db {\n"
    "  provider = \"postgresql\"\n"
    "}\n"
    "\n"
    "// Accounts -----------------------------------------------------------\n"
    "\n"
    "/// A person who signs in.\n"
    "model User {\n"
    "  id    Int     @id @default(autoincrement())\n"
    "  // how we reach them\n"
    "  email String  @unique // must be verified\n"
    "  name  String?\n"
    "  posts Post[]\n"
    "\n"
    "  @@map(\"users\")\n"
    "}\n"
    "\n"
    "// Content\n"
    "model Post {\n"
    "  id       Int  @id\n"
    "  authorId Int\n"
    "  author   User @relation(fields: [authorId], references: [id])\n"
    "\n"
    "  // lookups by author\n"
    "  @@index([authorId])\n"
    "}\n"
    "\n"
    "enum Role {\n"
    "  ADMIN // all rights\n"
    "  USER\n"
    "}\n";

void TestSchemaPrinter::layoutUnchangedIsFormatted()
{
    const LoadedSchema base = load(QString::fromLatin1(layoutText));
    QVERIFY(!base.diagnostics.hasErrors());
    const QStringList printed = SchemaPrinter::print(base.schema, base);
    QCOMPARE(printed.size(), 1);
    QCOMPARE(printed.front(), QString::fromLatin1(layoutText));
}

void TestSchemaPrinter::layoutKeepsCommentsOfEditedNodes()
{
    const LoadedSchema base = load(QString::fromLatin1(layoutText));
    SchemaGraph graph(base.schema);
    const Model *user = graph.schema().model(u"User");
    const Field *email = user->field(u"email");
    Field changed = *email;
    changed.mappedName = QStringLiteral("email_address");
    changed.setDocumentation(QStringList{QStringLiteral("Primary address.")});
    QVERIFY(graph.updateField(user->id, changed));
    const QString printed = SchemaPrinter::print(graph.schema(), base).front();
    QString expected = QString::fromLatin1(layoutText);
    expected.replace(QStringLiteral("  // how we reach them\n  email String  @unique // must be verified\n"),
                     QStringLiteral("  // how we reach them\n  /// Primary address.\n"
                                    "  email String  @unique @map(\"email_address\") // must be verified\n"));
    QCOMPARE(printed, expected);
}

void TestSchemaPrinter::layoutRemovedNodeTakesItsComment()
{
    const LoadedSchema base = load(QString::fromLatin1(layoutText));
    SchemaGraph graph(base.schema);
    const Model *user = graph.schema().model(u"User");
    QVERIFY(graph.removeField(user->id, user->field(u"email")->id));
    const Model *post = graph.schema().model(u"Post");
    QVERIFY(graph.removeIndex(post->id, post->indexes.back().id));
    const QString printed = SchemaPrinter::print(graph.schema(), base).front();
    QVERIFY2(!printed.contains(u"how we reach them"), qPrintable(printed));
    QVERIFY2(!printed.contains(u"lookups by author"), qPrintable(printed));
    QVERIFY2(printed.contains(u"// Accounts"), qPrintable(printed));
    QVERIFY2(printed.contains(u"  id    Int     @id @default(autoincrement())\n  name  String?\n"), qPrintable(printed));
}

void TestSchemaPrinter::layoutNewNodesFollowPredecessor()
{
    const LoadedSchema base = load(QString::fromLatin1(layoutText));
    SchemaGraph graph(base.schema);
    Model tag;
    tag.name = QStringLiteral("Tag");
    Field id;
    id.name = QStringLiteral("id");
    id.typeName = QStringLiteral("Int");
    id.isId = true;
    tag.fields.push_back(id);
    QVERIFY(graph.insertModel(1, tag)); // between User and Post
    Field bio;
    bio.name = QStringLiteral("bio");
    bio.typeName = QStringLiteral("String");
    bio.arity = Arity::Optional;
    QVERIFY(graph.insertField(graph.schema().model(u"User")->id, 3, bio));
    QVERIFY(graph.insertEnumValue(graph.schema().enums.front().id, -1, EnumValue{0, QStringLiteral("GUEST"), {}, {}, {}}));
    const QString printed = SchemaPrinter::print(graph.schema(), base).front();
    const int user = int(printed.indexOf(u"model User"));
    const int tagAt = int(printed.indexOf(u"model Tag {\n  id Int @id\n}"));
    const int content = int(printed.indexOf(u"// Content"));
    QVERIFY2(user >= 0 && tagAt > user && content > tagAt, qPrintable(printed));
    QVERIFY2(printed.contains(u"  name  String?\n  bio   String?\n  posts Post[]\n"), qPrintable(printed));
    QVERIFY2(printed.contains(u"  ADMIN // all rights\n  USER\n  GUEST\n"), qPrintable(printed));
}

void TestSchemaPrinter::layoutRenameModelRewritesReferences()
{
    const LoadedSchema base = load(QString::fromLatin1(layoutText));
    SchemaGraph graph(base.schema);
    QVERIFY(graph.renameModel(graph.schema().model(u"User")->id, QStringLiteral("Account")));
    const QString printed = SchemaPrinter::print(graph.schema(), base).front();
    QString expected = QString::fromLatin1(layoutText);
    expected.replace(QStringLiteral("model User {"), QStringLiteral("model Account {"));
    expected.replace(QStringLiteral("  id       Int  @id\n  authorId Int\n  author   User @relation"),
                     QStringLiteral("  id       Int     @id\n  authorId Int\n  author   Account @relation"));
    QCOMPARE(printed, expected);
    const LoadedSchema again = load(printed);
    QVERIFY(!again.diagnostics.hasErrors());
    QVERIFY(SchemaComparer::differences(graph.schema(), again.schema).isEmpty());
}

void TestSchemaPrinter::layoutMultiFile()
{
    psl::SourceSet sources;
    sources.add(psl::SourceFile(QStringLiteral("a.prisma"),
                                QStringLiteral("datasource db {\n  provider = \"sqlite\"\n}\n\nmodel A {\n  id Int @id\n}\n")));
    sources.add(psl::SourceFile(QStringLiteral("b.prisma"), QStringLiteral("// B lives here\nmodel B {\n  id Int @id\n}\n")));
    const LoadedSchema base = analyze(std::move(sources));
    QVERIFY(!base.diagnostics.hasErrors());
    SchemaGraph graph(base.schema);
    Model c;
    c.name = QStringLiteral("C");
    Field id;
    id.name = QStringLiteral("id");
    id.typeName = QStringLiteral("Int");
    id.isId = true;
    c.fields.push_back(id);
    QVERIFY(graph.insertModel(-1, c)); // after B: into B's file
    const QStringList printed = SchemaPrinter::print(graph.schema(), base);
    QCOMPARE(printed.size(), 2);
    QCOMPARE(printed[0], QStringLiteral("datasource db {\n  provider = \"sqlite\"\n}\n\nmodel A {\n  id Int @id\n}\n"));
    QCOMPARE(printed[1], QStringLiteral("// B lives here\nmodel B {\n  id Int @id\n}\n\nmodel C {\n  id Int @id\n}\n"));
}

void TestSchemaPrinter::layoutEditCycle()
{
    // What the document does: edit the graph, print into the last parse, re-parse with the edited graph as the
    // previous one (ids stay), and edit again on top of that.
    LoadedSchema base = load(QString::fromLatin1(layoutText));
    SchemaGraph graph(base.schema);
    const NodeId user = graph.schema().model(u"User")->id;
    QVERIFY(graph.renameField(user, graph.schema().model(u"User")->field(u"email")->id, QStringLiteral("mail")));
    for (int round = 0; round < 2; ++round) {
        const QString text = SchemaPrinter::print(graph.schema(), base).front();
        psl::SourceSet sources;
        sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), text));
        const Schema edited = graph.schema();
        base = analyze(std::move(sources), &edited);
        QVERIFY(!base.diagnostics.hasErrors());
        QVERIFY(SchemaComparer::differences(edited, base.schema).isEmpty());
        QCOMPARE(base.schema.model(u"User")->id, user);
        QCOMPARE(base.schema.model(u"User")->field(u"mail")->id, edited.model(u"User")->field(u"mail")->id);
        graph.replace(base.schema);
        static const QRegularExpression kept(QStringLiteral("  // how we reach them\n  mail +String +@unique // must be verified\n"));
        QVERIFY2(text.contains(kept), qPrintable(text));
        QVERIFY(text.contains(u"// Accounts"));
        Field extra;
        extra.name = QStringLiteral("extra%1").arg(round);
        extra.typeName = QStringLiteral("Int");
        QVERIFY(graph.insertField(user, -1, extra));
    }
    const QString text = SchemaPrinter::print(graph.schema(), base).front();
    QVERIFY2(text.contains(u"  extra0 Int\n  extra1 Int\n\n  @@map(\"users\")"), qPrintable(text));
}

void TestSchemaPrinter::corpusRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QString root = tests::corpusDir();
    if (root.isEmpty())
        QSKIP("The shared corpus (../shared/corpus beside the checkout) is not there; the corpus round trip is skipped.");
    for (const QString &path : tests::corpusSchemas(root))
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(path))) << path;
}

void TestSchemaPrinter::corpusRoundTrip()
{
    QFETCH(QString, path);
    LoadedSchema loaded;
    QString error;
    QVERIFY2(loadSchema(path, loaded, &error), qPrintable(error));
    if (loaded.diagnostics.hasErrors())
        QSKIP("Not a valid schema (Prisma rejects it too); nothing to round-trip.");
    // Multi-file schemas print into one text, which must say the same.
    const QStringList problems = reprintDifferences(loaded.schema);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
}

void TestSchemaPrinter::corpusLayout_data()
{
    corpusRoundTrip_data();
}

void TestSchemaPrinter::corpusLayout()
{
    QFETCH(QString, path);
    LoadedSchema loaded;
    QString error;
    QVERIFY2(loadSchema(path, loaded, &error), qPrintable(error));
    // An unchanged graph printed into its own text is exactly what `prisma format` makes of that text.
    const QStringList printed = SchemaPrinter::print(loaded.schema, loaded);
    const QStringList formatted = psl::Formatter::format(loaded.ast, loaded.sources);
    QCOMPARE(printed.size(), formatted.size());
    for (int i = 0; i < printed.size(); ++i)
        QCOMPARE(printed[i], formatted[i]);
}

void TestSchemaPrinter::corpusLayoutEdited_data()
{
    corpusRoundTrip_data();
}

void TestSchemaPrinter::corpusLayoutEdited()
{
    QFETCH(QString, path);
    LoadedSchema loaded;
    QString error;
    QVERIFY2(loadSchema(path, loaded, &error), qPrintable(error));
    if (loaded.diagnostics.hasErrors())
        QSKIP("Not a valid schema (Prisma rejects it too); nothing to edit.");
    // A few edits, printed into the original text: the result reads back as the edited graph and is valid.
    SchemaGraph graph(loaded.schema);
    QUndoStack stack;
    const Model &first = graph.schema().models.front();
    stack.push(new RenameModelCommand(&graph, first.id, QStringLiteral("Renamed") + first.name));
    const Model &last = graph.schema().models.back();
    const auto keyed = std::find_if(last.fields.begin(), last.fields.end(), [](const Field &f) { return f.isId; });
    if (keyed != last.fields.end())
        stack.push(new RenameFieldCommand(&graph, last.id, keyed->id, keyed->name + QStringLiteral("Renamed")));
    Field note;
    note.name = QStringLiteral("strataNote");
    note.typeName = QStringLiteral("String");
    note.arity = Arity::Optional;
    note.setDocumentation(QStringList{QStringLiteral("Added by the test.")});
    stack.push(new AddFieldCommand(&graph, graph.schema().models.back().id, note));
    if (!graph.schema().enums.empty()) {
        const Enum &e = graph.schema().enums.front();
        stack.push(new RenameEnumValueCommand(&graph, e.id, e.values.front().id, e.values.front().name + QStringLiteral("_X")));
    }
    QVERIFY(stack.count() >= 2);

    const QStringList printed = SchemaPrinter::print(graph.schema(), loaded);
    psl::SourceSet sources;
    for (int i = 0; i < printed.size(); ++i)
        sources.add(psl::SourceFile(loaded.sources.file(i).path(), printed[i]));
    const LoadedSchema again = analyze(std::move(sources));
    QVERIFY2(!again.diagnostics.hasErrors(), qPrintable(tests::errorLines(again.diagnostics).mid(0, 10).join(u'\n')));
    const QStringList problems = SchemaComparer::differences(graph.schema(), again.schema);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
    // Undoing everything prints the original text again, formatted.
    while (stack.canUndo())
        stack.undo();
    QCOMPARE(SchemaPrinter::print(graph.schema(), loaded), psl::Formatter::format(loaded.ast, loaded.sources));
}

QTEST_GUILESS_MAIN(TestSchemaPrinter)
#include "tst_schemaprinter.moc"
