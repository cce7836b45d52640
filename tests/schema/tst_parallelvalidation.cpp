// SPDX-License-Identifier: GPL-3.0-or-later
// Large schemas are validated on two threads. Every fixture, put in front of a few hundred generated models so
// that the two-thread path runs, must give exactly the diagnostics of a validation on one thread.
#include "psl/parser.h"
#include "schema/schemabuilder.h"
#include "schema/validator.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace strata;

namespace {

/// Models M0..M(count-1), each related to the one before it, with an enum, defaults, a unique field and an index.
QString generatedModels(int count)
{
    QString text = QStringLiteral("enum GeneratedKind {\n  A\n  B\n}\n\n");
    for (int i = 0; i < count; ++i) {
        text += QStringLiteral("model M%1 {\n  id Int @id @default(autoincrement())\n  name String @unique\n"
                               "  kind GeneratedKind @default(A)\n  createdAt DateTime @default(now())\n")
                    .arg(i);
        if (i > 0)
            text += QStringLiteral("  parentId Int?\n  parent M%1? @relation(fields: [parentId], references: [id])\n").arg(i - 1);
        if (i + 1 < count)
            text += QStringLiteral("  children M%1[]\n").arg(i + 1);
        text += QStringLiteral("\n  @@index([createdAt])\n}\n\n");
    }
    return text;
}

QStringList diagnosticsOf(const QString &text, schema::Validator::Threads threads)
{
    psl::SourceSet sources;
    sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), text));
    psl::Diagnostics diagnostics;
    const psl::SchemaAst ast = psl::Parser::parse(sources, diagnostics);
    const schema::Schema graph = schema::SchemaBuilder::build(ast);
    schema::Validator::validate(ast, graph, diagnostics, threads);
    QStringList lines;
    for (const psl::Diagnostic &d : diagnostics.items()) {
        lines << QStringLiteral("%1 %2 %3:%4 %5").arg(d.isError() ? u"error" : u"warning", d.code)
                     .arg(d.span.line)
                     .arg(d.span.column)
                     .arg(d.message);
    }
    return lines;
}

} // namespace

class TestParallelValidation : public QObject {
    Q_OBJECT

private slots:
    void sameDiagnosticsAsOneThread_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        for (const QString &folder : {QStringLiteral("valid"), QStringLiteral("valid_with_warning"), QStringLiteral("invalid")}) {
            const QDir dir(tests::fixturesDir() + u'/' + folder);
            for (const QString &name : dir.entryList({QStringLiteral("*.prisma")}, QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(folder + u'/' + name)) << dir.filePath(name) << (folder != u"invalid");
        }
    }

    void sameDiagnosticsAsOneThread()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll()) + QStringLiteral("\n") + generatedModels(300);
        const QStringList oneThread = diagnosticsOf(text, schema::Validator::Threads::One);
        const QStringList automatic = diagnosticsOf(text, schema::Validator::Threads::Automatic);
        QCOMPARE(automatic, oneThread);
        if (valid && !text.contains(u"schemas")) {
            // The generated models are valid (they lack `@@schema`, which multi-schema fixtures require): a
            // valid fixture stays valid, so the two threads' result was used.
            for (const QString &line : oneThread)
                QVERIFY2(!line.startsWith(u"error"), qPrintable(line));
        } else {
            QVERIFY(!oneThread.isEmpty());
        }
    }
};

QTEST_APPLESS_MAIN(TestParallelValidation)
#include "tst_parallelvalidation.moc"
