// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemalocator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace strata::cli {

QString locateSchema(const QString &explicitPath, QString *error)
{
    if (!explicitPath.isEmpty()) {
        if (QFileInfo::exists(explicitPath))
            return explicitPath;
        if (error)
            *error = QCoreApplication::translate("strata::cli", "Could not find a schema at %1").arg(explicitPath);
        return {};
    }
    const QStringList candidates = {QStringLiteral("prisma/schema.prisma"), QStringLiteral("schema.prisma")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    const QDir folder(QStringLiteral("prisma"));
    if (folder.exists() && !folder.entryList({QStringLiteral("*.prisma")}, QDir::Files).isEmpty())
        return folder.path();
    if (error)
        *error = QCoreApplication::translate("strata::cli",
                                             "Could not find a schema: tried --schema, prisma/schema.prisma, schema.prisma "
                                             "and a prisma/ folder of .prisma files.");
    return {};
}

} // namespace strata::cli
