// SPDX-License-Identifier: GPL-3.0-or-later
#include "psl/lexer.h"

#include <QTest>

using namespace strata::psl;
using K = Token::Kind;

Q_DECLARE_METATYPE(QList<int>)

class TestLexer : public QObject {
    Q_OBJECT
private slots:
    void kinds_data();
    void kinds();
    void positions();
    void blanksAndIdentifiersOfEveryLength();
    void columnPastTheLimit();
    void unterminatedString();
    void unescape_data();
    void unescape();
};

static QList<int> kindsOf(const QString &text)
{
    QList<int> kinds;
    Lexer lexer(text);
    for (Token t = lexer.next(); !t.is(K::EndOfFile); t = lexer.next())
        kinds << int(t.kind);
    return kinds;
}

void TestLexer::kinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("field") << "id Int @id" << QList<int>{int(K::Identifier), int(K::Identifier), int(K::At), int(K::Identifier)};
    QTest::newRow("block attribute") << "@@index([a])"
                                     << QList<int>{int(K::AtAt), int(K::Identifier), int(K::LeftParen), int(K::LeftBracket),
                                                   int(K::Identifier), int(K::RightBracket), int(K::RightParen)};
    QTest::newRow("native type path") << "@db.VarChar(255)"
                                      << QList<int>{int(K::At), int(K::Identifier), int(K::Dot), int(K::Identifier),
                                                    int(K::LeftParen), int(K::Number), int(K::RightParen)};
    QTest::newRow("negative and decimal numbers") << "-1 2.5 -3.25" << QList<int>{int(K::Number), int(K::Number), int(K::Number)};
    QTest::newRow("identifier with hyphen") << "a-b_c" << QList<int>{int(K::Identifier)};
    QTest::newRow("identifier starting with digit") << "2fa" << QList<int>{int(K::Identifier)};
    QTest::newRow("comments") << "// a\n/// b\n/* c\nd */"
                              << QList<int>{int(K::LineComment), int(K::Newline), int(K::DocComment), int(K::Newline), int(K::BlockComment)};
    QTest::newRow("modifiers") << "Post[] String? Int!" << QList<int>{int(K::Identifier), int(K::LeftBracket), int(K::RightBracket),
                                                                     int(K::Identifier), int(K::Question), int(K::Identifier), int(K::Bang)};
    QTest::newRow("crlf is one line break") << "a\r\nb" << QList<int>{int(K::Identifier), int(K::Newline), int(K::Identifier)};
    QTest::newRow("unknown character") << "a § b" << QList<int>{int(K::Identifier), int(K::Unknown), int(K::Identifier)};
    QTest::newRow("config") << "provider = \"x\"" << QList<int>{int(K::Identifier), int(K::Equals), int(K::String)};
    QTest::newRow("tabs and unicode spaces are blanks") << "a\t\u00a0b" << QList<int>{int(K::Identifier), int(K::Identifier)};
    QTest::newRow("runs of spaces, at the end too") << "a        b\t    c     " << QList<int>{int(K::Identifier), int(K::Identifier), int(K::Identifier)};
    QTest::newRow("letters beyond ASCII") << QStringLiteral("caf\u00e9 \u00fcber x1\u00e4b 9\u00e4 12 3.5")
                                         << QList<int>{int(K::Identifier), int(K::Identifier), int(K::Identifier), int(K::Identifier),
                                                       int(K::Number), int(K::Number)};
}

void TestLexer::kinds()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, expected);
    QCOMPARE(kindsOf(text), expected);
}

void TestLexer::positions()
{
    const QString text = QStringLiteral("model A {\n  id  Int\n}");
    Lexer lexer(text);
    QList<Token> tokens;
    for (Token t = lexer.next(); !t.is(K::EndOfFile); t = lexer.next())
        tokens << t;
    QCOMPARE(tokens.size(), 8);
    QCOMPARE(tokens[4].span.line, 2);
    QCOMPARE(tokens[4].span.column, 3); // id
    QCOMPARE(tokens[5].span.column, 7); // Int
    QCOMPARE(lexer.textOf(tokens[5].span), QStringView(u"Int"));
    QCOMPARE(tokens[7].span.line, 3);
    QCOMPARE(tokens[7].span.column, 1);

    // Identifiers end where their last letter does, whatever its script, and blanks of any length are skipped.
    const QString words = QStringLiteral("  caf\u00e9      x1\u00fcber\t 9\u00e4        id");
    Lexer wordLexer(words);
    QStringList texts;
    QList<int> columns;
    for (Token t = wordLexer.next(); !t.is(K::EndOfFile); t = wordLexer.next()) {
        texts << wordLexer.textOf(t.span).toString();
        columns << t.span.column;
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("caf\u00e9"), QStringLiteral("x1\u00fcber"), QStringLiteral("9\u00e4"), QStringLiteral("id")}));
    QCOMPARE(columns, (QList<int>{3, 13, 21, 31}));
}

void TestLexer::blanksAndIdentifiersOfEveryLength()
{
    // Runs of blanks and identifiers are scanned eight units at a time: every length around the steps, every
    // place for the character that ends the run (a letter beyond ASCII continues an identifier, a no-break space
    // continues blanks, a tab is a blank), and runs that end the text.
    const QChar enders[] = {QChar(u'('), QChar(0x00e9), QChar(0x00a0), QChar(u'\t'), QChar(u'-'), QChar(u'_'), QChar(u'7')};
    for (int blanks = 0; blanks <= 19; ++blanks) {
        for (int letters = 1; letters <= 19; ++letters) {
            for (const QChar ender : enders) {
                for (const bool atEnd : {false, true}) {
                    QString word;
                    for (int i = 0; i < letters; ++i)
                        word += QChar(u"aZ9_-qQ"[i % 7]);
                    word[0] = u'w';
                    const QString lead(blanks, u' ');
                    const QString text = u'@' + lead + word + ender + (atEnd ? QString() : QStringLiteral("  z"));
                    Lexer lexer(text);
                    QVERIFY(lexer.next().is(K::At));
                    const Token identifier = lexer.next();
                    QVERIFY(identifier.is(K::Identifier));
                    QCOMPARE(identifier.span.start, 1 + blanks);
                    // é, -, _ and 7 continue the identifier; the others end it.
                    const bool continues = ender == QChar(0x00e9) || ender == u'-' || ender == u'_' || ender == u'7';
                    QCOMPARE(identifier.span.end, 1 + blanks + letters + (continues ? 1 : 0));
                    const Token after = lexer.next();
                    if (ender == u'(')
                        QVERIFY(after.is(K::LeftParen));
                    else if (!atEnd)
                        QCOMPARE(lexer.textOf(after.span), QStringView(u"z"));
                    else
                        QVERIFY(after.is(K::EndOfFile));
                }
            }
        }
    }
}

void TestLexer::columnPastTheLimit()
{
    // A span keeps its column in 21 bits: a token further right on its line reads as Span::MaxColumn,
    // while its offsets stay exact.
    const int indent = Span::MaxColumn + 10;
    const QString text = QString(indent, u' ') + QStringLiteral("far\nnear");
    Lexer lexer(text, 3);
    const Token far = lexer.next();
    QCOMPARE(far.kind, K::Identifier);
    QCOMPARE(far.span.column, Span::MaxColumn);
    QCOMPARE(far.span.start, indent);
    QCOMPARE(lexer.textOf(far.span), QStringView(u"far"));
    QCOMPARE(far.span.file, 3);
    QCOMPARE(lexer.next().kind, K::Newline);
    const Token near = lexer.next();
    QCOMPARE(near.span.line, 2);
    QCOMPARE(near.span.column, 1);
    QCOMPARE(near.span.file, 3);
}

void TestLexer::unterminatedString()
{
    Lexer lexer(u"\"abc\nx");
    const Token t = lexer.next();
    QCOMPARE(t.kind, K::String);
    QVERIFY(!t.terminated);
    QCOMPARE(lexer.next().kind, K::Newline);
    QCOMPARE(lexer.next().kind, K::Identifier);
}

void TestLexer::unescape_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "abc" << "abc" << true;
    QTest::newRow("quote") << "a\\\"b" << "a\"b" << true;
    QTest::newRow("newline") << "a\\nb" << "a\nb" << true;
    QTest::newRow("unicode") << "\\u00e9" << QString(QChar(0xe9)) << true;
    QTest::newRow("unknown escape kept") << "a\\qb" << "a\\qb" << false;
}

void TestLexer::unescape()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QFETCH(bool, ok);
    QString out;
    QCOMPARE(unescapeString(raw, out), ok);
    QCOMPARE(out, expected);
}

QTEST_APPLESS_MAIN(TestLexer)
#include "tst_lexer.moc"
