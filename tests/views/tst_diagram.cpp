// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/modelitem.h"
#include "diagram/relationitem.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;
using namespace strata::views;

namespace {

const char *const kBlog = R"(datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  name      String?
  role      Role     @default(USER)
  posts     Post[]
  profile   Profile?
}

model Profile {
  id     Int    @id @default(autoincrement())
  bio    String
  user   User   @relation(fields: [userId], references: [id])
  userId Int    @unique
}

model Post {
  id       Int        @id @default(autoincrement())
  title    String
  author   User?      @relation(fields: [authorId], references: [id])
  authorId Int?
  tags     Tag[]
  parent   Post?      @relation("Thread", fields: [parentId], references: [id])
  parentId Int?
  replies  Post[]     @relation("Thread")
}

model Tag {
  id    Int    @id
  posts Post[]
}

enum Role {
  USER
  ADMIN
}
)";

// N models in chains with some long-range relations and a few enums: the shape of a big real schema.
QString generatedSchema(int models)
{
    QString text = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}\n\n");
    quint32 seed = 12345;
    auto next = [&seed](int below) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(below));
    };
    std::vector<QStringList> back(static_cast<size_t>(models));
    std::vector<QStringList> fields(static_cast<size_t>(models));
    int relation = 0;
    for (int i = 1; i < models; ++i) {
        const int links = 1 + next(2);
        for (int k = 0; k < links; ++k) {
            const int target = next(100) < 70 ? std::max(0, i - 1 - next(std::min(i, 12))) : next(i);
            const QString name = QStringLiteral("R%1").arg(relation++);
            fields[size_t(i)] << QStringLiteral("  ref%1 M%2 @relation(\"%1\", fields: [ref%1Id], references: [id])").arg(name).arg(target)
                              << QStringLiteral("  ref%1Id Int").arg(name);
            back[size_t(target)] << QStringLiteral("  back%1 M%2[] @relation(\"%1\")").arg(name).arg(i);
        }
    }
    const int enums = std::max(1, models / 10);
    for (int i = 0; i < models; ++i) {
        text += QStringLiteral("model M%1 {\n  id Int @id\n  name String\n  createdAt DateTime\n").arg(i);
        if (i % 3 == 0)
            text += QStringLiteral("  status E%1\n").arg(i % enums);
        for (const QString &f : fields[size_t(i)] + back[size_t(i)])
            text += f + u'\n';
        text += QStringLiteral("}\n\n");
    }
    for (int e = 0; e < enums; ++e)
        text += QStringLiteral("enum E%1 {\n  A\n  B\n  C\n}\n\n").arg(e);
    return text;
}

/// Sizes the view, gives it the schema and shows it; false when the window never appeared.
[[nodiscard]] bool showSchema(DiagramView &view, const schema::Schema &schema, QSize size)
{
    view.resize(size);
    view.setSchema(schema);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

QStringList overlaps(const DiagramScene &scene)
{
    QStringList found;
    const auto &boxes = scene.boxes();
    for (size_t i = 0; i < boxes.size(); ++i) {
        const QRectF a(boxes[i]->pos(), boxes[i]->size());
        for (size_t j = i + 1; j < boxes.size(); ++j) {
            if (a.intersects(QRectF(boxes[j]->pos(), boxes[j]->size())))
                found << boxes[i]->name() + u'/' + boxes[j]->name();
        }
    }
    return found;
}

const schema::Model *modelNamed(const schema::Schema &s, const QString &name)
{
    return s.model(name);
}

} // namespace

/// The ER diagram: layout, content of the boxes and edges, selection, zoom and export.
class TestDiagram : public QObject {
    Q_OBJECT

private slots:
    void boxContent();
    void relationEnds();
    void corpusLayout_data();
    void corpusLayout();
    void deterministic();
    void largeSchema();
    void keepsPositions();
    void updateReusesUnchangedBoxesAndEdges();
    void updateRepointsKeptEdgesAtMovedRows();
    void movingBoxReroutes();
    void exportSvg();
    void exportPng();
    void clickSelects();
    void selectNodeSelectsAndCentres();
    void zoomKeys();
    void firstViewOfASmallSchema();
    void firstViewOfALargeSchema();
};

void TestDiagram::boxContent()
{
    const auto loaded = tests::analyzeText(QString::fromUtf8(kBlog));
    DiagramScene scene;
    scene.setSchema(loaded.schema);
    QCOMPARE(int(scene.boxes().size()), 5); // 4 models + 1 enum

    const schema::Model *user = modelNamed(loaded.schema, QStringLiteral("User"));
    ModelItem *box = scene.boxForNode(user->id);
    QVERIFY(box);
    QCOMPARE(box->kind(), ModelItem::Kind::Model);
    QCOMPARE(box->name(), QStringLiteral("User"));
    QCOMPARE(int(box->rows().size()), int(user->fields.size()));
    const auto &rows = box->rows();
    QCOMPARE(rows[0].name, QStringLiteral("id"));
    QVERIFY(rows[0].marks & ModelItem::PrimaryKey);
    QVERIFY(rows[1].marks & ModelItem::Unique);
    QCOMPARE(rows[2].type, QStringLiteral("String?"));
    QCOMPARE(rows[3].typeKind, ModelItem::TypeKind::Enum);
    QCOMPARE(rows[4].type, QStringLiteral("Post[]"));
    QCOMPARE(rows[4].typeKind, ModelItem::TypeKind::Relation);

    const schema::Model *post = modelNamed(loaded.schema, QStringLiteral("Post"));
    ModelItem *postBox = scene.boxForNode(post->id);
    const int authorId = postBox->rowOf(post->field(u"authorId")->id);
    QVERIFY(postBox->rows()[size_t(authorId)].marks & ModelItem::ForeignKey);
    QVERIFY(!(postBox->rows()[size_t(postBox->rowOf(post->field(u"title")->id))].marks & ModelItem::ForeignKey));

    const schema::Enum *role = loaded.schema.enumType(u"Role");
    ModelItem *roleBox = scene.boxForNode(role->id);
    QVERIFY(roleBox);
    QCOMPARE(roleBox->kind(), ModelItem::Kind::Enum);
    QCOMPARE(int(roleBox->rows().size()), 2);
    // A field id finds the box that holds it.
    QCOMPARE(scene.boxForNode(post->field(u"title")->id), postBox);
}

void TestDiagram::relationEnds()
{
    const auto loaded = tests::analyzeText(QString::fromUtf8(kBlog));
    DiagramScene scene;
    scene.setSchema(loaded.schema);
    QCOMPARE(int(scene.relationItems().size()), int(loaded.schema.relations.size()));
    using C = RelationItem::Cardinality;
    for (const RelationItem *item : scene.relationItems()) {
        const schema::Relation *relation = loaded.schema.relationById(item->relationId());
        QVERIFY(relation);
        QVERIFY(item->route().size() >= 2);
        // The edge starts and ends at the rows of the related fields.
        const ModelItem *a = item->source().box;
        const ModelItem *b = item->target().box;
        QCOMPARE(item->route().front().y(), a->pos().y() + a->rowCentre(item->source().row));
        QCOMPARE(item->route().back().y(), b->pos().y() + b->rowCentre(item->target().row));
        const QString key = relation->modelA + u'.' + relation->fieldA;
        if (key == u"Post.author") { // optional one-to-many
            QCOMPARE(item->source().cardinality, C::ZeroOrMany);
            QCOMPARE(item->target().cardinality, C::ZeroOrOne);
        } else if (key == u"Profile.user") { // required one-to-one
            QCOMPARE(item->source().cardinality, C::ZeroOrOne);
            QCOMPARE(item->target().cardinality, C::ExactlyOne);
        } else if (relation->kind == schema::RelationKind::ManyToMany) { // implicit: crow's feet on both ends
            QCOMPARE(item->source().cardinality, C::ZeroOrMany);
            QCOMPARE(item->target().cardinality, C::ZeroOrMany);
        } else if (relation->isSelfRelation()) {
            QVERIFY(item->isSelfRelation());
            QCOMPARE(item->source().box, item->target().box);
        }
    }
}

void TestDiagram::corpusLayout_data()
{
    QTest::addColumn<QString>("path");
    const QString root = tests::corpusDir();
    if (root.isEmpty())
        return;
    for (const QString &path : tests::corpusSchemas(root))
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(path))) << path;
}

void TestDiagram::corpusLayout()
{
    if (tests::corpusDir().isEmpty())
        QSKIP("the corpus is not there");
    QFETCH(QString, path);
    schema::LoadedSchema loaded;
    QString error;
    QVERIFY2(schema::loadSchema(path, loaded, &error), qPrintable(error));
    DiagramScene scene;
    scene.setSchema(loaded.schema);
    QCOMPARE(int(scene.boxes().size()),
             int(loaded.schema.models.size() + loaded.schema.enums.size() + loaded.schema.compositeTypes.size()));
    const QStringList found = overlaps(scene);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", ")));
    // Every edge has a path whose ends are on the sides of its boxes.
    for (const RelationItem *item : scene.relationItems()) {
        QVERIFY(item->route().size() >= 2);
        const QRectF a(item->source().box->pos(), item->source().box->size());
        const qreal x = item->route().front().x();
        QVERIFY(qFuzzyCompare(x, a.left()) || qFuzzyCompare(x, a.right()));
    }
}

void TestDiagram::deterministic()
{
    QString path = QStringLiteral(STRATA_SOURCE_DIR "/examples/blog/prisma/schema.prisma");
    if (const QString root = tests::corpusDir(); !root.isEmpty()) {
        const QString big = root + QStringLiteral("/elie222__inbox-zero/schema.prisma");
        if (QFile::exists(big))
            path = big;
    }
    schema::LoadedSchema loaded;
    QString error;
    QVERIFY2(schema::loadSchema(path, loaded, &error), qPrintable(error));
    DiagramScene first;
    first.setSchema(loaded.schema);
    DiagramScene second;
    second.setSchema(loaded.schema);
    QCOMPARE(first.nodePositions(), second.nodePositions());
    QCOMPARE(first.relationItems().size(), second.relationItems().size());
    for (size_t i = 0; i < first.relationItems().size(); ++i)
        QCOMPARE(first.relationItems()[i]->route(), second.relationItems()[i]->route());
    // Laying out again gives the same places too.
    first.autoLayout();
    QCOMPARE(first.nodePositions(), second.nodePositions());
}

void TestDiagram::largeSchema()
{
    const auto loaded = tests::analyzeText(generatedSchema(1000));
    QCOMPARE(int(loaded.schema.models.size()), 1000);
    QVERIFY(loaded.schema.relations.size() > 1000);
    DiagramScene scene;
    QElapsedTimer timer;
    timer.start();
    scene.setSchema(loaded.schema);
    const qint64 total = timer.elapsed();
    const auto t = scene.lastTimings();
    qInfo("1000 models: build %.1f ms, layout %.1f ms, routing %.1f ms (%lld ms in all)", t.buildMs, t.layoutMs, t.routeMs, total);
    QCOMPARE(int(scene.boxes().size()), 1100);
    const QStringList found = overlaps(scene);
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 10).join(u", ")));
}

void TestDiagram::keepsPositions()
{
    const auto first = tests::analyzeText(QString::fromUtf8(kBlog));
    DiagramScene scene;
    scene.setSchema(first.schema);
    const schema::Model *user = modelNamed(first.schema, QStringLiteral("User"));
    ModelItem *userBox = scene.boxForNode(user->id);
    userBox->setPos(3000, 2000);
    const auto before = scene.nodePositions();

    // The same text with one more model related to Post: ids of unchanged nodes stay.
    QString text = QString::fromUtf8(kBlog);
    text.replace(QStringLiteral("  replies  Post[]     @relation(\"Thread\")\n"),
                 QStringLiteral("  replies  Post[]     @relation(\"Thread\")\n  comments Comment[]\n"));
    text += QStringLiteral("\nmodel Comment {\n  id     Int    @id\n  text   String\n  post   Post   @relation(fields: [postId], references: [id])\n  postId Int\n}\n");
    psl::SourceSet sources;
    sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), text));
    const auto second = schema::analyze(std::move(sources), &first.schema);
    QVERIFY(second.schema.model(u"Comment"));
    QCOMPARE(second.schema.model(u"User")->id, user->id);

    scene.setSchema(second.schema);
    QCOMPARE(scene.boxForNode(user->id), userBox);
    QCOMPARE(userBox->pos(), QPointF(3000, 2000));
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() != second.schema.model(u"Post")->id) // Post grew by a row; it may have been moved if it then overlapped
            QCOMPARE(scene.nodePositions().value(it.key()), it.value());
    }
    QVERIFY(overlaps(scene).isEmpty());
    // The new box is near its neighbour, not somewhere far away.
    const ModelItem *comment = scene.boxForNode(second.schema.model(u"Comment")->id);
    const ModelItem *post = scene.boxForNode(second.schema.model(u"Post")->id);
    QVERIFY(comment && post);
    const QPointF distance = comment->sceneBoundingRect().center() - post->sceneBoundingRect().center();
    QVERIFY2(distance.manhattanLength() < 1200, qPrintable(QString::number(distance.manhattanLength())));
}

namespace {

/// A key of QGraphicsItem::data() that only this test sets: a box or edge that still carries it after an
/// update is the same object, not a new one built alike.
constexpr int kMarkKey = 4242;

/// kBlog after an edit of Post: a field added, the Tag relation replaced by a Comment one; Tag removed and
/// Comment added. User, Profile and Role do not change.
QString blogWithCommentsInsteadOfTags()
{
    QString text = QString::fromUtf8(kBlog);
    const auto replace = [&text](const QString &from, const QString &to) {
        QVERIFY2(text.contains(from), qPrintable(from));
        text.replace(from, to);
    };
    replace(QStringLiteral("  title    String\n"), QStringLiteral("  title    String\n  subtitle String?\n"));
    replace(QStringLiteral("  tags     Tag[]\n"), QStringLiteral("  comments Comment[]\n"));
    replace(QStringLiteral("model Tag {\n  id    Int    @id\n  posts Post[]\n}\n"),
            QStringLiteral("model Comment {\n  id     Int    @id\n  body   String\n"
                           "  post   Post   @relation(fields: [postId], references: [id])\n  postId Int\n}\n"));
    return text;
}

schema::LoadedSchema analyzeAfter(const QString &text, const schema::Schema &previous)
{
    psl::SourceSet sources;
    sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), text));
    return schema::analyze(std::move(sources), &previous);
}

/// The edge of a relation, found by one of its ends ("Model.field").
const schema::Relation *relationWithEnd(const schema::Schema &schema, const QString &end)
{
    for (const schema::Relation &relation : schema.relations) {
        if (relation.modelA + u'.' + relation.fieldA == end || relation.modelB + u'.' + relation.fieldB == end)
            return &relation;
    }
    return nullptr;
}

RelationItem *edgeOf(const DiagramScene &scene, schema::NodeId relationId)
{
    for (RelationItem *item : scene.relationItems()) {
        if (item->relationId() == relationId)
            return item;
    }
    return nullptr;
}

/// Every box and edge in the scene, whether or not the scene still lists it.
template<typename Item>
QList<Item *> itemsOfType(const QGraphicsScene &scene)
{
    QList<Item *> found;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *typed = dynamic_cast<Item *>(item))
            found << typed;
    }
    return found;
}

/// The edge's path starts and ends at the rows it is attached to.
void verifyEdgeAttached(const RelationItem *edge)
{
    QVERIFY(edge->route().size() >= 2);
    const ModelItem *source = edge->source().box;
    const ModelItem *target = edge->target().box;
    QCOMPARE(edge->route().front().y(), source->pos().y() + source->rowCentre(edge->source().row));
    QCOMPARE(edge->route().back().y(), target->pos().y() + target->rowCentre(edge->target().row));
}

} // namespace

void TestDiagram::updateReusesUnchangedBoxesAndEdges()
{
    const auto first = tests::analyzeText(QString::fromUtf8(kBlog));
    QVERIFY(!first.diagnostics.hasErrors());
    const QString secondText = blogWithCommentsInsteadOfTags();
    const auto second = analyzeAfter(secondText, first.schema);
    QVERIFY2(!second.diagnostics.hasErrors(), qPrintable(tests::errorLines(second.diagnostics).join(u'\n')));

    DiagramScene scene;
    scene.setSchema(first.schema);
    const schema::NodeId user = first.schema.model(u"User")->id;
    const schema::NodeId profile = first.schema.model(u"Profile")->id;
    const schema::NodeId post = first.schema.model(u"Post")->id;
    const schema::NodeId tag = first.schema.model(u"Tag")->id;
    const schema::NodeId role = first.schema.enumType(u"Role")->id;
    QCOMPARE(second.schema.model(u"User")->id, user);
    QCOMPARE(second.schema.model(u"Post")->id, post);
    QCOMPARE(second.schema.enumType(u"Role")->id, role);

    ModelItem *userBox = scene.boxForNode(user);
    ModelItem *profileBox = scene.boxForNode(profile);
    ModelItem *postBox = scene.boxForNode(post);
    ModelItem *tagBox = scene.boxForNode(tag);
    ModelItem *roleBox = scene.boxForNode(role);
    QVERIFY(userBox && profileBox && postBox && tagBox && roleBox);
    for (ModelItem *box : scene.boxes())
        box->setData(kMarkKey, box->name());
    for (RelationItem *edge : scene.relationItems())
        edge->setData(kMarkKey, edge->relationId());
    const auto positionsBefore = scene.nodePositions();

    const schema::Relation *profileUser = relationWithEnd(first.schema, QStringLiteral("Profile.user"));
    const schema::Relation *postAuthor = relationWithEnd(first.schema, QStringLiteral("Post.author"));
    const schema::Relation *postTags = relationWithEnd(first.schema, QStringLiteral("Post.tags"));
    QVERIFY(profileUser && postAuthor && postTags);
    const schema::NodeId profileUserId = profileUser->id;
    const schema::NodeId postAuthorId = postAuthor->id;
    const schema::NodeId postTagsId = postTags->id;
    QVERIFY(edgeOf(scene, postTagsId));

    scene.setSchema(second.schema);

    // Unchanged models keep their boxes (the same objects) and places.
    QCOMPARE(scene.boxForNode(user), userBox);
    QCOMPARE(scene.boxForNode(profile), profileBox);
    QCOMPARE(scene.boxForNode(role), roleBox);
    QCOMPARE(userBox->data(kMarkKey).toString(), QStringLiteral("User"));
    QCOMPARE(profileBox->data(kMarkKey).toString(), QStringLiteral("Profile"));
    QCOMPARE(roleBox->data(kMarkKey).toString(), QStringLiteral("Role"));
    const auto positionsAfter = scene.nodePositions();
    for (const schema::NodeId id : {user, profile, role})
        QCOMPARE(positionsAfter.value(id), positionsBefore.value(id));
    QCOMPARE(userBox->rows().size(), second.schema.model(u"User")->fields.size());

    // The changed model's box shows its new fields, in order.
    ModelItem *postBoxAfter = scene.boxForNode(post);
    QVERIFY(postBoxAfter);
    QStringList postRows;
    for (const ModelItem::Row &row : postBoxAfter->rows())
        postRows << row.name + u':' + row.type;
    QCOMPARE(postRows, (QStringList{QStringLiteral("id:Int"), QStringLiteral("title:String"), QStringLiteral("subtitle:String?"),
                                    QStringLiteral("author:User?"), QStringLiteral("authorId:Int?"), QStringLiteral("comments:Comment[]"),
                                    QStringLiteral("parent:Post?"), QStringLiteral("parentId:Int?"), QStringLiteral("replies:Post[]")}));
    const schema::Field *subtitle = second.schema.model(u"Post")->field(u"subtitle");
    QCOMPARE(scene.boxForNode(subtitle->id), postBoxAfter);

    // The removed model's box and its edge are gone, from the lists and from the scene.
    QVERIFY(!scene.boxForNode(tag));
    QVERIFY(!edgeOf(scene, postTagsId));
    QCOMPARE(int(scene.boxes().size()), 5); // User, Profile, Post, Comment, Role
    QCOMPARE(itemsOfType<ModelItem>(scene).size(), qsizetype(scene.boxes().size()));
    for (const ModelItem *box : itemsOfType<ModelItem>(scene))
        QVERIFY2(box->name() != u"Tag", "the Tag box is still in the scene");
    QCOMPARE(int(scene.relationItems().size()), int(second.schema.relations.size()));
    const QList<RelationItem *> edgesInScene = itemsOfType<RelationItem>(scene);
    QCOMPARE(edgesInScene.size(), qsizetype(scene.relationItems().size()));
    const std::vector<ModelItem *> &boxes = scene.boxes();
    for (const RelationItem *edge : edgesInScene) {
        QVERIFY(std::find(scene.relationItems().begin(), scene.relationItems().end(), edge) != scene.relationItems().end());
        QVERIFY(std::find(boxes.begin(), boxes.end(), edge->source().box) != boxes.end());
        QVERIFY(std::find(boxes.begin(), boxes.end(), edge->target().box) != boxes.end());
    }

    // Edges of relations that stay are the same objects, attached to the same boxes.
    RelationItem *profileEdge = edgeOf(scene, profileUserId);
    QVERIFY(profileEdge);
    QCOMPARE(profileEdge->data(kMarkKey).value<schema::NodeId>(), profileUserId);
    QVERIFY((profileEdge->source().box == profileBox && profileEdge->target().box == userBox)
            || (profileEdge->source().box == userBox && profileEdge->target().box == profileBox));
    RelationItem *authorEdge = edgeOf(scene, postAuthorId);
    QVERIFY(authorEdge);
    QCOMPARE(authorEdge->data(kMarkKey).value<schema::NodeId>(), postAuthorId);

    // The new relation has a new edge between Comment and Post.
    const schema::Relation *commentPost = relationWithEnd(second.schema, QStringLiteral("Comment.post"));
    QVERIFY(commentPost);
    RelationItem *commentEdge = edgeOf(scene, commentPost->id);
    QVERIFY(commentEdge);
    QVERIFY(!commentEdge->data(kMarkKey).isValid());
    ModelItem *commentBox = scene.boxForNode(second.schema.model(u"Comment")->id);
    QVERIFY(commentBox);
    QVERIFY(!commentBox->data(kMarkKey).isValid());
    QVERIFY((commentEdge->source().box == commentBox && commentEdge->target().box == postBoxAfter)
            || (commentEdge->source().box == postBoxAfter && commentEdge->target().box == commentBox));
    for (const RelationItem *edge : scene.relationItems())
        verifyEdgeAttached(edge);
    QVERIFY(overlaps(scene).isEmpty());
}

void TestDiagram::updateRepointsKeptEdgesAtMovedRows()
{
    // A field inserted above Post.author moves its row down; the kept edge must follow it.
    const auto first = tests::analyzeText(QString::fromUtf8(kBlog));
    QString text = QString::fromUtf8(kBlog);
    text.replace(QStringLiteral("  title    String\n"), QStringLiteral("  title    String\n  subtitle String?\n  summary  String?\n"));
    const auto second = analyzeAfter(text, first.schema);
    QVERIFY(!second.diagnostics.hasErrors());

    DiagramScene scene;
    scene.setSchema(first.schema);
    const schema::Relation *postAuthor = relationWithEnd(first.schema, QStringLiteral("Post.author"));
    QVERIFY(postAuthor);
    RelationItem *edge = edgeOf(scene, postAuthor->id);
    QVERIFY(edge);
    ModelItem *postBox = scene.boxForNode(first.schema.model(u"Post")->id);
    const schema::NodeId author = first.schema.model(u"Post")->field(u"author")->id;
    const bool postIsSource = edge->source().box == postBox;
    const int rowBefore = postBox->rowOf(author);
    QCOMPARE(postIsSource ? edge->source().row : edge->target().row, rowBefore);
    const QPolygonF routeBefore = edge->route();

    scene.setSchema(second.schema);
    QCOMPARE(edgeOf(scene, postAuthor->id), edge);
    QCOMPARE(second.schema.model(u"Post")->field(u"author")->id, author);
    QCOMPARE(scene.boxForNode(author), postBox);
    const int rowAfter = postBox->rowOf(author);
    QCOMPARE(rowAfter, rowBefore + 2);
    QCOMPARE(postIsSource ? edge->source().row : edge->target().row, rowAfter);
    QCOMPARE(postIsSource ? edge->source().box : edge->target().box, postBox);
    verifyEdgeAttached(edge);
    QVERIFY(edge->route() != routeBefore);
    // Every other edge of Post follows its rows too.
    for (const RelationItem *other : scene.relationItems())
        verifyEdgeAttached(other);
}

void TestDiagram::movingBoxReroutes()
{
    const auto loaded = tests::analyzeText(QString::fromUtf8(kBlog));
    DiagramScene scene;
    scene.setSchema(loaded.schema);
    ModelItem *user = scene.boxForNode(loaded.schema.model(u"User")->id);
    const RelationItem *edge = nullptr;
    for (const RelationItem *r : scene.relationItems()) {
        if (r->target().box == user && r->source().box != user)
            edge = r;
    }
    QVERIFY(edge);
    QSignalSpy changed(&scene, &DiagramScene::diagramChanged);
    user->setPos(user->pos() + QPointF(0, 400));
    QTRY_COMPARE(edge->route().back().y(), user->pos().y() + user->rowCentre(edge->target().row));
    QVERIFY(changed.count() >= 1);
}

void TestDiagram::exportSvg()
{
    const auto loaded = tests::analyzeText(QString::fromUtf8(kBlog));
    DiagramView view;
    view.setSchema(loaded.schema);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.svg"));
    QVERIFY(view.exportSvg(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.startsWith(u"<?xml") || svg.contains(u"<svg"));
    const QStringList names{QStringLiteral("User"), QStringLiteral("Profile"), QStringLiteral("Post"), QStringLiteral("Tag"),
                            QStringLiteral("Role"), QStringLiteral("email"), QStringLiteral("authorId")};
    for (const QString &name : names)
        QVERIFY2(svg.contains(name), qPrintable(name));
    QVERIFY(!view.exportSvg(dir.filePath(QStringLiteral("missing/folder/diagram.svg"))));
}

void TestDiagram::exportPng()
{
    const auto loaded = tests::analyzeText(QString::fromUtf8(kBlog));
    DiagramScene scene;
    scene.setSchema(loaded.schema);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("diagram.png"));
    QVERIFY(scene.exportPng(path));
    QImage image(path);
    QVERIFY(!image.isNull());
    // Twice the scene's size: sharp when zoomed or printed.
    QCOMPARE(image.width(), int(std::ceil(scene.diagramRect().width() * 2)));
    QVERIFY(!scene.exportPng(dir.filePath(QStringLiteral("missing/folder/diagram.png"))));
}

void TestDiagram::clickSelects()
{
    const auto loaded = tests::analyzeText(QString::fromUtf8(kBlog));
    DiagramView view;
    QVERIFY(showSchema(view, loaded.schema, QSize(1000, 700)));
    view.resetZoom();

    const schema::Model *user = modelNamed(loaded.schema, QStringLiteral("User"));
    ModelItem *box = view.diagramScene()->boxForNode(user->id);
    view.centerOn(box);
    QSignalSpy spy(&view, &DiagramView::nodeSelected);

    // The header selects the model.
    QPoint at = view.mapFromScene(box->mapToScene(QPointF(12, box->rowCentre(-1))));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toUInt(), user->id);
    QCOMPARE(spy.at(0).at(1).toUInt(), 0u);
    QVERIFY(box->isSelected());
    QCOMPARE(view.diagramScene()->selectedNode(), user->id);

    // A row selects the model and the field.
    const schema::Field *email = user->field(u"email");
    at = view.mapFromScene(box->mapToScene(QPointF(30, box->rowCentre(box->rowOf(email->id)))));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toUInt(), user->id);
    QCOMPARE(spy.at(1).at(1).toUInt(), email->id);
    QCOMPARE(view.diagramScene()->selectedField(), email->id);

    // The background clears the selection.
    const QRectF empty = view.diagramScene()->diagramRect().adjusted(-30, -30, 0, 0);
    view.centerOn(empty.topLeft());
    at = view.mapFromScene(empty.topLeft() + QPointF(5, 5));
    QVERIFY(!view.itemAt(at));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(0).toUInt(), 0u);
    QVERIFY(!box->isSelected());
}

void TestDiagram::selectNodeSelectsAndCentres()
{
    const auto loaded = tests::analyzeText(generatedSchema(60));
    DiagramView view;
    QVERIFY(showSchema(view, loaded.schema, QSize(800, 600)));
    QSignalSpy spy(&view, &DiagramView::nodeSelected);

    const schema::Model *model = modelNamed(loaded.schema, QStringLiteral("M42"));
    view.selectNode(model->id);
    ModelItem *box = view.diagramScene()->boxForNode(model->id);
    QVERIFY(box->isSelected());
    QCOMPARE(view.diagramScene()->selectedItems().size(), 1);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(view.diagramScene()->focusPoint(model->id)));
    QVERIFY(view.zoom() >= 0.6); // readable

    // A field id selects its row.
    const schema::Field *field = model->field(u"createdAt");
    view.selectNode(field->id);
    QVERIFY(box->isSelected());
    QCOMPARE(box->selectedRow(), box->rowOf(field->id));
    QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(view.diagramScene()->focusPoint(field->id)));

    // Selecting from outside does not echo back.
    QCOMPARE(spy.count(), 0);
    view.selectNode(0);
    QVERIFY(view.diagramScene()->selectedItems().isEmpty());
}

void TestDiagram::zoomKeys()
{
    const auto loaded = tests::analyzeText(QString::fromUtf8(kBlog));
    DiagramView view;
    QVERIFY(showSchema(view, loaded.schema, QSize(800, 600)));
    view.resetZoom();
    QCOMPARE(view.zoom(), 1.0);
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.zoom() > 1.0);
    QTest::keyClick(&view, Qt::Key_0);
    QCOMPARE(view.zoom(), 1.0);
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(view.zoom() < 1.0);
    QWheelEvent wheel(QPointF(400, 300), view.viewport()->mapToGlobal(QPointF(400, 300)), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    const qreal before = view.zoom();
    QApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.zoom() > before);
    view.fitToWindow();
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(view.diagramScene()->diagramRect()));
}

void TestDiagram::firstViewOfASmallSchema()
{
    // Readable as a whole: the first view is the fit, and it is kept through resizes.
    const auto loaded = tests::analyzeText(QString::fromUtf8(kBlog));
    DiagramView view;
    QVERIFY(showSchema(view, loaded.schema, QSize(800, 600)));
    QVERIFY(view.zoom() >= DiagramView::readableZoom);
    QVERIFY(view.zoom() <= 1.0);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(view.diagramScene()->diagramRect()));
}

void TestDiagram::firstViewOfALargeSchema()
{
    // The whole of 200 models in a narrow pane would be unreadable: the first view shows the most connected
    // model at a readable zoom, and the overview where that is; F still shows the whole diagram.
    const auto loaded = tests::analyzeText(generatedSchema(200));
    DiagramView view;
    QVERIFY(showSchema(view, loaded.schema, QSize(480, 420)));
    QCOMPARE(view.zoom(), DiagramView::readableZoom);

    QHash<const ModelItem *, int> lines;
    for (const RelationItem *relation : view.diagramScene()->relationItems()) {
        ++lines[relation->source().box];
        if (!relation->isSelfRelation())
            ++lines[relation->target().box];
    }
    const ModelItem *hub = nullptr;
    for (const ModelItem *box : view.diagramScene()->boxes()) {
        if (!hub || lines.value(box) > lines.value(hub))
            hub = box;
    }
    QVERIFY(hub);
    QVERIFY(lines.value(hub) >= 3);
    // Its header in view (a box taller than the view shows its top).
    const QPointF header(hub->sceneBoundingRect().center().x(), hub->sceneBoundingRect().top() + 8);
    QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(header));
    QVERIFY(view.isOverviewVisible());

    // A resize before the user moved anything shows the first view again.
    view.resize(520, 460);
    QTRY_COMPARE(view.zoom(), DiagramView::readableZoom);
    QVERIFY(view.mapToScene(view.viewport()->rect()).boundingRect().contains(header));

    QTest::keyClick(&view, Qt::Key_F);
    QVERIFY(view.zoom() < DiagramView::readableZoom);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-2, -2, 2, 2).contains(view.diagramScene()->diagramRect()));
}

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
