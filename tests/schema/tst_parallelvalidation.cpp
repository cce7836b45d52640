// SPDX-License-Identifier: GPL-3.0-or-later
// Large schemas are validated on two threads, slice by slice (128 blocks a slice, validationschedule.cpp). Every
// fixture, put among a few hundred generated models so that the two-thread path runs, must give exactly the
// diagnostics of a validation on one thread: in front of them, and after 126 or 127 blocks, where its blocks fall
// into two slices (rules across a slice boundary).
#include "psl/parser.h"
#include "schema/schemabuilder.h"
#include "schema/validator.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace strata;

namespace {

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
        QTest::addColumn<int>("modelsBefore");
        for (const QString &folder : {QStringLiteral("valid"), QStringLiteral("valid_with_warning"), QStringLiteral("invalid")}) {
            const QDir dir(tests::fixturesDir() + u'/' + folder);
            for (const QString &name : dir.entryList({QStringLiteral("*.prisma")}, QDir::Files, QDir::Name)) {
                const bool valid = folder != u"invalid";
                QTest::newRow(qPrintable(folder + u'/' + name + QStringLiteral(" first"))) << dir.filePath(name) << valid << 0;
                QTest::newRow(qPrintable(folder + u'/' + name + QStringLiteral(" after 126 blocks"))) << dir.filePath(name) << valid << 125;
                QTest::newRow(qPrintable(folder + u'/' + name + QStringLiteral(" after 127 blocks"))) << dir.filePath(name) << valid << 126;
            }
        }
    }

    void sameDiagnosticsAsOneThread()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QFETCH(int, modelsBefore);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString before = modelsBefore > 0 ? tests::generatedModels(modelsBefore, QStringLiteral("Before")) : QString();
        const QString text = before + QString::fromUtf8(file.readAll()) + QStringLiteral("\n")
            + tests::generatedModels(300, QStringLiteral("M"));
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
