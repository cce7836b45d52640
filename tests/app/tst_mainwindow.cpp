// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window on the offscreen platform: opening a schema, typing errors and fixes,
// selection following between the panes, and diagram export.
#include "mainwindow.h"
#include "document.h"
#include "testsupport.h"

#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "editor/schemaeditor.h"
#include "panes/inspectorview.h"
#include "panes/outlineview.h"
#include "panes/problemsview.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace strata;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensTheBlogExample();
    void typingAnErrorShowsAProblemAndFixingItClearsIt();
    void outlineSelectionMovesDiagramAndEditor();
    void editorCursorSelectsInOutline();
    void problemActivationJumpsToTheLine();
    void exportsSvgWithModelNames();
    void savesEditsToDisk();
    void opensAMultiFileFolder();
    void openFillsEveryPaneAtOnce();
    void newSchemaReachesTheDiagramFirstAndThePanesAfter();

private:
    /// Waits until the document's background analysis has delivered.
    void settle(MainWindow &window);
    QString blogSchema() const { return QStringLiteral(STRATA_SOURCE_DIR "/examples/blog/prisma/schema.prisma"); }
    QTemporaryDir m_settingsDir;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StrataTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    qputenv("XDG_CONFIG_HOME", m_settingsDir.path().toUtf8());
}

void TestMainWindow::settle(MainWindow &window)
{
    QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isAnalysisPending(), 5000);
    QCoreApplication::processEvents();
}

void TestMainWindow::opensTheBlogExample()
{
    MainWindow window;
    QVERIFY(window.openPath(blogSchema()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.document()->schema().models.size(), size_t(2));
    QVERIFY(window.editor()->text().contains(QStringLiteral("model User")));
    QVERIFY(window.diagram()->diagramScene()->boxForNode(window.document()->schema().model(u"User")->id));
    QCOMPARE(window.problems()->topLevelItemCount(), 0);
}

void TestMainWindow::typingAnErrorShowsAProblemAndFixingItClearsIt()
{
    MainWindow window;
    QVERIFY(window.openPath(blogSchema()));
    window.document()->setAnalysisDelay(10);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Break line 12 (`email String @unique`) by typing a stray token at its end.
    const QString original = window.editor()->text();
    const int line = original.left(original.indexOf(QStringLiteral("email"))).count(u'\n');
    window.editor()->setCursorPosition(line, window.editor()->text(line).length() - 1);
    window.editor()->setFocus();
    QTest::keyClicks(window.editor(), QStringLiteral(" ??"));
    QTRY_VERIFY_WITH_TIMEOUT(window.problems()->topLevelItemCount() > 0, 5000);
    const QTreeWidgetItem *problem = window.problems()->topLevelItem(0);
    QCOMPARE(problem->text(2), QStringLiteral("%1:3").arg(line + 1));
    QVERIFY(problem->text(0).contains(QStringLiteral("not a valid field")));
    // The last good graph stays while the text has errors.
    QCOMPARE(window.document()->schema().models.size(), size_t(2));

    // Fix it: delete the three typed characters.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(window.editor(), Qt::Key_Backspace);
    QTRY_COMPARE_WITH_TIMEOUT(window.problems()->topLevelItemCount(), 0, 5000);
    QCOMPARE(window.editor()->text(), original);
}

void TestMainWindow::outlineSelectionMovesDiagramAndEditor()
{
    MainWindow window;
    QVERIFY(window.openPath(blogSchema()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const schema::Model *post = window.document()->schema().model(u"Post");
    QVERIFY(post);

    // Click Post in the outline's tree.
    QTreeView *tree = window.outline()->tree();
    const QModelIndexList matches = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Post"), 1,
                                                         Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(matches.size(), 1);
    tree->scrollTo(matches.front());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(matches.front()).center());

    QCOMPARE(window.diagram()->diagramScene()->selectedNode(), post->id);
    QCOMPARE(window.inspector()->currentNode(), post->id);
    QCOMPARE(window.editor()->cursorLineColumn().first, post->nameSpan.line);
}

void TestMainWindow::editorCursorSelectsInOutline()
{
    MainWindow window;
    QVERIFY(window.openPath(blogSchema()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const schema::Model *user = window.document()->schema().model(u"User");
    const schema::Field *email = user->field(u"email");
    window.editor()->goTo(email->span.line, email->span.column + 1);
    // Scintilla reports cursor moves when it updates its view.
    QTRY_COMPARE(window.inspector()->currentNode(), email->id);
    QCOMPARE(window.diagram()->diagramScene()->selectedNode(), user->id);
    const QModelIndex current = window.outline()->tree()->currentIndex();
    QVERIFY(current.isValid());
    QVERIFY(current.data().toString().startsWith(QStringLiteral("email")));
}

void TestMainWindow::problemActivationJumpsToTheLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema.prisma"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("datasource db {\n  provider = \"sqlite\"\n}\n\nmodel A {\n  id Int @id\n  name Strng\n}\n");
    file.close();
    MainWindow window;
    QVERIFY(window.openPath(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.problems()->topLevelItemCount() > 0);
    QTreeWidgetItem *item = window.problems()->topLevelItem(0);
    QVERIFY(item->text(0).contains(QStringLiteral("Strng")));
    emit window.problems()->itemActivated(item, 0);
    QCOMPARE(window.editor()->cursorLineColumn(), std::make_pair(7, 8));
}

void TestMainWindow::exportsSvgWithModelNames()
{
    MainWindow window;
    QVERIFY(window.openPath(blogSchema()));
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("diagram.svg"));
    QVERIFY(window.diagram()->exportSvg(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("<svg"));
    QVERIFY(content.contains("User"));
    QVERIFY(content.contains("Post"));
    QVERIFY(content.contains("Role"));
    const QString png = dir.filePath(QStringLiteral("diagram.png"));
    QVERIFY(window.diagram()->exportPng(png));
    QVERIFY(QImage(png).width() > 100);
}

void TestMainWindow::savesEditsToDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema.prisma"));
    QVERIFY(QFile::copy(blogSchema(), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window;
    QVERIFY(window.openPath(path));
    window.document()->setAnalysisDelay(10);
    window.editor()->append(QStringLiteral("\nenum Color {\n  RED\n}\n"));
    QTRY_VERIFY_WITH_TIMEOUT(window.document()->isModified(), 5000);
    QVERIFY(window.isWindowModified() || window.document()->isModified());
    QString error;
    window.document()->setFileText(0, window.editor()->text());
    QVERIFY2(window.document()->save(&error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("enum Color"));
    QVERIFY(!window.document()->isModified());
}

void TestMainWindow::opensAMultiFileFolder()
{
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write(QStringLiteral("schema.prisma"), "datasource db {\n  provider = \"postgresql\"\n}\n");
    write(QStringLiteral("user.prisma"), "model User {\n  id    Int    @id\n  posts Post[]\n}\n");
    write(QStringLiteral("post.prisma"), "model Post {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n");
    MainWindow window;
    QVERIFY(window.openPath(dir.path()));
    QCOMPARE(window.document()->fileCount(), 3);
    QCOMPARE(window.document()->schema().models.size(), size_t(2));
    QVERIFY(!window.document()->diagnostics().hasErrors());
    QCOMPARE(window.document()->schema().relations.size(), size_t(1));
}

namespace {

/// The names under the outline's "Models" group, in order.
QStringList outlineModelNames(const MainWindow &window)
{
    const QAbstractItemModel *model = window.outline()->tree()->model();
    QStringList names;
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex groupIndex = model->index(group, 0);
        if (groupIndex.data().toString() != u"Models")
            continue;
        for (int row = 0; row < model->rowCount(groupIndex); ++row)
            names << model->index(row, 0, groupIndex).data().toString();
    }
    return names;
}

} // namespace

void TestMainWindow::openFillsEveryPaneAtOnce()
{
    MainWindow window;
    QVERIFY(window.openPath(blogSchema()));
    // No pass of the event loop yet: opening shows the schema everywhere before the window appears.
    const schema::Schema &schema = window.document()->schema();
    QVERIFY(window.diagram()->diagramScene()->boxForNode(schema.model(u"User")->id));
    QCOMPARE(outlineModelNames(window), (QStringList{QStringLiteral("User"), QStringLiteral("Post")}));
}

void TestMainWindow::newSchemaReachesTheDiagramFirstAndThePanesAfter()
{
    MainWindow window;
    QVERIFY(window.openPath(blogSchema()));
    window.document()->setAnalysisDelay(10);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString text = window.document()->fileText(0);

    // Connected after the window: runs once the window has handled the new graph.
    bool diagramHadComment = false;
    QStringList outlineWhenDelivered;
    int delivered = 0;
    connect(window.document(), &Document::schemaChanged, &window, [&] {
        ++delivered;
        const schema::Model *comment = window.document()->schema().model(u"Comment");
        diagramHadComment = comment && window.diagram()->diagramScene()->boxForNode(comment->id);
        outlineWhenDelivered = outlineModelNames(window);
    });
    window.document()->setFileText(0, text + QStringLiteral("\nmodel Comment {\n  id   Int    @id\n  body String\n}\n"));
    QTRY_COMPARE_WITH_TIMEOUT(delivered, 1, 5000);
    QVERIFY(diagramHadComment);
    QCOMPARE(outlineWhenDelivered, (QStringList{QStringLiteral("User"), QStringLiteral("Post")}));
    // The outline follows in a later pass of the event loop.
    QTRY_COMPARE_WITH_TIMEOUT(outlineModelNames(window),
                              (QStringList{QStringLiteral("User"), QStringLiteral("Post"), QStringLiteral("Comment")}), 5000);
    const schema::Model *comment = window.document()->schema().model(u"Comment");
    QVERIFY(comment);
    window.outline()->selectNode(comment->id);
    QCOMPARE(window.outline()->tree()->currentIndex().data().toString(), QStringLiteral("Comment"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
