// SPDX-License-Identifier: GPL-3.0-or-later
// SchemaCalculator: the SQL schema Prisma derives from a schema graph (types, defaults, keys, names, join
// tables, namespaces). The facts come from Prisma's engine; the goldens of tst_differ check the rendered SQL.
#include "testsupport.h"

#include "sql/schemacalculator.h"

#include <QTest>

using namespace strata;
using sql::ColumnDefault;

namespace {

sql::SqlSchema calculate(const QString &provider, const QString &body)
{
    const QString text = QStringLiteral("datasource db {\n  provider = \"%1\"\n}\n").arg(provider) + body;
    const schema::LoadedSchema loaded = tests::analyzeText(text);
    if (loaded.diagnostics.hasErrors())
        qWarning("%s", qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
    return *sql::SchemaCalculator::calculate(loaded.schema);
}

const sql::Column &column(const sql::SqlSchema &schema, const QString &table, const QString &name)
{
    static const sql::Column none;
    const sql::Table *t = schema.table(table);
    if (!t)
        return none;
    const sql::Column *c = t->column(name);
    return c ? *c : none;
}

QStringList indexNames(const sql::Table &table)
{
    QStringList names;
    for (const sql::Index &index : table.indexes)
        names << index.name;
    return names;
}

} // namespace

class TestSchemaCalculator : public QObject {
    Q_OBJECT
private slots:
    void postgresTypes_data();
    void postgresTypes();
    void sqliteTypes_data();
    void sqliteTypes();
    void defaults_data();
    void defaults();
    void keysAndIndexes();
    void constraintNameTruncation();
    void foreignKeys();
    void relationModePrisma();
    void joinTables();
    void namespacesAndEnums();
    void extensions();
    void viewsAreSkipped();
    void rarePartsOutOfLine();
    void largeSchemaTablesInModelOrder();
};

void TestSchemaCalculator::postgresTypes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<bool>("array");
    QTest::newRow("String") << "String" << "TEXT" << false << false;
    QTest::newRow("Int?") << "Int?" << "INTEGER" << true << false;
    QTest::newRow("BigInt") << "BigInt" << "BIGINT" << false << false;
    QTest::newRow("Float") << "Float" << "DOUBLE PRECISION" << false << false;
    QTest::newRow("Decimal") << "Decimal" << "DECIMAL(65,30)" << false << false;
    QTest::newRow("DateTime") << "DateTime" << "TIMESTAMP(3)" << false << false;
    QTest::newRow("Json") << "Json" << "JSONB" << false << false;
    QTest::newRow("Bytes") << "Bytes" << "BYTEA" << false << false;
    QTest::newRow("Boolean") << "Boolean" << "BOOLEAN" << false << false;
    QTest::newRow("String[]") << "String[]" << "TEXT" << true << true;
    QTest::newRow("VarChar") << "String @db.VarChar(255)" << "VARCHAR(255)" << false << false;
    QTest::newRow("VarChar()") << "String @db.VarChar" << "VARCHAR" << false << false;
    QTest::newRow("Decimal(10,2)") << "Decimal @db.Decimal(10, 2)" << "DECIMAL(10,2)" << false << false;
    QTest::newRow("Timestamptz(6)") << "DateTime @db.Timestamptz(6)" << "TIMESTAMPTZ(6)" << false << false;
    QTest::newRow("Uuid") << "String @db.Uuid" << "UUID" << false << false;
    QTest::newRow("DoublePrecision") << "Float @db.DoublePrecision" << "DOUBLE PRECISION" << false << false;
    QTest::newRow("SmallInt") << "Int @db.SmallInt" << "SMALLINT" << false << false;
    QTest::newRow("JsonB") << "Json @db.Json" << "JSON" << false << false;
    QTest::newRow("Unsupported") << "Unsupported(\"tsvector\")?" << "tsvector" << true << false;
}

void TestSchemaCalculator::postgresTypes()
{
    QFETCH(QString, field);
    QFETCH(QString, type);
    QFETCH(bool, nullable);
    QFETCH(bool, array);
    const sql::SqlSchema schema = calculate(QStringLiteral("postgresql"), QStringLiteral("model T {\n  id Int @id\n  x %1\n}\n").arg(field));
    const sql::Column &x = column(schema, QStringLiteral("T"), QStringLiteral("x"));
    QCOMPARE(x.type.name, type);
    QCOMPARE(x.nullable, nullable);
    QCOMPARE(x.type.isArray, array);
}

void TestSchemaCalculator::sqliteTypes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("type");
    QTest::newRow("String") << "String" << "TEXT";
    QTest::newRow("Int") << "Int" << "INTEGER";
    QTest::newRow("BigInt") << "BigInt" << "BIGINT";
    QTest::newRow("Float") << "Float" << "REAL";
    QTest::newRow("Decimal") << "Decimal" << "DECIMAL";
    QTest::newRow("DateTime") << "DateTime" << "DATETIME";
    QTest::newRow("Json") << "Json" << "JSONB";
    QTest::newRow("Bytes") << "Bytes" << "BLOB";
    QTest::newRow("Boolean") << "Boolean" << "BOOLEAN";
    QTest::newRow("enum") << "E" << "TEXT";
}

void TestSchemaCalculator::sqliteTypes()
{
    QFETCH(QString, field);
    QFETCH(QString, type);
    const sql::SqlSchema schema =
        calculate(QStringLiteral("sqlite"), QStringLiteral("enum E {\n  A\n}\nmodel T {\n  id Int @id\n  x %1\n}\n").arg(field));
    QCOMPARE(column(schema, QStringLiteral("T"), QStringLiteral("x")).type.name, type);
    QVERIFY(schema.enums.empty());
    // An INTEGER primary key of its own is SQLite's rowid: autoincrementing.
    QVERIFY(column(schema, QStringLiteral("T"), QStringLiteral("id")).autoIncrement);
}

void TestSchemaCalculator::defaults_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expression");
    const int value = int(ColumnDefault::Kind::Value);
    QTest::newRow("string") << "postgresql" << "String @default(\"it's\")" << value << "'it''s'";
    QTest::newRow("int") << "postgresql" << "Int @default(-3)" << value << "-3";
    QTest::newRow("float as written") << "postgresql" << "Float @default(1.50)" << value << "1.50";
    QTest::newRow("decimal string") << "postgresql" << "Decimal @default(\"3.14\")" << value << "3.14";
    QTest::newRow("boolean") << "postgresql" << "Boolean @default(true)" << value << "true";
    QTest::newRow("now") << "postgresql" << "DateTime @default(now())" << int(ColumnDefault::Kind::Now) << "CURRENT_TIMESTAMP";
    QTest::newRow("datetime") << "postgresql" << "DateTime @default(\"2020-01-01T10:11:12.100Z\")" << value
                              << "'2020-01-01 10:11:12.100 +00:00'";
    QTest::newRow("datetime offset") << "postgresql" << "DateTime @default(\"2020-01-01T10:11:12+02:00\")" << value
                                     << "'2020-01-01 10:11:12 +02:00'";
    QTest::newRow("json") << "postgresql" << "Json @default(\"{\\\"a\\\": 1}\")" << value << "'{\"a\": 1}'";
    QTest::newRow("json sqlite") << "sqlite" << "Json @default(\"{\\\"a\\\": 1}\")" << value << "{\"a\": 1}";
    QTest::newRow("bytes") << "postgresql" << "Bytes @default(\"aGVsbG8=\")" << value << "'\\x68656c6c6f'";
    QTest::newRow("bytes sqlite") << "sqlite" << "Bytes @default(\"aGVsbG8=\")" << value << "'68656c6c6f'";
    QTest::newRow("enum mapped") << "postgresql" << "E @default(B)" << value << "'b'";
    QTest::newRow("enum list") << "postgresql" << "E[] @default([A, B])" << value << "ARRAY['A', 'b']::\"E\"[]";
    QTest::newRow("empty list") << "postgresql" << "Int[] @default([])" << value << "ARRAY[]::INTEGER[]";
    QTest::newRow("dbgenerated") << "postgresql" << "String @default(dbgenerated(\"gen_random_uuid()\"))"
                                 << int(ColumnDefault::Kind::DbGenerated) << "gen_random_uuid()";
    QTest::newRow("autoincrement") << "postgresql" << "Int @default(autoincrement())" << int(ColumnDefault::Kind::Sequence) << "";
    QTest::newRow("cuid: Prisma-level") << "postgresql" << "String @default(cuid())" << int(ColumnDefault::Kind::None) << "";
}

void TestSchemaCalculator::defaults()
{
    QFETCH(QString, provider);
    QFETCH(QString, field);
    QFETCH(int, kind);
    QFETCH(QString, expression);
    const sql::SqlSchema schema = calculate(provider, QStringLiteral("enum E {\n  A\n  B @map(\"b\")\n}\nmodel T {\n  id Int @id\n  x %1\n}\n").arg(field));
    const sql::Column &x = column(schema, QStringLiteral("T"), QStringLiteral("x"));
    QCOMPARE(int(x.defaultValue->kind), kind);
    QCOMPARE(x.defaultValue->expression, expression);
    if (field.contains(QStringLiteral("cuid()")))
        QVERIFY(x.prismaLevelDefault);
}

void TestSchemaCalculator::keysAndIndexes()
{
    const sql::SqlSchema schema = calculate(QStringLiteral("postgresql"), QStringLiteral(R"(
model User {
  id    Int    @id(map: "user_pk")
  email String @unique @map("mail")
  name  String
  a     Int
  b     Int

  @@unique([a, b])
  @@index([name(sort: Desc)])
  @@index([b], type: Hash)
  @@index([a], name: "legacy_name")
  @@map("users")
}
)"));
    const sql::Table *users = schema.table(u"users");
    QVERIFY(users);
    QCOMPARE(users->primaryKey->name, QStringLiteral("user_pk"));
    // The field-level @unique first, then @@index in order, then @@unique: Prisma's attribute order.
    QCOMPARE(indexNames(*users), (QStringList{"users_mail_key", "users_name_idx", "users_b_idx", "legacy_name", "users_a_b_key"}));
    QCOMPARE(int(users->indexes[1].columns.front().sort), int(sql::SortOrder::Desc));
    QCOMPARE(users->indexes[2].algorithm, QStringLiteral("HASH"));
}

void TestSchemaCalculator::constraintNameTruncation()
{
    const QString longTable = QString(70, u'T');
    QCOMPARE(sql::SchemaCalculator::primaryKeyName(longTable, sql::Dialect::PostgreSql), QString(58, u'T') + QStringLiteral("_pkey"));
    QCOMPARE(sql::SchemaCalculator::uniqueIndexName(QStringLiteral("Table"), {QString(60, u'c')}, sql::Dialect::PostgreSql).size(), 63);
    QCOMPARE(sql::SchemaCalculator::indexName(QStringLiteral("T"), {QStringLiteral("a"), QStringLiteral("b")}, sql::Dialect::PostgreSql),
             QStringLiteral("T_a_b_idx"));
    const QString fk = sql::SchemaCalculator::foreignKeyName(QString(40, u'x'), {QString(40, u'y')}, sql::Dialect::PostgreSql);
    QCOMPARE(fk.size(), 63);
    QVERIFY(fk.endsWith(QStringLiteral("_fkey")));
    // SQLite's limit is far away.
    QCOMPARE(sql::SchemaCalculator::primaryKeyName(longTable, sql::Dialect::Sqlite), longTable + QStringLiteral("_pkey"));
    // A character is never cut in half.
    const QString umlauts = QString(40, QChar(0x00E4));
    const QString pk = sql::SchemaCalculator::primaryKeyName(umlauts, sql::Dialect::PostgreSql);
    QCOMPARE(pk, QString(29, QChar(0x00E4)) + QStringLiteral("_pkey"));
}

void TestSchemaCalculator::foreignKeys()
{
    const sql::SqlSchema schema = calculate(QStringLiteral("postgresql"), QStringLiteral(R"(
model User {
  id    Int    @id
  posts Post[]
  notes Note[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
model Note {
  id     Int   @id
  userId Int?  @map("user_id")
  user   User? @relation(fields: [userId], references: [id], onUpdate: NoAction, map: "note_user")
}
)"));
    const sql::ForeignKey &post = schema.table(u"Post")->foreignKeys.front();
    QCOMPARE(post.name, QStringLiteral("Post_authorId_fkey"));
    QCOMPARE(int(post.onDelete), int(sql::ReferentialAction::Restrict));
    QCOMPARE(int(post.onUpdate), int(sql::ReferentialAction::Cascade));
    const sql::ForeignKey &note = schema.table(u"Note")->foreignKeys.front();
    QCOMPARE(note.name, QStringLiteral("note_user"));
    QCOMPARE(note.columns, QStringList{QStringLiteral("user_id")});
    QCOMPARE(int(note.onDelete), int(sql::ReferentialAction::SetNull));
    QCOMPARE(int(note.onUpdate), int(sql::ReferentialAction::NoAction));
}

void TestSchemaCalculator::relationModePrisma()
{
    const QString text = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n  relationMode = \"prisma\"\n}\n"
                                        "model A {\n  id Int @id\n  bs B[]\n  cs C[]\n}\n"
                                        "model B {\n  id Int @id\n  aId Int\n  a A @relation(fields: [aId], references: [id])\n}\n"
                                        "model C {\n  id Int @id\n  as A[]\n}\n");
    const schema::LoadedSchema loaded = tests::analyzeText(text);
    const sql::SqlSchema schema = *sql::SchemaCalculator::calculate(loaded.schema);
    for (const sql::Table &table : schema.tables)
        QVERIFY2(table.foreignKeys.empty(), qPrintable(table.name));
    QVERIFY(schema.table(u"_AToC")); // the join table is still there, without foreign keys
}

void TestSchemaCalculator::joinTables()
{
    const QString body = QStringLiteral(R"(
model Post {
  id   Int    @id @default(autoincrement())
  tags Tag[]
}
model Tag {
  id    String @id
  posts Post[]
}
)");
    const sql::SqlSchema pg = calculate(QStringLiteral("postgresql"), body);
    const sql::Table *join = pg.table(u"_PostToTag");
    QVERIFY(join);
    QCOMPARE(join->columns.size(), size_t(2));
    QCOMPARE(join->columns[0].type.name, QStringLiteral("INTEGER"));
    QVERIFY(!join->columns[0].autoIncrement);
    QCOMPARE(join->columns[1].type.name, QStringLiteral("TEXT"));
    QCOMPARE(join->primaryKey->name, QStringLiteral("_PostToTag_AB_pkey"));
    QCOMPARE(indexNames(*join), QStringList{QStringLiteral("_PostToTag_B_index")});
    QCOMPARE(join->foreignKeys[0].name, QStringLiteral("_PostToTag_A_fkey"));
    QCOMPARE(join->foreignKeys[1].referencedTable, QStringLiteral("Tag"));
    QCOMPARE(int(join->foreignKeys[1].onDelete), int(sql::ReferentialAction::Cascade));

    const sql::SqlSchema sqlite = calculate(QStringLiteral("sqlite"), body);
    const sql::Table *sqliteJoin = sqlite.table(u"_PostToTag");
    QVERIFY(!sqliteJoin->primaryKey);
    QCOMPARE(indexNames(*sqliteJoin), (QStringList{"_PostToTag_AB_unique", "_PostToTag_B_index"}));
}

void TestSchemaCalculator::namespacesAndEnums()
{
    const QString text = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n  schemas = [\"zeta\", \"alpha\"]\n}\n"
                                        "enum E {\n  X\n  @@schema(\"alpha\")\n  @@map(\"e_type\")\n}\n"
                                        "model T {\n  id Int @id\n  e E\n  @@schema(\"zeta\")\n}\n");
    const schema::LoadedSchema loaded = tests::analyzeText(text);
    const sql::SqlSchema schema = *sql::SchemaCalculator::calculate(loaded.schema);
    QCOMPARE(schema.namespaces, (QStringList{"alpha", "zeta"}));
    QCOMPARE(schema.defaultNamespace, QStringLiteral("public"));
    QCOMPARE(schema.enums.front().name, QStringLiteral("e_type"));
    QCOMPARE(schema.enums.front().schema, QStringLiteral("alpha"));
    const sql::Column &e = column(schema, QStringLiteral("T"), QStringLiteral("e"));
    QCOMPARE(e.type.enumParts->name, QStringLiteral("e_type"));
    QCOMPARE(e.type.enumParts->schema, QStringLiteral("alpha"));
    QCOMPARE(schema.table(u"T")->schema, QStringLiteral("zeta"));

    const sql::SqlSchema plain = calculate(QStringLiteral("postgresql"), QStringLiteral("model T {\n  id Int @id\n}\n"));
    QCOMPARE(plain.namespaces, QStringList{QStringLiteral("public")});
    QCOMPARE(plain.table(u"T")->schema, QStringLiteral("public"));
}

void TestSchemaCalculator::extensions()
{
    const QString text = QStringLiteral("generator c {\n  provider = \"prisma-client-js\"\n  previewFeatures = [\"postgresqlExtensions\"]\n}\n"
                                        "datasource db {\n  provider = \"postgresql\"\n"
                                        "  extensions = [pgcrypto, postgis(version: \"3.1\", map: \"pg2\"), citext(schema: \"x\")]\n}\n"
                                        "model T {\n  id Int @id\n}\n");
    const schema::LoadedSchema loaded = tests::analyzeText(text);
    const sql::SqlSchema schema = *sql::SchemaCalculator::calculate(loaded.schema);
    QCOMPARE(schema.extensions.size(), size_t(3));
    // Sorted by the name in the schema; `map:` is the database name.
    QCOMPARE(schema.extensions[0].name, QStringLiteral("citext"));
    QCOMPARE(schema.extensions[0].schema, QStringLiteral("x"));
    QCOMPARE(schema.extensions[1].name, QStringLiteral("pgcrypto"));
    QCOMPARE(schema.extensions[2].name, QStringLiteral("pg2"));
    QCOMPARE(schema.extensions[2].version, QStringLiteral("3.1"));
}

void TestSchemaCalculator::viewsAreSkipped()
{
    const QString text = QStringLiteral("generator c {\n  provider = \"prisma-client-js\"\n  previewFeatures = [\"views\"]\n}\n"
                                        "datasource db {\n  provider = \"postgresql\"\n}\n"
                                        "model A {\n  id Int @id\n  x Int\n  @@ignore\n}\n"
                                        "view V {\n  id Int @unique\n}\n");
    const schema::LoadedSchema loaded = tests::analyzeText(text);
    const sql::SqlSchema schema = *sql::SchemaCalculator::calculate(loaded.schema);
    QCOMPARE(schema.tables.size(), size_t(1)); // ignored models keep their table; views are not migrated
    QCOMPARE(schema.tables.front().name, QStringLiteral("A"));
}

void TestSchemaCalculator::rarePartsOutOfLine()
{
    // Most columns have neither a default nor an enum type: those parts are allocated only when there is one.
    const sql::SqlSchema schema = calculate(QStringLiteral("postgresql"),
                                            QStringLiteral("enum E {\n  X\n}\n"
                                                           "model T {\n  id Int @id @default(autoincrement())\n  name String\n"
                                                           "  token String @default(cuid())\n  e E @default(X)\n}\n"));
    const sql::Table &table = *schema.table(u"T");
    QCOMPARE(table.columns.size(), size_t(4));
    QCOMPARE(table.columns.capacity(), size_t(4));
    const sql::Column &id = table.columns[0];
    const sql::Column &name = table.columns[1];
    const sql::Column &token = table.columns[2];
    const sql::Column &e = table.columns[3];
    QVERIFY(id.defaultValue.isAllocated() && !id.type.enumParts.isAllocated());
    QVERIFY(!name.defaultValue.isAllocated() && !name.type.enumParts.isAllocated());
    QVERIFY(!token.defaultValue.isAllocated()); // a Prisma-level default: nothing in the database
    QVERIFY(token.prismaLevelDefault);
    QVERIFY(e.defaultValue.isAllocated() && e.type.enumParts.isAllocated());
    QCOMPARE(int(name.defaultValue->kind), int(sql::ColumnDefault::Kind::None));
    QVERIFY(name.type.enumParts->name.isEmpty());
    QVERIFY(!name.defaultValue.isAllocated()); // reading did not allocate

    // An unset part equals one set to its default value.
    sql::Column copy = name;
    QVERIFY(copy == name);
    copy.defaultValue.mut();
    copy.type.enumParts.mut();
    QVERIFY(copy == name);
    copy.defaultValue.mut().kind = sql::ColumnDefault::Kind::Now;
    QVERIFY(!(copy == name));
}

void TestSchemaCalculator::largeSchemaTablesInModelOrder()
{
    // 500 models and more are calculated on two threads, fewer on one. A generated model's table depends on the
    // model and its parent (the one before it) only: the first 400 tables of 1,200 models are those of 400 models.
    const sql::SqlSchema oneThread = calculate(QStringLiteral("postgresql"), tests::generatedModels(400, QStringLiteral("M")));
    const sql::SqlSchema twoThreads = calculate(QStringLiteral("postgresql"), tests::generatedModels(1200, QStringLiteral("M")));
    QCOMPARE(oneThread.tables.size(), size_t(400));
    QCOMPARE(twoThreads.tables.size(), size_t(1200));
    for (size_t i = 0; i < twoThreads.tables.size(); ++i) {
        const sql::Table &table = twoThreads.tables[i];
        QCOMPARE(table.name, QStringLiteral("M%1").arg(i));
        QCOMPARE(table.foreignKeys.size(), size_t(i > 0 ? 1 : 0));
        if (i > 0)
            QCOMPARE(table.foreignKeys.front().referencedTable, QStringLiteral("M%1").arg(i - 1));
    }
    for (size_t i = 0; i < oneThread.tables.size(); ++i)
        QVERIFY2(twoThreads.tables[i] == oneThread.tables[i], qPrintable(oneThread.tables[i].name));
}

QTEST_GUILESS_MAIN(TestSchemaCalculator)
#include "tst_schemacalculator.moc"
