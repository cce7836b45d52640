// SPDX-License-Identifier: GPL-3.0-or-later
// Every schema file of the shared corpus formats to exactly what Prisma 7.10.1's `prisma format` writes: the
// SHA-256 of each file's output is in tests/fixtures/format/corpus-format.sha256. Formatting that output
// again must change nothing.
#include "testsupport.h"

#include "psl/formatter.h"
#include "psl/parser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QTest>

using namespace strata;

class TestCorpusFormat : public QObject {
    Q_OBJECT
private slots:
    void corpusFiles_data();
    void corpusFiles();
};

/// The unit a corpus file is formatted in: its schema folder (`schema/`, `history/<commit>-schema/`, ...),
/// or the file alone.
static QString unitOf(const QString &root, const QString &path)
{
    QString unit = path;
    for (QDir dir = QFileInfo(path).dir(); dir.absolutePath().size() > root.size(); dir.cdUp()) {
        if (tests::isSchemaFolderName(dir.dirName()))
            unit = dir.absolutePath();
    }
    return unit;
}

void TestCorpusFormat::corpusFiles_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("files");  // corpus-relative paths of the unit's files that have a hash
    QTest::addColumn<QStringList>("hashes"); // ... and their expected hashes
    const QString root = tests::corpusDir();
    if (root.isEmpty())
        QSKIP("The shared corpus (../shared/corpus beside the checkout) is not there; nothing to check.");
    QFile list(tests::fixturesDir() + QStringLiteral("/format/corpus-format.sha256"));
    QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text), "corpus-format.sha256 is missing");
    QMap<QString, QPair<QStringList, QStringList>> units;
    int count = 0;
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype split = line.indexOf(QStringLiteral("  "));
        QVERIFY2(split == 64, qPrintable(QStringLiteral("bad line: ") + line));
        const QString relative = line.mid(split + 2);
        auto &entry = units[unitOf(root, QDir(root).absoluteFilePath(relative))];
        entry.first << relative;
        entry.second << line.left(split);
        ++count;
    }
    QVERIFY2(count > 200, "corpus-format.sha256 lists fewer files than expected");
    for (auto it = units.cbegin(); it != units.cend(); ++it)
        QTest::newRow(qPrintable(QDir(root).relativeFilePath(it.key()))) << it.key() << it.value().first << it.value().second;
}

static QStringList formatUnit(const psl::SourceSet &sources)
{
    psl::Diagnostics diagnostics;
    return psl::Formatter::format(psl::Parser::parse(sources, diagnostics), sources);
}

void TestCorpusFormat::corpusFiles()
{
    QFETCH(QString, unit);
    QFETCH(QStringList, files);
    QFETCH(QStringList, hashes);
    const QString root = tests::corpusDir();
    psl::SourceSet sources;
    QString error;
    QVERIFY2(psl::SourceSet::load(unit, sources, &error), qPrintable(error));
    const QStringList formatted = formatUnit(sources);

    psl::SourceSet again;
    for (int i = 0; i < sources.size(); ++i)
        again.add(psl::SourceFile(sources.file(i).path(), formatted.at(i)));
    const QStringList formattedTwice = formatUnit(again);

    for (int i = 0; i < sources.size(); ++i) {
        const QString relative = QDir(root).relativeFilePath(sources.file(i).path());
        const qsizetype row = files.indexOf(relative);
        QVERIFY2(row >= 0, qPrintable(relative + QStringLiteral(" has no hash in corpus-format.sha256")));
        const QByteArray hash = QCryptographicHash::hash(formatted.at(i).toUtf8(), QCryptographicHash::Sha256).toHex();
        QVERIFY2(hash == hashes.at(row).toLatin1(), qPrintable(relative + QStringLiteral(": output differs from Prisma's")));
        QVERIFY2(formattedTwice.at(i) == formatted.at(i), qPrintable(relative + QStringLiteral(": formatting twice changes it")));
    }
    QCOMPARE(sources.size(), int(files.size()));
}

QTEST_GUILESS_MAIN(TestCorpusFormat)
#include "tst_corpus_format.moc"
