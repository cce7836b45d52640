// SPDX-License-Identifier: GPL-3.0-or-later
// The validator's field facts resolve each field's type on their own, and several rules read them instead of
// the graph's fields: a field is a relation field when its facts say its type names a model. That holds only
// if the facts resolve every type exactly as the graph builder does, which this suite checks on every fixture,
// valid and invalid, and on every corpus schema (duplicate names, unknown types, Unsupported, composite types).
// The builder, given the index, asks it what a type names: the graph must come out the same as without it.
#include "psl/parser.h"
#include "schema/schemabuilder.h"
#include "schema/syntaxindex.h"
#include "schema/validationcontext_p.h"
#include "schema/validationsupport_p.h"

#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace strata;
using namespace strata::schema;

namespace {

validation::ResolvedType::Kind expectedKind(FieldKind kind)
{
    using K = validation::ResolvedType::Kind;
    switch (kind) {
    case FieldKind::Scalar: return K::Scalar;
    case FieldKind::Enum: return K::Enum;
    case FieldKind::Relation: return K::Model;
    case FieldKind::Composite: return K::Composite;
    case FieldKind::Unsupported: return K::Unsupported;
    case FieldKind::Unknown: break;
    }
    return K::Unknown;
}

/// The syntax tree of the schema at path; nullopt, with `error` set, when it cannot be read.
std::optional<psl::SchemaAst> parsedSchema(const QString &path, QString &error)
{
    psl::SourceSet sources;
    if (!psl::SourceSet::load(path, sources, &error))
        return std::nullopt;
    psl::Diagnostics diagnostics;
    return psl::Parser::parse(sources, diagnostics);
}

/// Every field of the schema at path whose facts disagree with the graph, as "Model.field" lines.
QStringList disagreements(const QString &path)
{
    QString error;
    const std::optional<psl::SchemaAst> parsed = parsedSchema(path, error);
    if (!parsed)
        return {QStringLiteral("cannot load: ") + error};
    const psl::SchemaAst &ast = *parsed;
    const Schema graph = SchemaBuilder::build(ast);
    const validation::TopIndex index(ast);

    QStringList out;
    size_t model = 0;
    size_t composite = 0;
    for (size_t b = 0; b < index.blocks().size(); ++b) {
        const psl::Block *block = index.blocks()[b];
        if (!block->isModelLike())
            continue;
        // One graph model per model or view block and one composite type per type block, in source order.
        const std::vector<Field> *fields = nullptr;
        if (block->kind == psl::Block::Kind::CompositeType) {
            if (composite < graph.compositeTypes.size())
                fields = &graph.compositeTypes[composite++].fields;
        } else if (model < graph.models.size()) {
            fields = &graph.models[model++].fields;
        }
        if (!fields) {
            out << QStringLiteral("%1: no graph node").arg(block->name.name);
            continue;
        }
        const std::span<const validation::FieldFacts> facts = index.fieldFacts(b);
        size_t f = 0;
        for (const psl::Field *node : block->fields()) {
            if (f >= fields->size() || f >= facts.size()) {
                out << QStringLiteral("%1.%2: no graph field or facts").arg(block->name.name, node->name.name);
                break;
            }
            if (facts[f].type.kind != expectedKind((*fields)[f].kind))
                out << QStringLiteral("%1.%2: type").arg(block->name.name, node->name.name);
            bool odd = validation::isOddName(node->name.name);
            for (const psl::Attribute &attribute : node->attributes)
                odd = odd || validation::isOddName(attribute.name.name);
            if (facts[f].oddName != odd)
                out << QStringLiteral("%1.%2: odd name").arg(block->name.name, node->name.name);
            if (facts[f].typeless != !node->type)
                out << QStringLiteral("%1.%2: typeless").arg(block->name.name, node->name.name);
            if (facts[f].node != node)
                out << QStringLiteral("%1.%2: node").arg(block->name.name, node->name.name);
            ++f;
        }
        bool oddBlockAttribute = false;
        for (const psl::BlockAttribute *attribute : block->blockAttributes())
            oddBlockAttribute = oddBlockAttribute || validation::isOddName(attribute->attribute.name.name);
        if (index.hasOddBlockAttributeName(b) != oddBlockAttribute)
            out << QStringLiteral("%1: odd block attribute name").arg(block->name.name);
    }
    return out;
}

/// The blocks whose facts, as the schema builder records them while it builds the graph, differ from those the
/// index computes by itself; and the fields whose kind in that graph (the builder asks the index what a type
/// names) differs from a graph built without the index.
QStringList recordedDisagreements(const QString &path)
{
    QString error;
    const std::optional<psl::SchemaAst> parsed = parsedSchema(path, error);
    if (!parsed)
        return {QStringLiteral("cannot load: ") + error};
    const psl::SchemaAst &ast = *parsed;
    SyntaxIndex syntax(ast);
    const Schema withIndex = SchemaBuilder::build(ast, nullptr, &syntax);
    const std::shared_ptr<const validation::TopIndex> recorded = syntax.completed();
    const validation::TopIndex computed(ast);
    QStringList out;
    const Schema withoutIndex = SchemaBuilder::build(ast);
    auto compareKinds = [&](const QString &owner, const std::vector<Field> &a, const std::vector<Field> &e) {
        if (a.size() != e.size()) {
            out << owner + QStringLiteral(": field count");
            return;
        }
        for (size_t f = 0; f < a.size(); ++f) {
            if (a[f].kind != e[f].kind)
                out << owner + u'.' + e[f].name + QStringLiteral(": kind");
        }
    };
    if (withIndex.models.size() != withoutIndex.models.size() || withIndex.compositeTypes.size() != withoutIndex.compositeTypes.size())
        return {QStringLiteral("graph blocks")};
    for (size_t m = 0; m < withIndex.models.size(); ++m)
        compareKinds(withoutIndex.models[m].name, withIndex.models[m].fields, withoutIndex.models[m].fields);
    for (size_t t = 0; t < withIndex.compositeTypes.size(); ++t)
        compareKinds(withoutIndex.compositeTypes[t].name, withIndex.compositeTypes[t].fields, withoutIndex.compositeTypes[t].fields);
    if (recorded->blocks() != computed.blocks())
        return {QStringLiteral("blocks")};
    for (size_t b = 0; b < computed.blocks().size(); ++b) {
        const std::span<const validation::FieldFacts> a = recorded->fieldFacts(b);
        const std::span<const validation::FieldFacts> e = computed.fieldFacts(b);
        if (!std::equal(a.begin(), a.end(), e.begin(), e.end()) || recorded->blockAttributeNames(b) != computed.blockAttributeNames(b)
            || recorded->hasOddBlockAttributeName(b) != computed.hasOddBlockAttributeName(b))
            out << computed.blocks()[b]->name.name;
    }
    return out;
}

/// Writes text to schema.prisma in dir; its path, or an empty string when it could not be written.
QString writtenSchema(const QTemporaryDir &dir, const QByteArray &text)
{
    if (!dir.isValid())
        return QString();
    const QString path = dir.filePath(QStringLiteral("schema.prisma"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return QString();
    return path;
}

} // namespace

class TestFieldFacts : public QObject {
    Q_OBJECT

private slots:
    void factsResolveTypesAsTheBuilder_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &folder : {QStringLiteral("valid"), QStringLiteral("valid_with_warning"), QStringLiteral("invalid")}) {
            const QDir dir(tests::fixturesDir() + u'/' + folder);
            for (const QString &name : dir.entryList({QStringLiteral("*.prisma")}, QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(folder + u'/' + name)) << dir.filePath(name);
        }
        const QString corpus = tests::corpusDir();
        if (corpus.isEmpty()) {
            qWarning("The shared corpus is not beside the checkout: only the fixtures are checked.");
            return;
        }
        for (const QString &schema : tests::corpusSchemas(corpus))
            QTest::newRow(qPrintable(QDir(corpus).relativeFilePath(schema))) << schema;
    }

    void factsResolveTypesAsTheBuilder()
    {
        QFETCH(QString, path);
        QCOMPARE(disagreements(path), QStringList());
        QCOMPARE(recordedDisagreements(path), QStringList());
    }

    /// The cases where the two could part: a name declared twice (the last block wins for both), a type that
    /// names nothing, a field without a type, Unsupported, and odd names of fields and attributes, block
    /// attributes included.
    void tricky()
    {
        QTemporaryDir dir;
        const QString path = writtenSchema(dir, "model A {\n  id Int @id\n  b B\n  e E\n  x Unsupported(\"x\")\n  y Nope\n  z\n"
                                                "  9bad Int @9attr\n  dash-name Int @attr-x\n\n  @@9index([id])\n}\n"
                                                "enum B {\n  ONE\n}\n"
                                                "model B {\n  id Int @id\n  a A[]\n}\n"
                                                "type E {\n  s String\n}\n"
                                                "enum E {\n  TWO\n}\n");
        QVERIFY(!path.isEmpty());
        QCOMPARE(disagreements(path), QStringList());
        QCOMPARE(recordedDisagreements(path), QStringList());
    }

    /// A schema large enough that the builder builds its models on several threads, recording their facts there.
    void recordedOnSeveralThreads()
    {
        QTemporaryDir dir;
        const QString path = writtenSchema(dir, tests::generatedModels(1500, QStringLiteral("M")).toUtf8()
                                                    + "type Address {\n  street String\n}\n");
        QVERIFY(!path.isEmpty());
        QCOMPARE(recordedDisagreements(path), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestFieldFacts)
#include "tst_fieldfacts.moc"
