// SPDX-License-Identifier: GPL-3.0-or-later
// psl::Name, the 8-byte text of the syntax tree: it reads like the QString it holds, copies share one holder (so that
// the parser's pool gives equal texts one holder), a copy outlives the original, and an empty name holds nothing.
// (The AddressSanitizer run checks that every holder is freed once.)
#include "psl/name.h"
#include "psl/parser.h"

#include <QHash>
#include <QTest>

#include <thread>
#include <vector>

using namespace strata;
using psl::Name;

class TestName : public QObject {
    Q_OBJECT

private slots:
    void readsAsItsText()
    {
        const Name name(QStringLiteral("createdAt"));
        const QString &text = name;
        QCOMPARE(text, QStringLiteral("createdAt"));
        QCOMPARE(name.size(), 9);
        QVERIFY(!name.isEmpty());
        QVERIFY(name.startsWith(u"created"));
        QVERIFY(name.endsWith(QStringLiteral("At")));
        QCOMPARE(name.front(), QChar(u'c'));
        QCOMPARE(name.mid(7), QStringLiteral("At"));
        QCOMPARE(name.view(), QStringView(u"createdAt"));
        QCOMPARE(QStringLiteral("%1!").arg(name), QStringLiteral("createdAt!"));
        QCOMPARE(Name(QStringLiteral("42")).toInt(), 42);
    }

    void emptyNameHoldsNothing()
    {
        const Name none;
        QVERIFY(none.isEmpty());
        QCOMPARE(none.size(), 0);
        QVERIFY(none.text().isEmpty());
        // An empty text makes no holder either: it equals the default name.
        const Name fromEmpty{QString()};
        QVERIFY(fromEmpty.isEmpty());
        QVERIFY(fromEmpty.sharesTextWith(none));
        QVERIFY(fromEmpty == none);
    }

    void comparesByText()
    {
        const Name a(QStringLiteral("id"));
        const Name b(QStringLiteral("id")); // another holder, the same text
        QVERIFY(!a.sharesTextWith(b));
        QVERIFY(a == b);
        QVERIFY(a == u"id");
        QVERIFY(a == QStringLiteral("id"));
        QVERIFY(QStringLiteral("id") == a);
        QVERIFY(a == QStringView(u"id"));
        QVERIFY(a == QLatin1StringView("id"));
        QVERIFY(a != u"ids");
        QVERIFY(Name(QStringLiteral("a")) < Name(QStringLiteral("b")));
        QCOMPARE(qHash(a), qHash(QStringView(u"id")));
        QHash<Name, int> byName;
        byName.insert(a, 1);
        QCOMPARE(byName.value(b), 1);
    }

    void copiesShareTheHolderAndOutliveTheOriginal()
    {
        Name copy;
        {
            Name original(QStringLiteral("authorId"));
            copy = original;
            QVERIFY(copy.sharesTextWith(original));
            Name moved(std::move(original));
            QVERIFY(original.isEmpty()); // NOLINT(bugprone-use-after-move): a moved-from name is empty
            QVERIFY(moved.sharesTextWith(copy));
        }
        QCOMPARE(copy.text(), QStringLiteral("authorId"));
        copy = QStringLiteral("other");
        QCOMPARE(copy.text(), QStringLiteral("other"));
        copy = copy; // self-assignment keeps the text
        QCOMPARE(copy.text(), QStringLiteral("other"));
    }

    void immortalNamesAreSharedWithoutCounting()
    {
        static const Name::StaticText text(QStringLiteral("String"));
        static const Name shared(text);
        {
            Name copy = shared;
            Name another(copy);
            QVERIFY(another.sharesTextWith(shared));
            another = QStringLiteral("Int"); // the copy lets go of the immortal holder: it is not freed
        }
        QCOMPARE(shared.text(), QStringLiteral("String"));
        std::vector<std::thread> threads;
        for (int t = 0; t < 2; ++t) {
            threads.emplace_back([] {
                for (int i = 0; i < 10000; ++i) {
                    const Name copy = shared;
                    QVERIFY(copy == u"String");
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(shared.text(), QStringLiteral("String"));
    }

    void copiesOnManyThreads()
    {
        // The holder's count is shared by copies made and dropped on several threads at once.
        const Name shared(QStringLiteral("Post"));
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&shared] {
                for (int i = 0; i < 20000; ++i) {
                    Name copy = shared;
                    QVERIFY(copy.sharesTextWith(shared));
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(shared.text(), QStringLiteral("Post"));
    }

    void parserGivesEqualTextsOneHolder()
    {
        psl::SourceSet sources;
        sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), QStringLiteral(
            "model A {\n  id Int @id\n  b  B   @relation(fields: [id], references: [id])\n}\n"
            "model B {\n  id Int @id\n  a  A?\n}\n")));
        psl::Diagnostics diagnostics;
        const psl::SchemaAst ast = psl::Parser::parse(sources, diagnostics);
        QVERIFY(!diagnostics.hasErrors());
        const std::vector<const psl::Block *> blocks = ast.blocks();
        QCOMPARE(blocks.size(), size_t(2));
        const std::vector<const psl::Field *> a = blocks[0]->fields().toVector();
        const std::vector<const psl::Field *> b = blocks[1]->fields().toVector();
        QCOMPARE(a[0]->name.name.text(), QStringLiteral("id"));
        QVERIFY(a[0]->name.name.sharesTextWith(b[0]->name.name));
        QVERIFY(a[0]->type->name.name.sharesTextWith(b[0]->type->name.name)); // Int
        // The type B of field b and the name of model B: one text.
        QVERIFY(a[1]->type->name.name.sharesTextWith(blocks[1]->name.name));
    }

    void treeCopyOutlivesTheParsedTree()
    {
        psl::SourceSet sources;
        sources.add(psl::SourceFile(QStringLiteral("schema.prisma"),
                                    QStringLiteral("model Post {\n  id Int @id @default(autoincrement())\n}\n")));
        psl::Diagnostics diagnostics;
        auto parsed = std::make_unique<psl::SchemaAst>(psl::Parser::parse(sources, diagnostics));
        const psl::SchemaAst copy = *parsed;
        parsed.reset(); // the parser's pool and arenas go with it
        const psl::Block *block = copy.blocks().at(0);
        QCOMPARE(block->name.name.text(), QStringLiteral("Post"));
        const psl::Field *id = block->fields().toVector().at(0);
        QCOMPARE(id->type->name.name.text(), QStringLiteral("Int"));
        const psl::Attribute *defaultAttribute = id->attribute(u"default");
        QVERIFY(defaultAttribute);
        QCOMPARE(defaultAttribute->arguments[0].value->raw.text(), QStringLiteral("autoincrement()"));
    }
};

QTEST_GUILESS_MAIN(TestName)
#include "tst_name.moc"
