// SPDX-License-Identifier: GPL-3.0-or-later
// Every fixture under tests/fixtures/invalid was rejected by Prisma's engine (see its README): Strata must
// reject it at each location Prisma reports, with Prisma's sentence. Every fixture under tests/fixtures/valid was accepted: Strata
// must accept it.
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace strata;

class TestValidationFixtures : public QObject {
    Q_OBJECT
private slots:
    void invalidSchemas_data();
    void invalidSchemas();
    void validSchemas_data();
    void validSchemas();
};

static QStringList fixtureFiles(const QString &folder)
{
    QStringList files = QDir(tests::fixturesDir() + u'/' + folder).entryList({QStringLiteral("*.prisma")}, QDir::Files, QDir::Name);
    return files;
}

void TestValidationFixtures::invalidSchemas_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = fixtureFiles(QStringLiteral("invalid"));
    QVERIFY2(files.size() >= 40, "the invalid fixtures are missing");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << tests::fixturesDir() + QStringLiteral("/invalid/") + file;
}

void TestValidationFixtures::invalidSchemas()
{
    QFETCH(QString, path);
    schema::LoadedSchema loaded;
    QString error;
    QVERIFY2(schema::loadSchema(path, loaded, &error), qPrintable(error));
    QVERIFY2(loaded.diagnostics.hasErrors(), "Strata accepts a schema Prisma rejects");

    QFile expectedFile(path.chopped(int(qstrlen(".prisma"))) + QStringLiteral(".expected"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!expected.isEmpty());

    QStringList ours;
    for (const psl::Diagnostic &d : loaded.diagnostics.items()) {
        if (d.isError())
            ours << QStringLiteral("%1:%2\t%3").arg(d.span.line).arg(d.span.column).arg(d.message);
        QVERIFY2(!d.message.isEmpty(), "a diagnostic without a message");
        QVERIFY2(d.toString().startsWith(path + u':'), qPrintable(d.toString()));
    }
    for (const QString &line : expected) {
        QVERIFY2(ours.contains(line),
                 qPrintable(QStringLiteral("Prisma reports %1 but Strata reports:\n  %2")
                                .arg(line, tests::errorLines(loaded.diagnostics).join(QStringLiteral("\n  ")))));
    }
}

void TestValidationFixtures::validSchemas_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder : {QStringLiteral("valid"), QStringLiteral("valid_with_warning")}) {
        for (const QString &file : fixtureFiles(folder))
            QTest::newRow(qPrintable(folder + u'/' + file)) << tests::fixturesDir() + u'/' + folder + u'/' + file;
    }
}

void TestValidationFixtures::validSchemas()
{
    QFETCH(QString, path);
    schema::LoadedSchema loaded;
    QString error;
    QVERIFY2(schema::loadSchema(path, loaded, &error), qPrintable(error));
    QVERIFY2(!loaded.diagnostics.hasErrors(), qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestValidationFixtures)
#include "tst_validationfixtures.moc"
