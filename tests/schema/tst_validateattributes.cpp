// SPDX-License-Identifier: GPL-3.0-or-later
// Validation rules of checkAttributes() and checkAttributesPipeline():
// known attributes and their arguments, @default values, native types, autoincrement.
// Each case is a small schema and, for an invalid one, the line, column and a phrase of the error Prisma 7.10.1
// reports there (checked with ../shared/oracle). Line 0 marks a schema Prisma accepts ("WARN": Strata accepts it
// with a warning, where Prisma 7 rejects what Prisma 6 accepted).
#include "validationtestsupport.h"

#include <QTest>

using namespace strata;

class TestValidateAttributes : public QObject {
    Q_OBJECT
private slots:
    void cases_data();
    void cases();
};

void TestValidateAttributes::cases_data()
{
    tests::addValidationCaseColumns();

    QTest::newRow("unknown field attribute")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id @primary
}
)prisma")
        << 5 << 14 << QStringLiteral("Attribute not known: \"@primary\".");
    QTest::newRow("unknown block attribute")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  @@primary([id])
}
)prisma")
        << 6 << 3 << QStringLiteral("Attribute not known: \"@primary\".");
    QTest::newRow("attribute twice")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @default("a") @default("b")
}
)prisma")
        << 6 << 12 << QStringLiteral("Attribute \"@default\" can only be defined once.");
    QTest::newRow("block attribute twice")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  @@map("a")
  @@map("b")
}
)prisma")
        << 7 << 3 << QStringLiteral("Attribute \"@map\" can only be defined once.");
    QTest::newRow("native type twice")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @db.Text @db.Uuid
}
)prisma")
        << 6 << 21 << QStringLiteral("Attribute \"@db\" can only be defined once.");
    QTest::newRow("unknown argument")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @unique(name: "x")
}
)prisma")
        << 6 << 20 << QStringLiteral("No such argument.");
    QTest::newRow("argument twice")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @map(name: "a", name: "b")
}
)prisma")
        << 6 << 28 << QStringLiteral("Argument \"name\" is already specified.");
    QTest::newRow("named and unnamed argument")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @map("a", name: "b")
}
)prisma")
        << 6 << 22 << QStringLiteral("Argument \"name\" is already specified as unnamed argument.");
    QTest::newRow("several unnamed arguments")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @map("a", "b")
}
)prisma")
        << 6 << 12 << QStringLiteral("Did you mean `[\"a\", \"b\"]`?");
    QTest::newRow("missing argument")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @map
}
)prisma")
        << 6 << 12 << QStringLiteral("Argument \"name\" is missing.");
    QTest::newRow("argument without value")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @map(name: )
}
)prisma")
        << 6 << 17 << QStringLiteral("Error parsing attribute \"@map\": The `name` argument is missing a value.");
    QTest::newRow("trailing comma")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @map("x",)
}
)prisma")
        << 6 << 20 << QStringLiteral("Trailing commas are not valid in attribute arguments, please remove the comma.");
    QTest::newRow("map with a number")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @map(42)
}
)prisma")
        << 6 << 17 << QStringLiteral("Expected a string value, but received numeric value `42`.");
    QTest::newRow("map on a relation field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  bId Int
  b B @relation(fields: [bId], references: [id]) @map("x")
}
model B {
  id Int @id
  a A[]
}
)prisma")
        << 7 << 50 << QStringLiteral("The attribute `@map` cannot be used on relation fields.");
    QTest::newRow("default on a relation field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  bId Int
  b B @relation(fields: [bId], references: [id]) @default(1)
}
model B {
  id Int @id
  a A[]
}
)prisma")
        << 7 << 50 << QStringLiteral("Cannot set a default value on a relation field.");
    QTest::newRow("native type on a relation field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  bId Int
  b B @relation(fields: [bId], references: [id]) @db.Text
}
model B {
  id Int @id
  a A[]
}
)prisma")
        << 7 << 50 << QStringLiteral("Attribute not known: \"@db.Text\".");
    QTest::newRow("unknown relation argument")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  bId Int
  b B @relation(fields: [bId], references: [id], foo: 1)
}
model B {
  id Int @id
  a A[]
}
)prisma")
        << 7 << 50 << QStringLiteral("No such argument.");
    QTest::newRow("updatedAt on a string")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @updatedAt
}
)prisma")
        << 6 << 12 << QStringLiteral("Fields that are marked with @updatedAt must be of type DateTime.");
    QTest::newRow("updatedAt on a list")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n DateTime[] @updatedAt
}
)prisma")
        << 6 << 16 << QStringLiteral("Fields that are marked with @updatedAt cannot be lists.");
    QTest::newRow("updatedAt with an argument")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n DateTime @updatedAt(1)
}
)prisma")
        << 6 << 25 << QStringLiteral("No such argument.");
    QTest::newRow("ignore with an argument")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @ignore(1)
}
)prisma")
        << 6 << 20 << QStringLiteral("No such argument.");
    QTest::newRow("ignore on Unsupported")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Unsupported("x")? @ignore
}
)prisma")
        << 6 << 23 << QStringLiteral("Fields of type `Unsupported` cannot take an `@ignore` attribute.");
    QTest::newRow("ignore in an ignored model")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @ignore
  @@ignore
}
)prisma")
        << 6 << 3 << QStringLiteral("Fields on an already ignored Model do not need an `@ignore` annotation.");
    QTest::newRow("ignore on an enum")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum E {
  A
  @@ignore
}
)prisma")
        << 6 << 3 << QStringLiteral("Attribute not known: \"@ignore\".");
    QTest::newRow("enum value map")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
enum E {
  A @map("a")
  B @map("b")
  @@map("e")
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("default: string on Int")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Int @default("x")
}
)prisma")
        << 6 << 9 << QStringLiteral("Expected a Int value, but found `\"x\"`.");
    QTest::newRow("default: number on String")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @default(42)
}
)prisma")
        << 6 << 12 << QStringLiteral("Expected a String value, but found `42`.");
    QTest::newRow("default: string on Boolean")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Boolean @default("yes")
}
)prisma")
        << 6 << 13 << QStringLiteral("Expected a Boolean value, but found `\"yes\"`.");
    QTest::newRow("default: boolean literal")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Boolean @default(yes)
}
)prisma")
        << 6 << 22 << QStringLiteral("A boolean literal must be `true` or `false`.");
    QTest::newRow("default: list on a scalar")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Int @default([1])
}
)prisma")
        << 6 << 9 << QStringLiteral("The default value of a non-list field cannot be a list.");
    QTest::newRow("default: scalar on a list")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Int[] @default(1)
}
)prisma")
        << 6 << 11 << QStringLiteral("The default value of a list field must be a list.");
    QTest::newRow("default: list element")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String[] @default(["a", 1])
}
)prisma")
        << 6 << 14 << QStringLiteral("Expected a String value, but found `1`.");
    QTest::newRow("default: empty lists")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String[] @default([])
  e E[] @default([])
}
enum E {
  X
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("default: enum as a string")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  e E @default("X")
}
enum E {
  X
}
)prisma")
        << 6 << 7 << QStringLiteral("Expected an enum value, but found `\"X\"`.");
    QTest::newRow("default: unknown enum value")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  e E @default(Y)
}
enum E {
  X
}
)prisma")
        << 6 << 7 << QStringLiteral("The defined default value `Y` is not a valid value of the enum specified for the field.");
    QTest::newRow("default: autoincrement on String")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id String @id @default(autoincrement())
}
)prisma")
        << 5 << 17 << QStringLiteral("The function `autoincrement()` cannot be used on fields of type `String`.");
    QTest::newRow("default: now on String")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @default(now())
}
)prisma")
        << 6 << 12 << QStringLiteral("The function `now()` cannot be used on fields of type `String`.");
    QTest::newRow("default: now with an argument")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n DateTime @default(now(1))
}
)prisma")
        << 6 << 14 << QStringLiteral("The `now` function does not take any argument.");
    QTest::newRow("default: uuid version")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id String @id @default(uuid(5))
}
)prisma")
        << 5 << 17 << QStringLiteral("`uuid()` takes either no argument, or a single integer argument which is either 4 or 7.");
    QTest::newRow("default: cuid version")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id String @id @default(cuid(3))
}
)prisma")
        << 5 << 17 << QStringLiteral("`cuid()` takes either no argument, or a single integer argument which is either 1 or 2.");
    QTest::newRow("default: nanoid length")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id String @id @default(nanoid(1))
}
)prisma")
        << 5 << 17 << QStringLiteral("`nanoid()` takes either no argument, or a single integer argument between 2 and 255.");
    QTest::newRow("default: dbgenerated with a number")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Int @default(dbgenerated(1))
}
)prisma")
        << 6 << 9 << QStringLiteral("`dbgenerated()` takes a single String argument");
    QTest::newRow("default: on Unsupported")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Unsupported("x")? @default("y")
}
)prisma")
        << 6 << 23 << QStringLiteral("Only @default(dbgenerated(\"...\")) can be used for Unsupported types.");
    QTest::newRow("default: named autoincrement")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id @default(autoincrement(), map: "x")
}
)prisma")
        << 5 << 14 << QStringLiteral("Naming an autoincrement default value is not allowed.");
    QTest::newRow("default: functions")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id String @id @default(uuid(7))
  a String @default(cuid(2))
  b String @default(ulid())
  c String @default(nanoid(10))
  d DateTime @default(now())
  e BigInt @default(autoincrement())
  f String @default(dbgenerated("gen_random_uuid()"))
  g Unsupported("point")? @default(dbgenerated("point(0,0)"))
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("default: literals")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  a Float @default(-1.5)
  b Decimal @default("1.25")
  c Json @default("{\"a\": [1, true, null]}")
  d Bytes @default("YWI=")
  e DateTime @default("2024-02-29T12:00:00.5+02:00")
  f BigInt @default(-9223372036854775808)
  g Boolean @default(false)
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("default: unknown function")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id @default(guid())
}
)prisma")
        << 5 << 23 << QStringLiteral("Unknown function in @default(): `guid` is not known.");
    QTest::newRow("default: sequence on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id @default(sequence())
}
)prisma")
        << 5 << 23 << QStringLiteral("Unknown function in @default(): `sequence` is not known.");
    QTest::newRow("default: sequence on cockroach")
        << QStringLiteral(R"prisma(datasource db {
  provider = "cockroachdb"
}
model A {
  id BigInt @id @default(sequence(maxValue: 10, start: 2))
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("default: sequence argument")
        << QStringLiteral(R"prisma(datasource db {
  provider = "cockroachdb"
}
model A {
  id BigInt @id @default(sequence(foo: 1))
}
)prisma")
        << 5 << 35 << QStringLiteral("Unexpected argument in `sequence()` function call");
    QTest::newRow("default: bad datetime")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  d DateTime @default("yesterday")
}
)prisma")
        << 6 << 23 << QStringLiteral("Parse error: \"yesterday\" is not a valid rfc3339 datetime string. (input contains invalid characters)");
    QTest::newRow("default: incomplete datetime")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  d DateTime @default("2020-01-01")
}
)prisma")
        << 6 << 23 << QStringLiteral("(premature end of input)");
    QTest::newRow("default: bad integer")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n BigInt @default(1.5)
}
)prisma")
        << 6 << 21 << QStringLiteral("Parse error: \"1.5\" is not a valid integer. (invalid digit found in string)");
    QTest::newRow("default: integer too large")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n BigInt @default(99999999999999999999)
}
)prisma")
        << 6 << 21 << QStringLiteral("(number too large to fit in target type)");
    QTest::newRow("default: bad JSON")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  j Json @default("a")
}
)prisma")
        << 6 << 19 << QStringLiteral("Parse error: \"a\" is not a valid JSON string. (expected value at line 1 column 1)");
    QTest::newRow("default: bad JSON list element")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  j Json[] @default(["{}", "[1,"])
}
)prisma")
        << 6 << 28 << QStringLiteral("(EOF while parsing a value at line 1 column 3)");
    QTest::newRow("default: bad base64")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  b Bytes @default("abc")
}
)prisma")
        << 6 << 20 << QStringLiteral("is not a valid base64 string.");
    QTest::newRow("default: bad decimal")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  d Decimal @default("1.2.3")
}
)prisma")
        << 6 << 22 << QStringLiteral("Error parsing attribute \"default\": Parse error: \"1.2.3\" is not a valid decimal.");
    QTest::newRow("default: named default on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @default("x", map: "n_df")
}
)prisma")
        << 6 << 12 << QStringLiteral("You defined a database name for the default value of a field on the model. This is not supported by the provider.");
    QTest::newRow("default: named default on sqlserver")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model A {
  id Int @id
  n String @default("x", map: "n_df")
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("default: auto on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @default(auto())
}
)prisma")
        << 6 << 21 << QStringLiteral("The current connector does not support the `auto()` function.");
    QTest::newRow("autoincrement on sqlite non-id")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlite"
}
model A {
  id Int @id
  n Int @default(autoincrement())
}
)prisma")
        << 6 << 3 << QStringLiteral("The `autoincrement()` default value is used on a non-id field even though the datasource does not support this.");
    QTest::newRow("autoincrement on mysql non-indexed")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model A {
  id Int @id
  n Int @default(autoincrement())
}
)prisma")
        << 6 << 3 << QStringLiteral("is used on a non-indexed field even though the datasource does not support this.");
    QTest::newRow("autoincrement on mysql indexed")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model A {
  id Int @id
  n Int @default(autoincrement()) @unique
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("autoincrement twice on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model A {
  id Int @id @default(autoincrement())
  n Int @default(autoincrement()) @unique
}
)prisma")
        << 4 << 1 << QStringLiteral("used multiple times on this model");
    QTest::newRow("native type unknown")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @db.Foo
}
)prisma")
        << 6 << 12 << QStringLiteral("Native type Foo is not supported for postgresql connector.");
    QTest::newRow("native type on sqlite")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlite"
}
model A {
  id Int @id
  n String @db.VarChar(10)
}
)prisma")
        << 6 << 12 << QStringLiteral("Native type VarChar is not supported for sqlite connector.");
    QTest::newRow("native type prefix")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @pg.Text
}
)prisma")
        << 6 << 12 << QStringLiteral("The prefix pg is invalid. It must be equal to the name of an existing datasource e.g. db. Did you mean to use db.Text?");
    QTest::newRow("native type incompatible")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Int @db.Text
}
)prisma")
        << 6 << 9 << QStringLiteral("Native type Text is not compatible with declared field type Int, expected field type String.");
    QTest::newRow("native type arguments")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @db.VarChar(1, 2)
}
)prisma")
        << 6 << 12 << QStringLiteral("Native type VarChar takes 1 optional arguments, but received 2.");
    QTest::newRow("native type takes no arguments")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Int @db.Integer(3)
}
)prisma")
        << 6 << 9 << QStringLiteral("Function \"Integer\" takes 0 arguments, but received 1.");
    QTest::newRow("native type required argument")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model A {
  id Int @id
  n String @db.VarChar
}
)prisma")
        << 6 << 12 << QStringLiteral("Function \"VarChar\" takes 1 arguments, but received 0.");
    QTest::newRow("native type argument type")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n String @db.VarChar("ten")
}
)prisma")
        << 6 << 12 << QStringLiteral("Expected a nonnegative integer, but found (\"ten\").");
    QTest::newRow("native type decimal arguments")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Decimal @db.Decimal(10)
}
)prisma")
        << 6 << 13 << QStringLiteral("Expected two nonnegative integers, but found (10).");
    QTest::newRow("native type precision")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  d DateTime @db.Timestamp(7)
}
)prisma")
        << 6 << 14 << QStringLiteral("Argument M is out of range for native type `Timestamp(7)` of Postgres: M can range from 0 to 6.");
    QTest::newRow("native type scale")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model A {
  id Int @id
  d Decimal @db.Decimal(10, 40)
}
)prisma")
        << 6 << 13 << QStringLiteral("The scale must not be larger than the precision for the Decimal(10,40) native type in MySQL.");
    QTest::newRow("native type sqlserver max")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
model A {
  id Int @id
  a String @db.VarChar(Max)
  b String @db.NVarChar(4000)
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("native types postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id String @id @db.Uuid
  a String @db.VarChar(255)
  b Decimal @db.Decimal(10, 2)
  c DateTime @db.Timestamptz(6)
  d Json @db.JsonB
  e Bytes @db.ByteA
  f String @db.Citext
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("Unsupported that is native")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  n Unsupported("Text")?
}
)prisma")
        << 6 << 3 << QStringLiteral("is supported as a native type by Prisma. Please use the native type notation `String @db.Text` for full support.");
    QTest::newRow("autoincrement on Int on cockroach")
        << QStringLiteral(R"prisma(datasource db {
  provider = "cockroachdb"
}
model A {
  id Int @id @default(autoincrement())
}
)prisma")
        << 5 << 14 << QStringLiteral("The `autoincrement()` default function is defined only on BigInt fields on CockroachDB.");
    QTest::newRow("composite type: @unique on a field")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model A {
  id String @id @map("_id")
  t T
}
type T {
  c String @unique
}
)prisma")
        << 9 << 3 << QStringLiteral("Defining `@unique` attribute for a field in a composite type is not allowed.");
    QTest::newRow("composite type: block attribute")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model A {
  id String @id @map("_id")
  t T
}
type T {
  c String
  @@map("x")
}
)prisma")
        << 10 << 3 << QStringLiteral("The name of a composite type is not persisted in the database");
    QTest::newRow("composite type: default")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model A {
  id String @id @map("_id")
  t T? @default("x")
}
type T {
  c String
}
)prisma")
        << 6 << 8 << QStringLiteral("Defaults on fields of type composite are not supported.");
    QTest::newRow("composite type: map collision")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
}
model A {
  id String @id @map("_id")
  t T
}
type T {
  a String @map("b")
  b String
}
)prisma")
        << 9 << 3 << QStringLiteral("Field \"a\" is already defined on composite type \"T\".");
    QTest::newRow("shard key without preview feature")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
model A {
  id Int @id
  r String @shardKey
}
)prisma")
        << 6 << 12 << QStringLiteral("Defining shard keys requires enabling the `shardKeys` preview feature");
    QTest::newRow("shard key on postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
generator g {
  provider = "x"
  previewFeatures = ["shardKeys"]
}
model A {
  id Int @id
  r String @shardKey
}
)prisma")
        << 10 << 12 << QStringLiteral("Shard keys are not currently supported for provider postgresql");
}

void TestValidateAttributes::cases()
{
    tests::checkValidationCase();
}

QTEST_GUILESS_MAIN(TestValidateAttributes)
#include "tst_validateattributes.moc"
