// SPDX-License-Identifier: GPL-3.0-or-later
// Validation rules of checkNames() and checkNamesPipeline():
// duplicate and reserved names, identifiers, unknown types, database and constraint names.
// Each case is a small schema and, for an invalid one, the line, column and a phrase of the error Prisma 7.10.1
// reports there (checked with ../shared/oracle). Line 0 marks a schema Prisma accepts ("WARN": Strata accepts it
// with a warning, where Prisma 7 rejects what Prisma 6 accepted).
#include "validationtestsupport.h"

#include <QTest>

using namespace strata;

class TestValidateNames : public QObject {
    Q_OBJECT
private slots:
    void cases_data();
    void cases();
};

void TestValidateNames::cases_data()
{
    tests::addValidationCaseColumns();

    QTest::newRow("duplicate model")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int @id
}
model User {
  id Int @id
}
)prisma")
        << 7 << 7 << QStringLiteral("The model \"User\" cannot be defined because a model with that name already exists.");
    QTest::newRow("model and enum")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum Status {
  A
}
model Status {
  id Int @id
}
)prisma")
        << 7 << 7 << QStringLiteral("The model \"Status\" cannot be defined because a enum with that name already exists.");
    QTest::newRow("duplicate enum")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum Role {
  A
}
enum Role {
  B
}
)prisma")
        << 7 << 6 << QStringLiteral("The enum \"Role\" cannot be defined because a enum with that name already exists.");
    QTest::newRow("view and model")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
}
view A {
  id Int @unique
}
)prisma")
        << 7 << 6 << QStringLiteral("The view \"A\" cannot be defined because a model with that name already exists.");
    QTest::newRow("duplicate generator")
        << QStringLiteral(R"prisma(generator a {
  provider = "x"
}
generator a {
  provider = "y"
}
)prisma")
        << 4 << 11 << QStringLiteral("The generator \"a\" cannot be defined because a generator with that name already exists.");
    QTest::newRow("duplicate field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  name String
  name Int
}
)prisma")
        << 7 << 3 << QStringLiteral("Field \"name\" is already defined on model \"A\".");
    QTest::newRow("duplicate enum value")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum E {
  A
  B
  A
}
)prisma")
        << 7 << 3 << QStringLiteral("Value \"A\" is already defined on enum \"E\".");
    QTest::newRow("enum without values")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum E {
}
)prisma")
        << 4 << 1 << QStringLiteral("An enum must have at least one value.");
    QTest::newRow("model named like a scalar")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model String {
  id Int @id
}
)prisma")
        << 4 << 7 << QStringLiteral("\"String\" is a reserved scalar type name and cannot be used.");
    QTest::newRow("enum named like a scalar")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum Int {
  A
}
)prisma")
        << 4 << 6 << QStringLiteral("\"Int\" is a reserved scalar type name and cannot be used.");
    QTest::newRow("reserved model name")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model PrismaClient {
  id Int @id
}
)prisma")
        << 4 << 1 << QStringLiteral("The model name `PrismaClient` is invalid. It is a reserved name.");
    QTest::newRow("reserved enum name")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum class {
  A
}
)prisma")
        << 4 << 1 << QStringLiteral("The enum name `class` is invalid. It is a reserved name.");
    QTest::newRow("model name starts with a digit")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model 1User {
  id Int @id
}
)prisma")
        << 4 << 7 << QStringLiteral("The name of a Model must not start with a number.");
    QTest::newRow("enum value starts with a digit")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum E {
  1A
}
)prisma")
        << 5 << 3 << QStringLiteral("The name of a Enum Value must not start with a number.");
    QTest::newRow("field name with a dash")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  first-name String
}
)prisma")
        << 6 << 3 << QStringLiteral("The character `-` is not allowed in Field names.");
    QTest::newRow("unknown type")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  name Strng
}
)prisma")
        << 6 << 8 << QStringLiteral("Type \"Strng\" is neither a built-in type");
    QTest::newRow("unknown type in another case")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  name string
}
)prisma")
        << 6 << 8 << QStringLiteral("Did you mean \"String\"?");
    QTest::newRow("map collides with a column")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  nick String
  name String @map("nick")
}
)prisma")
        << 7 << 3 << QStringLiteral("Field \"name\" is already defined on model \"A\".");
    QTest::newRow("two fields mapped alike")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  a String @map("x")
  b String @map("x")
}
)prisma")
        << 7 << 3 << QStringLiteral("Field \"b\" is already defined on model \"A\".");
    QTest::newRow("map to a later mapped field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  a String @map("b")
  b String @map("c")
}
)prisma")
        << 6 << 3 << QStringLiteral("Field \"a\" is already defined on model \"A\".");
    QTest::newRow("field without a type")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  name
}
)prisma")
        << 6 << 3 << QStringLiteral("Error validating model \"A\": This field declaration is invalid. It is either missing a name or a type.");
    QTest::newRow("repeated field with its own map")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id @map("id")
  id Int @map("id")
}
)prisma")
        << 5 << 3 << QStringLiteral("Field \"id\" is already defined on model \"A\".");
    QTest::newRow("map swaps columns")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  b String @map("c")
  a String @map("b")
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("keywords as names")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  model String
  enum String
  type String
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("same table twice")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int @id
  @@map("people")
}
model Person {
  id Int @id(map: "p_pkey")
  @@map("people")
}
)prisma")
        << 10 << 3 << QStringLiteral("The model with database name \"people\" could not be defined because another model or view with this name exists: \"User\"");
    QTest::newRow("map onto another model")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model User {
  id Int @id
}
model Account {
  id Int @id(map: "a_pkey")
  @@map("User")
}
)prisma")
        << 9 << 3 << QStringLiteral("The model with database name \"User\" could not be defined because another model or view with this name exists: \"User\"");
    QTest::newRow("same enum database name")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum A {
  X
  @@map("e")
}
enum B {
  X
  @@map("e")
}
)prisma")
        << 8 << 1 << QStringLiteral("An enum with the same database name is already defined.");
    QTest::newRow("index names clash on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  a Int
  b Int
  @@index([a], map: "x")
  @@index([b], map: "x")
}
)prisma")
        << 8 << 16 << QStringLiteral("The given constraint name `x` has to be unique in the following namespace: global for primary key, indexes and unique constraints.");
    QTest::newRow("index names clash across models")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  @@index([id], map: "x")
}
model B {
  id Int @id
  @@index([id], map: "x")
}
)prisma")
        << 10 << 17 << QStringLiteral("global for primary key, indexes and unique constraints");
    QTest::newRow("index names per model on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model A {
  id Int @id
  @@index([id], map: "x")
}
model B {
  id Int @id
  @@index([id], map: "x")
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("primary key and index clash")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id(map: "x")
  a Int @unique(map: "x")
}
)prisma")
        << 5 << 14 << QStringLiteral("Error parsing attribute \"@id\": The given constraint name `x`");
    QTest::newRow("foreign key and index clash on cockroach")
        << QStringLiteral(R"prisma(datasource db {
  provider = "cockroachdb"
}
model A {
  id Int @id
  bId Int
  b B @relation(fields: [bId], references: [id], map: "x")
  @@index([bId], map: "x")
}
model B {
  id Int @id
  a A[]
}
)prisma")
        << 7 << 50 << QStringLiteral("on model `A` for primary key, indexes, unique constraints and foreign keys");
    QTest::newRow("foreign keys clash on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model A {
  id Int @id
  bId Int
  b B @relation(fields: [bId], references: [id], map: "fk")
}
model B {
  id Int @id
  aId Int
  a A[]
  c C @relation(fields: [aId], references: [id], map: "fk")
}
model C {
  id Int @id
  b B[]
}
)prisma")
        << 7 << 50 << QStringLiteral("global for foreign keys");
    QTest::newRow("long constraint name")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  a Int @unique(map: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
}
)prisma")
        << 6 << 9 << QStringLiteral("is too long for your chosen provider. The maximum allowed length is 63 bytes.");
    QTest::newRow("custom names clash")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  a Int
  b Int
  @@id([a, b], name: "x")
  @@unique([b, a], name: "x")
}
)prisma")
        << 8 << 20 << QStringLiteral("The given custom name `x` has to be unique on the model.");
    QTest::newRow("custom name is a field name")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  a Int
  b Int
  @@id([a, b], name: "b")
}
)prisma")
        << 4 << 1 << QStringLiteral("The custom name `b` specified for the `@@id` attribute is already used as a name for a field.");
}

void TestValidateNames::cases()
{
    tests::checkValidationCase();
}

QTEST_GUILESS_MAIN(TestValidateNames)
#include "tst_validatenames.moc"
