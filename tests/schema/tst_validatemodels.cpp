// SPDX-License-Identifier: GPL-3.0-or-later
// Rules of checkModels() and checkModelsPipeline(): legacy field syntax, unique criteria, primary keys,
// indexes (fields, sort, length, type, operator classes, fulltext, clustering) and what each database supports
// (scalar lists, Json, Decimal, composite types, MongoDB keys, views).
// Each case is a small schema and every diagnostic Prisma 7.10.1 reports for it (checked with ../shared/oracle):
// "line:column<TAB>message" (the message's first line), "W " before a warning. An empty list: Prisma accepts it.
// Strata must report the same errors at the same places, and no other error.
#include "validationtestsupport.h"

#include <QTest>

#include <algorithm>

using namespace strata;

class TestValidateModels : public QObject {
    Q_OBJECT
private slots:
    void cases_data();
    void cases();
};

void TestValidateModels::cases_data()
{
    tests::addExpectedDiagnosticsColumns();

    QTest::newRow("legacy required marker")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int     @id
  name String!
}
)prisma")
        << QStringList{QStringLiteral("6:8\tFields are required by default, `!` is no longer required.")};
    QTest::newRow("legacy list syntax")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int      @id
  tags [String]
}
)prisma")
        << QStringList{QStringLiteral("6:8\tTo specify a list, please use `Type[]` instead of `[Type]`.")};
    QTest::newRow("legacy colon")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int @id
  name: String
}
)prisma")
        << QStringList{QStringLiteral("6:7\tField declarations don't require a `:`.")};
    QTest::newRow("optional list")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int       @id
  tags String[]?
}
)prisma")
        << QStringList{QStringLiteral("6:8\tOptional lists are not supported. Use either `Type[]` or `Type?`.")};
    QTest::newRow("no unique criteria")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Log {
  message String
  level   Int
}
)prisma")
        << QStringList{QStringLiteral("4:1\tError validating model \"Log\": Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model.")};
    QTest::newRow("only optional unique criteria")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Log {
  message String? @unique
  level   Int
}
)prisma")
        << QStringList{QStringLiteral("4:1\tError validating model \"Log\": Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model. The following unique criterias were not considered as they contain fields that are not required:")};
    QTest::newRow("unsupported unique criterion")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Shape {
  area Unsupported("circle") @unique
  n    Int
}
)prisma")
        << QStringList{QStringLiteral("4:1\tError validating model \"Shape\": Each model must have at least one unique criteria that has only required fields. Either mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or `@@unique([])` to the model. The following unique criterias were not considered as they contain fields that are not required:")};
    QTest::newRow("ignored model without id is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Log {
  message String
  @@ignore
}
)prisma")
        << QStringList();
    QTest::newRow("required unique is enough")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  email String @unique
}
)prisma")
        << QStringList();
    QTest::newRow("compound unique is enough")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Membership {
  userId Int
  teamId Int
  @@unique([userId, teamId])
}
)prisma")
        << QStringList();
    QTest::newRow("two id fields")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  email String @id
}
)prisma")
        << QStringList{QStringLiteral("4:1\tError validating model \"User\": At most one field must be marked as the id field with the `@id` attribute.")};
    QTest::newRow("id and compound id")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  email String
  @@id([id, email])
}
)prisma")
        << QStringList{QStringLiteral("4:1\tError validating model \"User\": Each model must have at most one id criteria. You can't have `@id` and `@@id` at the same time.")};
    QTest::newRow("id on optional field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int?   @id
  name String @unique
}
)prisma")
        << QStringList{QStringLiteral("5:15\tError parsing attribute \"@id\": Fields that are marked as id must be required.")};
    QTest::newRow("id on list field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int[] @id
}
)prisma")
        << QStringList{QStringLiteral("5:12\tError parsing attribute \"@id\": Fields that are marked as id must be required.")};
    QTest::newRow("id on optional field of ignored model is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int? @id
  @@ignore
}
)prisma")
        << QStringList();
    QTest::newRow("id on relation field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  authorId Int
  author   User @relation(fields: [authorId], references: [id]) @id
}
)prisma")
        << QStringList{QStringLiteral("10:65\tError parsing attribute \"@id\": The field `author` is a relation field and cannot be marked with `@id`. Only scalar fields can be declared as id.")};
    QTest::newRow("unique on relation field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id]) @unique
}
)prisma")
        << QStringList{QStringLiteral("11:65\tError parsing attribute \"@unique\": The field `author` is a relation field and cannot be marked with `unique`. Only scalar fields can be made unique. Did you mean to put it on `authorId`?")};
    QTest::newRow("compound id unknown field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Membership {
  userId Int
  teamId Int
  @@id([userId, groupId])
}
)prisma")
        << QStringList{QStringLiteral("7:8\tError validating model \"Membership\": The multi field id declaration refers to the unknown field `groupId`.")};
    QTest::newRow("compound id unknown fields")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Membership {
  userId Int
  @@id([a, b])
}
)prisma")
        << QStringList{QStringLiteral("6:8\tError validating model \"Membership\": The multi field id declaration refers to the unknown fields `a`, `b`.")};
    QTest::newRow("compound id relation field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int
  posts Post[]
  @@id([id, posts])
}
model Post {
  id     Int  @id
  userId Int
  user   User @relation(fields: [userId], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating model \"User\": The id definition refers to the relation field `posts`. ID definitions must reference only scalar fields.")};
    QTest::newRow("compound id optional field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Membership {
  userId Int
  teamId Int?
  @@id([userId, teamId])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating model \"Membership\": The id definition refers to the optional field `teamId`. ID definitions must reference only required fields.")};
    QTest::newRow("compound id dotted path")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Membership {
  userId Int
  @@id([user.id])
}
)prisma")
        << QStringList{QStringLiteral("6:8\tError validating model \"Membership\": The multi field id declaration refers to the unknown field `user.id`.")};
    QTest::newRow("compound id empty")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Membership {
  userId Int @unique
  @@id([])
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError parsing attribute \"@@id\": The list of fields in an `@@id()` attribute cannot be empty. Please specify at least one field.")};
    QTest::newRow("compound id name characters")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Membership {
  userId Int
  teamId Int
  @@id([userId, teamId], name: "user-team")
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating model \"Membership\": The `name` property within the `@@id` attribute only allows for the following characters: `_a-zA-Z0-9`.")};
    QTest::newRow("compound id clashes with field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Membership {
  userId        Int
  teamId        Int
  userId_teamId Int
  @@id([userId, teamId])
}
)prisma")
        << QStringList{QStringLiteral("8:3\tError validating model \"Membership\": The field `userId_teamId` clashes with the `@@id` attribute's name. Please resolve the conflict by providing a custom id name: `@@id([...], name: \"custom_name\")`")};
    QTest::newRow("compound unique clashes with field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Membership {
  id            Int @id
  userId        Int
  teamId        Int
  userId_teamId Int
  @@unique([userId, teamId])
}
)prisma")
        << QStringList{QStringLiteral("9:3\tError validating model \"Membership\": The field `userId_teamId` clashes with the `@@unique` name. Please resolve the conflict by providing a custom id name: `@@unique([...], name: \"custom_name\")`")};
    QTest::newRow("index unknown field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([nme])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating model \"User\": The index definition refers to the unknown fields: nme.")};
    QTest::newRow("unique unknown field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  email String
  @@unique([email, phone])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating model \"User\": The unique index definition refers to the unknown fields: phone.")};
    QTest::newRow("index relation field with suggestion")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
  @@index([author])
}
)prisma")
        << QStringList{QStringLiteral("12:3\tError validating model \"Post\": The index definition refers to the relation fields author. Index definitions must reference only scalar fields. Did you mean `@@index([authorId])`?")};
    QTest::newRow("unique relation field with suggestion")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id    Int    @id
  posts Post[]
}
model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
  @@unique([author])
}
)prisma")
        << QStringList{QStringLiteral("12:3\tError validating model \"Post\": The unique index definition refers to the relation fields author. Index definitions must reference only scalar fields. Did you mean `@@unique([authorId])`?")};
    QTest::newRow("index field listed twice")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name, name])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating model \"User\": The unique index definition refers to the field name multiple times.")};
    QTest::newRow("index item is a string")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index(["name"])
}
)prisma")
        << QStringList{QStringLiteral("7:12\tExpected a constant literal value, but received string value `\"name\"`.")};
    QTest::newRow("unique empty list")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@unique([])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@unique\": The list of fields in an index cannot be empty. Please specify at least one field.")};
    QTest::newRow("invalid sort on field unique")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String @unique(sort: Up)
}
)prisma")
        << QStringList{QStringLiteral("6:15\tError parsing attribute \"@unique\": The `sort` argument can only be `Asc` or `Desc` you provided: Up.")};
    QTest::newRow("invalid sort in index")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name(sort: Down)])
}
)prisma")
        << QStringList{QStringLiteral("7:17\tUnexpected token. Expected one of: Asc, Desc")};
    QTest::newRow("unknown index type")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name], type: Foo)
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@index\": Unknown index type: Foo.")};
    QTest::newRow("index name and map")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name], name: "a", map: "b")
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@index\": The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy reasons. It does not accept both though. Please use the `map` argument to specify the database name of the index.")};
    QTest::newRow("unknown operator class")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name(ops: Foo)])
}
)prisma")
        << QStringList{QStringLiteral("7:22\tUnexpected token. Expected one of: Invalid operator class: Foo")};
    QTest::newRow("raw operator class with number")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name(ops: raw(1))])
}
)prisma")
        << QStringList{QStringLiteral("7:22\tUnexpected token. Expected one of: Invalid parameter type: expected string")};
    QTest::newRow("operator class on unique")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  data Json
  @@unique([data(ops: JsonbPathOps)])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@unique\": Operator classes can only be defined to fields in an @@index attribute."),
                       QStringLiteral("7:3\tError parsing attribute \"@@unique\": The given operator class `JsonbPathOps` is not supported with the `BTree` index type.")};
    QTest::newRow("hash index on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model User {
  id   Int    @id
  name String
  @@index([name], type: Hash)
}
)prisma")
        << QStringList{QStringLiteral("7:19\tError parsing attribute \"@@index\": The given index type is not supported with the current connector")};
    QTest::newRow("gin index on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model User {
  id   Int  @id
  data Json
  @@index([data], type: Gin)
}
)prisma")
        << QStringList{QStringLiteral("7:19\tError parsing attribute \"@@index\": The given index type is not supported with the current connector")};
    QTest::newRow("hash index on cockroachdb")
        << QStringLiteral(R"prisma(datasource db {
  provider = "cockroachdb"
}
model User {
  id   Int    @id
  name String
  @@index([name], type: Hash)
}
)prisma")
        << QStringList{QStringLiteral("7:19\tError parsing attribute \"@@index\": The given index type is not supported with the current connector")};
    QTest::newRow("gin index on cockroachdb is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "cockroachdb"
}
model User {
  id   Int  @id
  data Json
  @@index([data], type: Gin)
}
)prisma")
        << QStringList();
    QTest::newRow("hash index with sort on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name(sort: Desc)], type: Hash)
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@index\": Hash type does not support sort option.")};
    QTest::newRow("index length on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name(length: 10)])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@index\": The length argument is not supported in an index definition with the current connector")};
    QTest::newRow("index length on mysql int field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model User {
  id  Int @id
  age Int
  @@index([age(length: 2)])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@index\": The length argument is only allowed with field types `String` or `Bytes`.")};
    QTest::newRow("index length on mysql string is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model User {
  id   Int    @id
  name String @db.Text
  @@index([name(length: 10)])
}
)prisma")
        << QStringList();
    QTest::newRow("id length on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id String @id(length: 10)
}
)prisma")
        << QStringList{QStringLiteral("5:13\tError parsing attribute \"@id\": The length argument is not supported in the primary key with the current connector")};
    QTest::newRow("compound id length on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  a String
  b String
  @@id([a(length: 10), b])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@id\": The length argument is not supported in the primary key with the current connector")};
    QTest::newRow("id sort on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int @id(sort: Desc)
}
)prisma")
        << QStringList{QStringLiteral("5:10\tError parsing attribute \"@id\": The sort argument is not supported in the primary key with the current connector")};
    QTest::newRow("id sort on sqlserver is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model User {
  id Int @id(sort: Desc)
}
)prisma")
        << QStringList();
    QTest::newRow("clustering on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int @id(clustered: true)
}
)prisma")
        << QStringList{QStringLiteral("5:10\tError parsing attribute \"@id\": Defining clustering is not supported in the current connector.")};
    QTest::newRow("two clustered indexes on sqlserver")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model User {
  id Int @id(clustered: false)
  a  Int
  b  Int
  @@index([a], clustered: true)
  @@index([b], clustered: true)
}
)prisma")
        << QStringList{QStringLiteral("8:3\tError parsing attribute \"@@index\": A model can only hold one clustered index."),
                       QStringLiteral("9:3\tError parsing attribute \"@@index\": A model can only hold one clustered index.")};
    QTest::newRow("clustered index and clustered id on sqlserver")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model User {
  id Int @id
  a  Int
  @@index([a], clustered: true)
}
)prisma")
        << QStringList{QStringLiteral("5:10\tError parsing attribute \"@id\": A model can only hold one clustered index or id."),
                       QStringLiteral("7:3\tError parsing attribute \"@@index\": A model can only hold one clustered index or key.")};
    QTest::newRow("fulltext on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model Post {
  id    Int    @id
  title String
  @@fulltext([title])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@fulltext\": Defining fulltext indexes is not supported with the current connector.")};
    QTest::newRow("fulltext on mysql is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model Post {
  id    Int    @id
  title String @db.Text
  body  String @db.Text
  @@fulltext([title])
  @@fulltext([title, body])
}
)prisma")
        << QStringList();
    QTest::newRow("fulltext with length on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model Post {
  id    Int    @id
  title String
  @@fulltext([title(length: 10)])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@fulltext\": The length argument is not supported in a @@fulltext attribute.")};
    QTest::newRow("fulltext with sort on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model Post {
  id    Int    @id
  title String
  @@fulltext([title(sort: Desc)])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@fulltext\": The sort argument is not supported in a @@fulltext attribute in the current connector.")};
    QTest::newRow("two fulltext on mongodb")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model Post {
  id    String @id @map("_id")
  title String
  body  String
  @@fulltext([title])
  @@fulltext([body])
}
)prisma")
        << QStringList{QStringLiteral("8:3\tError parsing attribute \"@@fulltext\": The current connector only allows one fulltext attribute per model"),
                       QStringLiteral("9:3\tError parsing attribute \"@@fulltext\": The current connector only allows one fulltext attribute per model")};
    QTest::newRow("mysql text column in index needs length")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model Post {
  id    Int    @id
  title String @db.Text
  @@index([title])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tYou cannot define an index on fields with native type `Text` of MySQL. Please use the `length` argument to the field in the index definition to allow this.")};
    QTest::newRow("mysql text column in unique needs length")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model Post {
  id    Int    @id
  title String @db.Text @unique
}
)prisma")
        << QStringList{QStringLiteral("6:25\tNative type `Text` cannot be unique in MySQL. Please use the `length` argument to the field in the index definition to allow this.")};
    QTest::newRow("mysql text column as id needs length")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model Post {
  title String @id @db.Text
}
)prisma")
        << QStringList{QStringLiteral("5:16\tNative type `Text` of MySQL cannot be used on a field that is `@id` or `@@id`. Please use the `length` argument to the field in the index definition to allow this.")};
    QTest::newRow("scalar list on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model User {
  id   Int      @id
  tags String[]
}
)prisma")
        << QStringList{QStringLiteral("6:3\tField \"tags\" in model \"User\" can't be a list. The current connector does not support lists of primitive types.")};
    QTest::newRow("scalar list on sqlite")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlite"
}
model User {
  id   Int      @id
  tags String[]
}
)prisma")
        << QStringList{QStringLiteral("6:3\tField \"tags\" in model \"User\" can't be a list. The current connector does not support lists of primitive types.")};
    QTest::newRow("enum list on sqlite")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlite"
}
enum Role {
  USER
  ADMIN
}
model User {
  id    Int    @id
  roles Role[]
}
)prisma")
        << QStringList{QStringLiteral("10:3\tField \"roles\" in model \"User\" can't be a list. The current connector does not support lists of primitive types.")};
    QTest::newRow("scalar list on postgres is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int      @id
  tags String[]
  data Json[]
}
)prisma")
        << QStringList();
    QTest::newRow("json on sqlserver")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model User {
  id   Int  @id
  data Json
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError validating field `data` in model `User`: Field `data` in model `User` can't be of type Json. The current connector does not support the Json type.")};
    QTest::newRow("json list on cockroachdb")
        << QStringLiteral(R"prisma(datasource db {
  provider = "cockroachdb"
}
model User {
  id   Int    @id
  data Json[]
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError validating field `data` in model `User`: Field `data` in model `User` can't be of type Json[]. The current connector does not support the Json List type.")};
    QTest::newRow("decimal on mongodb")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model User {
  id    String  @id @map("_id")
  price Decimal
}
)prisma")
        << QStringList{QStringLiteral("6:3\tError validating field `price` in model `User`: Field `price` in model `User` can't be of type Decimal. The current connector does not support the Decimal type.")};
    QTest::newRow("composite type on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
type Address {
  street String
}
model User {
  id      Int     @id
  address Address
}
)prisma")
        << QStringList{QStringLiteral("4:1\tError validating: Composite types are not supported on Postgres.")};
    QTest::newRow("composite type on mongodb is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
type Address {
  street String
}
model User {
  id      String  @id @map("_id")
  address Address
  @@index([address.street])
}
)prisma")
        << QStringList();
    QTest::newRow("index through composite type with unknown field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
type Address {
  street String
}
model User {
  id      String  @id @map("_id")
  address Address
  @@index([address.city])
}
)prisma")
        << QStringList{QStringLiteral("10:3\tError validating model \"User\": The index definition refers to the unknown fields: city in type Address.")};
    QTest::newRow("compound id on mongodb")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model User {
  a String @map("_id")
  b String
  @@id([a, b])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError validating model \"User\": The current connector does not support compound ids.")};
    QTest::newRow("mongodb model without id")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model User {
  name String @unique
}
)prisma")
        << QStringList{QStringLiteral("4:1\tInvalid model: MongoDB models require exactly one identity field annotated with @id")};
    QTest::newRow("mongodb id without map")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model User {
  id String @id
}
)prisma")
        << QStringList{QStringLiteral("5:3\tError validating field `id` in model `User`: MongoDB model IDs must have an @map(\"_id\") annotation.")};
    QTest::newRow("mongodb id and unique on the same field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model User {
  id String @id @unique @map("_id")
}
)prisma")
        << QStringList{QStringLiteral("5:17\tError parsing attribute \"@unique\": The same field cannot be an id and unique on MongoDB.")};
    QTest::newRow("mongodb duplicate index")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model User {
  id   String @id @map("_id")
  name String
  @@index([name])
  @@index([name], map: "other")
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@index\": Index already exists in the model."),
                       QStringLiteral("8:3\tError parsing attribute \"@@index\": Index already exists in the model.")};
    QTest::newRow("mongodb auto default needs ObjectId")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model User {
  id String @id @default(auto()) @map("_id")
}
)prisma")
        << QStringList{QStringLiteral("5:3\tError validating field `id` in model `User`: MongoDB `@default(auto())` fields must have `ObjectId` native type.")};
    QTest::newRow("mongodb map with dollar")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model User {
  id   String @id @map("_id")
  name String @map("$name")
}
)prisma")
        << QStringList{QStringLiteral("6:15\tError parsing attribute \"@map\": The field name cannot start with a `$` character")};
    QTest::newRow("primary key map on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model User {
  id Int @id(map: "pk")
}
)prisma")
        << QStringList{QStringLiteral("4:1\tError validating model \"User\": You defined a database name for the primary key on the model. This is not supported by the provider.")};
    QTest::newRow("primary key map on postgres is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int @id(map: "pk")
}
)prisma")
        << QStringList();
    QTest::newRow("view without preview feature")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
view UserInfo {
  id   Int    @unique
  name String
}
)prisma")
        << QStringList{QStringLiteral("4:1\tError validating: View definitions are only available with the `views` preview feature.")};
    QTest::newRow("view without unique criteria is valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["views"]
}
view UserInfo {
  id   Int
  name String
}
)prisma")
        << QStringList();
    QTest::newRow("view with index")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["views"]
}
view UserInfo {
  id   Int    @unique
  name String
  @@index([name])
}
)prisma")
        << QStringList{QStringLiteral("11:3\tError validating: Views cannot have indexes.")};
    QTest::newRow("view with primary key is a warning")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["views"]
}
view UserInfo {
  id   Int    @id
  name String
}
)prisma")
        << QStringList{QStringLiteral("9:15\tW Views cannot have primary keys. Prisma 7 rejects this; Strata accepts it, as earlier Prisma versions did.")};
    QTest::newRow("relation attribute on scalar field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String @relation(fields: [id], references: [id])
}
)prisma")
        << QStringList{QStringLiteral("6:15\tError parsing attribute \"@relation\": Invalid field type, not a relation."),
                       QStringLiteral("6:25\tNo such argument."),
                       QStringLiteral("6:39\tNo such argument.")};
    QTest::newRow("map empty on index")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name], map: "")
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@index\": The `map` argument cannot be an empty string.")};
    QTest::newRow("sqlserver max column in index")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model User {
  id   Int    @id
  name String @db.NVarChar(Max)
  @@index([name])
}
)prisma")
        << QStringList{QStringLiteral("7:3\tYou cannot define an index on fields with native type `NVarChar(Max)` of SQL Server.")};
    QTest::newRow("sqlserver text column as id")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model User {
  id String @id @db.Text
}
)prisma")
        << QStringList{QStringLiteral("5:13\tNative type `Text` of SQL Server cannot be used on a field that is `@id` or `@@id`.")};
    QTest::newRow("sqlserver bytes id")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model User {
  id Bytes @id
}
)prisma")
        << QStringList{QStringLiteral("5:12\tInvalid model: Using Bytes type is not allowed in the model's id.")};
    QTest::newRow("postgres xml column in index")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id  Int    @id
  doc String @db.Xml
  @@index([doc])
}
)prisma")
        << QStringList{QStringLiteral("6:3\tYou cannot define an index on fields with native type `Xml` of Postgres.")};
    QTest::newRow("gin index on a string field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name], type: Gin)
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@index\": The Gin index type does not support the type of the field `name`.")};
    QTest::newRow("operator class of another index type")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  name String
  @@index([name(ops: TextOps)], type: Brin)
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@index\": The given operator class `TextOps` is not supported with the `Brin` index type.")};
    QTest::newRow("operator class for the wrong field type")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int   @id
  size Float
  @@index([size(ops: Int4MinMaxOps)], type: Brin)
}
)prisma")
        << QStringList{QStringLiteral("7:3\tError parsing attribute \"@@index\": The given operator class `Int4MinMaxOps` points to the field `size` that is not of Int type.")};
    QTest::newRow("spgist over two columns")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int    @id
  a    String
  b    String
  @@index([a, b], type: SpGist)
}
)prisma")
        << QStringList{QStringLiteral("8:3\tError parsing attribute \"@@index\": SpGist does not support multi-column indices.")};
    QTest::newRow("gin operator classes are valid")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id   Int      @id
  data Json
  tags String[]
  ip   String   @db.Inet
  @@index([data(ops: JsonbPathOps)], type: Gin)
  @@index([tags(ops: ArrayOps)], type: Gin)
  @@index([ip(ops: InetOps)], type: Gist)
}
)prisma")
        << QStringList();
    QTest::newRow("json not last in cockroachdb inverted index")
        << QStringLiteral(R"prisma(datasource db {
  provider = "cockroachdb"
}
model User {
  id   Int      @id
  data Json
  tags String[]
  @@index([data, tags], type: Gin)
}
)prisma")
        << QStringList{QStringLiteral("8:3\tError parsing attribute \"@@index\": A `Json` column is only allowed as the last column of an inverted index.")};
    QTest::newRow("unknown field type in an index")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int @id
  x  Foo
  @@index([x])
}
)prisma")
        << QStringList{QStringLiteral("6:6\tType \"Foo\" is neither a built-in type, nor refers to another model, composite type, or enum."),
                       QStringLiteral("7:3\tError validating model \"User\": The index definition refers to the relation fields x. Index definitions must reference only scalar fields.")};
}

void TestValidateModels::cases()
{
    tests::checkExpectedDiagnostics();
}

QTEST_GUILESS_MAIN(TestValidateModels)
#include "tst_validatemodels.moc"
