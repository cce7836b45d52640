#include <QTest>
class TestLexer : public QObject { Q_OBJECT };
QTEST_APPLESS_MAIN(TestLexer)
#include "tst_lexer.moc"
