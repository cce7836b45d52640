// SPDX-License-Identifier: GPL-3.0-or-later
// NodeList and NodeArena: the lists of the syntax tree. Items are constructed and destroyed exactly once whether
// they live on the heap or in an arena; copies never share an arena's room; a parsed tree's lists are in the arenas
// its files hold, and a copy of the tree outlives the original. (The AddressSanitizer run checks the memory.)
#include "psl/nodelist.h"
#include "psl/parser.h"

#include "testsupport.h"

#include <QTest>

using namespace strata;
using psl::NodeArena;
using psl::NodeList;

namespace {

/// Counts the live instances, so that a test can see every item destroyed once.
struct Counted {
    static inline int live = 0;
    QString text;
    explicit Counted(QString t = {})
        : text(std::move(t))
    {
        ++live;
    }
    Counted(const Counted &other)
        : text(other.text)
    {
        ++live;
    }
    Counted(Counted &&other) noexcept
        : text(std::move(other.text))
    {
        ++live;
    }
    Counted &operator=(const Counted &) = default;
    Counted &operator=(Counted &&) noexcept = default;
    ~Counted() { --live; }
};

QStringList textsOf(const NodeList<Counted> &list)
{
    QStringList texts;
    for (const Counted &item : list)
        texts << item.text;
    return texts;
}

NodeList<Counted> listOf(std::initializer_list<const char *> texts)
{
    NodeList<Counted> list;
    for (const char *text : texts)
        list.emplace_back(QString::fromLatin1(text));
    return list;
}

} // namespace

class TestNodeList : public QObject {
    Q_OBJECT

private slots:
    void init() { Counted::live = 0; }
    void growsOnTheHeap();
    void movesIntoAnArena();
    void arenaListGrowsOntoTheHeap();
    void copiesAreOnTheHeap();
    void scratchKeepsItsRoom();
    void arenaAlignsAndTakesLargeRequests();
    void parsedTreeListsAreInArenas();
    void copiedTreeOutlivesTheOriginal();
};

void TestNodeList::growsOnTheHeap()
{
    {
        NodeList<Counted> list = listOf({"a", "b", "c", "d", "e"});
        QCOMPARE(list.size(), size_t(5));
        QVERIFY(!list.isInArena());
        QVERIFY(list.capacity() >= 5);
        QCOMPARE(textsOf(list), QStringList({"a", "b", "c", "d", "e"}));
        list.pop_back();
        QCOMPARE(list.back().text, QStringLiteral("d"));
        QCOMPARE(Counted::live, 4);
        list.clear();
        QVERIFY(list.empty());
        QCOMPARE(Counted::live, 0);
        list.push_back(Counted(QStringLiteral("x")));
        QCOMPARE(list.front().text, QStringLiteral("x"));
    }
    QCOMPARE(Counted::live, 0);
}

void TestNodeList::movesIntoAnArena()
{
    NodeArena arena;
    {
        NodeList<Counted> list = listOf({"a", "b", "c"});
        list.moveInto(arena);
        QVERIFY(list.isInArena());
        QCOMPARE(list.capacity(), size_t(3)); // exactly their number
        QCOMPARE(textsOf(list), QStringList({"a", "b", "c"}));
        QCOMPARE(Counted::live, 3);
        NodeList<Counted> moved = std::move(list);
        QVERIFY(list.empty());
        QVERIFY(moved.isInArena());
        QCOMPARE(textsOf(moved), QStringList({"a", "b", "c"}));
        NodeList<Counted> empty;
        empty.moveInto(arena); // nothing to move: stays an empty list without room
        QVERIFY(empty.empty());
        QVERIFY(!empty.isInArena());
    }
    QCOMPARE(Counted::live, 0); // the items were destroyed, though the arena keeps their room
}

void TestNodeList::arenaListGrowsOntoTheHeap()
{
    NodeArena arena;
    {
        NodeList<Counted> list = listOf({"a", "b"});
        list.moveInto(arena);
        list.emplace_back(QStringLiteral("c"));
        QVERIFY(!list.isInArena());
        QCOMPARE(textsOf(list), QStringList({"a", "b", "c"}));
        QCOMPARE(Counted::live, 3);
        list.moveInto(arena);
        list.reserve(10);
        QVERIFY(!list.isInArena());
        QVERIFY(list.capacity() >= 10);
        QCOMPARE(textsOf(list), QStringList({"a", "b", "c"}));
    }
    QCOMPARE(Counted::live, 0);
}

void TestNodeList::copiesAreOnTheHeap()
{
    NodeList<Counted> copy;
    {
        NodeArena arena;
        NodeList<Counted> list = listOf({"a", "b"});
        list.moveInto(arena);
        copy = list;
        QVERIFY(!copy.isInArena());
        NodeList<Counted> constructed(list);
        QVERIFY(!constructed.isInArena());
        QCOMPARE(textsOf(constructed), QStringList({"a", "b"}));
        copy.front().text = QStringLiteral("changed");
        QCOMPARE(list.front().text, QStringLiteral("a"));
    } // the arena goes: the copy does not use it
    QCOMPARE(textsOf(copy), QStringList({"changed", "b"}));
    QCOMPARE(Counted::live, 2);
    copy = NodeList<Counted>();
    QCOMPARE(Counted::live, 0);
}

void TestNodeList::scratchKeepsItsRoom()
{
    NodeArena arena;
    NodeList<Counted> scratch;
    scratch.reserve(16);
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i <= round; ++i)
            scratch.emplace_back(QString::number(i));
        const NodeList<Counted> taken = scratch.takeIntoArena(arena);
        QVERIFY(taken.isInArena());
        QCOMPARE(taken.size(), size_t(round + 1));
        QCOMPARE(taken.back().text, QString::number(round));
        QVERIFY(scratch.empty());
        QCOMPARE(scratch.capacity(), size_t(16));
        QVERIFY(!scratch.isInArena());
    }
    QCOMPARE(Counted::live, 0);
}

void TestNodeList::arenaAlignsAndTakesLargeRequests()
{
    NodeArena arena;
    for (const size_t alignment : {size_t(1), size_t(8), size_t(16), size_t(64)}) {
        (void)arena.allocate(3, 1);
        void *p = arena.allocate(40, alignment);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(p) % alignment, std::uintptr_t(0));
    }
    // Larger than a block, and the block being filled stays in use after it.
    auto *large = static_cast<char *>(arena.allocate(1024 * 1024, 16));
    std::memset(large, 1, 1024 * 1024);
    auto *a = static_cast<char *>(arena.allocate(16, 16));
    auto *b = static_cast<char *>(arena.allocate(16, 16));
    QCOMPARE(b - a, std::ptrdiff_t(16));
    // Filling more than a block moves on to a new one.
    for (int i = 0; i < 1000; ++i)
        std::memset(arena.allocate(1000, 8), 2, 1000);
}

void TestNodeList::parsedTreeListsAreInArenas()
{
    // Large enough that the file is parsed in parts on several threads (each with an arena of its own).
    const QString text = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n}\n\n") + tests::generatedModels(1500, QStringLiteral("M"));
    psl::SourceSet sources;
    sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), text));
    psl::Diagnostics diagnostics;
    const psl::SchemaAst ast = psl::Parser::parse(sources, diagnostics);
    int blocks = 0;
    for (const psl::Block *block : ast.blocks()) {
        ++blocks;
        QVERIFY(block->items.isInArena());
        for (const psl::Field *field : block->fields()) {
            QVERIFY(field->attributes.empty() || field->attributes.isInArena());
            for (const psl::Attribute &attribute : field->attributes)
                QVERIFY(attribute.arguments.empty() || attribute.arguments.isInArena());
        }
    }
    QCOMPARE(blocks, 1502);
}

void TestNodeList::copiedTreeOutlivesTheOriginal()
{
    const QString text = tests::generatedModels(600, QStringLiteral("M"));
    psl::SchemaAst copy;
    {
        psl::SourceSet sources;
        sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), text));
        psl::Diagnostics diagnostics;
        psl::SchemaAst ast = psl::Parser::parse(sources, diagnostics);
        copy = ast;
        psl::SchemaAst assigned;
        assigned = std::move(ast); // the arenas move with the lists
        QCOMPARE(assigned.blocks().size(), size_t(601));
    } // the original and its arenas go
    const std::vector<const psl::Block *> blocks = copy.blocks();
    QCOMPARE(blocks.size(), size_t(601));
    const psl::Block &last = *blocks.back();
    QCOMPARE(last.name.name, QStringLiteral("M599"));
    QVERIFY(!last.items.isInArena());
    const psl::Field *id = *last.fields().begin();
    QCOMPARE(id->name.name, QStringLiteral("id"));
    QCOMPARE(id->attributes.size(), size_t(2));
    QCOMPARE(id->attributes[1].arguments.front().value->text, QStringLiteral("autoincrement"));
}

QTEST_GUILESS_MAIN(TestNodeList)
#include "tst_nodelist.moc"
