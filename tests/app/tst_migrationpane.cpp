// SPDX-License-Identifier: GPL-3.0-or-later
// The Migration pane in the real main window on the offscreen platform: the blog example with its migrations
// folder, edits of the schema text, the provider switch, and creating a migration (directly and through the
// dialogs). The expected SQL is what Prisma 7.10.1 prints (../shared/oracle/prisma-diff from the example's
// schema to the edited one), with the warnings block that `prisma migrate dev --create-only` writes on top.
#include "mainwindow.h"
#include "document.h"
#include "testsupport.h"

#include "editor/schemaeditor.h"
#include "editor/sqlview.h"
#include "panes/migrationpane.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace strata;

namespace {

const QString addSlugSql = QStringLiteral(
    "/*\n"
    "  Warnings:\n"
    "\n"
    "  - Added the required column `slug` to the `Post` table without a default value. This is not possible if the table is not empty.\n"
    "\n"
    "*/\n"
    "-- AlterTable\n"
    "ALTER TABLE \"Post\" ADD COLUMN     \"slug\" TEXT NOT NULL;\n");

const QString dropContentSql = QStringLiteral(
    "/*\n"
    "  Warnings:\n"
    "\n"
    "  - You are about to drop the column `content` on the `Post` table. All the data in the column will be lost.\n"
    "\n"
    "*/\n"
    "-- AlterTable\n"
    "ALTER TABLE \"Post\" DROP COLUMN \"content\";\n");

// The edited schema with provider "sqlite", from an empty database (the example's migrations are PostgreSQL's).
const QString addSlugSqliteFromEmpty = QStringLiteral(
    "-- CreateTable\n"
    "CREATE TABLE \"User\" (\n"
    "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
    "    \"email\" TEXT NOT NULL,\n"
    "    \"name\" TEXT,\n"
    "    \"role\" TEXT NOT NULL DEFAULT 'USER',\n"
    "    \"createdAt\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP\n"
    ");\n"
    "\n"
    "-- CreateTable\n"
    "CREATE TABLE \"Post\" (\n"
    "    \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n"
    "    \"title\" TEXT NOT NULL,\n"
    "    \"slug\" TEXT NOT NULL,\n"
    "    \"content\" TEXT,\n"
    "    \"published\" BOOLEAN NOT NULL DEFAULT false,\n"
    "    \"authorId\" INTEGER NOT NULL,\n"
    "    \"createdAt\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
    "    \"updatedAt\" DATETIME NOT NULL,\n"
    "    CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") REFERENCES \"User\" (\"id\") ON DELETE RESTRICT ON UPDATE CASCADE\n"
    ");\n"
    "\n"
    "-- CreateIndex\n"
    "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n"
    "\n"
    "-- CreateIndex\n"
    "CREATE INDEX \"Post_authorId_idx\" ON \"Post\"(\"authorId\");\n");

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

/// The migration folders under `migrations`, by name.
QStringList migrationFolders(const QString &migrations)
{
    return QDir(migrations).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestMigrationPane : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void theExampleMatchesItsMigrations();
    void addingARequiredColumnShowsPrismasSqlAndWarning();
    void switchingToSqliteShowsSqliteSql();
    void createMigrationWritesTheFolder();
    void createMigrationThroughTheDialogs();
    void untitledSchemaStartsFromEmpty();

private:
    void open(MainWindow &window);
    void settle(MainWindow &window);
    /// Replaces the text of the editor as typing would.
    void edit(MainWindow &window, const QString &from, const QString &to);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_project;
    QString m_schemaPath;
    QString m_migrations;
};

void TestMigrationPane::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StrataTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_migrationpane"));
    qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
}

void TestMigrationPane::init()
{
    // A fresh copy of examples/blog/prisma (schema and migrations) for each test.
    m_project = std::make_unique<QTemporaryDir>();
    QVERIFY(m_project->isValid());
    const QString prisma = m_project->filePath(QStringLiteral("prisma"));
    QVERIFY(copyFolder(QStringLiteral(STRATA_SOURCE_DIR "/examples/blog/prisma"), prisma));
    m_schemaPath = QDir(prisma).filePath(QStringLiteral("schema.prisma"));
    m_migrations = QDir(prisma).filePath(QStringLiteral("migrations"));
    QCOMPARE(migrationFolders(m_migrations).size(), 1);
}

void TestMigrationPane::open(MainWindow &window)
{
    window.document()->setAnalysisDelay(10);
    QVERIFY(window.openPath(m_schemaPath));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle(window);
}

void TestMigrationPane::settle(MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isAnalysisPending(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.migrationPane()->isUpdating(), 20000);
    QCoreApplication::processEvents();
}

void TestMigrationPane::edit(MainWindow &window, const QString &from, const QString &to)
{
    QString text = window.editor()->text();
    QVERIFY2(text.contains(from), qPrintable(from));
    text.replace(from, to);
    window.editor()->setText(text);
    // The editor hands its text to the document after a short pause in typing.
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->fileText(0) == text, 20000);
    settle(window);
}

void TestMigrationPane::theExampleMatchesItsMigrations()
{
    MainWindow window;
    open(window);
    views::MigrationPane *pane = window.migrationPane();
    QCOMPARE(QDir(pane->migrationsPath()).absolutePath(), QDir(m_migrations).absolutePath());
    QCOMPARE(pane->providerSelector()->currentText(), QStringLiteral("PostgreSQL"));
    QTRY_COMPARE_WITH_TIMEOUT(pane->statusText(), QStringLiteral("No changes: the schema matches the migrations"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(pane->sql(), QStringLiteral("-- This is an empty migration."), 20000);
    QCOMPARE(pane->warningList()->count(), 0);
    QVERIFY(pane->preview().history);
    QCOMPARE(pane->preview().history->migrationCount, 1);
    QVERIFY(pane->preview().history->warnings.isEmpty());
}

void TestMigrationPane::addingARequiredColumnShowsPrismasSqlAndWarning()
{
    MainWindow window;
    open(window);
    views::MigrationPane *pane = window.migrationPane();
    edit(window, QStringLiteral("  title     String\n"), QStringLiteral("  title     String\n  slug      String\n"));
    QTRY_COMPARE_WITH_TIMEOUT(pane->sql(), addSlugSql, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(pane->statusText(), QStringLiteral("1 step · 1 warning"), 20000);
    QVERIFY(pane->warningList()->isVisibleTo(pane));
    QCOMPARE(pane->warningList()->count(), 1);
    QCOMPARE(pane->warningList()->item(0)->text(),
             QStringLiteral("Added the required column `slug` to the `Post` table without a default value. This is not "
                            "possible if the table is not empty."));

    // Clicking the warning selects the statement it is about.
    const QRect rect = pane->warningList()->visualItemRect(pane->warningList()->item(0));
    QTest::mouseClick(pane->warningList()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(pane->sqlView()->selectedText(), QStringLiteral("ALTER TABLE \"Post\" ADD COLUMN     \"slug\" TEXT NOT NULL;"));

    // Dropping a column instead: the data-loss warning and its statement.
    edit(window, QStringLiteral("  slug      String\n  content   String?\n"), QStringLiteral(""));
    QTRY_COMPARE_WITH_TIMEOUT(pane->sql(), dropContentSql, 20000);
    QCOMPARE(pane->warningList()->count(), 1);
    pane->showWarning(0);
    QCOMPARE(pane->sqlView()->selectedText(), QStringLiteral("ALTER TABLE \"Post\" DROP COLUMN \"content\";"));

    // Back to the example's text: nothing to migrate again, and the warnings are gone.
    edit(window, QStringLiteral("  title     String\n"), QStringLiteral("  title     String\n  content   String?\n"));
    QTRY_COMPARE_WITH_TIMEOUT(pane->sql(), QStringLiteral("-- This is an empty migration."), 20000);
    QCOMPARE(pane->warningList()->count(), 0);
    QVERIFY(!pane->warningList()->isVisibleTo(pane));
}

void TestMigrationPane::switchingToSqliteShowsSqliteSql()
{
    MainWindow window;
    open(window);
    views::MigrationPane *pane = window.migrationPane();
    edit(window, QStringLiteral("  title     String\n"), QStringLiteral("  title     String\n  slug      String\n"));
    QTRY_COMPARE_WITH_TIMEOUT(pane->sql(), addSlugSql, 20000);

    // The user picks SQLite in the header: the migrations folder is PostgreSQL's, so SQLite starts empty.
    QComboBox *provider = pane->providerSelector();
    const int sqlite = provider->findText(QStringLiteral("SQLite"));
    QVERIFY(sqlite >= 0);
    provider->setCurrentIndex(sqlite);
    emit provider->activated(sqlite);
    settle(window);
    QCOMPARE(pane->sqlView()->dialect(), views::SqlView::Dialect::Sqlite);
    QTRY_COMPARE_WITH_TIMEOUT(pane->sql(), addSlugSqliteFromEmpty, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(pane->statusText(), QStringLiteral("4 steps · from an empty database (the migrations are for postgresql)"), 20000);
    // Writing SQLite SQL into a PostgreSQL history is refused with Prisma's P3019 sentence.
    QString error;
    QVERIFY(pane->createMigration(QStringLiteral("wrong provider"), &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("migration_lock.toml")), qPrintable(error));
    QCOMPARE(migrationFolders(m_migrations).size(), 1);

    // Back to PostgreSQL: the replayed history is cached, the result the same as before.
    pane->setDialect(sql::Dialect::PostgreSql);
    settle(window);
    QTRY_COMPARE_WITH_TIMEOUT(pane->sql(), addSlugSql, 20000);
}

void TestMigrationPane::createMigrationWritesTheFolder()
{
    MainWindow window;
    open(window);
    views::MigrationPane *pane = window.migrationPane();
    edit(window, QStringLiteral("  title     String\n"), QStringLiteral("  title     String\n  slug      String\n"));
    QTRY_COMPARE_WITH_TIMEOUT(pane->sql(), addSlugSql, 20000);

    const QString lockBefore = readText(QDir(m_migrations).filePath(QStringLiteral("migration_lock.toml")));
    QString error;
    const QString directory = pane->createMigration(QStringLiteral("Add post slug"), &error);
    QVERIFY2(!directory.isEmpty(), qPrintable(error));
    const QStringList folders = migrationFolders(m_migrations);
    QCOMPARE(folders.size(), 2);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{14}_add_post_slug$")).match(folders.last()).hasMatch(), qPrintable(folders.last()));
    QCOMPARE(QFileInfo(directory).fileName(), folders.last());
    QCOMPARE(readText(QDir(m_migrations).filePath(folders.last() + QStringLiteral("/migration.sql"))), addSlugSql);
    QCOMPARE(readText(QDir(m_migrations).filePath(QStringLiteral("migration_lock.toml"))), lockBefore);

    // The history now holds the change: nothing left to migrate.
    settle(window);
    QTRY_COMPARE_WITH_TIMEOUT(pane->statusText(), QStringLiteral("No changes: the schema matches the migrations"), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(pane->sql(), QStringLiteral("-- This is an empty migration."), 20000);
    QCOMPARE(pane->preview().history->migrationCount, 2);
}

void TestMigrationPane::createMigrationThroughTheDialogs()
{
    MainWindow window;
    open(window);
    views::MigrationPane *pane = window.migrationPane();
    edit(window, QStringLiteral("  content   String?\n"), QStringLiteral(""));
    QTRY_COMPARE_WITH_TIMEOUT(pane->sql(), dropContentSql, 20000);

    // First the name (QInputDialog), then the confirmation showing the final SQL.
    QString shownSql;
    bool sawInput = false;
    bool sawConfirmation = false;
    QString unexpected;
    int tries = 0;
    std::function<void()> drive = [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            unexpected = box->text();
            box->reject();
            return;
        }
        if (++tries > 500)
            return;
        if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            sawInput = true;
            input->setTextValue(QStringLiteral("drop post content"));
            input->accept();
        } else if (modal && modal->objectName() == u"CreateMigrationDialog") {
            sawConfirmation = true;
            if (auto *view = modal->findChild<views::SqlView *>())
                shownSql = view->sql();
            modal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            return;
        }
        QTimer::singleShot(20, pane, drive);
    };
    QTimer::singleShot(20, pane, drive);
    pane->createMigrationInteractively();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected));
    QVERIFY(sawInput);
    QVERIFY(sawConfirmation);
    QCOMPARE(shownSql, dropContentSql);

    const QStringList folders = migrationFolders(m_migrations);
    QCOMPARE(folders.size(), 2);
    QVERIFY2(folders.last().endsWith(QStringLiteral("_drop_post_content")), qPrintable(folders.last()));
    QCOMPARE(readText(QDir(m_migrations).filePath(folders.last() + QStringLiteral("/migration.sql"))), dropContentSql);
    settle(window);
    QTRY_COMPARE_WITH_TIMEOUT(pane->statusText(), QStringLiteral("No changes: the schema matches the migrations"), 20000);
}

void TestMigrationPane::untitledSchemaStartsFromEmpty()
{
    MainWindow window;
    window.document()->setAnalysisDelay(10);
    window.newFromTemplate(QStringLiteral("blog"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    settle(window);
    views::MigrationPane *pane = window.migrationPane();
    QVERIFY(pane->migrationsPath().isEmpty());
    QVERIFY(pane->sql().contains(QStringLiteral("-- CreateEnum\nCREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN');\n")));
    QVERIFY2(pane->statusText().endsWith(QStringLiteral("from an empty database (the schema is not saved)")), qPrintable(pane->statusText()));
    QString error;
    QVERIFY(pane->createMigration(QStringLiteral("init"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestMigrationPane)
#include "tst_migrationpane.moc"
