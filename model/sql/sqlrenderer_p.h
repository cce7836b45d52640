// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlschema.h"

#include <QChar>
#include <QString>
#include <QStringList>

/// Helpers the dialect renderers share.
namespace strata::sql {

/// The SQL of a referential action: CASCADE, RESTRICT, SET NULL, SET DEFAULT; NO ACTION when unset.
QString referentialActionSql(ReferentialAction action);

/// The names, each between two `quote` characters, joined by `separator`.
QString joinQuoted(const QStringList &names, QChar quote, const QString &separator = QStringLiteral(", "));

} // namespace strata::sql
