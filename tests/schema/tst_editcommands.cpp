// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit command: redo changes the graph and says so with the right signal, undo restores an equal graph
// (with the same ids), redo again gives the same result, and renames carry over to what names the node.
#include "testsupport.h"

#include "schema/editcommands.h"
#include "schema/schemacomparer.h"
#include "schema/schemagraph.h"
#include "schema/schemaprinter.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace strata;
using namespace strata::schema;

class TestEditCommands : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void addModel();
    void removeModel();
    void renameModel();
    void renameModelRejectsTakenName();
    void changeModel();
    void addField();
    void removeField();
    void renameField_data();
    void renameField();
    void changeField();
    void changeFieldWithRename();
    void addEnum();
    void removeEnum();
    void renameEnum();
    void changeEnum();
    void addEnumValue();
    void removeEnumValue();
    void renameEnumValue();
    void addIndex();
    void fieldLevelIndexFollowsFlag();
    void removeIndex();
    void changeIndex();
    void addRelation_data();
    void addRelation();
    void addSelfRelationGetsName();
    void removeRelation();
    void commandsSurviveReparse();
    void replaceEmitsReset();
    void signalOrder();

private:
    /// Pushes the command and checks redo / undo / redo; returns false (with a failure) when a check failed.
    void roundTrip(QUndoCommand *command);
    NodeId modelId(const char *name) const { return m_graph->schema().model(QString::fromLatin1(name))->id; }
    NodeId fieldId(const char *model, const char *field) const
    {
        return m_graph->schema().model(QString::fromLatin1(model))->field(QString::fromLatin1(field))->id;
    }
    const Model &model(const char *name) const { return *m_graph->schema().model(QString::fromLatin1(name)); }
    const Field &field(const char *model, const char *field) const
    {
        return *m_graph->schema().model(QString::fromLatin1(model))->field(QString::fromLatin1(field));
    }

    std::unique_ptr<SchemaGraph> m_graph;
    std::unique_ptr<QUndoStack> m_stack;
};

static const char *const schemaText =
    "datasource db {\n"
    "  provider = \"postgresql\"\n"
    "}\n"
    "\n"
    "model User {\n"
    "  id    Int    @id @default(autoincrement())\n"
    "  email String @unique\n"
    "  role  Role   @default(USER)\n"
    "  posts Post[]\n"
    "\n"
    "  @@index([email, role])\n"
    "}\n"
    "\n"
    "model Post {\n"
    "  id       Int  @id\n"
    "  authorId Int\n"
    "  author   User @relation(fields: [authorId], references: [id])\n"
    "\n"
    "  @@index([authorId])\n"
    "}\n"
    "\n"
    "enum Role {\n"
    "  ADMIN\n"
    "  USER\n"
    "}\n";

/// Ids of models, fields, block-level indexes, enums and values, by name: equal graphs after undo have equal ids.
static QString ids(const Schema &schema)
{
    QStringList parts;
    for (const Model &model : schema.models) {
        QString part = model.name + u'#' + QString::number(model.id) + u':';
        for (const Field &field : model.fields)
            part += field.name + u'#' + QString::number(field.id) + u',';
        for (const Index &index : model.indexes) {
            if (!index.fromFieldAttribute)
                part += u'[' + index.fieldNames().join(u',') + QStringLiteral("]#") + QString::number(index.id) + u',';
        }
        parts << part;
    }
    for (const Enum &e : schema.enums) {
        QString part = e.name + u'#' + QString::number(e.id) + u':';
        for (const EnumValue &value : e.values)
            part += value.name + u'#' + QString::number(value.id) + u',';
        parts << part;
    }
    return parts.join(u'\n');
}

static QString differences(const Schema &a, const Schema &b)
{
    return SchemaComparer::differences(a, b).join(u'\n');
}

/// The graph printed and read back has no errors.
static QString printedErrors(const Schema &schema)
{
    const QString text = SchemaPrinter::print(schema);
    const LoadedSchema loaded = tests::analyzeText(text);
    const QStringList errors = tests::errorLines(loaded.diagnostics);
    return errors.isEmpty() ? QString() : errors.join(u'\n') + u'\n' + text;
}

void TestEditCommands::init()
{
    const LoadedSchema loaded = tests::analyzeText(QString::fromLatin1(schemaText));
    QVERIFY2(!loaded.diagnostics.hasErrors(), qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
    m_graph = std::make_unique<SchemaGraph>(loaded.schema);
    m_stack = std::make_unique<QUndoStack>();
}

void TestEditCommands::cleanup()
{
    m_stack.reset();
    m_graph.reset();
}

void TestEditCommands::roundTrip(QUndoCommand *command)
{
    const Schema before = m_graph->schema();
    const int count = m_stack->count();
    m_stack->push(command);
    QCOMPARE(m_stack->count(), count + 1);
    const Schema after = m_graph->schema();
    QVERIFY2(!SchemaComparer::differences(before, after).isEmpty(), "redo did not change the graph");
    m_stack->undo();
    QVERIFY2(differences(before, m_graph->schema()).isEmpty(), qPrintable(differences(before, m_graph->schema())));
    QCOMPARE(ids(m_graph->schema()), ids(before));
    m_stack->redo();
    QVERIFY2(differences(after, m_graph->schema()).isEmpty(), qPrintable(differences(after, m_graph->schema())));
    QCOMPARE(ids(m_graph->schema()), ids(after));
}

// --- models -----------------------------------------------------------------------------------------------

void TestEditCommands::addModel()
{
    Model tag;
    tag.name = QStringLiteral("Tag");
    Field id;
    id.name = QStringLiteral("id");
    id.typeName = QStringLiteral("Int");
    id.isId = true;
    tag.fields.push_back(id);
    QSignalSpy added(m_graph.get(), &SchemaGraph::modelAdded);
    auto *command = new AddModelCommand(m_graph.get(), tag, 1);
    QCOMPARE(command->text(), QStringLiteral("Add model Tag"));
    const NodeId id_ = command->modelId();
    roundTrip(command);
    QCOMPARE(added.count(), 2); // redo, redo again
    QCOMPARE(added.first().at(0).value<NodeId>(), id_);
    QCOMPARE(m_graph->modelPosition(id_), 1);
    const Model &added_ = model("Tag");
    QCOMPARE(added_.fields.front().kind, FieldKind::Scalar);
    QVERIFY(added_.primaryKey()); // the @id flag got its index
    QVERIFY(printedErrors(m_graph->schema()).isEmpty());
}

void TestEditCommands::removeModel()
{
    const NodeId user = modelId("User");
    const NodeId author = fieldId("Post", "author");
    QSignalSpy removed(m_graph.get(), &SchemaGraph::modelRemoved);
    QSignalSpy fieldRemoved(m_graph.get(), &SchemaGraph::fieldRemoved);
    QSignalSpy relations(m_graph.get(), &SchemaGraph::relationsChanged);
    auto *command = new RemoveModelCommand(m_graph.get(), user);
    QCOMPARE(command->text(), QStringLiteral("Remove model User"));
    m_stack->push(command);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).value<NodeId>(), user);
    QCOMPARE(fieldRemoved.count(), 1);
    QCOMPARE(fieldRemoved.first().at(1).value<NodeId>(), author);
    QCOMPARE(relations.count(), 1);
    QVERIFY(!m_graph->model(user));
    // The relation field pointing to User went; the scalar foreign key stays.
    QVERIFY(!model("Post").field(u"author"));
    QVERIFY(model("Post").field(u"authorId"));
    QVERIFY(m_graph->schema().relations.empty());
    m_stack->undo();
    m_stack->clear();
    roundTrip(new RemoveModelCommand(m_graph.get(), user));
    m_stack->undo();
    QCOMPARE(m_graph->schema().relations.size(), size_t(1));
    QCOMPARE(m_graph->fieldPosition(modelId("Post"), author), 2);
}

void TestEditCommands::renameModel()
{
    const NodeId user = modelId("User");
    const NodeId relation = m_graph->schema().relations.front().id;
    QSignalSpy changed(m_graph.get(), &SchemaGraph::modelChanged);
    QSignalSpy fieldChanged(m_graph.get(), &SchemaGraph::fieldChanged);
    auto *command = new RenameModelCommand(m_graph.get(), user, QStringLiteral("Account"));
    QCOMPARE(command->text(), QStringLiteral("Rename model User to Account"));
    roundTrip(command);
    QCOMPARE(model("Account").id, user);
    QCOMPARE(field("Post", "author").typeName, QStringLiteral("Account"));
    QCOMPARE(field("Post", "author").kind, FieldKind::Relation);
    const Relation &edge = m_graph->schema().relations.front();
    QCOMPARE(edge.id, relation); // same edge, new end names
    QCOMPARE(edge.modelB, QStringLiteral("Account"));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.first().at(0).value<NodeId>(), user);
    QCOMPARE(fieldChanged.first().at(1).value<NodeId>(), fieldId("Post", "author"));
    QVERIFY(printedErrors(m_graph->schema()).isEmpty());
}

void TestEditCommands::renameModelRejectsTakenName()
{
    const Schema before = m_graph->schema();
    QSignalSpy changed(m_graph.get(), &SchemaGraph::changed);
    m_stack->push(new RenameModelCommand(m_graph.get(), modelId("User"), QStringLiteral("Post")));
    m_stack->push(new RenameModelCommand(m_graph.get(), modelId("User"), QStringLiteral("Role")));
    m_stack->push(new RenameModelCommand(m_graph.get(), modelId("User"), QStringLiteral("not valid")));
    m_stack->push(new RemoveFieldCommand(m_graph.get(), modelId("User"), 999999));
    QCOMPARE(m_stack->count(), 0); // obsolete: dropped by the stack
    QCOMPARE(changed.count(), 0);
    QVERIFY(differences(before, m_graph->schema()).isEmpty());
}

void TestEditCommands::changeModel()
{
    Model value = model("User");
    value.mappedName = QStringLiteral("users");
    value.documentation = QStringList{QStringLiteral("People.")};
    QSignalSpy changed(m_graph.get(), &SchemaGraph::modelChanged);
    QSignalSpy fieldChanged(m_graph.get(), &SchemaGraph::fieldChanged);
    auto *command = new ChangeModelCommand(m_graph.get(), value);
    QCOMPARE(command->text(), QStringLiteral("Change model User"));
    roundTrip(command);
    QCOMPARE(model("User").mappedName, QStringLiteral("users"));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(fieldChanged.count(), 0);
}

// --- fields -----------------------------------------------------------------------------------------------

void TestEditCommands::addField()
{
    Field name;
    name.name = QStringLiteral("nickname");
    name.typeName = QStringLiteral("String");
    name.arity = Arity::Optional;
    name.isUnique = true;
    QSignalSpy added(m_graph.get(), &SchemaGraph::fieldAdded);
    QSignalSpy indexAdded(m_graph.get(), &SchemaGraph::indexAdded);
    QSignalSpy modelChanged(m_graph.get(), &SchemaGraph::modelChanged);
    auto *command = new AddFieldCommand(m_graph.get(), modelId("User"), name, 2);
    QCOMPARE(command->text(), QStringLiteral("Add field User.nickname"));
    roundTrip(command);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.first().at(0).value<NodeId>(), modelId("User"));
    QCOMPARE(added.first().at(1).value<NodeId>(), command->fieldId());
    QCOMPARE(indexAdded.count(), 2);
    QCOMPARE(model("User").fields[2].name, QStringLiteral("nickname"));
    QCOMPARE(field("User", "nickname").kind, FieldKind::Scalar);
    QCOMPARE(field("User", "nickname").scalarType, std::optional<ScalarType>(ScalarType::String));
    QVERIFY(std::any_of(model("User").indexes.begin(), model("User").indexes.end(), [](const Index &i) {
        return i.fromFieldAttribute && i.kind == IndexKind::Unique && i.fieldNames() == QStringList{QStringLiteral("nickname")};
    }));
    QVERIFY(modelChanged.count() >= 1);
    // A taken name is refused.
    Field duplicate = name;
    duplicate.id = 0;
    m_stack->push(new AddFieldCommand(m_graph.get(), modelId("User"), duplicate));
    QCOMPARE(m_stack->count(), 1);
}

void TestEditCommands::removeField()
{
    const NodeId email = fieldId("User", "email");
    QSignalSpy removed(m_graph.get(), &SchemaGraph::fieldRemoved);
    QSignalSpy indexRemoved(m_graph.get(), &SchemaGraph::indexRemoved);
    auto *command = new RemoveFieldCommand(m_graph.get(), modelId("User"), email);
    QCOMPARE(command->text(), QStringLiteral("Remove field User.email"));
    roundTrip(command);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.first().at(1).value<NodeId>(), email);
    QCOMPARE(indexRemoved.count(), 4); // @unique and @@index([email, role]), twice
    QVERIFY(!model("User").field(u"email"));
    QCOMPARE(model("User").indexes.size(), size_t(1)); // only @id is left
    QVERIFY(printedErrors(m_graph->schema()).isEmpty());
}

void TestEditCommands::renameField_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("name");
    QTest::newRow("referenced key") << "User" << "id" << "userId";
    QTest::newRow("indexed") << "User" << "email" << "mail";
    QTest::newRow("foreign key") << "Post" << "authorId" << "writerId";
    QTest::newRow("relation field") << "Post" << "author" << "writer";
    QTest::newRow("back relation field") << "User" << "posts" << "articles";
}

void TestEditCommands::renameField()
{
    QFETCH(QString, model);
    QFETCH(QString, field);
    QFETCH(QString, name);
    const NodeId modelNode = m_graph->schema().model(model)->id;
    const NodeId fieldNode = m_graph->schema().model(model)->field(field)->id;
    const NodeId relation = m_graph->schema().relations.front().id;
    QSignalSpy changed(m_graph.get(), &SchemaGraph::fieldChanged);
    auto *command = new RenameFieldCommand(m_graph.get(), modelNode, fieldNode, name);
    QCOMPARE(command->text(), QStringLiteral("Rename field %1.%2 to %3").arg(model, field, name));
    roundTrip(command);
    QCOMPARE(m_graph->field(modelNode, fieldNode)->name, name);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.first().at(1).value<NodeId>(), fieldNode);
    // Everything that named the field follows: the printed schema is valid and the relation edge is the same.
    const QString errors = printedErrors(m_graph->schema());
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QCOMPARE(m_graph->schema().relations.size(), size_t(1));
    QCOMPARE(m_graph->schema().relations.front().id, relation);
    if (field == u"id")
        QCOMPARE(this->field("Post", "author").relation->references, QStringList{name});
    if (field == u"email")
        QCOMPARE(this->model("User").indexes.back().fieldNames(), (QStringList{name, QStringLiteral("role")}));
    if (field == u"authorId") {
        QCOMPARE(this->field("Post", "author").relation->fields, QStringList{name});
        QCOMPARE(this->model("Post").indexes.back().fieldNames(), QStringList{name});
    }
    if (field == u"author")
        QCOMPARE(m_graph->schema().relations.front().fieldA, name);
}

void TestEditCommands::changeField()
{
    Field value = field("User", "email");
    value.arity = Arity::Optional;
    value.mappedName = QStringLiteral("email_address");
    value.nativeType.mut().name = QStringLiteral("VarChar");
    value.nativeType.mut().arguments = QStringList{QStringLiteral("320")};
    value.isUnique = false; // drops the field-level unique index
    QSignalSpy changed(m_graph.get(), &SchemaGraph::fieldChanged);
    QSignalSpy indexRemoved(m_graph.get(), &SchemaGraph::indexRemoved);
    auto *command = new ChangeFieldCommand(m_graph.get(), modelId("User"), value);
    QCOMPARE(command->text(), QStringLiteral("Change field User.email"));
    roundTrip(command);
    QCOMPARE(changed.count(), 3); // redo, undo, redo
    QCOMPARE(changed.first().at(1).value<NodeId>(), value.id);
    QCOMPARE(indexRemoved.count(), 2);
    QCOMPARE(field("User", "email").arity, Arity::Optional);
    QVERIFY(!field("User", "email").isUnique);
    QVERIFY(printedErrors(m_graph->schema()).isEmpty());
    // Changing the type to an enum makes it an enum field.
    Field typed = field("User", "email");
    typed.typeName = QStringLiteral("Role");
    typed.nativeType.reset();
    m_stack->push(new ChangeFieldCommand(m_graph.get(), modelId("User"), typed));
    QCOMPARE(field("User", "email").kind, FieldKind::Enum);
    QCOMPARE(field("User", "email").scalarType, std::nullopt);
}

void TestEditCommands::changeFieldWithRename()
{
    Field value = field("User", "id");
    value.name = QStringLiteral("key");
    value.mappedName = QStringLiteral("id");
    roundTrip(new ChangeFieldCommand(m_graph.get(), modelId("User"), value));
    QCOMPARE(field("Post", "author").relation->references, QStringList{QStringLiteral("key")});
    QVERIFY(printedErrors(m_graph->schema()).isEmpty());
}

// --- enums ------------------------------------------------------------------------------------------------

void TestEditCommands::addEnum()
{
    Enum e;
    e.name = QStringLiteral("Status");
    e.values.push_back(EnumValue{0, QStringLiteral("DRAFT"), {}, {}, {}});
    e.values.push_back(EnumValue{0, QStringLiteral("PUBLISHED"), QStringLiteral("published"), {}, {}});
    QSignalSpy added(m_graph.get(), &SchemaGraph::enumAdded);
    auto *command = new AddEnumCommand(m_graph.get(), e);
    QCOMPARE(command->text(), QStringLiteral("Add enum Status"));
    roundTrip(command);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.first().at(0).value<NodeId>(), command->enumId());
    QCOMPARE(m_graph->schema().enums.back().name, QStringLiteral("Status"));
    QVERIFY(printedErrors(m_graph->schema()).isEmpty());
}

void TestEditCommands::removeEnum()
{
    const NodeId role = m_graph->schema().enums.front().id;
    QSignalSpy removed(m_graph.get(), &SchemaGraph::enumRemoved);
    QSignalSpy fieldChanged(m_graph.get(), &SchemaGraph::fieldChanged);
    auto *command = new RemoveEnumCommand(m_graph.get(), role);
    QCOMPARE(command->text(), QStringLiteral("Remove enum Role"));
    roundTrip(command);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.first().at(0).value<NodeId>(), role);
    // The field of that type stays and no longer resolves.
    QCOMPARE(field("User", "role").kind, FieldKind::Unknown);
    QCOMPARE(fieldChanged.first().at(1).value<NodeId>(), fieldId("User", "role"));
    m_stack->undo();
    QCOMPARE(field("User", "role").kind, FieldKind::Enum);
}

void TestEditCommands::renameEnum()
{
    const NodeId role = m_graph->schema().enums.front().id;
    QSignalSpy changed(m_graph.get(), &SchemaGraph::enumChanged);
    auto *command = new RenameEnumCommand(m_graph.get(), role, QStringLiteral("Permission"));
    QCOMPARE(command->text(), QStringLiteral("Rename enum Role to Permission"));
    roundTrip(command);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.first().at(0).value<NodeId>(), role);
    QCOMPARE(field("User", "role").typeName, QStringLiteral("Permission"));
    QCOMPARE(field("User", "role").kind, FieldKind::Enum);
    QVERIFY(printedErrors(m_graph->schema()).isEmpty());
    m_stack->push(new RenameEnumCommand(m_graph.get(), role, QStringLiteral("User")));
    QCOMPARE(m_stack->count(), 1); // taken by a model
}

void TestEditCommands::changeEnum()
{
    Enum value = m_graph->schema().enums.front();
    value.mappedName = QStringLiteral("role_enum");
    value.values.push_back(EnumValue{0, QStringLiteral("GUEST"), {}, {}, {}});
    QSignalSpy valueAdded(m_graph.get(), &SchemaGraph::enumValueAdded);
    auto *command = new ChangeEnumCommand(m_graph.get(), value);
    QCOMPARE(command->text(), QStringLiteral("Change enum Role"));
    roundTrip(command);
    QCOMPARE(valueAdded.count(), 2);
    QCOMPARE(m_graph->schema().enums.front().values.size(), size_t(3));
}

void TestEditCommands::addEnumValue()
{
    const NodeId role = m_graph->schema().enums.front().id;
    QSignalSpy added(m_graph.get(), &SchemaGraph::enumValueAdded);
    QSignalSpy changed(m_graph.get(), &SchemaGraph::enumChanged);
    auto *command = new AddEnumValueCommand(m_graph.get(), role, EnumValue{0, QStringLiteral("GUEST"), {}, {}, {}}, 1);
    QCOMPARE(command->text(), QStringLiteral("Add value GUEST to enum Role"));
    roundTrip(command);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.first().at(1).value<NodeId>(), command->valueId());
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_graph->schema().enums.front().values[1].name, QStringLiteral("GUEST"));
}

void TestEditCommands::removeEnumValue()
{
    const Enum &e = m_graph->schema().enums.front();
    const NodeId admin = e.values.front().id;
    QSignalSpy removed(m_graph.get(), &SchemaGraph::enumValueRemoved);
    auto *command = new RemoveEnumValueCommand(m_graph.get(), e.id, admin);
    QCOMPARE(command->text(), QStringLiteral("Remove value ADMIN from enum Role"));
    roundTrip(command);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.first().at(1).value<NodeId>(), admin);
    QCOMPARE(m_graph->schema().enums.front().values.size(), size_t(1));
}

void TestEditCommands::renameEnumValue()
{
    const Enum &e = m_graph->schema().enums.front();
    const NodeId user = e.values.back().id;
    QSignalSpy changed(m_graph.get(), &SchemaGraph::enumValueChanged);
    QSignalSpy fieldChanged(m_graph.get(), &SchemaGraph::fieldChanged);
    auto *command = new RenameEnumValueCommand(m_graph.get(), e.id, user, QStringLiteral("MEMBER"));
    QCOMPARE(command->text(), QStringLiteral("Rename value Role.USER to MEMBER"));
    roundTrip(command);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.first().at(1).value<NodeId>(), user);
    // `@default(USER)` follows.
    QCOMPARE(field("User", "role").defaultValue->value, QStringLiteral("MEMBER"));
    QCOMPARE(fieldChanged.first().at(1).value<NodeId>(), fieldId("User", "role"));
    QVERIFY(printedErrors(m_graph->schema()).isEmpty());
}

// --- indexes ----------------------------------------------------------------------------------------------

void TestEditCommands::addIndex()
{
    Index index;
    index.kind = IndexKind::Unique;
    index.fields = {IndexField{QStringLiteral("authorId"), {}, 0, {}, {}}, IndexField{QStringLiteral("id"), QStringLiteral("Desc"), 0, {}, {}}};
    index.map = QStringLiteral("post_author_key");
    QSignalSpy added(m_graph.get(), &SchemaGraph::indexAdded);
    auto *command = new AddIndexCommand(m_graph.get(), modelId("Post"), index);
    QCOMPARE(command->text(), QStringLiteral("Add unique constraint on Post(authorId, id)"));
    roundTrip(command);
    QCOMPARE(added.count(), 2);
    QCOMPARE(added.first().at(1).value<NodeId>(), command->indexId());
    QVERIFY(m_graph->index(modelId("Post"), command->indexId()));
    QVERIFY(printedErrors(m_graph->schema()).isEmpty());
}

void TestEditCommands::fieldLevelIndexFollowsFlag()
{
    Index index;
    index.kind = IndexKind::Unique;
    index.fromFieldAttribute = true;
    index.fields = {IndexField{QStringLiteral("authorId"), {}, 0, {}, {}}};
    QSignalSpy fieldChanged(m_graph.get(), &SchemaGraph::fieldChanged);
    auto *command = new AddIndexCommand(m_graph.get(), modelId("Post"), index);
    roundTrip(command);
    QVERIFY(field("Post", "authorId").isUnique);
    QCOMPARE(fieldChanged.first().at(1).value<NodeId>(), fieldId("Post", "authorId"));
    // One-to-one now: the back relation field must become optional for the schema to stay valid.
    QCOMPARE(m_graph->schema().relations.front().kind, RelationKind::OneToMany);
    m_stack->push(new RemoveIndexCommand(m_graph.get(), modelId("Post"), command->indexId()));
    QVERIFY(!field("Post", "authorId").isUnique);
}

void TestEditCommands::removeIndex()
{
    const Index index = model("User").indexes.back();
    QSignalSpy removed(m_graph.get(), &SchemaGraph::indexRemoved);
    auto *command = new RemoveIndexCommand(m_graph.get(), modelId("User"), index.id);
    QCOMPARE(command->text(), QStringLiteral("Remove index on User(email, role)"));
    roundTrip(command);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.first().at(1).value<NodeId>(), index.id);
    m_stack->undo();
    QCOMPARE(m_graph->indexPosition(modelId("User"), index.id), int(model("User").indexes.size()) - 1);
}

void TestEditCommands::changeIndex()
{
    Index index = model("Post").indexes.back();
    index.algorithm = QStringLiteral("Hash");
    index.map = QStringLiteral("post_author_idx");
    QSignalSpy changed(m_graph.get(), &SchemaGraph::indexChanged);
    auto *command = new ChangeIndexCommand(m_graph.get(), modelId("Post"), index);
    QCOMPARE(command->text(), QStringLiteral("Change index on Post(authorId)"));
    roundTrip(command);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_graph->index(modelId("Post"), index.id)->algorithm, QStringLiteral("Hash"));
}

// --- relations --------------------------------------------------------------------------------------------

void TestEditCommands::addRelation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("optional");
    QTest::addColumn<QStringList>("postFields");
    QTest::addColumn<QStringList>("userFields");
    QTest::newRow("one to many") << int(RelationKind::OneToMany) << false
                                 << QStringList{QStringLiteral("editor"), QStringLiteral("editorId")}
                                 << QStringList{QStringLiteral("posts2")};
    QTest::newRow("one to one") << int(RelationKind::OneToOne) << true
                                << QStringList{QStringLiteral("editor"), QStringLiteral("editorId")}
                                << QStringList{QStringLiteral("post")};
    QTest::newRow("many to many") << int(RelationKind::ManyToMany) << false
                                  << QStringList{QStringLiteral("editor")} << QStringList{QStringLiteral("posts2")};
}

void TestEditCommands::addRelation()
{
    QFETCH(int, kind);
    QFETCH(bool, optional);
    QFETCH(QStringList, postFields);
    QFETCH(QStringList, userFields);
    RelationSpec spec;
    spec.fromModel = modelId("Post");
    spec.toModel = modelId("User");
    spec.kind = RelationKind(kind);
    spec.fieldName = QStringLiteral("editor");
    spec.optional = optional;
    spec.onDelete = optional ? ReferentialAction::SetNull : ReferentialAction::Unset;
    const size_t postCount = model("Post").fields.size();
    const size_t userCount = model("User").fields.size();
    QSignalSpy relations(m_graph.get(), &SchemaGraph::relationsChanged);
    QSignalSpy added(m_graph.get(), &SchemaGraph::fieldAdded);
    auto *command = new AddRelationCommand(m_graph.get(), spec);
    QCOMPARE(command->text(), QStringLiteral("Add relation from Post to User"));
    roundTrip(command);
    QVERIFY(relations.count() >= 2);
    QCOMPARE(size_t(added.count()), 2 * (postFields.size() + userFields.size()));
    QStringList newPost;
    for (size_t i = postCount; i < model("Post").fields.size(); ++i)
        newPost << model("Post").fields[i].name;
    QStringList newUser;
    for (size_t i = userCount; i < model("User").fields.size(); ++i)
        newUser << model("User").fields[i].name;
    QCOMPARE(newPost, postFields);
    QCOMPARE(newUser, userFields);
    QCOMPARE(m_graph->schema().relations.size(), size_t(2));
    const Relation &edge = *m_graph->schema().relationOf(u"Post", u"editor");
    QCOMPARE(int(edge.kind), kind);
    QVERIFY(!edge.name.isEmpty()); // a second relation between Post and User needs a name
    QCOMPARE(edge.fieldB, userFields.front());
    if (spec.kind != RelationKind::ManyToMany) {
        const Field &key = field("Post", "editorId");
        QCOMPARE(key.typeName, QStringLiteral("Int"));
        QCOMPARE(key.isOptional(), optional);
        QCOMPARE(key.isUnique, spec.kind == RelationKind::OneToOne);
        QCOMPARE(field("Post", "editor").relation->references, QStringList{QStringLiteral("id")});
    }
    const QString errors = printedErrors(m_graph->schema());
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

void TestEditCommands::addSelfRelationGetsName()
{
    RelationSpec spec;
    spec.fromModel = modelId("User");
    spec.toModel = modelId("User");
    spec.fieldName = QStringLiteral("manager");
    spec.backFieldName = QStringLiteral("reports");
    spec.optional = true;
    roundTrip(new AddRelationCommand(m_graph.get(), spec));
    QCOMPARE(field("User", "manager").relation->name, QStringLiteral("UserManager"));
    QCOMPARE(field("User", "reports").relation->name, QStringLiteral("UserManager"));
    QCOMPARE(field("User", "reports").arity, Arity::List);
    QCOMPARE(field("User", "managerId").arity, Arity::Optional);
    const Relation *edge = m_graph->schema().relationOf(u"User", u"manager");
    QVERIFY(edge && edge->isSelfRelation());
    QCOMPARE(edge->fieldB, QStringLiteral("reports"));
    const QString errors = printedErrors(m_graph->schema());
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

void TestEditCommands::removeRelation()
{
    const NodeId relation = m_graph->schema().relations.front().id;
    QSignalSpy relations(m_graph.get(), &SchemaGraph::relationsChanged);
    auto *command = new RemoveRelationCommand(m_graph.get(), relation);
    QCOMPARE(command->text(), QStringLiteral("Remove relation between Post and User"));
    roundTrip(command);
    QVERIFY(relations.count() >= 2);
    QVERIFY(m_graph->schema().relations.empty());
    QVERIFY(!model("Post").field(u"author"));
    QVERIFY(!model("Post").field(u"authorId")); // the foreign key only it used
    QCOMPARE(model("Post").indexes.size(), size_t(1)); // @@index([authorId]) went with it
    QVERIFY(!model("User").field(u"posts"));
    QVERIFY(printedErrors(m_graph->schema()).isEmpty());
}

void TestEditCommands::commandsSurviveReparse()
{
    // Edit, print, re-parse with the edited graph as the previous one: ids stay, so the stack still works.
    m_stack->push(new RenameModelCommand(m_graph.get(), modelId("User"), QStringLiteral("Account")));
    m_stack->push(new RenameFieldCommand(m_graph.get(), modelId("Post"), fieldId("Post", "authorId"), QStringLiteral("ownerId")));
    const Schema edited = m_graph->schema();
    const QString text = SchemaPrinter::print(edited);
    psl::SourceSet sources;
    sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), text));
    const LoadedSchema again = analyze(std::move(sources), &edited);
    QVERIFY(!again.diagnostics.hasErrors());
    QCOMPARE(ids(again.schema), ids(edited));
    QSignalSpy reset(m_graph.get(), &SchemaGraph::reset);
    m_graph->replace(again.schema);
    QCOMPARE(reset.count(), 1);
    m_stack->undo();
    m_stack->undo();
    const LoadedSchema original = tests::analyzeText(QString::fromLatin1(schemaText));
    QVERIFY2(differences(original.schema, m_graph->schema()).isEmpty(), qPrintable(differences(original.schema, m_graph->schema())));
}

void TestEditCommands::replaceEmitsReset()
{
    QSignalSpy reset(m_graph.get(), &SchemaGraph::reset);
    QSignalSpy changed(m_graph.get(), &SchemaGraph::changed);
    m_graph->replace(Schema());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_graph->schema().models.empty());
}

void TestEditCommands::signalOrder()
{
    QStringList order;
    connect(m_graph.get(), &SchemaGraph::fieldChanged, this, [&] { order << QStringLiteral("field"); });
    connect(m_graph.get(), &SchemaGraph::modelChanged, this, [&] { order << QStringLiteral("model"); });
    connect(m_graph.get(), &SchemaGraph::relationsChanged, this, [&] { order << QStringLiteral("relations"); });
    connect(m_graph.get(), &SchemaGraph::changed, this, [&] { order << QStringLiteral("changed"); });
    QVERIFY(m_graph->renameField(modelId("Post"), fieldId("Post", "author"), QStringLiteral("writer")));
    QCOMPARE(order, (QStringList{QStringLiteral("field"), QStringLiteral("model"), QStringLiteral("relations"),
                                 QStringLiteral("changed")}));
}

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
