// SPDX-License-Identifier: GPL-3.0-or-later
// `strata migrate diff`: the SQL between two states of a database, as `prisma migrate diff` prints it.
#include "commands.h"

#include "schema/schemaloader.h"
#include "sql/differ.h"
#include "sql/schemacalculator.h"
#include "sql/sqlrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <optional>

namespace strata::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("strata::cli", text);
}

namespace {

/// One side of the diff: where its database state comes from.
struct DiffSource {
    enum class Kind { None, Empty, Schema, Migrations, Url };

    Kind kind = Kind::None;
    QString value; ///< the path or URL
    QString flag;  ///< as given, for messages
};

/// A side after loading: its SQL schema, or nothing for the empty side (its dialect is the other side's).
struct LoadedSource {
    std::optional<sql::SqlSchema> schema;
    std::optional<sql::Dialect> dialect;
    QString provider;
};

bool setSource(DiffSource &source, DiffSource::Kind kind, const QString &flag, const QString &value, QTextStream &err)
{
    if (source.kind != DiffSource::Kind::None) {
        err << tr("strata migrate diff: %1 and %2 cannot be combined: give one source on each side.").arg(source.flag, flag) << '\n';
        return false;
    }
    source = {kind, value, flag};
    return true;
}

bool loadSource(const DiffSource &source, LoadedSource &out, QTextStream &err)
{
    switch (source.kind) {
    case DiffSource::Kind::None:
        return false;
    case DiffSource::Kind::Empty:
        return true;
    case DiffSource::Kind::Migrations:
        err << tr("error: %1 is not available yet: Strata cannot replay a migrations folder in this version.").arg(source.flag) << '\n';
        return false;
    case DiffSource::Kind::Url:
        err << tr("error: %1 is not available yet: Strata cannot read a live database in this version.").arg(source.flag) << '\n';
        return false;
    case DiffSource::Kind::Schema:
        break;
    }
    if (!QFileInfo::exists(source.value)) {
        err << tr("error: Could not find a schema at %1").arg(source.value) << '\n';
        return false;
    }
    schema::LoadedSchema loaded;
    QString error;
    if (!schema::loadSchema(source.value, loaded, &error)) {
        err << "error: " << error << '\n';
        return false;
    }
    if (loaded.diagnostics.hasErrors()) {
        for (const psl::Diagnostic &diagnostic : loaded.diagnostics.items()) {
            if (diagnostic.isError())
                err << diagnostic.toString() << '\n';
        }
        err << QCoreApplication::translate("strata::cli", "Validation failed: %n error(s) in %1", nullptr, loaded.diagnostics.errorCount())
                   .arg(source.value)
            << '\n';
        return false;
    }
    out.provider = loaded.schema.datasource ? loaded.schema.datasource->provider : QString();
    out.dialect = sql::dialectForProvider(loaded.schema.provider());
    if (!out.dialect) {
        err << tr("error: the schema at %1 has no SQL datasource (provider \"%2\"); migrate diff works on SQL databases.")
                   .arg(source.value, out.provider)
            << '\n';
        return false;
    }
    out.schema = sql::SchemaCalculator::calculate(loaded.schema, *out.dialect);
    return true;
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int migrateDiffCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    DiffSource from;
    DiffSource to;
    bool script = false;
    bool exitCode = false;
    QString output;
    for (int i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        QString value;
        const qsizetype equals = argument.indexOf(u'=');
        const bool inlineValue = argument.startsWith(u"--") && equals > 0;
        if (inlineValue) {
            value = argument.mid(equals + 1);
            argument = argument.left(equals);
        }
        auto takeValue = [&]() -> bool {
            if (inlineValue)
                return true;
            if (i + 1 >= arguments.size()) {
                err << tr("strata migrate diff: %1 needs a value").arg(argument) << '\n';
                return false;
            }
            value = arguments.at(++i);
            return true;
        };
        bool ok = true;
        if (argument == u"--from-empty") {
            ok = setSource(from, DiffSource::Kind::Empty, argument, {}, err);
        } else if (argument == u"--to-empty") {
            ok = setSource(to, DiffSource::Kind::Empty, argument, {}, err);
        } else if (argument == u"--from-schema" || argument == u"--from-schema-datamodel") {
            ok = takeValue() && setSource(from, DiffSource::Kind::Schema, argument, value, err);
        } else if (argument == u"--to-schema" || argument == u"--to-schema-datamodel") {
            ok = takeValue() && setSource(to, DiffSource::Kind::Schema, argument, value, err);
        } else if (argument == u"--from-migrations") {
            ok = takeValue() && setSource(from, DiffSource::Kind::Migrations, argument, value, err);
        } else if (argument == u"--to-migrations") {
            ok = takeValue() && setSource(to, DiffSource::Kind::Migrations, argument, value, err);
        } else if (argument == u"--from-url" || argument == u"--from-schema-datasource") {
            ok = takeValue() && setSource(from, DiffSource::Kind::Url, argument, value, err);
        } else if (argument == u"--to-url" || argument == u"--to-schema-datasource") {
            ok = takeValue() && setSource(to, DiffSource::Kind::Url, argument, value, err);
        } else if (argument == u"--script") {
            script = true;
        } else if (argument == u"--exit-code") {
            exitCode = true;
        } else if (argument == u"--output" || argument == u"-o") {
            ok = takeValue();
            output = value;
        } else {
            err << tr("strata migrate diff: unknown argument '%1'").arg(arguments.at(i)) << '\n';
            ok = false;
        }
        if (!ok)
            return 1;
    }
    if (from.kind == DiffSource::Kind::None || to.kind == DiffSource::Kind::None) {
        err << tr("strata migrate diff: give one --from-... and one --to-... source, for example\n"
                  "  strata migrate diff --from-empty --to-schema prisma/schema.prisma --script")
            << '\n';
        return 1;
    }

    LoadedSource previous;
    LoadedSource next;
    if (!loadSource(from, previous, err) || !loadSource(to, next, err))
        return 1;
    if (previous.dialect && next.dialect && *previous.dialect != *next.dialect) {
        err << tr("error: the two sides use different providers (%1 and %2); migrate diff compares schemas of one provider.")
                   .arg(previous.provider, next.provider)
            << '\n';
        return 1;
    }
    const sql::Dialect dialect = next.dialect.value_or(previous.dialect.value_or(sql::Dialect::Sqlite));
    const std::unique_ptr<sql::SqlRenderer> renderer = sql::SqlRenderer::forDialect(dialect);
    if (!renderer) {
        err << tr("error: migrate diff does not support the %1 provider yet.").arg(sql::dialectName(dialect)) << '\n';
        return 1;
    }
    sql::SqlSchema empty;
    empty.dialect = dialect;
    const sql::Migration migration = sql::SchemaDiffer::diff(previous.schema ? *previous.schema : empty, next.schema ? *next.schema : empty);

    QString text = script ? renderer->renderScript(migration) : sql::migrationSummary(migration);
    if (!text.endsWith(u'\n'))
        text += u'\n';
    if (!output.isEmpty()) {
        QString error;
        if (!writeFile(output, text, &error)) {
            err << tr("error: cannot write %1: %2").arg(output, error) << '\n';
            return 1;
        }
    } else {
        out << text;
        out.flush();
    }
    return exitCode && !migration.isEmpty() ? 2 : 0;
}

} // namespace strata::cli
