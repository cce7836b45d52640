// SPDX-License-Identifier: GPL-3.0-or-later
// Loading a schema's files: a file, a folder of .prisma files in name order, and the errors of paths that
// cannot be a schema.
#include "psl/sourcefile.h"
#include "psl/span.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata::psl;

class TestSourceSet : public QObject {
    Q_OBJECT
private slots:
    void file();
    void largeFileWithMultibyteCharacters();
    void byteOrderMarkKept();
    void folderInNameOrder();
    void missingPath();
    void folderWithoutSchemaFiles();
    void folderWithTooManyFiles();
};

static void write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

/// Writes bytes to a schema file and loads it: the set of the one file, empty (and the error set) on failure.
static SourceSet loadedFile(const QByteArray &bytes, QString *error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("schema.prisma"));
    write(path, bytes);
    SourceSet set;
    if (!SourceSet::load(path, set, error))
        return {};
    return set;
}

void TestSourceSet::file()
{
    QString error;
    const SourceSet set = loadedFile("model A {\n  id Int @id\n}\n", &error);
    QCOMPARE(set.size(), 1);
    QCOMPARE(set.file(0).text(), QStringLiteral("model A {\n  id Int @id\n}\n"));
    QVERIFY(error.isEmpty());
}

/// Files are read in pieces: characters of two, three and four bytes fall across the pieces' boundaries, and the text
/// is the file's bytes decoded in one go.
void TestSourceSet::largeFileWithMultibyteCharacters()
{
    QByteArray bytes;
    int line = 0;
    while (bytes.size() < 5 * 64 * 1024 + 7) {
        // Lines of odd lengths, so that every offset within a character meets a boundary somewhere.
        bytes += "/// Größe \xe2\x82\xac \xf0\x9f\x90\x98 " + QByteArray::number(line) + QByteArray(line % 5, 'x') + "\n";
        ++line;
    }
    bytes += "model A {\n  id Int @id\n}\n";
    QString error;
    const SourceSet set = loadedFile(bytes, &error);
    QVERIFY2(set.size() == 1, qPrintable(error));
    const QString expected = QString::fromUtf8(bytes);
    QCOMPARE(set.file(0).text().size(), expected.size());
    QVERIFY(set.file(0).text() == expected);
    QVERIFY(set.file(0).text().contains(QStringLiteral("Gr\u00f6\u00dfe \u20ac \U0001F418 ")));
}

/// A byte order mark stays in the text as U+FEFF (Prisma reads it as a character).
void TestSourceSet::byteOrderMarkKept()
{
    QString error;
    const SourceSet set = loadedFile("\xef\xbb\xbfmodel A {\n  id Int @id\n}\n", &error);
    QCOMPARE(set.size(), 1);
    QCOMPARE(set.file(0).text(), QStringLiteral("\ufeffmodel A {\n  id Int @id\n}\n"));
}

void TestSourceSet::folderInNameOrder()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("b.prisma")), "model B {\n  id Int @id\n}\n");
    write(dir.filePath(QStringLiteral("a.prisma")), "model A {\n  id Int @id\n}\n");
    write(dir.filePath(QStringLiteral("notes.txt")), "not a schema");
    SourceSet set;
    QString error;
    QVERIFY(SourceSet::load(dir.path(), set, &error));
    QCOMPARE(set.size(), 2);
    QVERIFY(set.file(0).path().endsWith(QStringLiteral("a.prisma")));
    QVERIFY(set.file(1).path().endsWith(QStringLiteral("b.prisma")));
}

void TestSourceSet::missingPath()
{
    QTemporaryDir dir;
    SourceSet set;
    QString error;
    QVERIFY(!SourceSet::load(dir.filePath(QStringLiteral("none.prisma")), set, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

void TestSourceSet::folderWithoutSchemaFiles()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("notes.txt")), "not a schema");
    SourceSet set;
    QString error;
    QVERIFY(!SourceSet::load(dir.path(), set, &error));
    QVERIFY2(error.contains(QStringLiteral("holds no .prisma files")), qPrintable(error));
}

void TestSourceSet::folderWithTooManyFiles()
{
    // A span keeps its file index in 11 bits: a folder of more files is refused with a message, not read
    // with wrong positions.
    QTemporaryDir dir;
    for (int i = 0; i <= Span::MaxFiles; ++i)
        write(dir.filePath(QStringLiteral("m%1.prisma").arg(i, 4, 10, QLatin1Char('0'))), "");
    SourceSet set;
    QString error;
    QVERIFY(!SourceSet::load(dir.path(), set, &error));
    QVERIFY2(error.contains(QStringLiteral("holds %1 .prisma files; a schema can have at most %2")
                                .arg(Span::MaxFiles + 1)
                                .arg(Span::MaxFiles)),
             qPrintable(error));

    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("m0000.prisma"))));
    QVERIFY2(SourceSet::load(dir.path(), set, &error), qPrintable(error));
    QCOMPARE(set.size(), Span::MaxFiles);
}

QTEST_GUILESS_MAIN(TestSourceSet)
#include "tst_sourceset.moc"
