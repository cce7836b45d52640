// SPDX-License-Identifier: GPL-3.0-or-later
// Validation rules of checkConfiguration() and checkConfigurationPipeline():
// datasource and generator blocks, providers, preview features, `schemas` and @@schema.
// Each case is a small schema and, for an invalid one, the line, column and a phrase of the error Prisma 7.10.1
// reports there (checked with ../shared/oracle). Line 0 marks a schema Prisma accepts ("WARN": Strata accepts it
// with a warning, where Prisma 7 rejects what Prisma 6 accepted).
#include "validationtestsupport.h"

#include <QTest>

using namespace strata;

class TestValidateConfiguration : public QObject {
    Q_OBJECT
private slots:
    void cases_data();
    void cases();
};

void TestValidateConfiguration::cases_data()
{
    tests::addValidationCaseColumns();

    QTest::newRow("datasource with url")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  url = env("DATABASE_URL")
  directUrl = env("D")
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("no datasource")
        << QStringLiteral(R"prisma(generator client {
  provider = "prisma-client-js"
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("missing provider")
        << QStringLiteral(R"prisma(datasource db {
  relationMode = "prisma"
}
)prisma")
        << 1 << 1 << QStringLiteral("Argument \"provider\" is missing in data source block \"db\".");
    QTest::newRow("provider from env")
        << QStringLiteral(R"prisma(datasource db {
  provider = env("P")
}
)prisma")
        << 1 << 1 << QStringLiteral("must not use the env() function");
    QTest::newRow("provider not a string")
        << QStringLiteral(R"prisma(datasource db {
  provider = postgresql
}
)prisma")
        << 2 << 14 << QStringLiteral("must be a string literal");
    QTest::newRow("provider empty")
        << QStringLiteral(R"prisma(datasource db {
  provider = ""
}
)prisma")
        << 2 << 14 << QStringLiteral("must not be empty");
    QTest::newRow("unknown provider")
        << QStringLiteral(R"prisma(datasource db {
  provider = "oracle"
}
)prisma")
        << 2 << 14 << QStringLiteral("Datasource provider not known: \"oracle\".");
    QTest::newRow("postgres alias")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgres"
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("unknown property")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  timeout = 10
}
)prisma")
        << 3 << 3 << QStringLiteral("Property not known: \"timeout\".");
    QTest::newRow("duplicate key")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  provider = "postgresql"
}
)prisma")
        << 3 << 3 << QStringLiteral("Key \"provider\" is already defined in source \"db\".");
    QTest::newRow("relationMode value")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  relationMode = "app"
}
)prisma")
        << 1 << 1 << QStringLiteral("Invalid relation mode setting: \"app\"");
    QTest::newRow("relationMode not a string")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  relationMode = prisma
}
)prisma")
        << 3 << 18 << QStringLiteral("Expected a string value, but received literal value `prisma`.");
    QTest::newRow("relationMode on mongodb")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mongodb"
  relationMode = "foreignKeys"
}
)prisma")
        << 3 << 18 << QStringLiteral("Supported values: \"prisma\"");
    QTest::newRow("relationMode and referentialIntegrity")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  relationMode = "prisma"
  referentialIntegrity = "prisma"
}
)prisma")
        << 4 << 3 << QStringLiteral("cannot be used together");
    QTest::newRow("preview features in datasource")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  previewFeatures = ["views"]
}
)prisma")
        << 3 << 3 << QStringLiteral("Preview features are only supported in the generator block.");
    QTest::newRow("schemas empty")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  schemas = []
}
)prisma")
        << 3 << 13 << QStringLiteral("If provided, the schemas array can not be empty.");
    QTest::newRow("schemas duplicate")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  schemas = ["a", "a"]
}
)prisma")
        << 3 << 14 << QStringLiteral("Duplicated schema names are not allowed");
    QTest::newRow("schemas on sqlite")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlite"
  schemas = ["a"]
}
)prisma")
        << 3 << 13 << QStringLiteral("The `schemas` property is not supported on the current connector.");
    QTest::newRow("schemas on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
  schemas = ["a"]
}
)prisma")
        << 3 << 13 << QStringLiteral("The `schemas` property is not supported on the current connector.");
    QTest::newRow("extensions on mysql")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
  extensions = [pg_trgm]
}
)prisma")
        << 3 << 3 << QStringLiteral("Property not known: \"extensions\".");
    QTest::newRow("extensions without preview feature")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  extensions = [pg_trgm]
}
)prisma")
        << 3 << 3 << QStringLiteral("only available with the `postgresqlExtensions` preview feature");
    QTest::newRow("extensions with preview feature")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  extensions = [pg_trgm, vector(map: "vector", schema: "public")]
}
generator g {
  provider = "x"
  previewFeatures = ["postgresqlExtensions"]
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("extension unknown argument")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  extensions = [vector(foo: "x")]
}
)prisma")
        << 3 << 24 << QStringLiteral("Argument not known: \"foo\".");
    QTest::newRow("extension argument without name")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  extensions = [vector("x")]
}
)prisma")
        << 3 << 24 << QStringLiteral("The argument must have a name");
    QTest::newRow("two datasources")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
datasource other {
  provider = "sqlite"
}
)prisma")
        << 4 << 1 << QStringLiteral("You defined more than one datasource.");
    QTest::newRow("generator without provider")
        << QStringLiteral(R"prisma(generator client {
  output = "x"
}
)prisma")
        << 1 << 1 << QStringLiteral("Argument \"provider\" is missing in generator block \"client\".");
    QTest::newRow("generator provider not a string")
        << QStringLiteral(R"prisma(generator client {
  provider = 1
}
)prisma")
        << 2 << 14 << QStringLiteral("Expected a String value, but received numeric value `1`.");
    QTest::newRow("generator output not a string")
        << QStringLiteral(R"prisma(generator client {
  provider = "x"
  output = 3
}
)prisma")
        << 3 << 12 << QStringLiteral("Expected a String value, but received numeric value `3`.");
    QTest::newRow("generator duplicate key")
        << QStringLiteral(R"prisma(generator client {
  provider = "x"
  provider = "y"
}
)prisma")
        << 3 << 3 << QStringLiteral("Key \"provider\" is already defined in generator \"client\".");
    QTest::newRow("generator custom property")
        << QStringLiteral(R"prisma(generator client {
  provider = "x"
  moduleFormat = "esm"
  foo = 1
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("unknown preview feature")
        << QStringLiteral(R"prisma(generator client {
  provider = "x"
  previewFeatures = ["teleportation"]
}
)prisma")
        << 3 << 21 << QStringLiteral("The preview feature \"teleportation\" is not known.");
    QTest::newRow("preview feature not a string")
        << QStringLiteral(R"prisma(generator client {
  provider = "x"
  previewFeatures = [views]
}
)prisma")
        << 3 << 22 << QStringLiteral("Expected a string value, but received literal value `views`.");
    QTest::newRow("deprecated preview feature")
        << QStringLiteral(R"prisma(generator client {
  provider = "x"
  previewFeatures = ["multiSchema", "tracing", "prismaSchemaFolder", "driverAdapters"]
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("dropped preview feature")
        << QStringLiteral(R"prisma(generator client {
  provider = "x"
  previewFeatures = ["metrics"]
}
)prisma")
        << 0 << 0 << QStringLiteral("WARN");
    QTest::newRow("preview features case-insensitive")
        << QStringLiteral(R"prisma(generator client {
  provider = "x"
  previewFeatures = ["Views", "relationjoins"]
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("fullTextSearchPostgres needs postgres")
        << QStringLiteral(R"prisma(datasource db {
  provider = "mysql"
}
generator client {
  provider = "x"
  previewFeatures = ["fullTextSearchPostgres"]
}
)prisma")
        << 6 << 21 << QStringLiteral("The preview feature \"fullTextSearchPostgres\" is not known.");
    QTest::newRow("schema not in datasource")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  schemas = ["a"]
}
model A {
  id Int @id
  @@schema("b")
}
)prisma")
        << 7 << 12 << QStringLiteral("This schema is not defined in the datasource.");
    QTest::newRow("schema without schemas")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
}
model A {
  id Int @id
  @@schema("b")
}
)prisma")
        << 6 << 12 << QStringLiteral("This schema is not defined in the datasource.");
    QTest::newRow("model missing schema")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  schemas = ["a"]
}
model A {
  id Int @id
}
)prisma")
        << 5 << 1 << QStringLiteral("Error validating model \"A\": This model is missing an `@@schema` attribute.");
    QTest::newRow("enum missing schema")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  schemas = ["a"]
}
enum E {
  X
}
)prisma")
        << 5 << 1 << QStringLiteral("This enum is missing an `@@schema` attribute.");
    QTest::newRow("schema on sqlite")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlite"
}
model A {
  id Int @id
  @@schema("b")
}
)prisma")
        << 6 << 12 << QStringLiteral("@@schema is not supported on the current datasource provider");
    QTest::newRow("multi schema")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  schemas = ["a", "b"]
}
model A {
  id Int @id
  @@schema("a")
}
enum E {
  X
  @@schema("b")
}
)prisma")
        << 0 << 0 << QStringLiteral("");
    QTest::newRow("view missing schema")
        << QStringLiteral(R"prisma(datasource db {
  provider = "postgresql"
  schemas = ["a"]
}
generator g {
  provider = "x"
  previewFeatures = ["views"]
}
view V {
  id Int @unique
}
)prisma")
        << 9 << 1 << QStringLiteral("Error validating view \"V\": This view is missing an `@@schema` attribute.");
    QTest::newRow("empty schemas on sqlite")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlite"
  schemas = []
}
)prisma")
        << 3 << 13 << QStringLiteral("The `schemas` property is not supported on the current connector.");
    QTest::newRow("features of an unreadable datasource")
        << QStringLiteral(R"prisma(datasource db {
  provider = postgresql
}
generator g {
  provider = "x"
  previewFeatures = ["fullTextSearchPostgres"]
}
)prisma")
        << 6 << 21 << QStringLiteral("The preview feature \"fullTextSearchPostgres\" is not known.");
    QTest::newRow("enum on sqlserver")
        << QStringLiteral(R"prisma(datasource db {
  provider = "sqlserver"
}
enum E {
  X
}
)prisma")
        << 4 << 1 << QStringLiteral("You defined the enum `E`. But the current connector does not support enums.");
}

void TestValidateConfiguration::cases()
{
    tests::checkValidationCase();
}

QTEST_GUILESS_MAIN(TestValidateConfiguration)
#include "tst_validateconfiguration.moc"
