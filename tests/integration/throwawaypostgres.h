// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace strata::tests {

/// A PostgreSQL server for one test run (scripts/pg-throwaway), or the one named by STRATA_TEST_PGHOST and
/// STRATA_TEST_PGPORT; it hands out fresh databases and is stopped (when it was started here) on destruction.
class ThrowawayPostgres {
public:
    ThrowawayPostgres() = default;
    ~ThrowawayPostgres();
    ThrowawayPostgres(const ThrowawayPostgres &) = delete;
    ThrowawayPostgres &operator=(const ThrowawayPostgres &) = delete;

    /// Starts the server (or takes the one from the environment); false with `error` set when there is none.
    bool start(QString *error);
    void stop();

    /// Creates an empty database `name` (dropping an old one of that name first).
    bool createDatabase(const QString &name, QString *error);
    bool dropDatabase(const QString &name);
    /// Empties an open database: drops every user schema and extension and recreates `public`. As good as
    /// a fresh database and much quicker than CREATE DATABASE, which checkpoints (about a second each).
    static bool resetDatabase(QSqlDatabase &db, QString *error);
    /// A connection `connectionName` to database `name`, open, or closed with `error` set.
    QSqlDatabase open(const QString &connectionName, const QString &name, QString *error) const;

    QString host() const { return m_host; }
    int port() const { return m_port; }

private:
    bool admin(const QString &statement, QString *error);

    QString m_serverDir;
    QString m_host;
    int m_port = 0;
};

} // namespace strata::tests
