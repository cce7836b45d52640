// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace strata::cli {

int validateCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int formatCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int migrateDiffCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int migrateDevCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace strata::cli
