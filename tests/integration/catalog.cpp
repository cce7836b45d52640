// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <optional>

namespace strata::tests {

namespace {

/// The literal values of a default expression as PostgreSQL prints it ('a'::text, '-1'::integer,
/// ARRAY['a'::text, 'b'::text], true, 1.5), or nullopt when it is not a literal.
std::optional<QStringList> literalValues(const QString &expression)
{
    static const QRegularExpression stringLiteral(QStringLiteral(R"(^'((?:[^']|'')*)'(?:::[\w" ]+(?:\(\d+(?:,\d+)?\))?(?:\[\])?)*$)"));
    static const QRegularExpression number(QStringLiteral(R"(^\(?(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\)?(?:::[\w ]+)?$)"));
    static const QRegularExpression boolean(QStringLiteral(R"(^(true|false)$)"));
    static const QRegularExpression item(QStringLiteral(R"('((?:[^']|'')*)'(?:::[\w" ]+)?|(-?\d+(?:\.\d+)?)|(true|false))"));
    const QString e = expression.trimmed();
    if (auto m = stringLiteral.match(e); m.hasMatch())
        return QStringList{m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"))};
    if (auto m = number.match(e); m.hasMatch())
        return QStringList{m.captured(1)};
    if (auto m = boolean.match(e); m.hasMatch())
        return QStringList{m.captured(1)};
    if (e.startsWith(QStringLiteral("ARRAY["))) {
        const int close = int(e.lastIndexOf(u']'));
        QStringList values;
        auto it = item.globalMatch(e.mid(6, close - 6));
        while (it.hasNext()) {
            const auto m = it.next();
            if (m.hasCaptured(1))
                values << m.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
            else if (m.hasCaptured(2))
                values << m.captured(2);
            else
                values << m.captured(3);
        }
        return values;
    }
    return std::nullopt;
}

/// Default values joined for comparison; JSON values in compact form (PostgreSQL reformats jsonb literals).
QString normalizedValues(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        const QJsonDocument json = QJsonDocument::fromJson(v.toUtf8());
        out << ((json.isObject() || json.isArray()) ? QString::fromUtf8(json.toJson(QJsonDocument::Compact)) : v);
    }
    return out.join(u'|');
}

/// format_type() text -> the type name as Prisma renders it.
QString prismaTypeName(QString t)
{
    static const QList<std::pair<QRegularExpression, QString>> rules = {
        {QRegularExpression(QStringLiteral("^integer$")), QStringLiteral("INTEGER")},
        {QRegularExpression(QStringLiteral("^smallint$")), QStringLiteral("SMALLINT")},
        {QRegularExpression(QStringLiteral("^bigint$")), QStringLiteral("BIGINT")},
        {QRegularExpression(QStringLiteral("^real$")), QStringLiteral("REAL")},
        {QRegularExpression(QStringLiteral("^double precision$")), QStringLiteral("DOUBLE PRECISION")},
        {QRegularExpression(QStringLiteral("^numeric(\\(.*\\))?$")), QStringLiteral("DECIMAL\\1")},
        {QRegularExpression(QStringLiteral("^money$")), QStringLiteral("MONEY")},
        {QRegularExpression(QStringLiteral("^text$")), QStringLiteral("TEXT")},
        {QRegularExpression(QStringLiteral("^character varying(\\(.*\\))?$")), QStringLiteral("VARCHAR\\1")},
        {QRegularExpression(QStringLiteral("^character(\\(.*\\))?$")), QStringLiteral("CHAR\\1")},
        {QRegularExpression(QStringLiteral("^bit(\\(.*\\))?$")), QStringLiteral("BIT\\1")},
        {QRegularExpression(QStringLiteral("^bit varying(\\(.*\\))?$")), QStringLiteral("VARBIT\\1")},
        {QRegularExpression(QStringLiteral("^boolean$")), QStringLiteral("BOOLEAN")},
        {QRegularExpression(QStringLiteral("^timestamp(\\(\\d+\\))? without time zone$")), QStringLiteral("TIMESTAMP\\1")},
        {QRegularExpression(QStringLiteral("^timestamp(\\(\\d+\\))? with time zone$")), QStringLiteral("TIMESTAMPTZ\\1")},
        {QRegularExpression(QStringLiteral("^time(\\(\\d+\\))? without time zone$")), QStringLiteral("TIME\\1")},
        {QRegularExpression(QStringLiteral("^time(\\(\\d+\\))? with time zone$")), QStringLiteral("TIMETZ\\1")},
        {QRegularExpression(QStringLiteral("^date$")), QStringLiteral("DATE")},
        {QRegularExpression(QStringLiteral("^jsonb$")), QStringLiteral("JSONB")},
        {QRegularExpression(QStringLiteral("^json$")), QStringLiteral("JSON")},
        {QRegularExpression(QStringLiteral("^uuid$")), QStringLiteral("UUID")},
        {QRegularExpression(QStringLiteral("^bytea$")), QStringLiteral("BYTEA")},
        {QRegularExpression(QStringLiteral("^xml$")), QStringLiteral("XML")},
        {QRegularExpression(QStringLiteral("^inet$")), QStringLiteral("INET")},
        {QRegularExpression(QStringLiteral("^citext$")), QStringLiteral("CITEXT")},
        {QRegularExpression(QStringLiteral("^oid$")), QStringLiteral("OID")},
    };
    for (const auto &[re, replacement] : rules) {
        if (re.match(t).hasMatch())
            return t.replace(re, replacement).remove(u' ').replace(QStringLiteral("DOUBLEPRECISION"), QStringLiteral("DOUBLE PRECISION"));
    }
    return t;
}

QString actionName(sql::ReferentialAction a)
{
    switch (a) {
    case sql::ReferentialAction::Cascade: return QStringLiteral("CASCADE");
    case sql::ReferentialAction::Restrict: return QStringLiteral("RESTRICT");
    case sql::ReferentialAction::SetNull: return QStringLiteral("SET NULL");
    case sql::ReferentialAction::SetDefault: return QStringLiteral("SET DEFAULT");
    default: return QStringLiteral("NO ACTION");
    }
}

QString actionFromCatalog(const QString &code)
{
    if (code == u"c") return QStringLiteral("CASCADE");
    if (code == u"r") return QStringLiteral("RESTRICT");
    if (code == u"n") return QStringLiteral("SET NULL");
    if (code == u"d") return QStringLiteral("SET DEFAULT");
    return QStringLiteral("NO ACTION");
}

} // namespace

/// The lines that describe a replayed schema, in the same words as catalogLines().
QStringList schemaLines(const sql::SqlSchema &schema)
{
    QStringList lines;
    for (const sql::Extension &e : schema.extensions)
        lines << QStringLiteral("extension %1").arg(e.name);
    for (const sql::EnumType &e : schema.enums)
        lines << QStringLiteral("enum %1: %2").arg(e.name, e.values.join(u','));
    for (const sql::Table &t : schema.tables) {
        QStringList names;
        for (const sql::Column &c : t.columns) {
            names << c.name;
            QString line = QStringLiteral("column %1.%2: %3%4").arg(t.name, c.name, c.type.name, c.type.isArray ? QStringLiteral("[]") : QString());
            if (!c.nullable)
                line += QStringLiteral(" NOT NULL");
            if (c.autoIncrement)
                line += QStringLiteral(" AUTOINCREMENT");
            const sql::ColumnDefault &d = *c.defaultValue;
            if (d.isSet() && !c.autoIncrement) {
                switch (d.kind) {
                case sql::ColumnDefault::Kind::Value:
                    line += QStringLiteral(" DEFAULT [%1]").arg(d.valueType == sql::ColumnDefault::ValueType::Unknown
                                                                    ? d.expression : normalizedValues(d.values));
                    break;
                case sql::ColumnDefault::Kind::Now: line += QStringLiteral(" DEFAULT now"); break;
                case sql::ColumnDefault::Kind::Sequence: line += QStringLiteral(" DEFAULT sequence"); break;
                default: line += QStringLiteral(" DEFAULT expression"); break;
                }
            }
            lines << line;
        }
        lines << QStringLiteral("table %1 (%2)").arg(t.name, names.join(u','));
        if (t.primaryKey)
            lines << QStringLiteral("primary key %1.%2 (%3)").arg(t.name, t.primaryKey->name, t.primaryKey->columnNames().join(u','));
        for (const sql::Index &i : t.indexes) {
            QStringList cols;
            bool expression = false;
            for (const sql::IndexColumn &c : i.columns) {
                const bool isExpression = c.name.contains(u'(') || c.name.contains(u' ');
                expression = expression || isExpression;
                QString col = isExpression ? QStringLiteral("<expr>") : c.name;
                if (c.sort == sql::SortOrder::Desc)
                    col += QStringLiteral(" DESC");
                if (!c.operatorClass.isEmpty())
                    col += u' ' + c.operatorClass;
                cols << col;
            }
            lines << QStringLiteral("index %1.%2: %3%4 (%5)").arg(t.name, i.name, i.isUnique() ? QStringLiteral("UNIQUE ") : QString(),
                                                               i.algorithm.isEmpty() ? QStringLiteral("BTREE") : i.algorithm, cols.join(QStringLiteral(", ")));
        }
        for (const sql::ForeignKey &fk : t.foreignKeys)
            lines << QStringLiteral("foreign key %1.%2 (%3) -> %4 (%5) ON DELETE %6 ON UPDATE %7")
                         .arg(t.name, fk.name, fk.columns.join(u','), fk.referencedTable, fk.referencedColumns.join(u','),
                              actionName(fk.onDelete), actionName(fk.onUpdate));
    }
    lines.sort();
    return lines;
}

/// The same lines, read from the catalog of a live database.
QStringList postgresCatalogLines(QSqlDatabase &db, QString *error)
{
    QStringList lines;
    auto run = [&](const QString &sql) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql) && error)
            *error = q.lastError().text();
        return q;
    };
    const QString userSchemas = QStringLiteral("n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'");
    QSqlQuery q = run(QStringLiteral("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'"));
    while (q.next())
        lines << QStringLiteral("extension %1").arg(q.value(0).toString());
    q = run(QStringLiteral("SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t "
                           "JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid "
                           "WHERE %1 GROUP BY t.typname").arg(userSchemas));
    while (q.next())
        lines << QStringLiteral("enum %1: %2").arg(q.value(0).toString(), q.value(1).toString());
    // Objects that belong to an extension (its tables, types) are not the migrations' own.
    const QString notFromExtension = QStringLiteral("NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.objid = c.oid AND dep.deptype = 'e')");
    q = run(QStringLiteral(
        "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid), "
        "       t.typtype, t.typcategory, et.typtype, et.typname, t.typname, a.attidentity "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A' "
        "LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum "
        "WHERE c.relkind IN ('r', 'p') AND %1 AND %2 ORDER BY c.relname, a.attnum").arg(userSchemas, notFromExtension));
    QMap<QString, QStringList> columnsOf;
    while (q.next()) {
        const QString table = q.value(0).toString();
        const QString column = q.value(1).toString();
        QString type = q.value(2).toString();
        const bool array = q.value(6).toString() == u"A";
        if (array && type.endsWith(QStringLiteral("[]")))
            type.chop(2);
        const bool isEnum = q.value(5).toString() == u"e" || (array && q.value(7).toString() == u"e");
        if (isEnum)
            type = array ? q.value(8).toString() : q.value(9).toString();
        else
            type = prismaTypeName(type);
        QString line = QStringLiteral("column %1.%2: %3%4").arg(table, column, type, array ? QStringLiteral("[]") : QString());
        if (q.value(3).toBool())
            line += QStringLiteral(" NOT NULL");
        const QString def = q.value(4).toString();
        const bool identity = !q.value(10).toString().isEmpty();
        if (identity || def.startsWith(QStringLiteral("nextval("))) {
            line += QStringLiteral(" AUTOINCREMENT");
        } else if (!def.isEmpty() && def != u"NULL" && !def.startsWith(QStringLiteral("NULL::"))) {
            if (def == u"CURRENT_TIMESTAMP" || def == u"now()" || def.startsWith(QStringLiteral("CURRENT_TIMESTAMP(")))
                line += QStringLiteral(" DEFAULT now");
            else if (auto values = literalValues(def))
                line += QStringLiteral(" DEFAULT [%1]").arg(normalizedValues(*values));
            else
                line += QStringLiteral(" DEFAULT expression");
        }
        lines << line;
        columnsOf[table] << column;
    }
    for (auto it = columnsOf.cbegin(); it != columnsOf.cend(); ++it)
        lines << QStringLiteral("table %1 (%2)").arg(it.key(), it.value().join(u','));

    q = run(QStringLiteral(
        "SELECT c.relname, ic.relname, i.indisunique, i.indisprimary, am.amname, k.ord, "
        "       pg_get_indexdef(i.indexrelid, k.ord::int, true), (i.indoption[k.ord - 1] & 1) = 1, "
        "       CASE WHEN opc.opcdefault THEN '' ELSE opc.opcname END, i.indkey[k.ord - 1] = 0, "
        "       (SELECT conname FROM pg_constraint WHERE conindid = i.indexrelid AND contype = 'p' LIMIT 1) "
        "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam "
        "CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) AS k(ord) "
        "LEFT JOIN pg_opclass opc ON opc.oid = i.indclass[k.ord - 1] "
        "WHERE c.relkind IN ('r', 'p') AND %1 AND %2 "
        "  AND NOT EXISTS (SELECT 1 FROM pg_constraint x WHERE x.conindid = i.indexrelid AND x.contype = 'x') "
        "ORDER BY c.relname, ic.relname, k.ord").arg(userSchemas, notFromExtension));
    struct IndexRow {
        QString table, name, method, constraint;
        bool unique = false, primary = false;
        QStringList cols;
    };
    QMap<QString, IndexRow> indexes;
    while (q.next()) {
        IndexRow &row = indexes[q.value(0).toString() + u'.' + q.value(1).toString()];
        row.table = q.value(0).toString();
        row.name = q.value(1).toString();
        row.unique = q.value(2).toBool();
        row.primary = q.value(3).toBool();
        row.method = q.value(4).toString().toUpper();
        row.constraint = q.value(10).toString();
        QString col = q.value(9).toBool() ? QStringLiteral("<expr>") : q.value(6).toString();
        if (!q.value(9).toBool() && col.startsWith(u'"'))
            col = col.mid(1, col.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        if (q.value(7).toBool())
            col += QStringLiteral(" DESC");
        if (!q.value(8).toString().isEmpty())
            col += u' ' + q.value(8).toString();
        row.cols << col;
    }
    for (const IndexRow &row : std::as_const(indexes)) {
        if (row.primary) {
            QStringList names;
            for (const QString &c : row.cols)
                names << c.section(u' ', 0, 0);
            lines << QStringLiteral("primary key %1.%2 (%3)").arg(row.table, row.constraint.isEmpty() ? row.name : row.constraint, names.join(u','));
        } else {
            lines << QStringLiteral("index %1.%2: %3%4 (%5)").arg(row.table, row.name, row.unique ? QStringLiteral("UNIQUE ") : QString(),
                                                               row.method, row.cols.join(QStringLiteral(", ")));
        }
    }

    q = run(QStringLiteral(
        "SELECT c.relname, con.conname, "
        "       (SELECT string_agg(a.attname, ',' ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(n, i) "
        "          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n), "
        "       rc.relname, "
        "       (SELECT string_agg(a.attname, ',' ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(n, i) "
        "          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n), "
        "       con.confdeltype, con.confupdtype "
        "FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_class rc ON rc.oid = con.confrelid WHERE con.contype = 'f' AND %1").arg(userSchemas));
    while (q.next())
        lines << QStringLiteral("foreign key %1.%2 (%3) -> %4 (%5) ON DELETE %6 ON UPDATE %7")
                     .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), actionFromCatalog(q.value(5).toString()), actionFromCatalog(q.value(6).toString()));
    lines.sort();
    return lines;
}


QStringList sqliteCatalogLines(QSqlDatabase &db, QString *error)
{
    QStringList lines;
    auto run = [&](const QString &sql) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql) && error && error->isEmpty())
            *error = q.lastError().text();
        return q;
    };
    QStringList tables;
    QSqlQuery q = run(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next()) {
        tables << q.value(0).toString();
        if (q.value(1).toString().contains(QStringLiteral("AUTOINCREMENT"), Qt::CaseInsensitive))
            lines << QStringLiteral("autoincrement %1").arg(q.value(0).toString());
    }
    for (const QString &table : std::as_const(tables)) {
        const QString quoted = u'"' + QString(table).replace(u'"', QStringLiteral("\"\"")) + u'"';
        QStringList names;
        QMap<int, QString> primaryKey;
        q = run(QStringLiteral("PRAGMA table_info(%1)").arg(quoted));
        while (q.next()) {
            const QString column = q.value(1).toString();
            names << column;
            QString line = QStringLiteral("column %1.%2: %3").arg(table, column, q.value(2).toString().toUpper());
            if (q.value(3).toInt())
                line += QStringLiteral(" NOT NULL");
            if (!q.value(4).isNull())
                line += QStringLiteral(" DEFAULT [%1]").arg(q.value(4).toString());
            lines << line;
            if (q.value(5).toInt() > 0)
                primaryKey.insert(q.value(5).toInt(), column);
        }
        lines << QStringLiteral("table %1 (%2)").arg(table, names.join(u','));
        if (!primaryKey.isEmpty())
            lines << QStringLiteral("primary key %1 (%2)").arg(table, primaryKey.values().join(u','));
        struct IndexRow { QString name; bool unique; QString origin; };
        std::vector<IndexRow> indexes;
        q = run(QStringLiteral("PRAGMA index_list(%1)").arg(quoted));
        while (q.next())
            indexes.push_back({q.value(1).toString(), q.value(2).toBool(), q.value(3).toString()});
        for (const IndexRow &index : indexes) {
            if (index.origin == u"pk")
                continue; // the primary key line says it
            QStringList cols;
            QSqlQuery c = run(QStringLiteral("PRAGMA index_xinfo(\"%1\")").arg(QString(index.name).replace(u'"', QStringLiteral("\"\""))));
            while (c.next()) {
                if (!c.value(5).toBool())
                    continue;
                QString col = c.value(1).toInt() == -2 ? QStringLiteral("<expr>") : c.value(2).toString();
                if (c.value(3).toBool())
                    col += QStringLiteral(" DESC");
                cols << col;
            }
            // Indexes of UNIQUE constraints get names from the table's name when it was created.
            const QString name = index.origin == u"u" ? QStringLiteral("<constraint>") : index.name;
            lines << QStringLiteral("index %1.%2: %3(%4)").arg(table, name, index.unique ? QStringLiteral("UNIQUE ") : QString(), cols.join(QStringLiteral(", ")));
        }
        q = run(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted));
        QMap<int, QString> fkTable, fkDelete, fkUpdate;
        QMap<int, QStringList> fkFrom, fkTo;
        while (q.next()) {
            const int id = q.value(0).toInt();
            fkTable[id] = q.value(2).toString();
            fkFrom[id] << q.value(3).toString();
            fkTo[id] << q.value(4).toString();
            fkUpdate[id] = q.value(5).toString();
            fkDelete[id] = q.value(6).toString();
        }
        for (auto it = fkTable.cbegin(); it != fkTable.cend(); ++it)
            lines << QStringLiteral("foreign key %1 (%2) -> %3 (%4) ON DELETE %5 ON UPDATE %6")
                         .arg(table, fkFrom[it.key()].join(u','), it.value(), fkTo[it.key()].join(u','), fkDelete[it.key()], fkUpdate[it.key()]);
    }
    lines.sort();
    return lines;
}

QStringList withoutColumnOrder(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines) {
        if (line.startsWith(QStringLiteral("table ")) && line.endsWith(u')')) {
            const qsizetype open = line.indexOf(QStringLiteral(" ("));
            QStringList columns = line.mid(open + 2, line.size() - open - 3).split(u',');
            columns.sort();
            out << line.left(open) + QStringLiteral(" (") + columns.join(u',') + u')';
        } else {
            out << line;
        }
    }
    out.sort();
    return out;
}

QStringList withoutEnumOrder(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        if (line.startsWith(QStringLiteral("enum ")) && colon > 0) {
            QStringList values = line.mid(colon + 2).split(u',');
            values.sort();
            out << line.left(colon + 2) + values.join(u',');
        } else {
            out << line;
        }
    }
    out.sort();
    return out;
}

QStringList lineDifferences(const QStringList &expected, const QStringList &actual)
{
    QStringList differences;
    const QSet<QString> expectedSet(expected.begin(), expected.end());
    const QSet<QString> actualSet(actual.begin(), actual.end());
    for (const QString &line : expected) {
        if (!actualSet.contains(line))
            differences << QStringLiteral("- ") + line;
    }
    for (const QString &line : actual) {
        if (!expectedSet.contains(line))
            differences << QStringLiteral("+ ") + line;
    }
    return differences;
}

} // namespace strata::tests
