// SPDX-License-Identifier: GPL-3.0-or-later
#include "schematemplates.h"

#include <QCoreApplication>
#include <QFile>

namespace strata {

static QString readTemplate(const QString &name)
{
    QFile file(QStringLiteral(":/templates/%1.prisma").arg(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const std::vector<SchemaTemplate> &schemaTemplates()
{
    static const std::vector<SchemaTemplate> templates = {
        {QStringLiteral("postgresql"), QCoreApplication::translate("strata::MainWindow", "PostgreSQL schema"), readTemplate(QStringLiteral("postgresql"))},
        {QStringLiteral("sqlite"), QCoreApplication::translate("strata::MainWindow", "SQLite schema"), readTemplate(QStringLiteral("sqlite"))},
        {QStringLiteral("mysql"), QCoreApplication::translate("strata::MainWindow", "MySQL schema"), readTemplate(QStringLiteral("mysql"))},
        {QStringLiteral("blog"), QCoreApplication::translate("strata::MainWindow", "Blog example (users, posts, roles)"), readTemplate(QStringLiteral("blog"))},
    };
    return templates;
}

} // namespace strata
