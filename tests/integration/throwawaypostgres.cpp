// SPDX-License-Identifier: GPL-3.0-or-later
#include "throwawaypostgres.h"

#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

namespace strata::tests {

ThrowawayPostgres::~ThrowawayPostgres()
{
    stop();
}

bool ThrowawayPostgres::start(QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("The Qt PostgreSQL driver (QPSQL) is not installed.");
        return false;
    }
    if (qEnvironmentVariableIsSet("STRATA_TEST_PGPORT")) {
        // An existing server, e.g. started by a ctest fixture: scripts/pg-throwaway start.
        m_host = qEnvironmentVariable("STRATA_TEST_PGHOST", QStringLiteral("127.0.0.1"));
        m_port = qEnvironmentVariableIntValue("STRATA_TEST_PGPORT");
        return true;
    }
    QProcess server;
    server.start(QStringLiteral("bash"), {QStringLiteral(STRATA_SOURCE_DIR "/scripts/pg-throwaway"), QStringLiteral("start")});
    if (!server.waitForFinished(60000) || server.exitCode() != 0) {
        *error = QStringLiteral("No throwaway PostgreSQL server could be started: %1")
                     .arg(QString::fromLocal8Bit(server.readAllStandardError()).trimmed());
        return false;
    }
    const QStringList lines = QString::fromLocal8Bit(server.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString key = line.section(u'=', 0, 0);
        const QString value = line.section(u'=', 1);
        if (key == u"PGHOST")
            m_host = value;
        else if (key == u"PGPORT")
            m_port = value.toInt();
        else if (key == u"PG_THROWAWAY_DIR")
            m_serverDir = value;
    }
    if (m_port <= 0) {
        *error = QStringLiteral("pg-throwaway printed no port");
        return false;
    }
    return true;
}

void ThrowawayPostgres::stop()
{
    if (QSqlDatabase::contains(QStringLiteral("throwaway-admin")))
        QSqlDatabase::removeDatabase(QStringLiteral("throwaway-admin"));
    if (m_serverDir.isEmpty())
        return;
    QProcess::execute(QStringLiteral("bash"), {QStringLiteral(STRATA_SOURCE_DIR "/scripts/pg-throwaway"), QStringLiteral("stop"), m_serverDir});
    m_serverDir.clear();
}

QSqlDatabase ThrowawayPostgres::open(const QString &connectionName, const QString &name, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(name);
    if (!db.open() && error)
        *error = db.lastError().text();
    else
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

bool ThrowawayPostgres::admin(const QString &statement, QString *error)
{
    // One admin connection for the whole run: connecting is a good part of the cost of a fresh database.
    QSqlDatabase db = QSqlDatabase::contains(QStringLiteral("throwaway-admin"))
                          ? QSqlDatabase::database(QStringLiteral("throwaway-admin"))
                          : open(QStringLiteral("throwaway-admin"), QStringLiteral("postgres"), error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

bool ThrowawayPostgres::createDatabase(const QString &name, QString *error)
{
    // FILE_COPY: with fsync off, copying the small template folder beats writing it through the WAL.
    return admin(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name), error)
           && admin(QStringLiteral("CREATE DATABASE \"%1\" STRATEGY = FILE_COPY").arg(name), error);
}

bool ThrowawayPostgres::resetDatabase(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral(
        "DO $$ DECLARE r record; BEGIN "
        "FOR r IN SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' LOOP "
        "  EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', r.extname); END LOOP; "
        "FOR r IN SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') "
        "  AND nspname NOT LIKE 'pg_toast%' AND nspname NOT LIKE 'pg_temp%' LOOP "
        "  EXECUTE format('DROP SCHEMA %I CASCADE', r.nspname); END LOOP; "
        "CREATE SCHEMA public; END $$"));
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

bool ThrowawayPostgres::dropDatabase(const QString &name)
{
    return admin(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name), nullptr);
}

} // namespace strata::tests
