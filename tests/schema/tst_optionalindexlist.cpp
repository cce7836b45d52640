// SPDX-License-Identifier: GPL-3.0-or-later
// The validator keeps a relation field's `fields:` and `references:` as OptionalIndexLists, where an absent list
// (no `fields:`) and an empty one (`fields: []`) mean different things to Prisma's rules.
#include "schema/optionalindexlist_p.h"

#include <QTest>

#include <utility>
#include <vector>

using strata::schema::validation::OptionalIndexList;

class TestOptionalIndexList : public QObject {
    Q_OBJECT

private slots:
    void absentIsNotEmptyGiven();
    void holdsIndexesInOrder();
    void copiesAreIndependent();
    void movesLeaveTheSourceAbsent();
};

void TestOptionalIndexList::absentIsNotEmptyGiven()
{
    const OptionalIndexList absent;
    QVERIFY(!absent);
    QCOMPARE(absent.size(), size_t(0));
    QVERIFY(absent.empty());
    QCOMPARE(absent.begin(), absent.end());

    const OptionalIndexList fromNullopt(std::optional<std::vector<int>>{});
    QVERIFY(!fromNullopt);

    const OptionalIndexList given(std::optional<std::vector<int>>(std::vector<int>{}));
    QVERIFY(bool(given));
    QVERIFY(given->empty());
    QCOMPARE(given.begin(), given.end());
}

void TestOptionalIndexList::holdsIndexesInOrder()
{
    const OptionalIndexList list(std::optional<std::vector<int>>(std::vector<int>{4, 0, 7}));
    QVERIFY(bool(list));
    QCOMPARE(list->size(), size_t(3));
    QCOMPARE(list.front(), 4);
    QCOMPARE((*list)[1], 0);
    QCOMPARE(list[2], 7);
    QCOMPARE(std::vector<int>(list.begin(), list.end()), (std::vector<int>{4, 0, 7}));
    std::vector<int> walked;
    for (int index : *list)
        walked.push_back(index);
    QCOMPARE(walked, (std::vector<int>{4, 0, 7}));
}

void TestOptionalIndexList::copiesAreIndependent()
{
    OptionalIndexList original(std::optional<std::vector<int>>(std::vector<int>{1, 2}));
    OptionalIndexList copy(original);
    QVERIFY(copy.begin() != original.begin());
    original = OptionalIndexList(std::optional<std::vector<int>>(std::vector<int>{9}));
    QCOMPARE(std::vector<int>(copy.begin(), copy.end()), (std::vector<int>{1, 2}));
    QCOMPARE(std::vector<int>(original.begin(), original.end()), std::vector<int>{9});

    OptionalIndexList assigned;
    assigned = copy;
    QCOMPARE(std::vector<int>(assigned.begin(), assigned.end()), (std::vector<int>{1, 2}));
    assigned = OptionalIndexList();
    QVERIFY(!assigned);
    QCOMPARE(copy.size(), size_t(2));
}

void TestOptionalIndexList::movesLeaveTheSourceAbsent()
{
    OptionalIndexList source(std::optional<std::vector<int>>(std::vector<int>{3}));
    const int *items = source.begin();
    OptionalIndexList moved(std::move(source));
    QCOMPARE(moved.begin(), items);
    QVERIFY(!source); // NOLINT(bugprone-use-after-move): a moved-from list is absent by contract
    std::vector<OptionalIndexList> lists;
    lists.push_back(std::move(moved));
    lists.resize(8); // reallocates: the lists move, their items stay where they are
    QCOMPARE(lists.front().begin(), items);
    QCOMPARE(lists.front().front(), 3);
}

QTEST_APPLESS_MAIN(TestOptionalIndexList)
#include "tst_optionalindexlist.moc"
