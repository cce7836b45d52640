// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/migrationreplayer.h"

#include <QTest>

using namespace strata;
using sql::Dialect;

Q_DECLARE_METATYPE(strata::sql::Dialect)

namespace {

QString actionName(sql::ReferentialAction a)
{
    switch (a) {
    case sql::ReferentialAction::Cascade: return QStringLiteral("CASCADE");
    case sql::ReferentialAction::Restrict: return QStringLiteral("RESTRICT");
    case sql::ReferentialAction::SetNull: return QStringLiteral("SET NULL");
    case sql::ReferentialAction::SetDefault: return QStringLiteral("SET DEFAULT");
    default: return QStringLiteral("NO ACTION");
    }
}

QString familyName(sql::ColumnType::Family f)
{
    using F = sql::ColumnType::Family;
    switch (f) {
    case F::Int: return QStringLiteral("int");
    case F::BigInt: return QStringLiteral("bigint");
    case F::Float: return QStringLiteral("float");
    case F::Decimal: return QStringLiteral("decimal");
    case F::Boolean: return QStringLiteral("bool");
    case F::String: return QStringLiteral("string");
    case F::DateTime: return QStringLiteral("datetime");
    case F::Binary: return QStringLiteral("binary");
    case F::Json: return QStringLiteral("json");
    case F::Uuid: return QStringLiteral("uuid");
    case F::Enum: return QStringLiteral("enum");
    case F::Unsupported: return QStringLiteral("unsupported");
    }
    return {};
}

/// A compact text form of a schema, one line per object, in schema order.
QStringList describe(const sql::SqlSchema &schema)
{
    QStringList lines;
    for (const sql::Extension &e : schema.extensions)
        lines << QStringLiteral("extension %1%2").arg(e.name, e.schema.isEmpty() ? QString() : QStringLiteral(" schema ") + e.schema);
    for (const QString &n : schema.namespaces) {
        if (n != u"public")
            lines << QStringLiteral("namespace %1").arg(n);
    }
    for (const sql::EnumType &e : schema.enums)
        lines << QStringLiteral("enum %1: %2").arg(e.name, e.values.join(u','));
    for (const sql::Table &t : schema.tables) {
        lines << QStringLiteral("table %1%2").arg(t.schema.isEmpty() || t.schema == u"public" ? QString() : t.schema + u'.', t.name);
        for (const sql::Column &c : t.columns) {
            QString line = QStringLiteral("  %1 %2%3 %4").arg(c.name, c.type.name, c.type.isArray ? QStringLiteral("[]") : QString(),
                                                              familyName(c.type.family));
            if (!c.nullable)
                line += QStringLiteral(" NOT NULL");
            if (c.autoIncrement)
                line += QStringLiteral(" AUTOINCREMENT");
            switch (c.defaultValue->kind) {
            case sql::ColumnDefault::Kind::None: break;
            case sql::ColumnDefault::Kind::Value:
                line += QStringLiteral(" DEFAULT %1 [%2]").arg(c.defaultValue->expression, c.defaultValue->values.join(u'|'));
                break;
            case sql::ColumnDefault::Kind::Now: line += QStringLiteral(" DEFAULT now"); break;
            case sql::ColumnDefault::Kind::Sequence:
                line += QStringLiteral(" DEFAULT sequence");
                if (!c.defaultValue->expression.isEmpty())
                    line += u' ' + c.defaultValue->expression;
                break;
            case sql::ColumnDefault::Kind::DbGenerated: line += QStringLiteral(" DEFAULT dbgenerated %1").arg(c.defaultValue->expression); break;
            }
            lines << line;
        }
        if (t.primaryKey)
            lines << QStringLiteral("  primary key %1(%2)").arg(t.primaryKey->name, t.primaryKey->columnNames().join(u','));
        for (const sql::Index &i : t.indexes) {
            QStringList cols;
            for (const sql::IndexColumn &c : i.columns) {
                QString col = c.name;
                if (c.length)
                    col += QStringLiteral("(%1)").arg(*c.length);
                if (c.sort == sql::SortOrder::Desc)
                    col += QStringLiteral(" DESC");
                else if (c.sort == sql::SortOrder::Asc)
                    col += QStringLiteral(" ASC");
                if (!c.operatorClass.isEmpty())
                    col += u' ' + c.operatorClass;
                cols << col;
            }
            const QString kind = i.kind == sql::Index::Kind::Unique ? QStringLiteral("unique ")
                : i.kind == sql::Index::Kind::Fulltext ? QStringLiteral("fulltext ") : QString();
            lines << QStringLiteral("  %1index %2%3(%4)").arg(kind, i.name, i.algorithm.isEmpty() ? QString() : u' ' + i.algorithm + u' ',
                                                             cols.join(QStringLiteral(", ")));
        }
        for (const sql::ForeignKey &fk : t.foreignKeys)
            lines << QStringLiteral("  foreign key %1(%2) -> %3(%4) %5/%6").arg(fk.name, fk.columns.join(u','), fk.referencedTable,
                                                                             fk.referencedColumns.join(u','), actionName(fk.onDelete),
                                                                             actionName(fk.onUpdate));
    }
    return lines;
}

/// "line:code" of each warning.
QStringList warningCodes(const psl::Diagnostics &warnings)
{
    QStringList codes;
    for (const psl::Diagnostic &d : warnings.items())
        codes << QStringLiteral("%1:%2").arg(d.span.line).arg(d.code);
    return codes;
}

} // namespace

class TestMigrationReplayer : public QObject {
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
    void multipleScripts();
    void warningCarriesFileAndPosition();
    void garbageDoesNotCrash_data();
    void garbageDoesNotCrash();
};

void TestMigrationReplayer::replay_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("warnings");

    const auto pg = Dialect::PostgreSql;
    const auto sqlite = Dialect::Sqlite;
    const auto mysql = Dialect::MySql;

    QTest::newRow("pg create table as Prisma writes it")
        << pg
        << QStringLiteral("-- CreateEnum\nCREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN');\n\n"
                          "-- CreateTable\nCREATE TABLE \"User\" (\n"
                          "    \"id\" SERIAL NOT NULL,\n"
                          "    \"email\" TEXT NOT NULL,\n"
                          "    \"name\" VARCHAR(255),\n"
                          "    \"role\" \"Role\" NOT NULL DEFAULT 'USER',\n"
                          "    \"tags\" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],\n"
                          "    \"score\" DOUBLE PRECISION NOT NULL DEFAULT 1.5,\n"
                          "    \"createdAt\" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
                          "    \"data\" JSONB NOT NULL DEFAULT '{}',\n"
                          "    \"uid\" UUID NOT NULL DEFAULT gen_random_uuid(),\n"
                          "    \"amount\" DECIMAL(65,30),\n\n"
                          "    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")\n);\n\n"
                          "-- CreateIndex\nCREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n")
        << QStringList{
               QStringLiteral("enum Role: USER,ADMIN"),
               QStringLiteral("table User"),
               QStringLiteral("  id INTEGER int NOT NULL AUTOINCREMENT DEFAULT sequence"),
               QStringLiteral("  email TEXT string NOT NULL"),
               QStringLiteral("  name VARCHAR(255) string"),
               QStringLiteral("  role Role enum NOT NULL DEFAULT 'USER' [USER]"),
               QStringLiteral("  tags TEXT[] string DEFAULT ARRAY['a', 'b']::TEXT[] [a|b]"),
               QStringLiteral("  score DOUBLE PRECISION float NOT NULL DEFAULT 1.5 [1.5]"),
               QStringLiteral("  createdAt TIMESTAMP(3) datetime NOT NULL DEFAULT now"),
               QStringLiteral("  data JSONB json NOT NULL DEFAULT '{}' [{}]"),
               QStringLiteral("  uid UUID uuid NOT NULL DEFAULT dbgenerated gen_random_uuid()"),
               QStringLiteral("  amount DECIMAL(65,30) decimal"),
               QStringLiteral("  primary key User_pkey(id)"),
               QStringLiteral("  unique index User_email_key(email)"),
           }
        << QStringList{};

    // A database refuses a table that names a column twice: the replay keeps the first definition and warns at
    // the second (found by the replay fuzzer, where the table then differed from itself).
    QTest::newRow("mysql create table with a column twice")
        << mysql
        << QStringLiteral("CREATE TABLE `A` (\n"
                          "    `id` INTEGER NOT NULL,\n"
                          "    `label` VARCHAR(191) NOT NULL,\n"
                          "    `label` TEXT NULL,\n"
                          "\n"
                          "    PRIMARY KEY (`id`)\n"
                          ") DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n")
        << QStringList{
               QStringLiteral("table A"),
               QStringLiteral("  id INTEGER int NOT NULL"),
               QStringLiteral("  label VARCHAR(191) string NOT NULL"),
               QStringLiteral("  primary key (id)"),
           }
        << QStringList{QStringLiteral("4:replay-exists")};

    // Renames onto a name that is taken fail in the database: refused here too (found by the replay fuzzer).
    QTest::newRow("pg renames onto names that are taken")
        << pg
        << QStringLiteral("CREATE TABLE \"A\" (\"x\" INTEGER, \"y\" TEXT);\n"
                          "CREATE TABLE \"B\" (\"z\" INTEGER);\n"
                          "ALTER TABLE \"B\" RENAME TO \"A\";\n"
                          "ALTER TABLE \"A\" RENAME COLUMN \"x\" TO \"y\";\n")
        << QStringList{
               QStringLiteral("table A"),
               QStringLiteral("  x INTEGER int"),
               QStringLiteral("  y TEXT string"),
               QStringLiteral("table B"),
               QStringLiteral("  z INTEGER int"),
           }
        << QStringList{QStringLiteral("3:replay-exists"), QStringLiteral("4:replay-exists")};

    QTest::newRow("mysql change column onto a name that is taken")
        << mysql
        << QStringLiteral("CREATE TABLE `A` (`x` INTEGER NOT NULL, `y` TEXT NULL);\n"
                          "ALTER TABLE `A` CHANGE `x` `y` BIGINT NOT NULL;\n")
        << QStringList{
               QStringLiteral("table A"),
               QStringLiteral("  x INTEGER int NOT NULL"),
               QStringLiteral("  y TEXT string"),
           }
        << QStringList{QStringLiteral("2:replay-exists")};

    QTest::newRow("pg hand-written types, folding and defaults")
        << pg
        << QStringLiteral("create table Things (\n"
                          "  ID bigserial primary key,\n"
                          "  label character varying(20) not null unique,\n"
                          "  at timestamp(6) with time zone default now(),\n"
                          "  n int4 default '-1'::integer,\n"
                          "  flag bool default TRUE,\n"
                          "  doc tsvector,\n"
                          "  c char\n);")
        << QStringList{
               QStringLiteral("table things"),
               QStringLiteral("  id BIGINT bigint NOT NULL AUTOINCREMENT DEFAULT sequence"),
               QStringLiteral("  label VARCHAR(20) string NOT NULL"),
               QStringLiteral("  at TIMESTAMPTZ(6) datetime DEFAULT now"),
               QStringLiteral("  n INTEGER int DEFAULT '-1' [-1]"),
               QStringLiteral("  flag BOOLEAN bool DEFAULT true [true]"),
               QStringLiteral("  doc tsvector unsupported"),
               QStringLiteral("  c CHAR(1) string"),
               QStringLiteral("  primary key things_pkey(id)"),
               QStringLiteral("  unique index things_label_key(label)"),
           }
        << QStringList{};

    QTest::newRow("pg alter table actions")
        << pg
        << QStringLiteral("CREATE TABLE \"A\" (\"id\" TEXT NOT NULL, \"x\" INTEGER, CONSTRAINT \"A_pkey\" PRIMARY KEY (\"id\"));\n"
                          "CREATE TABLE \"B\" (\"id\" TEXT NOT NULL, \"aId\" TEXT, \"old\" TEXT);\n"
                          "ALTER TABLE \"B\" ADD CONSTRAINT \"B_aId_fkey\" FOREIGN KEY (\"aId\") REFERENCES \"A\"(\"id\") ON DELETE SET NULL ON UPDATE CASCADE;\n"
                          "ALTER TABLE \"A\" ADD COLUMN     \"y\" TEXT NOT NULL DEFAULT 'v',\n"
                          "ALTER COLUMN \"x\" SET NOT NULL,\n"
                          "ALTER COLUMN \"x\" SET DATA TYPE BIGINT,\n"
                          "ALTER COLUMN \"y\" DROP DEFAULT;\n"
                          "ALTER TABLE \"B\" DROP COLUMN \"old\";\n"
                          "ALTER TABLE \"A\" RENAME COLUMN \"id\" TO \"key\";\n"
                          "ALTER TABLE \"A\" RENAME TO \"Alpha\";\n"
                          "ALTER TABLE \"Alpha\" RENAME CONSTRAINT \"A_pkey\" TO \"Alpha_pkey\";\n"
                          "ALTER TABLE \"B\" ADD PRIMARY KEY (\"id\");\n")
        << QStringList{
               QStringLiteral("table Alpha"),
               QStringLiteral("  key TEXT string NOT NULL"),
               QStringLiteral("  x BIGINT bigint NOT NULL"),
               QStringLiteral("  y TEXT string NOT NULL"),
               QStringLiteral("  primary key Alpha_pkey(key)"),
               QStringLiteral("table B"),
               QStringLiteral("  id TEXT string NOT NULL"),
               QStringLiteral("  aId TEXT string"),
               QStringLiteral("  primary key B_pkey(id)"),
               QStringLiteral("  foreign key B_aId_fkey(aId) -> Alpha(key) SET NULL/CASCADE"),
           }
        << QStringList{};

    QTest::newRow("pg indexes: method, sort, operator class, rename, drop, truncation")
        << pg
        << QStringLiteral("CREATE TABLE \"T\" (\"a\" TEXT, \"b\" INTEGER, \"c\" JSONB);\n"
                          "CREATE INDEX \"T_a_idx\" ON \"T\" USING GIN (\"a\" gin_trgm_ops);\n"
                          "CREATE INDEX \"T_b_a_idx\" ON \"T\"(\"b\" DESC, \"a\" ASC);\n"
                          "CREATE INDEX \"T_c_idx\" ON \"T\" USING GIN (\"c\" jsonb_path_ops);\n"
                          "CREATE INDEX \"T_h\" ON \"T\" USING HASH (\"b\");\n"
                          "CREATE INDEX \"T_bt\" ON \"T\" USING btree (\"b\");\n"
                          "ALTER INDEX \"T_h\" RENAME TO \"T_b_hash\";\n"
                          "DROP INDEX \"T_bt\";\n"
                          "CREATE INDEX IF NOT EXISTS \"T_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_idx\" ON \"T\"(\"a\");\n"
                          "CREATE INDEX ON \"T\" (\"b\");\n")
        << QStringList{
               QStringLiteral("table T"),
               QStringLiteral("  a TEXT string"),
               QStringLiteral("  b INTEGER int"),
               QStringLiteral("  c JSONB json"),
               QStringLiteral("  index T_a_idx GIN (a gin_trgm_ops)"),
               QStringLiteral("  index T_b_a_idx(b DESC, a ASC)"),
               QStringLiteral("  index T_c_idx GIN (c jsonb_path_ops)"),
               QStringLiteral("  index T_b_hash HASH (b)"),
               QStringLiteral("  index T_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa(a)"),
               QStringLiteral("  index T_b_idx(b)"),
           }
        << QStringList{};

    QTest::newRow("pg enum life cycle and Prisma's enum recreation")
        << pg
        << QStringLiteral("CREATE TYPE \"S\" AS ENUM ('a', 'b');\n"
                          "ALTER TYPE \"S\" ADD VALUE 'c';\n"
                          "ALTER TYPE \"S\" ADD VALUE IF NOT EXISTS 'c';\n"
                          "ALTER TYPE \"S\" ADD VALUE '0' BEFORE 'a';\n"
                          "ALTER TYPE \"S\" RENAME VALUE 'b' TO 'B';\n"
                          "CREATE TABLE \"T\" (\"s\" \"S\" NOT NULL DEFAULT 'a', \"l\" \"S\"[]);\n"
                          "BEGIN;\n"
                          "CREATE TYPE \"S_new\" AS ENUM ('a', 'B');\n"
                          "ALTER TABLE \"T\" ALTER COLUMN \"s\" DROP DEFAULT;\n"
                          "ALTER TABLE \"T\" ALTER COLUMN \"s\" TYPE \"S_new\" USING (\"s\"::text::\"S_new\");\n"
                          "ALTER TABLE \"T\" ALTER COLUMN \"l\" TYPE \"S_new\"[] USING (\"l\"::text::\"S_new\"[]);\n"
                          "ALTER TYPE \"S\" RENAME TO \"S_old\";\n"
                          "ALTER TYPE \"S_new\" RENAME TO \"S\";\n"
                          "DROP TYPE \"public\".\"S_old\";\n"
                          "ALTER TABLE \"T\" ALTER COLUMN \"s\" SET DEFAULT 'a';\n"
                          "COMMIT;\n")
        << QStringList{
               QStringLiteral("enum S: a,B"),
               QStringLiteral("table T"),
               QStringLiteral("  s S enum NOT NULL DEFAULT 'a' [a]"),
               QStringLiteral("  l S[] enum"),
           }
        << QStringList{};

    QTest::newRow("pg extensions, schemas, skipped and unmodelled statements")
        << pg
        << QStringLiteral("CREATE EXTENSION IF NOT EXISTS \"pg_trgm\";\n"
                          "CREATE EXTENSION citext WITH SCHEMA public;\n"
                          "CREATE SCHEMA IF NOT EXISTS \"auth\";\n"
                          "CREATE TABLE \"auth\".\"U\" (\"id\" TEXT);\n"
                          "INSERT INTO \"auth\".\"U\" VALUES ('x');\n"
                          "UPDATE \"auth\".\"U\" SET \"id\" = 'y';\n"
                          "SET search_path = public;\n"
                          "CREATE VIEW v AS SELECT 1;\n"
                          "CREATE OR REPLACE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;\n"
                          "CREATE TRIGGER t BEFORE INSERT ON \"auth\".\"U\" FOR EACH ROW EXECUTE FUNCTION f();\n"
                          "ALTER TABLE \"auth\".\"U\" ADD CONSTRAINT \"U_check\" CHECK (length(\"id\") > 0);\n"
                          "ALTER TABLE \"auth\".\"U\" DROP CONSTRAINT \"U_check\";\n"
                          "DO $$ BEGIN PERFORM 1; END $$;\n"
                          "DROP VIEW v;\n")
        << QStringList{
               QStringLiteral("extension pg_trgm"),
               QStringLiteral("extension citext schema public"),
               QStringLiteral("namespace auth"),
               QStringLiteral("table auth.U"),
               QStringLiteral("  id TEXT string"),
           }
        << QStringList{QStringLiteral("8:replay-not-modelled"), QStringLiteral("9:replay-not-modelled"),
                       QStringLiteral("10:replay-not-modelled"), QStringLiteral("11:replay-not-modelled"),
                       QStringLiteral("13:replay-procedural")};

    QTest::newRow("pg DO block with EXECUTE of literal SQL")
        << pg
        << QStringLiteral("DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'E') THEN\n"
                          "    EXECUTE 'CREATE TYPE \"E\" AS ENUM (''x'', ''y'')';\n  END IF;\nEND\n$$;\n")
        << QStringList{QStringLiteral("enum E: x,y")}
        << QStringList{QStringLiteral("1:replay-procedural")};

    QTest::newRow("pg unknown objects and unknown forms are warnings")
        << pg
        << QStringLiteral("ALTER TABLE \"Nope\" ADD COLUMN \"x\" TEXT;\n"
                          "ALTER TABLE IF EXISTS \"Nope\" ADD COLUMN \"x\" TEXT;\n"
                          "CREATE TABLE \"T\" (\"a\" TEXT);\n"
                          "ALTER TABLE \"T\" ADD COLUMN \"b\" TEXT, FROBNICATE \"a\";\n"
                          "ALTER TABLE \"T\" DROP COLUMN \"zzz\";\n"
                          "DROP INDEX \"nope\";\n"
                          "DROP INDEX IF EXISTS \"nope\";\n"
                          "CREATE INDEX \"T_partial\" ON \"T\"(\"a\") WHERE \"a\" IS NOT NULL;\n"
                          "CREATE INDEX \"T_expr\" ON \"T\"(lower(\"a\"));\n"
                          "GRANT SELECT ON \"T\" TO someone;\n"
                          "FROBNICATE EVERYTHING;\n")
        << QStringList{
               QStringLiteral("table T"),
               QStringLiteral("  a TEXT string"),
               QStringLiteral("  b TEXT string"),
               QStringLiteral("  index T_partial(a)"),
               QStringLiteral("  index T_expr(lower(\"a\"))"),
           }
        << QStringList{QStringLiteral("1:replay-unknown-table"), QStringLiteral("4:replay-unsupported-alter"),
                       QStringLiteral("5:replay-unknown-column"), QStringLiteral("6:replay-unknown-index"),
                       QStringLiteral("8:replay-partial-index"), QStringLiteral("9:replay-index-expression"),
                       QStringLiteral("11:replay-unsupported-statement")};

    QTest::newRow("pg drop column removes its index, key and foreign keys")
        << pg
        << QStringLiteral("CREATE TABLE \"P\" (\"id\" INTEGER NOT NULL, \"k\" INTEGER NOT NULL, CONSTRAINT \"P_pkey\" PRIMARY KEY (\"id\"));\n"
                          "CREATE UNIQUE INDEX \"P_k_key\" ON \"P\"(\"k\");\n"
                          "CREATE TABLE \"C\" (\"pk\" INTEGER REFERENCES \"P\"(\"k\") ON DELETE CASCADE);\n"
                          "ALTER TABLE \"P\" DROP COLUMN \"k\" CASCADE;\n"
                          "DROP TABLE IF EXISTS \"Nope\";\n")
        << QStringList{
               QStringLiteral("table P"),
               QStringLiteral("  id INTEGER int NOT NULL"),
               QStringLiteral("  primary key P_pkey(id)"),
               QStringLiteral("table C"),
               QStringLiteral("  pk INTEGER int"),
           }
        << QStringList{};

    QTest::newRow("sqlite create table as Prisma writes it and the redefine pattern")
        << sqlite
        << QStringLiteral("CREATE TABLE \"User\" (\n"
                          "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
                          "    \"email\" TEXT NOT NULL,\n"
                          "    \"createdAt\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\n"
                          "CREATE TABLE \"Post\" (\n"
                          "    \"id\" TEXT NOT NULL PRIMARY KEY,\n"
                          "    \"authorId\" INTEGER NOT NULL,\n"
                          "    CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") REFERENCES \"User\" (\"id\") ON DELETE RESTRICT ON UPDATE CASCADE\n);\n"
                          "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n"
                          "-- RedefineTables\nPRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\n"
                          "CREATE TABLE \"new_User\" (\n"
                          "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
                          "    \"email\" TEXT NOT NULL,\n"
                          "    \"name\" TEXT,\n"
                          "    \"createdAt\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\n"
                          "INSERT INTO \"new_User\" (\"createdAt\", \"email\", \"id\") SELECT \"createdAt\", \"email\", \"id\" FROM \"User\";\n"
                          "DROP TABLE \"User\";\n"
                          "ALTER TABLE \"new_User\" RENAME TO \"User\";\n"
                          "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n"
                          "PRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n")
        << QStringList{
               QStringLiteral("table Post"),
               QStringLiteral("  id TEXT string NOT NULL"),
               QStringLiteral("  authorId INTEGER int NOT NULL"),
               QStringLiteral("  primary key (id)"),
               QStringLiteral("  foreign key Post_authorId_fkey(authorId) -> User(id) RESTRICT/CASCADE"),
               QStringLiteral("table User"),
               QStringLiteral("  id INTEGER int NOT NULL AUTOINCREMENT"),
               QStringLiteral("  email TEXT string NOT NULL"),
               QStringLiteral("  name TEXT string"),
               QStringLiteral("  createdAt DATETIME datetime NOT NULL DEFAULT now"),
               QStringLiteral("  primary key (id)"),
               QStringLiteral("  unique index User_email_key(email)"),
           }
        << QStringList{};

    QTest::newRow("sqlite types and alter table")
        << sqlite
        << QStringLiteral("CREATE TABLE t (a BIGINT, b REAL, c DECIMAL, d BLOB, e JSONB, f BOOLEAN DEFAULT true, g);\n"
                          "ALTER TABLE t ADD COLUMN h TEXT NOT NULL DEFAULT 'x';\n"
                          "ALTER TABLE t RENAME COLUMN a TO aa;\n"
                          "ALTER TABLE t DROP COLUMN b;\n"
                          "ALTER TABLE T RENAME TO u;\n"
                          "CREATE TRIGGER tr AFTER INSERT ON u BEGIN UPDATE u SET h = 'y'; END;\n")
        << QStringList{
               QStringLiteral("table u"),
               QStringLiteral("  aa BIGINT bigint"),
               QStringLiteral("  c DECIMAL decimal"),
               QStringLiteral("  d BLOB binary"),
               QStringLiteral("  e JSONB json"),
               QStringLiteral("  f BOOLEAN bool DEFAULT true [true]"),
               QStringLiteral("  g  unsupported"),
               QStringLiteral("  h TEXT string NOT NULL DEFAULT 'x' [x]"),
           }
        << QStringList{QStringLiteral("6:replay-not-modelled")};

    // A MySQL "schema" is a database, no namespace of the SQL schema: recorded, it made a migration of steps that
    // render nothing (found by the replay fuzzer).
    QTest::newRow("mysql create schema and database are not namespaces")
        << mysql
        << QStringLiteral("CREATE SCHEMA IF NOT EXISTS `audit`;\nCREATE DATABASE `other`;\nCREATE TABLE `A` (`id` INTEGER NOT NULL);\n")
        << QStringList{QStringLiteral("table A"), QStringLiteral("  id INTEGER int NOT NULL")}
        << QStringList{};

    QTest::newRow("mysql create table as Prisma writes it")
        << mysql
        << QStringLiteral("CREATE TABLE `posts` (\n"
                          "    `id` INTEGER NOT NULL AUTO_INCREMENT,\n"
                          "    `title` VARCHAR(191) NOT NULL,\n"
                          "    `body` TEXT NULL,\n"
                          "    `state` ENUM('DRAFT', 'PUBLISHED') NOT NULL DEFAULT 'DRAFT',\n"
                          "    `created_at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),\n"
                          "    `authorId` VARCHAR(191) NOT NULL,\n\n"
                          "    UNIQUE INDEX `posts_title_key`(`title`),\n"
                          "    INDEX `posts_body_idx`(`body`(100)),\n"
                          "    FULLTEXT INDEX `posts_title_body_idx`(`title`, `body`),\n"
                          "    PRIMARY KEY (`id`)\n"
                          ") DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
                          "CREATE TABLE `users` (`id` VARCHAR(191) NOT NULL, PRIMARY KEY (`id`));\n"
                          "ALTER TABLE `posts` ADD CONSTRAINT `posts_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `users`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;\n"
                          "ALTER TABLE `posts` MODIFY `body` LONGTEXT NULL, RENAME INDEX `posts_title_key` TO `posts_t_key`;\n"
                          "DROP INDEX `posts_body_idx` ON `posts`;\n"
                          "ALTER TABLE `posts` DROP FOREIGN KEY `posts_authorId_fkey`;\n")
        << QStringList{
               QStringLiteral("table posts"),
               QStringLiteral("  id INTEGER int NOT NULL AUTOINCREMENT"),
               QStringLiteral("  title VARCHAR(191) string NOT NULL"),
               QStringLiteral("  body LONGTEXT string"),
               QStringLiteral("  state ENUM('DRAFT', 'PUBLISHED') enum NOT NULL DEFAULT 'DRAFT' [DRAFT]"),
               QStringLiteral("  created_at DATETIME(3) datetime NOT NULL DEFAULT now"),
               QStringLiteral("  authorId VARCHAR(191) string NOT NULL"),
               QStringLiteral("  primary key (id)"),
               QStringLiteral("  unique index posts_t_key(title)"),
               QStringLiteral("  fulltext index posts_title_body_idx(title, body)"),
               QStringLiteral("table users"),
               QStringLiteral("  id VARCHAR(191) string NOT NULL"),
               QStringLiteral("  primary key (id)"),
           }
        << QStringList{};
}

void TestMigrationReplayer::replay()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, warnings);
    sql::MigrationReplayer replayer(dialect);
    replayer.applyScript(script, QStringLiteral("m/migration.sql"));
    const QStringList actual = describe(replayer.schema());
    if (actual != expected)
        qWarning().noquote() << "actual:\n" + actual.join(u'\n');
    QCOMPARE(actual, expected);
    QCOMPARE(warningCodes(replayer.warnings()), warnings);
}

void TestMigrationReplayer::multipleScripts()
{
    const sql::ReplayResult result = sql::MigrationReplayer::replay(
        Dialect::PostgreSql,
        {{QStringLiteral("1_init/migration.sql"), QStringLiteral("CREATE TABLE \"A\" (\"id\" TEXT NOT NULL);")},
         {QStringLiteral("2_more/migration.sql"), QStringLiteral("ALTER TABLE \"A\" ADD COLUMN \"b\" INTEGER;\nALTER TABLE \"X\" ADD COLUMN \"c\" INTEGER;")}});
    QCOMPARE(int(result.schema.tables.size()), 1);
    QCOMPARE(int(result.schema.tables.front().columns.size()), 2);
    QCOMPARE(result.schema.tables.front().schema, QStringLiteral("public"));
    QCOMPARE(result.schema.defaultNamespace, QStringLiteral("public"));
    QCOMPARE(int(result.warnings.items().size()), 1);
    QCOMPARE(result.warnings.items().front().file, QStringLiteral("2_more/migration.sql"));
}

void TestMigrationReplayer::warningCarriesFileAndPosition()
{
    sql::MigrationReplayer replayer(Dialect::PostgreSql);
    replayer.applyScript(QStringLiteral("-- x\nCREATE TABLE \"A\" (\"id\" TEXT);\n\n  ALTER TABLE \"B\" DROP COLUMN \"c\";\n"),
                         QStringLiteral("20240101_x/migration.sql"));
    QCOMPARE(int(replayer.warnings().items().size()), 1);
    const psl::Diagnostic &d = replayer.warnings().items().front();
    QVERIFY(!d.isError());
    QCOMPARE(d.file, QStringLiteral("20240101_x/migration.sql"));
    QCOMPARE(d.span.line, 4);
    QCOMPARE(d.span.column, 15);
    QCOMPARE(d.code, QStringLiteral("replay-unknown-table"));
    QVERIFY(d.toString().startsWith(QStringLiteral("20240101_x/migration.sql:4:15: warning: ")));
}

void TestMigrationReplayer::garbageDoesNotCrash_data()
{
    QTest::addColumn<QString>("script");
    QTest::newRow("empty") << QString();
    QTest::newRow("lone keywords") << QStringLiteral("CREATE; ALTER; DROP; CREATE TABLE; ALTER TABLE; CREATE INDEX ON;");
    QTest::newRow("unbalanced") << QStringLiteral("CREATE TABLE a ((((; CREATE TABLE b (x INT");
    QTest::newRow("unterminated string") << QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'abc");
    QTest::newRow("punctuation") << QStringLiteral(")))(((,,,;;;::[[]]$$");
    QTest::newRow("truncated alter") << QStringLiteral("CREATE TABLE a (x INT); ALTER TABLE a ALTER COLUMN x SET; ALTER TABLE a ADD CONSTRAINT");
    QTest::newRow("truncated enum") << QStringLiteral("CREATE TYPE e AS ENUM ('a',; ALTER TYPE e ADD VALUE; ALTER TYPE e RENAME VALUE");
}

void TestMigrationReplayer::garbageDoesNotCrash()
{
    QFETCH(QString, script);
    for (Dialect d : {Dialect::PostgreSql, Dialect::Sqlite, Dialect::MySql}) {
        sql::MigrationReplayer replayer(d);
        replayer.applyScript(script, QStringLiteral("x.sql"));
        for (const psl::Diagnostic &w : replayer.warnings().items()) {
            QVERIFY(w.span.line >= 1);
            QVERIFY(!w.message.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestMigrationReplayer)
#include "tst_migrationreplayer.moc"
