// SPDX-License-Identifier: GPL-3.0-or-later
// Strata must agree with Prisma on every schema of the shared corpus (latest and each history before/after):
// accept what it accepts and reject, at the same place, the few it rejects.
#include "testsupport.h"

#include <QHash>
#include <QTest>

using namespace strata;

class TestCorpusValidate : public QObject {
    Q_OBJECT
private slots:
    void corpusSchemas_data();
    void corpusSchemas();
};

/// Corpus schemas that Prisma's engine rejects too (checked with ../shared/oracle/prisma-schema validate),
/// with the error Prisma reports.
static const QHash<QString, QString> &rejectedByPrisma()
{
    static const QHash<QString, QString> rejected = {
        // The commit's "before" folder lacks the file that declares Conversation.
        {QStringLiteral("mfts__papermark/history/ac04841b20f7437be818033668665618b2e328d3-schema.before"),
         QStringLiteral("18:24: Type \"Conversation\" is neither a built-in type, nor refers to another model, composite type, or enum.")},
    };
    return rejected;
}

void TestCorpusValidate::corpusSchemas_data()
{
    QTest::addColumn<QString>("path");
    const QString root = tests::corpusDir();
    if (root.isEmpty())
        QSKIP("The shared corpus (../shared/corpus beside the checkout) is not there; nothing to check.");
    const QStringList schemas = tests::corpusSchemas(root);
    QVERIFY2(schemas.size() > 50, "the corpus holds fewer schemas than expected");
    for (const QString &path : schemas)
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(path))) << path;
}

void TestCorpusValidate::corpusSchemas()
{
    QFETCH(QString, path);
    schema::LoadedSchema loaded;
    QString error;
    QVERIFY2(schema::loadSchema(path, loaded, &error), qPrintable(error));
    const QString relative = QDir(tests::corpusDir()).relativeFilePath(path);
    if (rejectedByPrisma().contains(relative)) {
        QVERIFY2(tests::errorLines(loaded.diagnostics).contains(rejectedByPrisma().value(relative)),
                 qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
        return;
    }
    QVERIFY2(!loaded.diagnostics.hasErrors(), qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCorpusValidate)
#include "tst_corpus_validate.moc"
