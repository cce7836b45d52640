// SPDX-License-Identifier: GPL-3.0-or-later
// `strata migrate diff`: the SQL between two states of a database, as `prisma migrate diff` prints it.
#include "commands.h"
#include "processlifetime.h"
#include "sqlschemasource.h"

#include "migrate/migrationsfolder.h"
#include "sql/differ.h"
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

/// Loads a schema side. Migrations sides wait for the other side's dialect: see loadMigrationsSource().
/// `loadedLast`: nothing is loaded after this side, so its graph is not freed (see GraphAfterwards).
bool loadSource(const DiffSource &source, LoadedSource &out, bool loadedLast, QTextStream &err)
{
    switch (source.kind) {
    case DiffSource::Kind::None:
        return false;
    case DiffSource::Kind::Empty:
    case DiffSource::Kind::Migrations:
        return true;
    case DiffSource::Kind::Url:
        err << tr("error: %1 is not available yet: Strata cannot read a live database in this version.").arg(source.flag) << '\n';
        return false;
    case DiffSource::Kind::Schema:
        break;
    }
    std::optional<SqlSchemaSource> loaded = loadSqlSchemaSource(source.value, QStringLiteral("migrate diff"), err,
                                                                loadedLast ? GraphAfterwards::KeepUntilExit : GraphAfterwards::Free);
    if (!loaded)
        return false;
    out.provider = loaded->provider;
    out.dialect = loaded->dialect;
    out.schema = std::move(loaded->schema);
    return true;
}

/// Replays a migrations side in the dialect of the other side's schema, else of its migration_lock.toml.
bool loadMigrationsSource(const DiffSource &source, const LoadedSource &other, LoadedSource &out, QTextStream &err)
{
    if (source.kind != DiffSource::Kind::Migrations)
        return true;
    const migrate::MigrationsFolder folder = migrate::MigrationsFolder::read(source.value);
    if (folder.exists() && !other.dialect && !folder.dialect()) {
        err << tr("error: %1 %2: the SQL dialect is unknown: migration_lock.toml names no supported provider and the "
                  "other side has no schema.").arg(source.flag, source.value)
            << '\n';
        return false;
    }
    std::optional<sql::SqlSchema> replayed = replayMigrationsSource(folder, other.dialect, err);
    if (!replayed)
        return false;
    out.dialect = replayed->dialect;
    out.provider = folder.provider().isEmpty() ? other.provider : folder.provider();
    out.schema = std::move(*replayed);
    return true;
}

/// Where the diff's text goes: the output stream, or a file replaced only once it is fully written. Takes the
/// text in pieces, as UTF-8 as it comes, so that a large script is never held whole a second time.
class DiffOutput {
public:
    DiffOutput(const QString &path, QTextStream &out)
        : m_out(out)
    {
        if (!path.isEmpty())
            m_file.emplace(path);
    }

    bool open(QString *error)
    {
        if (m_file && !m_file->open(QIODevice::WriteOnly)) {
            *error = m_file->errorString();
            return false;
        }
        return true;
    }

    void write(QStringView piece)
    {
        if (piece.isEmpty())
            return;
        if (m_file)
            m_file->write(piece.toUtf8());
        else
            m_out << piece;
        m_endsWithNewline = piece.endsWith(u'\n');
    }

    /// Ends the text with a line break, as the reference CLI does, and commits the file.
    bool finish(QString *error)
    {
        if (!m_endsWithNewline)
            write(u"\n");
        if (!m_file) {
            m_out.flush();
            return true;
        }
        if (!m_file->commit()) {
            *error = m_file->errorString();
            return false;
        }
        return true;
    }

private:
    QTextStream &m_out;
    std::optional<QSaveFile> m_file;
    bool m_endsWithNewline = false;
};

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
    // The schema sides load first (from, then to), then the migrations sides.
    const bool fromLoadedLast = to.kind == DiffSource::Kind::Empty;
    const bool toLoadedLast = from.kind != DiffSource::Kind::Migrations;
    if (!loadSource(from, previous, fromLoadedLast, err) || !loadSource(to, next, toLoadedLast, err))
        return 1;
    if (!loadMigrationsSource(from, next, previous, err) || !loadMigrationsSource(to, previous, next, err))
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
    auto shared = [dialect](std::optional<sql::SqlSchema> &schema) {
        if (schema)
            return std::make_shared<const sql::SqlSchema>(std::move(*schema));
        auto empty = std::make_shared<sql::SqlSchema>();
        empty->dialect = dialect;
        return std::shared_ptr<const sql::SqlSchema>(std::move(empty));
    };
    // Kept with both schemas until the process ends: freeing them one allocation at a time would cost more
    // than the diff (see processlifetime.h).
    sql::Migration diffed = sql::SchemaDiffer::diff(shared(previous.schema), shared(next.schema));
    const sql::Migration &migration = keepUntilExit(std::move(diffed));

    DiffOutput target(output, out);
    QString error;
    if (!target.open(&error)) {
        err << tr("error: cannot write %1: %2").arg(output, error) << '\n';
        return 1;
    }
    if (script)
        renderer->writeScript(migration, [&target](QStringView piece) { target.write(piece); });
    else
        target.write(sql::migrationSummary(migration));
    if (!target.finish(&error)) {
        err << tr("error: cannot write %1: %2").arg(output, error) << '\n';
        return 1;
    }
    return exitCode && !migration.isEmpty() ? 2 : 0;
}

} // namespace strata::cli
