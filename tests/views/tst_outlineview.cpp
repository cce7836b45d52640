// SPDX-License-Identifier: GPL-3.0-or-later
// The Outline pane across schema updates: rows are updated in place (the rows of untouched models stay the
// same items, with their expansion and selection), renamed, added and removed models show up in schema
// order, and the filter box keeps filtering.
#include "testsupport.h"

#include "panes/outlineview.h"

#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace strata;
using namespace strata::views;

namespace {

const QString kDatasource = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n");

const QString kEnum = QStringLiteral("enum Role {\n  USER\n  ADMIN\n}\n");

QString model(const QString &name, const QStringList &fields)
{
    QString text = QStringLiteral("model %1 {\n  id Int @id\n").arg(name);
    for (const QString &field : fields)
        text += QStringLiteral("  ") + field + u'\n';
    return text + QStringLiteral("}\n\n");
}

/// User, Post, Comment and Tag, in that order, and the enum Role.
QString firstSchemaText()
{
    return kDatasource + model(QStringLiteral("User"), {QStringLiteral("email String")})
        + model(QStringLiteral("Post"), {QStringLiteral("title String")})
        + model(QStringLiteral("Comment"), {QStringLiteral("body String")})
        + model(QStringLiteral("Tag"), {QStringLiteral("label String")}) + kEnum;
}

/// The first schema with a field added to User and Post renamed to Article.
QString secondSchemaText()
{
    return kDatasource + model(QStringLiteral("User"), {QStringLiteral("email String"), QStringLiteral("nickname String?")})
        + model(QStringLiteral("Article"), {QStringLiteral("title String")})
        + model(QStringLiteral("Comment"), {QStringLiteral("body String")})
        + model(QStringLiteral("Tag"), {QStringLiteral("label String")}) + kEnum;
}

/// The second schema without Comment and with Tag moved before Article.
QString thirdSchemaText()
{
    return kDatasource + model(QStringLiteral("User"), {QStringLiteral("email String"), QStringLiteral("nickname String?")})
        + model(QStringLiteral("Tag"), {QStringLiteral("label String")})
        + model(QStringLiteral("Article"), {QStringLiteral("title String")}) + kEnum;
}

/// Analyses text as the next snapshot after previous, as the document does (unchanged nodes keep their ids).
schema::LoadedSchema analyzeAfter(const QString &text, const schema::Schema &previous)
{
    psl::SourceSet sources;
    sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), text));
    auto loaded = schema::analyze(std::move(sources), &previous);
    const QStringList errors = tests::errorLines(loaded.diagnostics);
    if (!errors.isEmpty())
        qWarning("%s", qPrintable(errors.join(u'\n')));
    return loaded;
}

schema::LoadedSchema analyzeFirst(const QString &text)
{
    auto loaded = tests::analyzeText(text);
    const QStringList errors = tests::errorLines(loaded.diagnostics);
    if (!errors.isEmpty())
        qWarning("%s", qPrintable(errors.join(u'\n')));
    return loaded;
}

/// The texts of the children of parent, in order.
QStringList childTexts(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row)
        texts << model->index(row, 0, parent).data().toString();
    return texts;
}

/// The child of parent showing text, or an invalid index.
QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &text)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString() == text)
            return index;
    }
    return {};
}

/// What the tree shows (through the filter).
const QAbstractItemModel *shownModel(const OutlineView &outline)
{
    return outline.tree()->model();
}

/// The rows behind the filter.
QStandardItemModel *sourceModel(const OutlineView &outline)
{
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(outline.tree()->model());
    return proxy ? qobject_cast<QStandardItemModel *>(proxy->sourceModel()) : nullptr;
}

QModelIndex shownGroup(const OutlineView &outline, const QString &title)
{
    return childNamed(shownModel(outline), {}, title);
}

/// The item of a model's row (under "Models"), or nullptr.
QStandardItem *modelItem(const OutlineView &outline, const QString &name)
{
    QStandardItemModel *rows = sourceModel(outline);
    const QModelIndex group = childNamed(rows, {}, QStringLiteral("Models"));
    return rows->itemFromIndex(childNamed(rows, group, name));
}

} // namespace

class TestOutlineView : public QObject {
    Q_OBJECT
private slots:
    void showsModelsFieldsAndEnums();
    void updateKeepsRowsOfUntouchedModels();
    void updateRemovesAndReordersRows();
    void filterAppliesToUpdatedRows();
    void selectionSurvivesUpdate();
    void selectionOfRecreatedRowSurvivesUpdate();
    void selectionOfRemovedModelIsCleared();
};

void TestOutlineView::showsModelsFieldsAndEnums()
{
    const auto first = analyzeFirst(firstSchemaText());
    OutlineView outline;
    outline.setSchema(first.schema);
    const QAbstractItemModel *shown = shownModel(outline);
    QCOMPARE(childTexts(shown, {}), (QStringList{QStringLiteral("Models"), QStringLiteral("Enums")}));
    const QModelIndex models = shownGroup(outline, QStringLiteral("Models"));
    QCOMPARE(childTexts(shown, models),
             (QStringList{QStringLiteral("User"), QStringLiteral("Post"), QStringLiteral("Comment"), QStringLiteral("Tag")}));
    QCOMPARE(childTexts(shown, childNamed(shown, models, QStringLiteral("User"))),
             (QStringList{QStringLiteral("id  Int"), QStringLiteral("email  String")}));
    QCOMPARE(childTexts(shown, childNamed(shown, shownGroup(outline, QStringLiteral("Enums")), QStringLiteral("Role"))),
             (QStringList{QStringLiteral("USER"), QStringLiteral("ADMIN")}));
}

void TestOutlineView::updateKeepsRowsOfUntouchedModels()
{
    const auto first = analyzeFirst(firstSchemaText());
    const auto second = analyzeAfter(secondSchemaText(), first.schema);
    QCOMPARE(second.schema.model(u"Comment")->id, first.schema.model(u"Comment")->id);

    OutlineView outline;
    outline.resize(300, 600);
    outline.setSchema(first.schema);
    const QAbstractItemModel *shown = shownModel(outline);
    const QModelIndex models = shownGroup(outline, QStringLiteral("Models"));

    // Items, and indexes that follow their rows, of what the update should keep.
    QStandardItem *userItem = modelItem(outline, QStringLiteral("User"));
    QStandardItem *commentItem = modelItem(outline, QStringLiteral("Comment"));
    QStandardItem *tagItem = modelItem(outline, QStringLiteral("Tag"));
    QVERIFY(userItem && commentItem && tagItem);
    QStandardItem *userEmailItem = userItem->child(1);
    QCOMPARE(userEmailItem->text(), QStringLiteral("email  String"));
    const QPersistentModelIndex userRow(childNamed(shown, models, QStringLiteral("User")));
    const QPersistentModelIndex userEmailRow(userRow.model()->index(1, 0, userRow));
    const QPersistentModelIndex commentRow(childNamed(shown, models, QStringLiteral("Comment")));
    const QPersistentModelIndex tagRow(childNamed(shown, models, QStringLiteral("Tag")));
    const QPersistentModelIndex postRow(childNamed(shown, models, QStringLiteral("Post")));
    const QPersistentModelIndex roleRow(childNamed(shown, shownGroup(outline, QStringLiteral("Enums")), QStringLiteral("Role")));
    QVERIFY(userRow.isValid() && userEmailRow.isValid() && commentRow.isValid() && tagRow.isValid() && postRow.isValid()
            && roleRow.isValid());
    // The user opened two models; a rebuild would close them again.
    outline.tree()->expand(userRow);
    outline.tree()->expand(tagRow);

    outline.setSchema(second.schema);

    // The new names and fields are shown, in schema order.
    const QModelIndex modelsAfter = shownGroup(outline, QStringLiteral("Models"));
    QCOMPARE(childTexts(shown, modelsAfter),
             (QStringList{QStringLiteral("User"), QStringLiteral("Article"), QStringLiteral("Comment"), QStringLiteral("Tag")}));
    QCOMPARE(childTexts(shown, childNamed(shown, modelsAfter, QStringLiteral("User"))),
             (QStringList{QStringLiteral("id  Int"), QStringLiteral("email  String"), QStringLiteral("nickname  String?")}));
    QCOMPARE(childTexts(shown, childNamed(shown, modelsAfter, QStringLiteral("Article"))),
             (QStringList{QStringLiteral("id  Int"), QStringLiteral("title  String")}));

    // The rows of untouched models, and the unchanged field rows of User, are the same items as before.
    QCOMPARE(modelItem(outline, QStringLiteral("User")), userItem);
    QCOMPARE(userItem->child(1), userEmailItem);
    QCOMPARE(modelItem(outline, QStringLiteral("Comment")), commentItem);
    QCOMPARE(modelItem(outline, QStringLiteral("Tag")), tagItem);
    // Indexes into the tree still point at them: they were never removed (a rebuild invalidates these).
    QVERIFY(userRow.isValid());
    QCOMPARE(userRow.data().toString(), QStringLiteral("User"));
    QVERIFY(userEmailRow.isValid());
    QCOMPARE(userEmailRow.data().toString(), QStringLiteral("email  String"));
    QVERIFY(commentRow.isValid());
    QCOMPARE(commentRow.data().toString(), QStringLiteral("Comment"));
    QCOMPARE(commentRow.row(), 2);
    QVERIFY(tagRow.isValid());
    QCOMPARE(tagRow.data().toString(), QStringLiteral("Tag"));
    QVERIFY(roleRow.isValid());
    QCOMPARE(roleRow.data().toString(), QStringLiteral("Role"));
    // The renamed model is a new node: its old row is gone.
    QVERIFY(!postRow.isValid());
    // What was open stays open.
    QVERIFY(outline.tree()->isExpanded(userRow));
    QVERIFY(outline.tree()->isExpanded(tagRow));
    QVERIFY(!outline.tree()->isExpanded(commentRow));
}

void TestOutlineView::updateRemovesAndReordersRows()
{
    const auto first = analyzeFirst(firstSchemaText());
    const auto second = analyzeAfter(secondSchemaText(), first.schema);
    const auto third = analyzeAfter(thirdSchemaText(), second.schema);

    OutlineView outline;
    outline.setSchema(first.schema);
    outline.setSchema(second.schema);
    const QAbstractItemModel *shown = shownModel(outline);
    const QPersistentModelIndex commentRow(childNamed(shown, shownGroup(outline, QStringLiteral("Models")), QStringLiteral("Comment")));
    QVERIFY(commentRow.isValid());

    outline.setSchema(third.schema);
    const QModelIndex models = shownGroup(outline, QStringLiteral("Models"));
    QCOMPARE(childTexts(shown, models), (QStringList{QStringLiteral("User"), QStringLiteral("Tag"), QStringLiteral("Article")}));
    QVERIFY(!commentRow.isValid());
    QVERIFY(!modelItem(outline, QStringLiteral("Comment")));
    // The moved model's row shows its own fields.
    QCOMPARE(childTexts(shown, childNamed(shown, models, QStringLiteral("Tag"))),
             (QStringList{QStringLiteral("id  Int"), QStringLiteral("label  String")}));
    QCOMPARE(childTexts(shown, childNamed(shown, models, QStringLiteral("Article"))),
             (QStringList{QStringLiteral("id  Int"), QStringLiteral("title  String")}));

    // Without enums the group goes; models come back in schema order.
    const QString withoutEnum = kDatasource + model(QStringLiteral("Tag"), {QStringLiteral("label String")})
        + model(QStringLiteral("User"), {QStringLiteral("email String")});
    const auto fourth = analyzeAfter(withoutEnum, third.schema);
    outline.setSchema(fourth.schema);
    QCOMPARE(childTexts(shown, {}), QStringList{QStringLiteral("Models")});
    QCOMPARE(childTexts(shown, shownGroup(outline, QStringLiteral("Models"))),
             (QStringList{QStringLiteral("Tag"), QStringLiteral("User")}));
    QCOMPARE(childTexts(shown, childNamed(shown, shownGroup(outline, QStringLiteral("Models")), QStringLiteral("User"))),
             (QStringList{QStringLiteral("id  Int"), QStringLiteral("email  String")}));
}

void TestOutlineView::filterAppliesToUpdatedRows()
{
    const auto first = analyzeFirst(firstSchemaText());
    const auto second = analyzeAfter(secondSchemaText(), first.schema);
    OutlineView outline;
    outline.setSchema(first.schema);
    const QAbstractItemModel *shown = shownModel(outline);

    // A filter typed before the update matches nothing yet...
    outline.filterEdit()->setText(QStringLiteral("nick"));
    QCOMPARE(shown->rowCount(), 0);
    // ...and the field the update adds.
    outline.setSchema(second.schema);
    QCOMPARE(childTexts(shown, {}), QStringList{QStringLiteral("Models")});
    const QModelIndex models = shownGroup(outline, QStringLiteral("Models"));
    QCOMPARE(childTexts(shown, models), QStringList{QStringLiteral("User")});
    QCOMPARE(childTexts(shown, childNamed(shown, models, QStringLiteral("User"))), QStringList{QStringLiteral("nickname  String?")});

    // A filter typed after the update finds the renamed model and hides the others.
    outline.filterEdit()->setText(QStringLiteral("artic"));
    QCOMPARE(childTexts(shown, shownGroup(outline, QStringLiteral("Models"))), QStringList{QStringLiteral("Article")});
    outline.filterEdit()->setText(QStringLiteral("post"));
    QCOMPARE(shown->rowCount(), 0);

    // Another update under a filter keeps filtering.
    const auto third = analyzeAfter(thirdSchemaText(), second.schema);
    outline.filterEdit()->setText(QStringLiteral("label"));
    outline.setSchema(third.schema);
    QCOMPARE(childTexts(shown, shownGroup(outline, QStringLiteral("Models"))), QStringList{QStringLiteral("Tag")});

    outline.filterEdit()->clear();
    QCOMPARE(childTexts(shown, shownGroup(outline, QStringLiteral("Models"))),
             (QStringList{QStringLiteral("User"), QStringLiteral("Tag"), QStringLiteral("Article")}));
}

void TestOutlineView::selectionSurvivesUpdate()
{
    const auto first = analyzeFirst(firstSchemaText());
    const auto second = analyzeAfter(secondSchemaText(), first.schema);
    OutlineView outline;
    outline.resize(300, 600);
    outline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&outline));
    outline.setSchema(first.schema);
    QSignalSpy selected(&outline, &OutlineView::nodeSelected);

    // A model that the update keeps.
    const schema::NodeId comment = first.schema.model(u"Comment")->id;
    outline.selectNode(comment);
    QCOMPARE(outline.tree()->currentIndex().data().toString(), QStringLiteral("Comment"));
    outline.setSchema(second.schema);
    QCOMPARE(outline.tree()->currentIndex().data().toString(), QStringLiteral("Comment"));
    QCOMPARE(outline.tree()->selectionModel()->selectedIndexes().size(), 1);
    QCOMPARE(outline.tree()->selectionModel()->selectedIndexes().constFirst().data().toString(), QStringLiteral("Comment"));

    // A field of the model that the update changes.
    const schema::Field *email = second.schema.model(u"User")->field(u"email");
    outline.selectNode(email->id);
    QCOMPARE(outline.tree()->currentIndex().data().toString(), QStringLiteral("email  String"));
    const auto third = analyzeAfter(thirdSchemaText(), second.schema);
    QCOMPARE(third.schema.model(u"User")->field(u"email")->id, email->id);
    outline.setSchema(third.schema);
    QCOMPARE(outline.tree()->currentIndex().data().toString(), QStringLiteral("email  String"));
    QCOMPARE(outline.tree()->currentIndex().parent().data().toString(), QStringLiteral("User"));

    // Updates are not the user's choice: they do not report a selection.
    QCOMPARE(selected.count(), 0);
}

void TestOutlineView::selectionOfRecreatedRowSurvivesUpdate()
{
    // Comment stays, but both its neighbours are renamed: its row lies in the replaced stretch.
    const auto first = analyzeFirst(firstSchemaText());
    const QString renamed = kDatasource + model(QStringLiteral("User"), {QStringLiteral("email String")})
        + model(QStringLiteral("Story"), {QStringLiteral("title String")})
        + model(QStringLiteral("Comment"), {QStringLiteral("body String")})
        + model(QStringLiteral("Label"), {QStringLiteral("label String")}) + kEnum;
    const auto second = analyzeAfter(renamed, first.schema);
    const schema::NodeId comment = first.schema.model(u"Comment")->id;
    QCOMPARE(second.schema.model(u"Comment")->id, comment);

    OutlineView outline;
    outline.resize(300, 600);
    outline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&outline));
    outline.setSchema(first.schema);
    QSignalSpy selected(&outline, &OutlineView::nodeSelected);
    outline.selectNode(comment);
    QCOMPARE(outline.tree()->currentIndex().data().toString(), QStringLiteral("Comment"));

    outline.setSchema(second.schema);
    QCOMPARE(childTexts(shownModel(outline), shownGroup(outline, QStringLiteral("Models"))),
             (QStringList{QStringLiteral("User"), QStringLiteral("Story"), QStringLiteral("Comment"), QStringLiteral("Label")}));
    // Removing the rows around the current one must not report another node as selected...
    QCOMPARE(selected.count(), 0);
    // ...and the selection is back on Comment's new row.
    QCOMPARE(outline.tree()->currentIndex().data().toString(), QStringLiteral("Comment"));
    QCOMPARE(outline.tree()->selectionModel()->selectedIndexes().size(), 1);
    QCOMPARE(outline.tree()->selectionModel()->selectedIndexes().constFirst().data().toString(), QStringLiteral("Comment"));
}

void TestOutlineView::selectionOfRemovedModelIsCleared()
{
    const auto first = analyzeFirst(firstSchemaText());
    const auto second = analyzeAfter(secondSchemaText(), first.schema);
    const auto third = analyzeAfter(thirdSchemaText(), second.schema);
    OutlineView outline;
    outline.resize(300, 600);
    outline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&outline));
    outline.setSchema(second.schema);
    QSignalSpy selected(&outline, &OutlineView::nodeSelected);
    outline.selectNode(second.schema.model(u"Comment")->id);
    QCOMPARE(outline.tree()->currentIndex().data().toString(), QStringLiteral("Comment"));

    // Comment goes: nothing else is selected in its place, and no selection is reported.
    outline.setSchema(third.schema);
    QCOMPARE(selected.count(), 0);
    QVERIFY(outline.tree()->selectionModel()->selectedIndexes().isEmpty());
    QVERIFY(!outline.tree()->currentIndex().isValid());
}

QTEST_MAIN(TestOutlineView)
#include "tst_outlineview.moc"
