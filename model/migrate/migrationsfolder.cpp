// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationsfolder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace strata::migrate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("strata::migrate::MigrationsFolder", text);
}

psl::Diagnostic problem(psl::Diagnostic::Severity severity, const QString &file, const QString &code,
                        const QString &message)
{
    psl::Diagnostic d;
    d.severity = severity;
    d.file = file;
    d.code = code;
    d.message = message;
    return d;
}

int leadingDigits(const QString &name)
{
    int n = 0;
    while (n < name.size() && name.at(n).isDigit() && name.at(n).unicode() < 128)
        ++n;
    return n;
}

} // namespace

QString Migration::timestamp() const
{
    return name.left(leadingDigits(name));
}

QString Migration::description() const
{
    const int n = leadingDigits(name);
    if (n < name.size() && name.at(n) == u'_')
        return name.mid(n + 1);
    return name.mid(n);
}

QString MigrationsFolder::checksum(const QByteArray &script)
{
    return QString::fromLatin1(QCryptographicHash::hash(script, QCryptographicHash::Sha256).toHex());
}

std::optional<QString> MigrationsFolder::parseLockFile(const QString &text, QString *error)
{
    // A tiny subset of TOML: `key = "value"` lines, `#` comments.
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const int eq = int(line.indexOf(u'='));
        if (eq < 0)
            continue;
        const QString key = line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (key != u"provider")
            continue;
        const QChar quote = value.isEmpty() ? QChar() : value.at(0);
        if (quote != u'"' && quote != u'\'') {
            if (error)
                *error = tr("Line %1: the provider is not a quoted string.").arg(i + 1);
            return std::nullopt;
        }
        const int close = int(value.indexOf(quote, 1));
        if (close < 0) {
            if (error)
                *error = tr("Line %1: the provider's string is not closed.").arg(i + 1);
            return std::nullopt;
        }
        const QString rest = value.mid(close + 1).trimmed();
        if (!rest.isEmpty() && !rest.startsWith(u'#')) {
            if (error)
                *error = tr("Line %1: unexpected text after the provider.").arg(i + 1);
            return std::nullopt;
        }
        return value.mid(1, close - 1);
    }
    if (error)
        *error = tr("It names no provider (expected a line like provider = \"postgresql\").");
    return std::nullopt;
}

MigrationsFolder MigrationsFolder::read(const QString &path)
{
    MigrationsFolder folder;
    folder.m_path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        folder.m_diagnostics.add(problem(psl::Diagnostic::Severity::Error, path, QStringLiteral("migrations-folder-missing"),
                                         tr("The migrations folder does not exist.")));
        return folder;
    }
    if (!info.isDir()) {
        folder.m_diagnostics.add(problem(psl::Diagnostic::Severity::Error, path, QStringLiteral("migrations-folder-not-a-folder"),
                                         tr("The migrations path is a file, not a folder.")));
        return folder;
    }
    const QDir dir(path);
    if (!dir.isReadable()) {
        folder.m_diagnostics.add(problem(psl::Diagnostic::Severity::Error, path, QStringLiteral("migrations-folder-unreadable"),
                                         tr("The migrations folder cannot be read.")));
        return folder;
    }
    folder.m_exists = true;

    const QString lockPath = dir.filePath(QStringLiteral("migration_lock.toml"));
    QFile lock(lockPath);
    if (lock.exists()) {
        folder.m_hasLockFile = true;
        if (!lock.open(QIODevice::ReadOnly)) {
            folder.m_diagnostics.add(problem(psl::Diagnostic::Severity::Error, lockPath, QStringLiteral("lock-file-unreadable"),
                                             tr("migration_lock.toml cannot be read: %1").arg(lock.errorString())));
        } else {
            QString error;
            if (auto provider = parseLockFile(QString::fromUtf8(lock.readAll()), &error))
                folder.m_provider = *provider;
            else
                folder.m_diagnostics.add(problem(psl::Diagnostic::Severity::Error, lockPath, QStringLiteral("lock-file-invalid"),
                                                 tr("migration_lock.toml is not valid: %1").arg(error)));
        }
    } else {
        folder.m_diagnostics.add(problem(psl::Diagnostic::Severity::Warning, lockPath, QStringLiteral("lock-file-missing"),
                                         tr("The migrations folder has no migration_lock.toml, so its provider is unknown.")));
    }

    // Every sub-folder is a migration, as for Prisma; hidden ones included.
    const QFileInfoList entries = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        Migration m;
        m.name = entry.fileName();
        m.directory = entry.filePath();
        m.scriptPath = QDir(m.directory).filePath(QStringLiteral("migration.sql"));
        QFile script(m.scriptPath);
        if (!script.exists()) {
            folder.m_diagnostics.add(problem(psl::Diagnostic::Severity::Warning, m.directory, QStringLiteral("migration-script-missing"),
                                             tr("The migration \"%1\" has no migration.sql.").arg(m.name)));
        } else if (!script.open(QIODevice::ReadOnly)) {
            folder.m_diagnostics.add(problem(psl::Diagnostic::Severity::Warning, m.scriptPath, QStringLiteral("migration-script-unreadable"),
                                             tr("The migration.sql of \"%1\" cannot be read: %2").arg(m.name, script.errorString())));
        } else {
            m.hasScript = true;
            m.script = script.readAll();
            m.checksum = checksum(m.script);
        }
        folder.m_migrations.push_back(std::move(m));
    }
    // Prisma sorts by name as Rust strings compare: byte-wise over UTF-8.
    std::sort(folder.m_migrations.begin(), folder.m_migrations.end(), [](const Migration &a, const Migration &b) {
        return a.name.toUtf8() < b.name.toUtf8();
    });
    return folder;
}

std::optional<sql::Dialect> MigrationsFolder::dialect() const
{
    if (m_provider == u"postgresql" || m_provider == u"postgres" || m_provider == u"cockroachdb")
        return sql::Dialect::PostgreSql;
    if (m_provider == u"sqlite")
        return sql::Dialect::Sqlite;
    if (m_provider == u"mysql")
        return sql::Dialect::MySql;
    return std::nullopt;
}

const Migration *MigrationsFolder::migration(const QString &name) const
{
    auto it = std::find_if(m_migrations.begin(), m_migrations.end(), [&](const Migration &m) { return m.name == name; });
    return it == m_migrations.end() ? nullptr : &*it;
}

sql::ReplayResult MigrationsFolder::replay(std::optional<sql::Dialect> dialect) const
{
    if (!dialect)
        dialect = this->dialect();
    if (!dialect) {
        sql::ReplayResult result;
        result.warnings.add(problem(psl::Diagnostic::Severity::Error, m_path, QStringLiteral("replay-unknown-provider"),
                                    m_provider.isEmpty()
                                        ? tr("The migrations cannot be replayed: the provider is unknown.")
                                        : tr("The migrations cannot be replayed: provider \"%1\" is not supported.").arg(m_provider)));
        return result;
    }
    sql::MigrationReplayer replayer(*dialect);
    for (const Migration &m : m_migrations) {
        if (m.hasScript)
            replayer.applyScript(m.scriptText(), m.name + QStringLiteral("/migration.sql"));
    }
    return replayer.takeResult();
}

} // namespace strata::migrate
