// SPDX-License-Identifier: GPL-3.0-or-later
// The MySQL renderer against small expected scripts. There is no offline Prisma engine for MySQL, so each
// expectation is derived from prisma-engines' source; the comment above each case names the rule:
//   [R] schema-engine/connectors/sql-schema-connector/src/flavour/mysql/renderer.rs
//   [D] libs/sql-ddl/src/mysql.rs (statement layout)
//   [F] flavour/mysql/schema_differ.rs and sql_schema_differ.rs (which steps, in which order)
//   [C] psl's MySQL connector: default native types per scalar type
// and, where the corpus has it, a migration written by Prisma itself (shadcn-ui/taxonomy, MySQL).
#include "testsupport.h"

#include "sql/differ.h"
#include "sql/schemacalculator.h"
#include "sql/sqlrenderer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace strata;

namespace {

const QString header = QStringLiteral("datasource db {\n  provider = \"mysql\"\n}\n\n");

std::optional<sql::SqlSchema> calculate(const QString &text, QString *error)
{
    if (text.isEmpty()) {
        sql::SqlSchema empty;
        empty.dialect = sql::Dialect::MySql;
        return empty;
    }
    const schema::LoadedSchema loaded = tests::analyzeText(text);
    if (loaded.diagnostics.hasErrors()) {
        *error = tests::errorLines(loaded.diagnostics).join(u'\n');
        return std::nullopt;
    }
    return sql::SchemaCalculator::calculate(loaded.schema, sql::Dialect::MySql);
}

QString diff(const QString &from, const QString &to, QString *error)
{
    const std::optional<sql::SqlSchema> a = calculate(from, error);
    const std::optional<sql::SqlSchema> b = calculate(to, error);
    if (!a || !b)
        return {};
    const sql::Migration migration = sql::SchemaDiffer::diff(*a, *b);
    return sql::SqlRenderer::forDialect(sql::Dialect::MySql)->renderScript(migration);
}

QString normalized(const QString &sql)
{
    QString out = sql;
    out.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    return out.trimmed();
}

} // namespace

class TestMySqlRenderer : public QObject {
    Q_OBJECT
private slots:
    void script_data();
    void script();
    void taxonomyInitMigration();
};

void TestMySqlRenderer::script_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");

    // [C] String -> VARCHAR(191), Int -> INTEGER; [D] Column: NOT NULL / NULL, AUTO_INCREMENT, then DEFAULT;
    // CreateTable: indexes inline after a blank line, PRIMARY KEY last, utf8mb4 suffix; [F] no CreateIndex
    // steps for new tables (should_create_indexes_from_created_tables = false).
    QTest::newRow("create table") << QString() << header + QStringLiteral(R"(model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
}
)") << QStringLiteral(R"(-- CreateTable
CREATE TABLE `User` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `email` VARCHAR(191) NOT NULL,
    `name` VARCHAR(191) NULL,

    UNIQUE INDEX `User_email_key`(`email`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
)");

    // [C] Boolean -> BOOLEAN, BigInt, Float -> DOUBLE, Decimal -> DECIMAL(65, 30) ([R] render_decimal: ", "),
    // DateTime -> DATETIME(3), Json -> JSON, Bytes -> LONGBLOB; [R] render_default: now() ->
    // CURRENT_TIMESTAMP(precision), strings quoted with ' doubled, JSON defaults not rendered.
    QTest::newRow("scalar types") << QString() << header + QStringLiteral(R"(model T {
  id Int      @id
  b  Boolean  @default(false)
  bi BigInt
  f  Float    @default(1.5)
  d  Decimal
  t  DateTime @default(now())
  j  Json     @default("{}")
  y  Bytes
  s  String   @default("it's")
  ts DateTime @default(now()) @db.Timestamp(0)
}
)") << QStringLiteral(R"(-- CreateTable
CREATE TABLE `T` (
    `id` INTEGER NOT NULL,
    `b` BOOLEAN NOT NULL DEFAULT false,
    `bi` BIGINT NOT NULL,
    `f` DOUBLE NOT NULL DEFAULT 1.5,
    `d` DECIMAL(65, 30) NOT NULL,
    `t` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `j` JSON NOT NULL,
    `y` LONGBLOB NOT NULL,
    `s` VARCHAR(191) NOT NULL DEFAULT 'it''s',
    `ts` TIMESTAMP(0) NOT NULL DEFAULT CURRENT_TIMESTAMP(0),

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
)");

    // [R] render_column_type: enums inline as ENUM('A', 'B') with the database names of the values;
    // native types: UnsignedInt -> INTEGER UNSIGNED, TinyInt on a Boolean -> BOOLEAN.
    QTest::newRow("enum and natives") << QString() << header + QStringLiteral(R"(enum Role {
  USER
  ADMIN @map("admin")
}

model A {
  id   Int     @id @db.UnsignedInt
  role Role    @default(USER)
  ok   Boolean @db.TinyInt
  n    Decimal @db.Decimal(10, 2)
}
)") << QStringLiteral(R"(-- CreateTable
CREATE TABLE `A` (
    `id` INTEGER UNSIGNED NOT NULL,
    `role` ENUM('USER', 'admin') NOT NULL DEFAULT 'USER',
    `ok` BOOLEAN NOT NULL,
    `n` DECIMAL(10, 2) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
)");

    // [D] ForeignKey: ADD CONSTRAINT `name` FOREIGN KEY (...) REFERENCES `t`(...) ON DELETE .. ON UPDATE ..;
    // [D] IndexClause with FULLTEXT, prefix lengths `c`(n) and sort orders.
    QTest::newRow("foreign key, fulltext, prefix") << QString() << header + QStringLiteral(R"(model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int    @id
  title    String
  body     String @db.Text
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])

  @@index([body(length: 20), title(sort: Desc)])
  @@fulltext([title, body])
}
)") << QStringLiteral(R"(-- CreateTable
CREATE TABLE `User` (
    `id` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Post` (
    `id` INTEGER NOT NULL,
    `title` VARCHAR(191) NOT NULL,
    `body` TEXT NOT NULL,
    `authorId` INTEGER NOT NULL,

    INDEX `Post_body_title_idx`(`body`(20), `title` DESC),
    FULLTEXT INDEX `Post_title_body_idx`(`title`, `body`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Post` ADD CONSTRAINT `Post_authorId_fkey` FOREIGN KEY (`authorId`) REFERENCES `User`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
)");

    // relationMode = "prisma": no foreign keys, and no index Prisma would add by itself.
    QTest::newRow("relationMode prisma") << QString()
        << QStringLiteral("datasource db {\n  provider     = \"mysql\"\n  relationMode = \"prisma\"\n}\n\n") + QStringLiteral(R"(model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
)") << QStringLiteral(R"(-- CreateTable
CREATE TABLE `User` (
    `id` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Post` (
    `id` INTEGER NOT NULL,
    `authorId` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
)");

    const QString base = header + QStringLiteral(R"(model T {
  id    Int     @id
  a     String  @default("x")
  b     Int
  c     String

  @@index([c])
}
)");
    // [F] sql_schema_differ.rs: dropped columns, then added columns, then altered columns;
    // [R] render_alter_table: one ALTER TABLE, clauses joined by ",\n    "; a default that only goes is
    // ALTER COLUMN .. DROP DEFAULT (MysqlAlterColumn::DropDefault); other changes are MODIFY with the whole
    // column, NULL spelled out; [D] ADD COLUMN; [R] RENAME INDEX (can_rename_index without MariaDB circumstances).
    QTest::newRow("alter table") << base << header + QStringLiteral(R"(model T {
  id    Int     @id
  a     String
  b     Int?
  c     String
  d     DateTime @default(now())

  @@index([c], map: "t_c")
}
)") << QStringLiteral(R"(-- AlterTable
ALTER TABLE `T` ADD COLUMN `d` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    ALTER COLUMN `a` DROP DEFAULT,
    MODIFY `b` INTEGER NULL;

-- RenameIndex
ALTER TABLE `T` RENAME INDEX `T_c_idx` TO `t_c`;
)");

    // [D] DropIndex: DROP INDEX `i` ON `t`; DropColumn; [F] DropIndex comes before AlterTable.
    QTest::newRow("drop index and column") << base << header + QStringLiteral(R"(model T {
  id    Int     @id
  a     String  @default("x")
  b     Int
}
)") << QStringLiteral(R"(-- DropIndex
DROP INDEX `T_c_idx` ON `T`;

-- AlterTable
ALTER TABLE `T` DROP COLUMN `c`;
)");

    // [D] DropForeignKey: ALTER TABLE `t` DROP FOREIGN KEY `name`; DropTable; [F] foreign keys of dropped
    // tables go first (should_drop_foreign_keys_from_dropped_tables).
    QTest::newRow("drop table with foreign key") << header + QStringLiteral(R"(model A {
  id Int @id
  bs B[]
}

model B {
  id  Int @id
  aId Int
  a   A   @relation(fields: [aId], references: [id])
}
)") << header + QStringLiteral(R"(model A {
  id Int @id
}
)") << QStringLiteral(R"(-- DropForeignKey
ALTER TABLE `B` DROP FOREIGN KEY `B_aId_fkey`;

-- DropTable
DROP TABLE `B`;
)");

    // [F] can_rename_foreign_key = false: a renamed foreign key is dropped and added under its new name.
    QTest::newRow("renamed foreign key") << header + QStringLiteral(R"(model A {
  id Int @id
  bs B[]
}

model B {
  id  Int @id
  aId Int
  a   A   @relation(fields: [aId], references: [id])
}
)") << header + QStringLiteral(R"(model A {
  id Int @id
  bs B[]
}

model B {
  id  Int @id
  aId Int
  a   A   @relation(fields: [aId], references: [id], map: "b_to_a")
}
)") << QStringLiteral(R"(-- DropForeignKey
ALTER TABLE `B` DROP FOREIGN KEY `B_aId_fkey`;

-- AddForeignKey
ALTER TABLE `B` ADD CONSTRAINT `b_to_a` FOREIGN KEY (`aId`) REFERENCES `A`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
)");

    // [F] implicit many-to-many on MySQL: unique index _AB_unique and index _B_index (the primary key form is
    // PostgreSQL's only), foreign keys named _A_fkey / _B_fkey with CASCADE.
    QTest::newRow("implicit many-to-many") << QString() << header + QStringLiteral(R"(model Post {
  id   Int   @id
  tags Tag[]
}

model Tag {
  id    Int    @id
  posts Post[]
}
)") << QStringLiteral(R"(-- CreateTable
CREATE TABLE `Post` (
    `id` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `Tag` (
    `id` INTEGER NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- CreateTable
CREATE TABLE `_PostToTag` (
    `A` INTEGER NOT NULL,
    `B` INTEGER NOT NULL,

    UNIQUE INDEX `_PostToTag_AB_unique`(`A`, `B`),
    INDEX `_PostToTag_B_index`(`B`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `_PostToTag` ADD CONSTRAINT `_PostToTag_A_fkey` FOREIGN KEY (`A`) REFERENCES `Post`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE `_PostToTag` ADD CONSTRAINT `_PostToTag_B_fkey` FOREIGN KEY (`B`) REFERENCES `Tag`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
)");
}

void TestMySqlRenderer::script()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    QString error;
    const QString actual = diff(from, to, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(actual, expected);
}

void TestMySqlRenderer::taxonomyInitMigration()
{
    // The schema as it stood after taxonomy's first migration (the "before" of its second) from empty must
    // give that migration, whitespace aside: Prisma wrote it for MySQL itself.
    const QString corpus = tests::corpusDir();
    if (corpus.isEmpty())
        QSKIP("the shared corpus is not beside the checkout");
    const QString root = corpus + QStringLiteral("/shadcn-ui__taxonomy");
    QFile schemaFile(root + QStringLiteral("/history/b30ac75581ef7ef040f98e549e912e3eadeffa8e-schema.before.prisma"));
    QFile migrationFile(root + QStringLiteral("/migrations/20221021182747_init/migration.sql"));
    if (!schemaFile.open(QIODevice::ReadOnly) || !migrationFile.open(QIODevice::ReadOnly))
        QSKIP("taxonomy's history is not in the corpus");
    // That schema already says `referentialIntegrity = "prisma"` (the old name of relationMode), which came
    // after the first migration: the first migration still has its foreign keys. Without the line, the rest
    // of the schema is what the first migration was made from.
    QString text = QString::fromUtf8(schemaFile.readAll());
    text.remove(QRegularExpression(QStringLiteral("\\n\\s*referentialIntegrity\\s*=\\s*\"prisma\"")));
    QString error;
    const QString actual = diff(QString(), text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(normalized(actual), normalized(QString::fromUtf8(migrationFile.readAll())));
}

QTEST_GUILESS_MAIN(TestMySqlRenderer)
#include "tst_mysqlrenderer.moc"
