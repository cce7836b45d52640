// SPDX-License-Identifier: GPL-3.0-or-later
// The builder turns the syntax tree into the graph: field kinds, arity, defaults, native types, names,
// indexes, relation edges, and ids that survive a rebuild where names did not change.
#include "testsupport.h"

#include "schema/schemabuilder.h"

#include <QTest>

using namespace strata;
using namespace strata::schema;

class TestSchemaBuilder : public QObject {
    Q_OBJECT
private slots:
    void scalarTypeNames();
    void fieldKinds_data();
    void fieldKinds();
    void arity_data();
    void arity();
    void defaults_data();
    void defaults();
    void nativeTypes_data();
    void nativeTypes();
    void mappedNames();
    void blockAttributes();
    void indexes_data();
    void indexes();
    void fieldLevelIndexes();
    void relations_data();
    void relations();
    void relationAttribute();
    void configuration();
    void documentation();
    void stableIds();
    void newIdsForRenamedNodes();
    void textReleasedAfterParsing();
    void validationIndexesKeptOnRequest_data();
    void validationIndexesKeptOnRequest();
    void largeSchemaInSourceOrder();
};

static Schema build(const QString &body, const Schema *previous = nullptr)
{
    psl::SourceSet sources;
    sources.add(psl::SourceFile(QStringLiteral("schema.prisma"),
                                QStringLiteral("datasource db {\n  provider = \"postgresql\"\n}\n\n") + body));
    return analyze(std::move(sources), previous).schema;
}

/// The field `A.f` of a schema made of one model A holding `line` (plus an id), beside an enum and a model.
static Field fieldOf(const QString &line)
{
    const Schema schema = build(QStringLiteral("model A {\n  id Int @id\n  %1\n}\n\nmodel B {\n  id Int @id\n}\n\n"
                                               "enum E {\n  X\n  Y\n}\n\ntype T {\n  x Int\n}\n")
                                    .arg(line));
    const Field *field = schema.models.front().field(u"f");
    return field ? *field : Field();
}

void TestSchemaBuilder::fieldKinds_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("scalar"); // -1: none
    QTest::newRow("String") << "f String" << int(FieldKind::Scalar) << int(ScalarType::String);
    QTest::newRow("Boolean") << "f Boolean" << int(FieldKind::Scalar) << int(ScalarType::Boolean);
    QTest::newRow("Int") << "f Int" << int(FieldKind::Scalar) << int(ScalarType::Int);
    QTest::newRow("BigInt") << "f BigInt" << int(FieldKind::Scalar) << int(ScalarType::BigInt);
    QTest::newRow("Float") << "f Float" << int(FieldKind::Scalar) << int(ScalarType::Float);
    QTest::newRow("Decimal") << "f Decimal" << int(FieldKind::Scalar) << int(ScalarType::Decimal);
    QTest::newRow("DateTime") << "f DateTime" << int(FieldKind::Scalar) << int(ScalarType::DateTime);
    QTest::newRow("Json") << "f Json" << int(FieldKind::Scalar) << int(ScalarType::Json);
    QTest::newRow("Bytes") << "f Bytes" << int(FieldKind::Scalar) << int(ScalarType::Bytes);
    QTest::newRow("enum") << "f E" << int(FieldKind::Enum) << -1;
    QTest::newRow("relation") << "f B?" << int(FieldKind::Relation) << -1;
    QTest::newRow("composite") << "f T" << int(FieldKind::Composite) << -1;
    QTest::newRow("unsupported") << "f Unsupported(\"circle\")" << int(FieldKind::Unsupported) << -1;
    QTest::newRow("unknown") << "f Nope" << int(FieldKind::Unknown) << -1;
}

void TestSchemaBuilder::fieldKinds()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(int, scalar);
    const Field field = fieldOf(line);
    QCOMPARE(field.name, QStringLiteral("f"));
    QCOMPARE(int(field.kind), kind);
    QCOMPARE(field.scalarType.has_value(), scalar >= 0);
    if (scalar >= 0)
        QCOMPARE(int(*field.scalarType), scalar);
    if (field.kind == FieldKind::Unsupported) {
        QCOMPARE(field.typeName, QStringLiteral("Unsupported"));
        QCOMPARE(field.unsupportedType(), QStringLiteral("circle"));
    }
}

void TestSchemaBuilder::arity_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("arity");
    QTest::newRow("required") << "f Int" << int(Arity::Required);
    QTest::newRow("optional") << "f Int?" << int(Arity::Optional);
    QTest::newRow("list") << "f Int[]" << int(Arity::List);
    QTest::newRow("legacy list") << "f [Int]" << int(Arity::List);
    QTest::newRow("legacy required") << "f Int!" << int(Arity::Required);
}

void TestSchemaBuilder::arity()
{
    QFETCH(QString, line);
    QFETCH(int, arity);
    QCOMPARE(int(fieldOf(line).arity), arity);
}

void TestSchemaBuilder::defaults_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("version");
    using K = DefaultValue::Kind;
    QTest::newRow("string") << "f String @default(\"a\\\"b\")" << int(K::String) << "a\"b" << 0;
    QTest::newRow("number") << "f Float @default(-1.5)" << int(K::Number) << "-1.5" << 0;
    QTest::newRow("boolean") << "f Boolean @default(false)" << int(K::Boolean) << "false" << 0;
    QTest::newRow("enum value") << "f E @default(Y)" << int(K::EnumValue) << "Y" << 0;
    QTest::newRow("autoincrement") << "f Int @default(autoincrement())" << int(K::Autoincrement) << "autoincrement" << 0;
    QTest::newRow("now") << "f DateTime @default(now())" << int(K::Now) << "now" << 0;
    QTest::newRow("uuid") << "f String @default(uuid(7))" << int(K::Uuid) << "uuid" << 7;
    QTest::newRow("cuid") << "f String @default(cuid())" << int(K::Cuid) << "cuid" << 0;
    QTest::newRow("nanoid") << "f String @default(nanoid(12))" << int(K::Nanoid) << "nanoid" << 12;
    QTest::newRow("ulid") << "f String @default(ulid())" << int(K::Ulid) << "ulid" << 0;
    QTest::newRow("dbgenerated") << "f String @default(dbgenerated(\"gen()\"))" << int(K::DbGenerated) << "gen()" << 0;
    QTest::newRow("dbgenerated empty") << "f String @default(dbgenerated())" << int(K::DbGenerated) << "" << 0;
    QTest::newRow("list") << "f Int[] @default([1, 2])" << int(K::List) << "" << 0;
}

void TestSchemaBuilder::defaults()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QFETCH(QString, value);
    QFETCH(int, version);
    const Field field = fieldOf(line);
    QCOMPARE(int(field.defaultValue->kind), kind);
    QCOMPARE(field.defaultValue->value, value);
    QCOMPARE(field.defaultValue->version, version);
    if (field.defaultValue->kind == DefaultValue::Kind::List) {
        QCOMPARE(field.defaultValue->items->size(), size_t(2));
        QCOMPARE((*field.defaultValue->items)[1].value, QStringLiteral("2"));
    }
}

void TestSchemaBuilder::nativeTypes_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no arguments") << "f String @db.Text" << "Text" << QStringList();
    QTest::newRow("one") << "f String @db.VarChar(255)" << "VarChar" << QStringList{QStringLiteral("255")};
    QTest::newRow("two") << "f Decimal @db.Decimal(10, 2)" << "Decimal" << QStringList{QStringLiteral("10"), QStringLiteral("2")};
    QTest::newRow("none") << "f String" << "" << QStringList();
}

void TestSchemaBuilder::nativeTypes()
{
    QFETCH(QString, line);
    QFETCH(QString, name);
    QFETCH(QStringList, arguments);
    const Field field = fieldOf(line);
    QCOMPARE(field.nativeType->name, name);
    QCOMPARE(field.nativeType->arguments, arguments);
    QCOMPARE(field.nativeType->isSet(), !name.isEmpty());
}

void TestSchemaBuilder::mappedNames()
{
    const Schema schema = build(QStringLiteral("model User {\n  id Int @id @map(\"user_id\")\n  name String\n  @@map(\"users\")\n"
                                               "  @@schema(\"auth\")\n}\n\nenum Role {\n  A @map(\"a\")\n  B\n  @@map(\"roles\")\n}\n"));
    const Model &user = schema.models.front();
    QCOMPARE(user.mappedName, QStringLiteral("users"));
    QCOMPARE(user.databaseName(), QStringLiteral("users"));
    QCOMPARE(user.schemaName, QStringLiteral("auth"));
    QCOMPARE(user.field(u"id")->mappedName, QStringLiteral("user_id"));
    QCOMPARE(user.field(u"id")->databaseName(), QStringLiteral("user_id"));
    QCOMPARE(user.field(u"name")->databaseName(), QStringLiteral("name"));
    const Enum &role = schema.enums.front();
    QCOMPARE(role.mappedName, QStringLiteral("roles"));
    QCOMPARE(role.value(u"A")->mappedName, QStringLiteral("a"));
    QCOMPARE(role.value(u"B")->databaseName(), QStringLiteral("B"));
}

void TestSchemaBuilder::blockAttributes()
{
    const Schema schema = build(QStringLiteral("model A {\n  id Int @id\n  f Int @ignore\n  u DateTime @updatedAt\n  @@ignore\n}\n"
                                               "generator g {\n  provider = \"prisma-client-js\"\n  previewFeatures = [\"views\"]\n}\n"
                                               "view V {\n  id Int @unique\n}\n"));
    const Model &a = schema.models.front();
    QVERIFY(a.isIgnored);
    QVERIFY(!a.isView);
    QVERIFY(a.field(u"f")->isIgnored);
    QVERIFY(a.field(u"u")->isUpdatedAt);
    QVERIFY(schema.models.back().isView);
}

void TestSchemaBuilder::indexes_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("sort");     // of the first field
    QTest::addColumn<int>("length");       // of the first field
    QTest::addColumn<QString>("ops");      // of the first field
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("map");
    QTest::addColumn<QString>("algorithm");
    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("index") << "@@index([a, b])" << int(IndexKind::Normal) << ab << "" << 0 << "" << "" << "" << "";
    QTest::newRow("bare field") << "@@index(a)" << int(IndexKind::Normal) << QStringList{QStringLiteral("a")} << "" << 0 << ""
                                << "" << "" << "";
    QTest::newRow("sort and map") << "@@index([a(sort: Desc), b], map: \"ix\")" << int(IndexKind::Normal) << ab << "Desc" << 0
                                  << "" << "" << "ix" << "";
    QTest::newRow("length") << "@@index([a(length: 10), b])" << int(IndexKind::Normal) << ab << "" << 10 << "" << "" << ""
                            << "";
    QTest::newRow("ops and type") << "@@index([j(ops: JsonbPathOps)], type: Gin)" << int(IndexKind::Normal)
                                  << QStringList{QStringLiteral("j")} << "" << 0 << "JsonbPathOps" << "" << "" << "Gin";
    QTest::newRow("raw ops") << "@@index([a(ops: raw(\"gin_trgm_ops\"))], type: Gin)" << int(IndexKind::Normal)
                             << QStringList{QStringLiteral("a")} << "" << 0 << "raw(\"gin_trgm_ops\")" << "" << "" << "Gin";
    QTest::newRow("unique") << "@@unique([a, b], name: \"ab\", map: \"ab_key\")" << int(IndexKind::Unique) << ab << "" << 0
                            << "" << "ab" << "ab_key" << "";
    QTest::newRow("fulltext") << "@@fulltext([a, b])" << int(IndexKind::Fulltext) << ab << "" << 0 << "" << "" << "" << "";
}

void TestSchemaBuilder::indexes()
{
    QFETCH(QString, attribute);
    QFETCH(int, kind);
    QFETCH(QStringList, fields);
    QFETCH(QString, sort);
    QFETCH(int, length);
    QFETCH(QString, ops);
    QFETCH(QString, name);
    QFETCH(QString, map);
    QFETCH(QString, algorithm);
    const Schema schema = build(QStringLiteral("model A {\n  id Int @id\n  a String\n  b String\n  j Json\n  %1\n}\n").arg(attribute));
    const Model &model = schema.models.front();
    QCOMPARE(model.indexes.size(), size_t(2)); // @id and this one
    const Index &index = model.indexes.back();
    QVERIFY(!index.fromFieldAttribute);
    QVERIFY(index.id != 0);
    QCOMPARE(int(index.kind), kind);
    QCOMPARE(index.fieldNames(), fields);
    QCOMPARE(index.fields.front().sort, sort);
    QCOMPARE(index.fields.front().length, length);
    QCOMPARE(index.fields.front().ops, ops);
    QCOMPARE(index.name, name);
    QCOMPARE(index.map, map);
    QCOMPARE(index.algorithm, algorithm);
}

void TestSchemaBuilder::fieldLevelIndexes()
{
    const Schema schema = build(QStringLiteral("model A {\n  id String @id(map: \"pk\", sort: Desc)\n  u String @unique(length: 8)\n"
                                               "  v String\n  w String\n  @@id([v, w])\n}\n"));
    const Model &model = schema.models.front();
    QVERIFY(model.field(u"id")->isId);
    QVERIFY(model.field(u"u")->isUnique);
    QVERIFY(!model.field(u"v")->isId); // part of a compound key, no @id of its own
    QCOMPARE(model.indexes.size(), size_t(3));
    const Index &id = model.indexes[0];
    QCOMPARE(id.kind, IndexKind::PrimaryKey);
    QVERIFY(id.fromFieldAttribute);
    QCOMPARE(id.map, QStringLiteral("pk"));
    QCOMPARE(id.fields.front().sort, QStringLiteral("Desc"));
    QCOMPARE(model.indexes[1].kind, IndexKind::Unique);
    QCOMPARE(model.indexes[1].fields.front().length, 8);
    QCOMPARE(model.primaryKey(), &model.indexes[0]);
    QCOMPARE(model.indexes[2].fieldNames(), (QStringList{QStringLiteral("v"), QStringLiteral("w")}));
}

void TestSchemaBuilder::relations_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("ends"); // modelA.fieldA -> modelB.fieldB of the first relation
    QTest::addColumn<QString>("name");
    QTest::newRow("one to many") << "model U {\n  id Int @id\n  posts P[]\n}\nmodel P {\n  id Int @id\n  uId Int\n"
                                    "  u U @relation(fields: [uId], references: [id])\n}\n"
                                 << 1 << int(RelationKind::OneToMany) << "P.u -> U.posts" << "";
    QTest::newRow("one to one") << "model U {\n  id Int @id\n  profile P?\n}\nmodel P {\n  id Int @id\n  uId Int @unique\n"
                                   "  u U @relation(fields: [uId], references: [id])\n}\n"
                                << 1 << int(RelationKind::OneToOne) << "P.u -> U.profile" << "";
    QTest::newRow("many to many") << "model U {\n  id Int @id\n  tags T[]\n}\nmodel T {\n  id Int @id\n  users U[]\n}\n"
                                  << 1 << int(RelationKind::ManyToMany) << "T.users -> U.tags" << "";
    QTest::newRow("self") << "model N {\n  id Int @id\n  parentId Int?\n  parent N? @relation(\"tree\", fields: [parentId], "
                             "references: [id])\n  children N[] @relation(\"tree\")\n}\n"
                          << 1 << int(RelationKind::OneToMany) << "N.parent -> N.children" << "tree";
    QTest::newRow("named pair") << "model U {\n  id Int @id\n  written P[] @relation(\"author\")\n  edited P[] @relation(\"editor\")\n}\n"
                                   "model P {\n  id Int @id\n  aId Int\n  eId Int\n"
                                   "  author U @relation(\"author\", fields: [aId], references: [id])\n"
                                   "  editor U @relation(\"editor\", fields: [eId], references: [id])\n}\n"
                                << 2 << int(RelationKind::OneToMany) << "P.author -> U.written" << "author";
    QTest::newRow("missing back relation") << "model U {\n  id Int @id\n}\nmodel P {\n  id Int @id\n  uId Int\n"
                                              "  u U @relation(fields: [uId], references: [id])\n}\n"
                                           << 1 << int(RelationKind::OneToOne) << "P.u -> U." << "";
}

void TestSchemaBuilder::relations()
{
    QFETCH(QString, body);
    QFETCH(int, count);
    QFETCH(int, kind);
    QFETCH(QString, ends);
    QFETCH(QString, name);
    const Schema schema = build(body);
    QCOMPARE(int(schema.relations.size()), count);
    const Relation &relation = schema.relations.front();
    QCOMPARE(int(relation.kind), kind);
    QCOMPARE(QStringLiteral("%1.%2 -> %3.%4").arg(relation.modelA, relation.fieldA, relation.modelB, relation.fieldB), ends);
    QCOMPARE(relation.name, name);
    QVERIFY(relation.id != 0);
    QCOMPARE(schema.relationById(relation.id), &relation);
    QCOMPARE(schema.relationOf(relation.modelA, relation.fieldA), &relation);
    if (count > 1)
        QVERIFY(schema.relations[0].id != schema.relations[1].id);
}

void TestSchemaBuilder::relationAttribute()
{
    const Field field = fieldOf(QStringLiteral("bId Int\n  f B @relation(\"n\", fields: [bId], references: [id], onDelete: Cascade, "
                                               "onUpdate: SetNull, map: \"fk\")"));
    const RelationAttribute &relation = *field.relation;
    QVERIFY(relation.present);
    QCOMPARE(relation.name, QStringLiteral("n"));
    QCOMPARE(relation.fields, QStringList{QStringLiteral("bId")});
    QCOMPARE(relation.references, QStringList{QStringLiteral("id")});
    QCOMPARE(relation.onDelete, ReferentialAction::Cascade);
    QCOMPARE(relation.onUpdate, ReferentialAction::SetNull);
    QCOMPARE(relation.map, QStringLiteral("fk"));
}

void TestSchemaBuilder::configuration()
{
    const Schema schema = tests::analyzeText(QStringLiteral(
        "datasource db {\n  provider = \"postgresql\"\n  url = env(\"DATABASE_URL\")\n  relationMode = \"prisma\"\n"
        "  extensions = [pgvector(map: \"vector\")]\n}\n"
        "generator client {\n  provider = \"prisma-client-js\"\n  output = \"../gen\"\n  previewFeatures = [\"postgresqlExtensions\"]\n}\n")).schema;
    QVERIFY(schema.datasource);
    QCOMPARE(schema.provider(), Provider::PostgreSql);
    QVERIFY(schema.datasource->hasUrl);
    QVERIFY(schema.usesPrismaRelationMode());
    QCOMPARE(schema.datasource->extensions, QStringList{QStringLiteral("pgvector(map: \"vector\")")});
    QCOMPARE(schema.datasource->properties.size(), size_t(4));
    QCOMPARE(schema.datasource->properties[1].name, QStringLiteral("url"));
    QCOMPARE(schema.datasource->properties[1].value, QStringLiteral("env(\"DATABASE_URL\")"));
    QCOMPARE(schema.generators.size(), size_t(1));
    QCOMPARE(schema.generators.front().output, QStringLiteral("../gen"));
    QVERIFY(schema.hasPreviewFeature(u"postgresqlextensions"));
    QCOMPARE(schema.generators.front().properties.back().value, QStringLiteral("[\"postgresqlExtensions\"]"));
}

void TestSchemaBuilder::documentation()
{
    const Schema schema = build(QStringLiteral("// not documentation\n/// Model doc\n///   indented\nmodel A {\n  /// Field doc\n"
                                               "  // plain\n  id Int @id\n}\n/// Enum doc\nenum E {\n  /// Value doc\n  X\n}\n"));
    QCOMPARE(schema.models.front().documentation, (QStringList{QStringLiteral("Model doc"), QStringLiteral("indented")}));
    QCOMPARE(schema.models.front().fields.front().documentation(), QStringList{QStringLiteral("Field doc")});
    QCOMPARE(schema.enums.front().documentation, QStringList{QStringLiteral("Enum doc")});
    QCOMPARE(schema.enums.front().values.front().documentation, QStringList{QStringLiteral("Value doc")});
}

static const char *const stableText =
    "model User {\n  id Int @id\n  email String @unique\n  posts Post[]\n  @@index([email])\n}\n"
    "model Post {\n  id Int @id\n  userId Int\n  user User @relation(fields: [userId], references: [id])\n}\n"
    "enum Role {\n  A\n  B\n}\n";

void TestSchemaBuilder::stableIds()
{
    const Schema first = build(QString::fromLatin1(stableText));
    // The same text again, with a new field and a comment: every old node keeps its id.
    QString changed = QString::fromLatin1(stableText);
    changed.replace(QStringLiteral("  email String @unique\n"), QStringLiteral("  // contact\n  email String @unique\n  age Int?\n"));
    const Schema second = build(changed, &first);
    const Model &user1 = first.models.front();
    const Model &user2 = second.models.front();
    QCOMPARE(user2.id, user1.id);
    QCOMPARE(user2.field(u"id")->id, user1.field(u"id")->id);
    QCOMPARE(user2.field(u"email")->id, user1.field(u"email")->id);
    QCOMPARE(user2.field(u"posts")->id, user1.field(u"posts")->id);
    QVERIFY(user2.field(u"age")->id != 0);
    QVERIFY(user2.field(u"age")->id != user1.field(u"email")->id);
    QCOMPARE(user2.indexes.back().id, user1.indexes.back().id);
    QCOMPARE(second.models.back().id, first.models.back().id);
    QCOMPARE(second.enums.front().id, first.enums.front().id);
    QCOMPARE(second.enums.front().values.back().id, first.enums.front().values.back().id);
    QCOMPARE(second.relations.front().id, first.relations.front().id);
    // Without a previous graph every id is new.
    const Schema fresh = build(QString::fromLatin1(stableText));
    QVERIFY(fresh.models.front().id != first.models.front().id);
}

void TestSchemaBuilder::newIdsForRenamedNodes()
{
    const Schema first = build(QString::fromLatin1(stableText));
    QString renamed = QString::fromLatin1(stableText);
    renamed.replace(QStringLiteral("email String"), QStringLiteral("mail String"));
    renamed.replace(QStringLiteral("@@index([email])"), QStringLiteral("@@index([mail])"));
    renamed.replace(QStringLiteral("enum Role"), QStringLiteral("enum Kind"));
    const Schema second = build(renamed, &first);
    const Model &user1 = first.models.front();
    const Model &user2 = second.models.front();
    QCOMPARE(user2.id, user1.id);
    QVERIFY(user2.field(u"mail")->id != user1.field(u"email")->id);
    QVERIFY(user2.indexes.back().id != user1.indexes.back().id); // an index over other fields
    QCOMPARE(user2.field(u"id")->id, user1.field(u"id")->id);
    // A renamed enum is a new node, and so are its values (their parent's name changed).
    QVERIFY(second.enums.front().id != first.enums.front().id);
    QVERIFY(second.enums.front().values.front().id != first.enums.front().values.front().id);
}

void TestSchemaBuilder::textReleasedAfterParsing()
{
    // For commands that need only the graph: the same graph and diagnostics, without the text.
    const QString text = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n}\n\n"
                                        "model A {\n  id Int @id\n  b B @relation(fields: [bId], references: [id])\n  bId Int\n}\n\n"
                                        "model B {\n  id Int @id\n  x Unknown\n}\n");
    auto sources = [&] {
        psl::SourceSet set;
        set.add(psl::SourceFile(QStringLiteral("dir/schema.prisma"), text));
        return set;
    };
    const LoadedSchema kept = analyze(sources());
    const LoadedSchema released = analyze(sources(), nullptr, SourceText::ReleaseAfterParsing);
    QCOMPARE(kept.sources.file(0).text(), text);
    QCOMPARE(released.sources.size(), 1);
    QCOMPARE(released.sources.file(0).path(), QStringLiteral("dir/schema.prisma"));
    QVERIFY(released.sources.file(0).text().isEmpty());
    QCOMPARE(released.schema.models.size(), kept.schema.models.size());
    QCOMPARE(released.schema.models[0].fields.size(), kept.schema.models[0].fields.size());
    QVERIFY(released.diagnostics.hasErrors());
    QCOMPARE(released.diagnostics.items().size(), kept.diagnostics.items().size());
    for (size_t i = 0; i < kept.diagnostics.items().size(); ++i)
        QCOMPARE(released.diagnostics.items()[i].toString(), kept.diagnostics.items()[i].toString());
}

void TestSchemaBuilder::validationIndexesKeptOnRequest_data()
{
    QTest::addColumn<int>("models");
    QTest::addColumn<bool>("clash"); // an error: the run on two threads is done again on one
    QTest::newRow("one thread") << 3 << true;
    QTest::newRow("slices on two threads") << 300 << false;
    QTest::newRow("slices, then in order") << 300 << true;
}

void TestSchemaBuilder::validationIndexesKeptOnRequest()
{
    // A command that exits right after keeps what the validator built instead of freeing it; nothing else changes.
    QFETCH(int, models);
    QFETCH(bool, clash);
    QString text = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n}\n\n") + tests::generatedModels(models, QStringLiteral("M"));
    if (clash)
        text += QStringLiteral("model Odd {\n  id Int @id\n  a Int\n  @@unique([a], map: \"Odd_pkey\")\n}\n");
    auto sources = [&] {
        psl::SourceSet set;
        set.add(psl::SourceFile(QStringLiteral("schema.prisma"), text));
        return set;
    };
    const LoadedSchema freed = analyze(sources());
    const LoadedSchema kept = analyze(sources(), nullptr, SourceText::Keep, ValidationIndexes::Keep);
    QVERIFY(!freed.validationIndexes);
    QVERIFY(kept.validationIndexes);
    QCOMPARE(kept.diagnostics.hasErrors(), clash);
    QCOMPARE(kept.diagnostics.items().size(), freed.diagnostics.items().size());
    for (size_t i = 0; i < kept.diagnostics.items().size(); ++i)
        QCOMPARE(kept.diagnostics.items()[i].toString(), freed.diagnostics.items()[i].toString());
}

void TestSchemaBuilder::largeSchemaInSourceOrder()
{
    // 1,000 models and more are built on two threads, which take chunks of 64 models in turn; fewer on one. The
    // graph is in source order either way, and the relations are paired in the order of a build on one thread.
    const QString datasource = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n}\n\n");
    const LoadedSchema oneThread = tests::analyzeText(datasource + tests::generatedModels(400, QStringLiteral("M")));
    const LoadedSchema twoThreads = tests::analyzeText(datasource + tests::generatedModels(1500, QStringLiteral("M")));
    QVERIFY(!oneThread.diagnostics.hasErrors());
    QVERIFY(!twoThreads.diagnostics.hasErrors());
    QCOMPARE(twoThreads.schema.models.size(), size_t(1500));
    for (size_t i = 0; i < twoThreads.schema.models.size(); ++i) {
        const Model &model = twoThreads.schema.models[i];
        QCOMPARE(model.name, QStringLiteral("M%1").arg(i));
        QCOMPARE(model.fields.size(), size_t(4 + (i > 0 ? 2 : 0) + (i + 1 < 1500 ? 1 : 0)));
    }
    QCOMPARE(oneThread.schema.relations.size(), size_t(399));
    QCOMPARE(twoThreads.schema.relations.size(), size_t(1499));
    for (size_t i = 0; i < oneThread.schema.relations.size(); ++i) {
        const Relation &one = oneThread.schema.relations[i];
        const Relation &two = twoThreads.schema.relations[i];
        QCOMPARE(two.modelA, one.modelA);
        QCOMPARE(two.fieldA, one.fieldA);
        QCOMPARE(two.modelB, one.modelB);
        QCOMPARE(two.fieldB, one.fieldB);
        QCOMPARE(two.kind, one.kind);
    }
}

void TestSchemaBuilder::scalarTypeNames()
{
    using schema::ScalarType;
    const std::pair<const char16_t *, ScalarType> names[] = {
        {u"String", ScalarType::String}, {u"Boolean", ScalarType::Boolean}, {u"Int", ScalarType::Int},
        {u"BigInt", ScalarType::BigInt}, {u"Float", ScalarType::Float},     {u"Decimal", ScalarType::Decimal},
        {u"DateTime", ScalarType::DateTime}, {u"Json", ScalarType::Json},   {u"Bytes", ScalarType::Bytes},
    };
    for (const auto &[name, type] : names) {
        QCOMPARE(schema::scalarTypeFromName(QStringView(name)), std::optional<ScalarType>(type));
        QCOMPARE(schema::scalarTypeName(type), QString::fromUtf16(name));
    }
    for (const char16_t *other : {u"", u"string", u"Strin", u"Ints", u"Byte", u"Bytez", u"Floats", u"BigInts", u"Datetime",
                                  u"Decimals", u"Booleans", u"Post", u"StringX"})
        QCOMPARE(schema::scalarTypeFromName(QStringView(other)), std::nullopt);
}

QTEST_GUILESS_MAIN(TestSchemaBuilder)
#include "tst_schemabuilder.moc"
