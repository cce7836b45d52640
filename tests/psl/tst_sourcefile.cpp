// SPDX-License-Identifier: GPL-3.0-or-later
// SourceFile's table of line starts, and its count without the table: every offset's line and column, against a
// plain count, on texts whose line breaks fall at every position relative to the four-unit steps of the search.
#include "psl/sourcefile.h"

#include <QTest>

using namespace strata::psl;

namespace {

/// The 1-based line and column of every offset of text (and of the offset past its end), counted one unit at a
/// time: \n, \r\n and a lone \r end a line.
std::vector<std::pair<int, int>> positionsCounted(const QString &text)
{
    std::vector<std::pair<int, int>> positions;
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        positions.emplace_back(line, column);
        if (i == text.size())
            break;
        const bool lineBreak = text[i] == u'\n' || (text[i] == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'));
        if (lineBreak) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return positions;
}

} // namespace

class TestSourceFile : public QObject {
    Q_OBJECT

private slots:
    void linesAndColumns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("one break") << QStringLiteral("\n");
        QTest::newRow("no break") << QStringLiteral("abc");
        QTest::newRow("break last") << QStringLiteral("abc\n");
        QTest::newRow("breaks together") << QStringLiteral("a\n\n\n\nb\n\n");
        QTest::newRow("crlf") << QStringLiteral("ab\r\ncd\r\n\r\ne");
        QTest::newRow("lone cr") << QStringLiteral("ab\rcd\r");
        QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9\n\u00fcber\n\u0a0a\n\u0a0d");
        // Lines of every length from 0 to 12, so that breaks fall at each position within four units.
        QString steps;
        for (int length = 0; length <= 12; ++length)
            steps += QString(length, u'x') + u'\n';
        QTest::newRow("every alignment") << steps;
        QTest::newRow("every alignment, no final break") << steps + QStringLiteral("tail");
    }

    void linesAndColumns()
    {
        QFETCH(QString, text);
        const SourceFile made(QStringLiteral("schema.prisma"), text);
        const SourceFile file = made; // a copy shares the table, made on first use
        QCOMPARE(made.lineCount(), positionsCounted(text).back().first);
        const std::vector<std::pair<int, int>> expected = positionsCounted(text);
        QCOMPARE(file.lineCount(), expected.back().first);
        for (int offset = 0; offset <= int(text.size()); ++offset) {
            const auto [line, column] = expected[size_t(offset)];
            QCOMPARE(file.lineOf(offset), line);
            QCOMPARE(file.countLineOf(offset), line);
            QCOMPARE(file.columnOf(offset), column);
            if (column == 1)
                QCOMPARE(file.lineStart(line), offset);
        }
    }
};

QTEST_APPLESS_MAIN(TestSourceFile)
#include "tst_sourcefile.moc"
