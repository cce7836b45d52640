// SPDX-License-Identifier: GPL-3.0-or-later
// Every schema of the shared corpus (latest and each history before/after) is valid in Prisma; Strata must
// accept each one too.
#include "testsupport.h"

#include <QTest>

using namespace strata;

class TestCorpusValidate : public QObject {
    Q_OBJECT
private slots:
    void corpusSchemas_data();
    void corpusSchemas();
};

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
    QVERIFY2(!loaded.diagnostics.hasErrors(), qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCorpusValidate)
#include "tst_corpus_validate.moc"
