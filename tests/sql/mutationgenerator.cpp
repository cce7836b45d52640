// SPDX-License-Identifier: GPL-3.0-or-later
#include "mutationgenerator.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <functional>
#include <vector>

namespace strata::tests {

namespace {

struct Field {
    QString name;
    QString map;
    QString type;       ///< scalar type or enum name
    bool isEnum = false;
    char arity = 'r';   ///< 'r' required, 'o' optional, 'l' list
    bool id = false;
    bool unique = false;
    bool updatedAt = false;
    QString defaultValue; ///< the text inside @default(...)
    QString native;       ///< "VarChar(40)" for @db.VarChar(40)
    QString fkOf;         ///< the relation this field is a foreign key of
};

struct Index {
    bool unique = false;
    QStringList fields;
    QString map;
    QString type;         ///< PostgreSQL index type: Hash, Gin, ...
    QStringList sorts;    ///< per field: "" or "Desc"/"Asc"
};

struct Model {
    QString name;
    QString map;
    std::vector<Field> fields;
    std::vector<Index> indexes;
    QStringList compoundId;

    Field *field(const QString &n)
    {
        for (Field &f : fields) {
            if (f.name == n)
                return &f;
        }
        return nullptr;
    }
    const Field *idField() const
    {
        for (const Field &f : fields) {
            if (f.id)
                return &f;
        }
        return nullptr;
    }
};

struct Relation {
    QString id;           ///< stable key, also the name when one is needed
    char kind = 'n';      ///< 'n' one-to-many, '1' one-to-one, 'm' many-to-many
    QString child;        ///< holds the foreign key (for 'm': the first side)
    QString parent;
    QString childField;   ///< relation field on the child
    QString parentField;  ///< back relation field on the parent
    QStringList fkFields; ///< on the child
    bool optional = false;
    QString onDelete;
    QString onUpdate;
    QString map;
};

struct Enum {
    QString name;
    QString map;
    QStringList values;
    QHash<QString, QString> valueMaps;
};

struct Schema {
    QString provider;
    QString relationMode;
    std::vector<Model> models;
    std::vector<Enum> enums;
    std::vector<Relation> relations;
    int counter = 0;

    Model *model(const QString &n)
    {
        for (Model &m : models) {
            if (m.name == n)
                return &m;
        }
        return nullptr;
    }
    Enum *enumType(const QString &n)
    {
        for (Enum &e : enums) {
            if (e.name == n)
                return &e;
        }
        return nullptr;
    }
};

const QStringList scalarTypes = {QStringLiteral("String"), QStringLiteral("Int"), QStringLiteral("BigInt"), QStringLiteral("Float"),
                                 QStringLiteral("Decimal"), QStringLiteral("Boolean"), QStringLiteral("DateTime"), QStringLiteral("Json"),
                                 QStringLiteral("Bytes")};
const QStringList modelNames = {QStringLiteral("User"), QStringLiteral("Post"), QStringLiteral("Tag"), QStringLiteral("Comment"),
                                QStringLiteral("Profile"), QStringLiteral("Category"), QStringLiteral("Order"), QStringLiteral("Item"),
                                QStringLiteral("Account"), QStringLiteral("Session"), QStringLiteral("Invoice"), QStringLiteral("Team"),
                                QStringLiteral("Project"), QStringLiteral("Task"), QStringLiteral("Label"), QStringLiteral("Note")};
const QStringList fieldNames = {QStringLiteral("title"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("score"),
                                QStringLiteral("count"), QStringLiteral("price"), QStringLiteral("active"), QStringLiteral("createdAt"),
                                QStringLiteral("data"), QStringLiteral("payload"), QStringLiteral("slug"), QStringLiteral("rank"),
                                QStringLiteral("weight"), QStringLiteral("status"), QStringLiteral("code"), QStringLiteral("body")};
const QStringList enumNames = {QStringLiteral("Role"), QStringLiteral("Status"), QStringLiteral("Kind"), QStringLiteral("Level"),
                               QStringLiteral("Color")};
const QStringList enumValueNames = {QStringLiteral("ALPHA"), QStringLiteral("BETA"), QStringLiteral("GAMMA"), QStringLiteral("DELTA"),
                                    QStringLiteral("OMEGA"), QStringLiteral("SIGMA")};

} // namespace

struct MutationGenerator::State {
    QString provider;
    QRandomGenerator random;
    Schema schema;

    bool pg() const { return provider == u"postgresql"; }
    bool my() const { return provider == u"mysql"; }
    int below(int n) { return n <= 0 ? 0 : int(random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    QString fresh(const QString &base) { return base + QString::number(++schema.counter); }

    // ---- values -----------------------------------------------------------------------------------------
    /// MySQL natives that MariaDB takes with every default scalarDefault() picks and that can be indexed.
    QString mysqlNativeFor(const QString &type)
    {
        if (type == u"String")
            return pick(QStringList{QStringLiteral("VarChar(%1)").arg(10 + below(180)), QStringLiteral("Char(%1)").arg(1 + below(20))});
        if (type == u"Int")
            return pick(QStringList{QStringLiteral("Int"), QStringLiteral("SmallInt"), QStringLiteral("MediumInt")});
        if (type == u"BigInt")
            return QStringLiteral("BigInt");
        if (type == u"Float")
            return pick(QStringList{QStringLiteral("Double"), QStringLiteral("Float")});
        if (type == u"Decimal")
            return QStringLiteral("Decimal(%1, %2)").arg(10 + below(10)).arg(2 + below(4));
        if (type == u"DateTime")
            return pick(QStringList{QStringLiteral("DateTime(%1)").arg(below(7)), QStringLiteral("Timestamp(%1)").arg(below(7))});
        if (type == u"Bytes")
            return pick(QStringList{QStringLiteral("Blob"), QStringLiteral("MediumBlob"), QStringLiteral("VarBinary(100)")});
        if (type == u"Boolean")
            return QStringLiteral("TinyInt");
        return {};
    }

    QString nativeFor(const QString &type)
    {
        if (my())
            return chance(35) ? mysqlNativeFor(type) : QString();
        if (!pg() || !chance(35))
            return {};
        if (type == u"String") {
            const QStringList options = {QStringLiteral("VarChar(%1)").arg(10 + below(240)), QStringLiteral("Text"),
                                         QStringLiteral("Char(%1)").arg(1 + below(20)), QStringLiteral("Uuid"), QStringLiteral("Citext"),
                                         QStringLiteral("VarChar")};
            return pick(options);
        }
        if (type == u"Int")
            return pick(QStringList{QStringLiteral("Integer"), QStringLiteral("SmallInt")});
        if (type == u"BigInt")
            return QStringLiteral("BigInt");
        if (type == u"Float")
            return pick(QStringList{QStringLiteral("DoublePrecision"), QStringLiteral("Real")});
        if (type == u"Decimal")
            return pick(QStringList{QStringLiteral("Decimal(%1, %2)").arg(10 + below(10)).arg(below(6)), QStringLiteral("Money")});
        if (type == u"DateTime") {
            const QStringList options = {QStringLiteral("Timestamp(%1)").arg(below(7)), QStringLiteral("Timestamptz(%1)").arg(below(7)),
                                         QStringLiteral("Date"), QStringLiteral("Timestamptz"), QStringLiteral("Time(%1)").arg(below(7))};
            return pick(options);
        }
        if (type == u"Json")
            return pick(QStringList{QStringLiteral("Json"), QStringLiteral("JsonB")});
        if (type == u"Bytes")
            return QStringLiteral("ByteA");
        if (type == u"Boolean")
            return QStringLiteral("Boolean");
        return {};
    }

    QString scalarDefault(const QString &type)
    {
        if (type == u"String") {
            const QStringList options = {QStringLiteral("\"hello\""), QStringLiteral("\"\""), QStringLiteral("\"it's\""),
                                         QStringLiteral("cuid()"), QStringLiteral("uuid()"), QStringLiteral("\"a\\\"b\"")};
            return pick(options);
        }
        if (type == u"Int")
            return QString::number(below(200) - 50);
        if (type == u"BigInt")
            return QString::number(below(100000));
        if (type == u"Float")
            return pick(QStringList{QStringLiteral("1.5"), QStringLiteral("0"), QStringLiteral("-2.25"), QStringLiteral("3.0")});
        if (type == u"Decimal")
            return pick(QStringList{QStringLiteral("1.25"), QStringLiteral("\"9.99\""), QStringLiteral("0")});
        if (type == u"Boolean")
            return chance(50) ? QStringLiteral("true") : QStringLiteral("false");
        if (type == u"DateTime" && my())
            return QStringLiteral("now()"); // Prisma writes RFC 3339 literals with an offset, which MariaDB refuses
        if (type == u"DateTime")
            return pick(QStringList{QStringLiteral("now()"), QStringLiteral("\"2024-01-02T03:04:05Z\""), QStringLiteral("\"2020-06-01T10:00:00.123+02:00\"")});
        if (type == u"Json")
            return pick(QStringList{QStringLiteral("\"{}\""), QStringLiteral("\"[1, 2]\""), QStringLiteral("\"{\\\"a\\\": 1}\"")});
        if (type == u"Bytes")
            return pick(QStringList{QStringLiteral("\"aGVsbG8=\""), QStringLiteral("\"\"")});
        return {};
    }

    QString defaultFor(const Field &field)
    {
        if (field.isEnum) {
            const Enum *e = schema.enumType(field.type);
            if (!e || e->values.isEmpty())
                return {};
            if (field.arity == 'l')
                return chance(30) ? QStringLiteral("[]") : u'[' + pick(e->values) + u']';
            return pick(e->values);
        }
        if (field.arity == 'l') {
            if (field.type == u"Json" || field.type == u"Bytes" || field.type == u"DateTime" || field.type == u"Decimal")
                return {};
            const QString item = scalarDefault(field.type);
            if (item.endsWith(u')'))
                return QStringLiteral("[]");
            return chance(30) ? QStringLiteral("[]") : u'[' + item + u']';
        }
        if (field.native == u"Uuid") {
            return chance(50) ? QStringLiteral("uuid()") : QStringLiteral("dbgenerated(\"gen_random_uuid()\")");
        }
        QString value = scalarDefault(field.type);
        if (field.native == u"Date" || field.native.startsWith(QStringLiteral("Time(")))
            value = QStringLiteral("now()");
        if (field.native == u"Money")
            value = QStringLiteral("1.5");
        if (field.native.startsWith(QStringLiteral("Char(")) && value.startsWith(u'"'))
            value = QStringLiteral("\"x\"");
        return value;
    }

    // ---- building -------------------------------------------------------------------------------------
    Field randomScalar(const Model &model)
    {
        Field field;
        do {
            field.name = chance(70) ? pick(fieldNames) : fresh(QStringLiteral("f"));
        } while (const_cast<Model &>(model).field(field.name) || isRelationFieldName(model.name, field.name));
        if (!schema.enums.empty() && chance(20)) {
            field.type = schema.enums[below(int(schema.enums.size()))].name;
            field.isEnum = true;
        } else {
            field.type = pick(scalarTypes);
        }
        field.arity = chance(30) ? 'o' : 'r';
        if (pg() && chance(10) && field.type != u"Json")
            field.arity = 'l';
        if (!field.isEnum && field.arity != 'l')
            field.native = nativeFor(field.type);
        if (field.type == u"DateTime" && field.arity == 'r' && chance(15) && field.native.isEmpty())
            field.updatedAt = true;
        else if (chance(35))
            field.defaultValue = defaultFor(field);
        if (field.arity != 'l' && !field.isEnum && field.type != u"Json" && field.type != u"Bytes" && chance(12))
            field.unique = true;
        if (chance(12))
            field.map = QStringLiteral("col_") + field.name;
        return field;
    }

    bool isRelationFieldName(const QString &model, const QString &name) const
    {
        for (const Relation &r : schema.relations) {
            if ((r.child == model && r.childField == name) || (r.parent == model && r.parentField == name))
                return true;
        }
        return false;
    }

    Field idField()
    {
        Field id;
        id.name = QStringLiteral("id");
        id.id = true;
        const int kind = below(pg() ? 6 : 4);
        switch (kind) {
        case 0:
            id.type = QStringLiteral("Int");
            id.defaultValue = QStringLiteral("autoincrement()");
            break;
        case 1:
            id.type = QStringLiteral("String");
            id.defaultValue = QStringLiteral("cuid()");
            break;
        case 2:
            id.type = QStringLiteral("String");
            id.defaultValue = QStringLiteral("uuid()");
            break;
        case 3:
            id.type = QStringLiteral("Int");
            break;
        case 4:
            id.type = QStringLiteral("BigInt");
            id.defaultValue = QStringLiteral("autoincrement()");
            break;
        default:
            id.type = QStringLiteral("String");
            id.native = QStringLiteral("Uuid");
            id.defaultValue = QStringLiteral("dbgenerated(\"gen_random_uuid()\")");
            break;
        }
        return id;
    }

    QString unusedModelName()
    {
        QStringList free;
        for (const QString &name : modelNames) {
            if (!schema.model(name) && !schema.enumType(name))
                free << name;
        }
        return free.isEmpty() ? fresh(QStringLiteral("Model")) : pick(free);
    }

    Model newModel()
    {
        Model model;
        model.name = unusedModelName();
        if (chance(8)) {
            // a compound primary key
            Field a;
            a.name = QStringLiteral("keyA");
            a.type = QStringLiteral("String");
            Field b;
            b.name = QStringLiteral("keyB");
            b.type = QStringLiteral("Int");
            model.fields.push_back(a);
            model.fields.push_back(b);
            model.compoundId = {QStringLiteral("keyA"), QStringLiteral("keyB")};
        } else {
            model.fields.push_back(idField());
        }
        const int count = 1 + below(4);
        for (int i = 0; i < count; ++i)
            model.fields.push_back(randomScalar(model));
        if (chance(15))
            model.map = QStringLiteral("tbl_") + model.name.toLower();
        return model;
    }

    QStringList indexableFields(const Model &model) const
    {
        QStringList names;
        for (const Field &f : model.fields) {
            if (f.arity != 'l' && f.type != u"Json" && f.type != u"Bytes")
                names << f.name;
        }
        return names;
    }

    bool addIndex(Model &model, bool unique)
    {
        QStringList candidates = indexableFields(model);
        if (candidates.isEmpty())
            return false;
        Index index;
        index.unique = unique;
        const int n = 1 + below(std::min<int>(2, int(candidates.size())));
        for (int i = 0; i < n; ++i) {
            const QString name = candidates.takeAt(below(int(candidates.size())));
            index.fields << name;
            index.sorts << (chance(15) ? (chance(50) ? QStringLiteral("Desc") : QStringLiteral("Asc")) : QString());
        }
        // No two indexes of a kind on the same fields: their names would clash.
        for (const Index &existing : model.indexes) {
            if (existing.unique == unique && existing.fields == index.fields)
                return false;
        }
        if (unique && index.fields.size() == 1) {
            const Field *f = model.field(index.fields.front());
            if (f->unique || f->id)
                return false;
        }
        if (!unique && pg() && chance(15) && index.fields.size() == 1 && index.sorts.front().isEmpty())
            index.type = QStringLiteral("Hash");
        if (chance(20))
            index.map = fresh(unique ? QStringLiteral("uniq_") : QStringLiteral("idx_"));
        model.indexes.push_back(index);
        return true;
    }

    int relationsBetween(const QString &a, const QString &b) const
    {
        int n = 0;
        for (const Relation &r : schema.relations) {
            if ((r.child == a && r.parent == b) || (r.child == b && r.parent == a))
                ++n;
        }
        return n;
    }

    bool addRelation()
    {
        if (schema.models.size() < 2)
            return false;
        Model *child = &schema.models[below(int(schema.models.size()))];
        Model *parent = &schema.models[below(int(schema.models.size()))];
        if (child == parent)
            return false;
        const Field *parentId = parent->idField();
        if (!parentId)
            return false;
        Relation r;
        r.id = fresh(QStringLiteral("rel"));
        r.child = child->name;
        r.parent = parent->name;
        const int kind = below(10);
        r.kind = kind < 6 ? 'n' : kind < 8 ? '1' : 'm';
        if (r.kind == 'm' && (!child->idField() || (!pg() && chance(30))))
            r.kind = 'n';
        r.childField = QStringLiteral("r") + r.id;
        r.parentField = QStringLiteral("b") + r.id;
        if (r.kind != 'm') {
            Field fk;
            fk.name = parent->name.left(1).toLower() + parent->name.mid(1) + QStringLiteral("Id") + QString::number(schema.counter);
            fk.type = parentId->type;
            fk.native = parentId->native;
            r.optional = chance(35);
            fk.arity = r.optional ? 'o' : 'r';
            fk.unique = r.kind == '1';
            fk.fkOf = r.id;
            if (chance(10))
                fk.map = QStringLiteral("col_") + fk.name;
            child->fields.push_back(fk);
            r.fkFields << fk.name;
            if (chance(30))
                r.onDelete = pick(referentialActions(r.optional));
            if (chance(20))
                r.onUpdate = pick(referentialActions(r.optional));
            if ((pg() || my()) && chance(10)) // SQLite has no named foreign keys
                r.map = fresh(QStringLiteral("fk_"));
        }
        schema.relations.push_back(r);
        return true;
    }

    QStringList referentialActions(bool optional) const
    {
        // relationMode = "prisma" emulates only these three.
        QStringList actions = {QStringLiteral("Cascade"), QStringLiteral("Restrict")};
        if (optional)
            actions << QStringLiteral("SetNull");
        if (schema.relationMode.isEmpty()) {
            actions << QStringLiteral("NoAction");
            if (pg())
                actions << QStringLiteral("SetDefault");
        }
        return actions;
    }

    void newSchema()
    {
        schema = Schema();
        schema.provider = provider;
        if (chance(8))
            schema.relationMode = QStringLiteral("prisma");
        const int enumCount = below(3);
        for (int i = 0; i < enumCount; ++i)
            addEnum();
        const int modelCount = 2 + below(4);
        for (int i = 0; i < modelCount; ++i)
            schema.models.push_back(newModel());
        const int relationCount = below(4);
        for (int i = 0; i < relationCount; ++i)
            addRelation();
        for (Model &model : schema.models) {
            const int indexCount = below(3);
            for (int i = 0; i < indexCount; ++i)
                addIndex(model, chance(40));
        }
    }

    bool addEnum()
    {
        QStringList free;
        for (const QString &name : enumNames) {
            if (!schema.enumType(name) && !schema.model(name))
                free << name;
        }
        if (free.isEmpty())
            return false;
        Enum e;
        e.name = pick(free);
        QStringList values = enumValueNames;
        const int n = 1 + below(4);
        for (int i = 0; i < n; ++i)
            e.values << values.takeAt(below(int(values.size())));
        if (chance(15))
            e.map = QStringLiteral("enum_") + e.name.toLower();
        if (chance(15))
            e.valueMaps.insert(e.values.front(), e.values.front().toLower());
        schema.enums.push_back(e);
        return true;
    }

    // ---- mutations ------------------------------------------------------------------------------------
    Model *randomModel() { return schema.models.empty() ? nullptr : &schema.models[below(int(schema.models.size()))]; }

    /// A plain scalar field (no key, no foreign key), or nullptr.
    Field *plainField(Model &model, bool allowIndexed = false)
    {
        std::vector<Field *> candidates;
        for (Field &f : model.fields) {
            if (f.id || !f.fkOf.isEmpty() || model.compoundId.contains(f.name))
                continue;
            if (!allowIndexed && isIndexed(model, f.name))
                continue;
            candidates.push_back(&f);
        }
        return candidates.empty() ? nullptr : candidates[below(int(candidates.size()))];
    }

    static bool isIndexed(const Model &model, const QString &field)
    {
        return std::any_of(model.indexes.begin(), model.indexes.end(), [&](const Index &i) { return i.fields.contains(field); });
    }

    void removeRelation(const QString &id, bool keepForeignKeys)
    {
        for (size_t i = 0; i < schema.relations.size(); ++i) {
            const Relation &r = schema.relations[i];
            if (r.id != id)
                continue;
            if (Model *child = schema.model(r.child)) {
                for (const QString &fk : r.fkFields) {
                    if (keepForeignKeys) {
                        if (Field *f = child->field(fk))
                            f->fkOf.clear();
                    } else {
                        child->indexes.erase(std::remove_if(child->indexes.begin(), child->indexes.end(),
                                                            [&](const Index &x) { return x.fields.contains(fk); }),
                                             child->indexes.end());
                        child->fields.erase(std::remove_if(child->fields.begin(), child->fields.end(),
                                                           [&](const Field &f) { return f.name == fk; }),
                                            child->fields.end());
                    }
                }
            }
            schema.relations.erase(schema.relations.begin() + qsizetype(i));
            return;
        }
    }

    QString mutate()
    {
        for (int attempt = 0; attempt < 50; ++attempt) {
            const QString done = tryMutation(below(28));
            if (!done.isEmpty())
                return done;
        }
        return {};
    }

    QString tryMutation(int which)
    {
        switch (which) {
        case 0: { // add model
            if (schema.models.size() >= 7)
                return {};
            Model model = newModel();
            schema.models.push_back(model);
            return QStringLiteral("add model ") + model.name;
        }
        case 1: { // drop model
            if (schema.models.size() <= 1)
                return {};
            const QString name = randomModel()->name;
            QStringList relations;
            for (const Relation &r : schema.relations) {
                if (r.child == name || r.parent == name)
                    relations << r.id;
            }
            for (const QString &id : relations)
                removeRelation(id, false);
            schema.models.erase(std::remove_if(schema.models.begin(), schema.models.end(), [&](const Model &m) { return m.name == name; }),
                                schema.models.end());
            return QStringLiteral("drop model ") + name;
        }
        case 2: { // add field
            Model *model = randomModel();
            if (!model)
                return {};
            Field field = randomScalar(*model);
            model->fields.insert(model->fields.begin() + below(int(model->fields.size()) + 1), field);
            return QStringLiteral("add field %1.%2").arg(model->name, field.name);
        }
        case 3: { // drop field
            Model *model = randomModel();
            Field *field = model ? plainField(*model, true) : nullptr;
            if (!field)
                return {};
            const QString name = field->name;
            model->indexes.erase(std::remove_if(model->indexes.begin(), model->indexes.end(), [&](const Index &i) { return i.fields.contains(name); }),
                                 model->indexes.end());
            model->fields.erase(std::remove_if(model->fields.begin(), model->fields.end(), [&](const Field &f) { return f.name == name; }),
                                model->fields.end());
            return QStringLiteral("drop field %1.%2").arg(model->name, name);
        }
        case 4: { // change type
            Model *model = randomModel();
            Field *field = model ? plainField(*model) : nullptr;
            if (!field || field->unique)
                return {};
            const QString before = field->type;
            if (!schema.enums.empty() && chance(25)) {
                field->type = schema.enums[below(int(schema.enums.size()))].name;
                field->isEnum = true;
            } else {
                field->type = pick(scalarTypes);
                field->isEnum = false;
            }
            if (field->type == before)
                return {};
            if (field->arity == 'l' && field->type == u"Json")
                field->arity = 'o';
            field->updatedAt = false;
            field->native = field->isEnum || field->arity == 'l' ? QString() : nativeFor(field->type);
            field->defaultValue = chance(40) ? defaultFor(*field) : QString();
            return QStringLiteral("change type %1.%2 %3 -> %4").arg(model->name, field->name, before, field->type);
        }
        case 5: { // change native type
            if (!pg())
                return {};
            Model *model = randomModel();
            Field *field = model ? plainField(*model, true) : nullptr;
            if (!field || field->isEnum || field->arity == 'l')
                return {};
            const QString before = field->native;
            field->native = nativeFor(field->type);
            if (field->native == before)
                return {};
            if (field->native == u"Uuid" || field->native == u"Date" || field->native.startsWith(QStringLiteral("Time("))
                || field->native.startsWith(QStringLiteral("Char(")) || field->native == u"Money")
                field->defaultValue = field->defaultValue.isEmpty() ? QString() : defaultFor(*field);
            if (field->updatedAt && !field->native.isEmpty())
                field->updatedAt = false;
            return QStringLiteral("change native type %1.%2 '%3' -> '%4'").arg(model->name, field->name, before, field->native);
        }
        case 6: { // toggle optionality
            Model *model = randomModel();
            Field *field = model ? plainField(*model, true) : nullptr;
            if (!field || field->arity == 'l' || field->unique)
                return {};
            field->arity = field->arity == 'r' ? 'o' : 'r';
            return QStringLiteral("make %1.%2 %3").arg(model->name, field->name,
                                                       field->arity == 'o' ? QStringLiteral("optional") : QStringLiteral("required"));
        }
        case 7: { // change default
            Model *model = randomModel();
            Field *field = model ? plainField(*model, true) : nullptr;
            if (!field || field->updatedAt)
                return {};
            const QString before = field->defaultValue;
            field->defaultValue = chance(30) ? QString() : defaultFor(*field);
            if (field->defaultValue == before)
                return {};
            return QStringLiteral("change default %1.%2 '%3' -> '%4'").arg(model->name, field->name, before, field->defaultValue);
        }
        case 8: { // add index
            Model *model = randomModel();
            return model && addIndex(*model, false) ? QStringLiteral("add index on ") + model->name : QString();
        }
        case 9: { // add unique
            Model *model = randomModel();
            return model && addIndex(*model, true) ? QStringLiteral("add unique on ") + model->name : QString();
        }
        case 10: { // drop index or unique
            Model *model = randomModel();
            if (!model || model->indexes.empty())
                return {};
            const int i = below(int(model->indexes.size()));
            const QString what = model->indexes[i].unique ? QStringLiteral("unique") : QStringLiteral("index");
            const QString fields = model->indexes[i].fields.join(u',');
            model->indexes.erase(model->indexes.begin() + i);
            return QStringLiteral("drop %1 %2(%3)").arg(what, model->name, fields);
        }
        case 11: { // add relation
            return addRelation() ? QStringLiteral("add relation ") + schema.relations.back().id : QString();
        }
        case 12: { // drop relation
            if (schema.relations.empty())
                return {};
            const QString id = schema.relations[below(int(schema.relations.size()))].id;
            const bool keep = chance(40);
            removeRelation(id, keep);
            return QStringLiteral("drop relation %1%2").arg(id, keep ? QStringLiteral(" (keep its columns)") : QString());
        }
        case 13: { // referential action
            std::vector<Relation *> candidates;
            for (Relation &r : schema.relations) {
                if (r.kind != 'm')
                    candidates.push_back(&r);
            }
            if (candidates.empty())
                return {};
            Relation *r = candidates[below(int(candidates.size()))];
            if (chance(60))
                r->onDelete = chance(20) ? QString() : pick(referentialActions(r->optional));
            else
                r->onUpdate = chance(20) ? QString() : pick(referentialActions(r->optional));
            return QStringLiteral("referential actions of %1: onDelete '%2' onUpdate '%3'").arg(r->id, r->onDelete, r->onUpdate);
        }
        case 14: { // relation optionality
            std::vector<Relation *> candidates;
            for (Relation &r : schema.relations) {
                if (r.kind != 'm')
                    candidates.push_back(&r);
            }
            if (candidates.empty())
                return {};
            Relation *r = candidates[below(int(candidates.size()))];
            r->optional = !r->optional;
            if (!r->optional && r->onDelete == u"SetNull")
                r->onDelete.clear();
            if (!r->optional && r->onUpdate == u"SetNull")
                r->onUpdate.clear();
            if (Model *child = schema.model(r->child)) {
                for (const QString &fk : r->fkFields) {
                    if (Field *f = child->field(fk))
                        f->arity = r->optional ? 'o' : 'r';
                }
            }
            return QStringLiteral("make relation %1 %2").arg(r->id, r->optional ? QStringLiteral("optional") : QStringLiteral("required"));
        }
        case 15: { // field @map
            Model *model = randomModel();
            if (!model)
                return {};
            Field &field = model->fields[below(int(model->fields.size()))];
            const QString before = field.map;
            field.map = field.map.isEmpty() ? QStringLiteral("col_") + field.name : chance(50) ? QString() : fresh(QStringLiteral("c_"));
            return QStringLiteral("@map of %1.%2 '%3' -> '%4'").arg(model->name, field.name, before, field.map);
        }
        case 16: { // model @@map
            Model *model = randomModel();
            if (!model)
                return {};
            const QString before = model->map;
            model->map = model->map.isEmpty() ? QStringLiteral("tbl_") + model->name.toLower() : QString();
            return QStringLiteral("@@map of %1 '%2' -> '%3'").arg(model->name, before, model->map);
        }
        case 17: { // add enum
            if (!addEnum())
                return {};
            Enum &e = schema.enums.back();
            if (Model *model = randomModel(); model && chance(70)) {
                Field field;
                field.name = fresh(QStringLiteral("e"));
                field.type = e.name;
                field.isEnum = true;
                field.arity = chance(40) ? 'o' : 'r';
                if (chance(50))
                    field.defaultValue = defaultFor(field);
                model->fields.push_back(field);
            }
            return QStringLiteral("add enum ") + e.name;
        }
        case 18: { // drop enum
            if (schema.enums.empty())
                return {};
            const QString name = schema.enums[below(int(schema.enums.size()))].name;
            for (Model &model : schema.models) {
                for (const Field &f : model.fields) {
                    if (f.isEnum && f.type == name)
                        model.indexes.erase(std::remove_if(model.indexes.begin(), model.indexes.end(),
                                                           [&](const Index &i) { return i.fields.contains(f.name); }),
                                            model.indexes.end());
                }
                model.fields.erase(std::remove_if(model.fields.begin(), model.fields.end(),
                                                  [&](const Field &f) { return f.isEnum && f.type == name; }),
                                   model.fields.end());
            }
            schema.enums.erase(std::remove_if(schema.enums.begin(), schema.enums.end(), [&](const Enum &e) { return e.name == name; }),
                               schema.enums.end());
            return QStringLiteral("drop enum ") + name;
        }
        case 19: { // add enum value
            if (schema.enums.empty())
                return {};
            Enum &e = schema.enums[below(int(schema.enums.size()))];
            QStringList free;
            for (const QString &v : enumValueNames) {
                if (!e.values.contains(v))
                    free << v;
            }
            if (free.isEmpty())
                return {};
            const QString value = pick(free);
            e.values.insert(below(int(e.values.size()) + 1), value);
            if (chance(15))
                e.valueMaps.insert(value, value.toLower());
            return QStringLiteral("add value %1.%2").arg(e.name, value);
        }
        case 20: { // drop enum value
            if (schema.enums.empty())
                return {};
            Enum &e = schema.enums[below(int(schema.enums.size()))];
            if (e.values.size() < 2)
                return {};
            const QString value = e.values.takeAt(below(int(e.values.size())));
            e.valueMaps.remove(value);
            for (Model &model : schema.models) {
                for (Field &f : model.fields) {
                    if (f.isEnum && f.type == e.name && f.defaultValue.contains(value))
                        f.defaultValue = defaultFor(f);
                }
            }
            return QStringLiteral("drop value %1.%2").arg(e.name, value);
        }
        case 21: { // enum @@map or value @map
            if (schema.enums.empty())
                return {};
            Enum &e = schema.enums[below(int(schema.enums.size()))];
            if (chance(50)) {
                e.map = e.map.isEmpty() ? QStringLiteral("enum_") + e.name.toLower() : QString();
                return QStringLiteral("@@map of enum %1 -> '%2'").arg(e.name, e.map);
            }
            const QString value = pick(e.values);
            if (e.valueMaps.contains(value))
                e.valueMaps.remove(value);
            else
                e.valueMaps.insert(value, value.toLower() + QStringLiteral("_v"));
            return QStringLiteral("@map of value %1.%2").arg(e.name, value);
        }
        case 22: { // index map: renames the index
            Model *model = randomModel();
            if (!model || model->indexes.empty())
                return {};
            Index &index = model->indexes[below(int(model->indexes.size()))];
            const QString before = index.map;
            index.map = index.map.isEmpty() || chance(50) ? fresh(index.unique ? QStringLiteral("uniq_") : QStringLiteral("idx_")) : QString();
            return QStringLiteral("map of index %1(%2) '%3' -> '%4'").arg(model->name, index.fields.join(u','), before, index.map);
        }
        case 23: { // relation map: renames the foreign key
            if (!pg() && !my())
                return {};
            std::vector<Relation *> candidates;
            for (Relation &r : schema.relations) {
                if (r.kind != 'm')
                    candidates.push_back(&r);
            }
            if (candidates.empty())
                return {};
            Relation *r = candidates[below(int(candidates.size()))];
            const QString before = r->map;
            r->map = r->map.isEmpty() || chance(50) ? fresh(QStringLiteral("fk_")) : QString();
            return QStringLiteral("map of relation %1 '%2' -> '%3'").arg(r->id, before, r->map);
        }
        case 24: { // field-level @unique
            Model *model = randomModel();
            Field *field = model ? plainField(*model) : nullptr;
            if (!field || field->arity == 'l' || field->isEnum || field->type == u"Json" || field->type == u"Bytes")
                return {};
            field->unique = !field->unique;
            return QStringLiteral("%1 @unique on %2.%3").arg(field->unique ? QStringLiteral("add") : QStringLiteral("drop"), model->name, field->name);
        }
        case 25: { // autoincrement on a plain Int column (PostgreSQL: a sequence)
            if (!pg())
                return {};
            Model *model = randomModel();
            Field *field = model ? plainField(*model, true) : nullptr;
            if (!field || field->arity != 'r' || (field->type != u"Int" && field->type != u"BigInt"))
                return {};
            const bool had = field->defaultValue == u"autoincrement()";
            field->defaultValue = had ? QString() : QStringLiteral("autoincrement()");
            field->native.clear();
            return QStringLiteral("%1 autoincrement on %2.%3").arg(had ? QStringLiteral("drop") : QStringLiteral("add"), model->name, field->name);
        }
        case 26: { // change the type of a primary key nothing refers to
            Model *model = randomModel();
            if (!model || !model->idField())
                return {};
            const bool referenced = std::any_of(schema.relations.begin(), schema.relations.end(),
                                                [&](const Relation &r) { return r.parent == model->name || (r.kind == 'm' && r.child == model->name); });
            if (referenced)
                return {};
            Field &id = *model->field(model->idField()->name);
            const QString before = id.type;
            const Field fresh = idField();
            id.type = fresh.type;
            id.defaultValue = fresh.defaultValue;
            id.native = fresh.native;
            return QStringLiteral("primary key of %1 %2 -> %3 %4").arg(model->name, before, id.type, id.defaultValue);
        }
        case 27: { // index sort order or method
            Model *model = randomModel();
            if (!model || model->indexes.empty())
                return {};
            Index &index = model->indexes[below(int(model->indexes.size()))];
            if (pg() && !index.unique && index.fields.size() == 1 && chance(40)) {
                index.type = index.type.isEmpty() ? QStringLiteral("Hash") : QString();
                index.sorts = QStringList{QString()};
                return QStringLiteral("index type of %1(%2) -> '%3'").arg(model->name, index.fields.join(u','), index.type);
            }
            if (!index.type.isEmpty())
                return {};
            const int i = below(int(index.fields.size()));
            index.sorts[i] = index.sorts[i].isEmpty() ? QStringLiteral("Desc") : QString();
            return QStringLiteral("sort of %1(%2) field %3 -> '%4'").arg(model->name, index.fields.join(u','), index.fields.at(i), index.sorts.at(i));
        }
        }
        return {};
    }

    // ---- printing -------------------------------------------------------------------------------------
    QString print() const
    {
        QString out;
        out += QStringLiteral("datasource db {\n  provider = \"%1\"\n").arg(provider);
        if (!schema.relationMode.isEmpty())
            out += QStringLiteral("  relationMode = \"%1\"\n").arg(schema.relationMode);
        out += QStringLiteral("}\n");
        for (const Enum &e : schema.enums) {
            out += QStringLiteral("\nenum %1 {\n").arg(e.name);
            for (const QString &value : e.values) {
                out += QStringLiteral("  ") + value;
                if (e.valueMaps.contains(value))
                    out += QStringLiteral(" @map(\"%1\")").arg(e.valueMaps.value(value));
                out += u'\n';
            }
            if (!e.map.isEmpty())
                out += QStringLiteral("\n  @@map(\"%1\")\n").arg(e.map);
            out += QStringLiteral("}\n");
        }
        for (const Model &model : schema.models) {
            out += QStringLiteral("\nmodel %1 {\n").arg(model.name);
            for (const Field &f : model.fields) {
                out += QStringLiteral("  %1 %2%3").arg(f.name, f.type, f.arity == 'o' ? QStringLiteral("?") : f.arity == 'l' ? QStringLiteral("[]") : QString());
                if (f.id)
                    out += QStringLiteral(" @id");
                if (f.unique)
                    out += QStringLiteral(" @unique");
                if (!f.defaultValue.isEmpty())
                    out += QStringLiteral(" @default(%1)").arg(f.defaultValue);
                if (f.updatedAt)
                    out += QStringLiteral(" @updatedAt");
                if (!f.native.isEmpty())
                    out += QStringLiteral(" @db.") + f.native;
                if (!f.map.isEmpty())
                    out += QStringLiteral(" @map(\"%1\")").arg(f.map);
                out += u'\n';
            }
            for (const Relation &r : schema.relations) {
                const bool named = relationsBetween(r.child, r.parent) > 1;
                const QString name = named ? QStringLiteral("\"%1\"").arg(r.id) : QString();
                if (r.child == model.name) {
                    if (r.kind == 'm') {
                        out += QStringLiteral("  %1 %2[]%3\n").arg(r.childField, r.parent, named ? QStringLiteral(" @relation(%1)").arg(name) : QString());
                        continue;
                    }
                    QStringList arguments;
                    if (named)
                        arguments << name;
                    QStringList references;
                    const Model *parent = const_cast<Schema &>(schema).model(r.parent);
                    references << (parent && parent->idField() ? parent->idField()->name : QStringLiteral("id"));
                    arguments << QStringLiteral("fields: [%1]").arg(r.fkFields.join(QStringLiteral(", ")))
                              << QStringLiteral("references: [%1]").arg(references.join(QStringLiteral(", ")));
                    if (!r.onDelete.isEmpty())
                        arguments << QStringLiteral("onDelete: ") + r.onDelete;
                    if (!r.onUpdate.isEmpty())
                        arguments << QStringLiteral("onUpdate: ") + r.onUpdate;
                    if (!r.map.isEmpty())
                        arguments << QStringLiteral("map: \"%1\"").arg(r.map);
                    out += QStringLiteral("  %1 %2%3 @relation(%4)\n")
                               .arg(r.childField, r.parent, r.optional ? QStringLiteral("?") : QString(), arguments.join(QStringLiteral(", ")));
                }
                if (r.parent == model.name) {
                    const QString arity = r.kind == '1' ? QStringLiteral("?") : QStringLiteral("[]");
                    out += QStringLiteral("  %1 %2%3%4\n").arg(r.parentField, r.child, arity, named ? QStringLiteral(" @relation(%1)").arg(name) : QString());
                }
            }
            if (!model.compoundId.isEmpty())
                out += QStringLiteral("\n  @@id([%1])\n").arg(model.compoundId.join(QStringLiteral(", ")));
            for (const Index &index : model.indexes) {
                QStringList fields;
                for (int i = 0; i < index.fields.size(); ++i) {
                    const QString sort = index.sorts.value(i);
                    fields << (sort.isEmpty() ? index.fields.at(i) : QStringLiteral("%1(sort: %2)").arg(index.fields.at(i), sort));
                }
                QString line = QStringLiteral("  @@%1([%2]").arg(index.unique ? QStringLiteral("unique") : QStringLiteral("index"),
                                                                fields.join(QStringLiteral(", ")));
                if (!index.type.isEmpty())
                    line += QStringLiteral(", type: ") + index.type;
                if (!index.map.isEmpty())
                    line += QStringLiteral(", map: \"%1\"").arg(index.map);
                out += line + QStringLiteral(")\n");
            }
            if (!model.map.isEmpty())
                out += QStringLiteral("  @@map(\"%1\")\n").arg(model.map);
            out += QStringLiteral("}\n");
        }
        return out;
    }
};

MutationGenerator::MutationGenerator(const QString &provider, quint32 seed)
    : m_state(std::make_unique<State>())
{
    m_state->provider = provider;
    m_state->random.seed(seed);
}

MutationGenerator::~MutationGenerator() = default;

MutationGenerator::Pair MutationGenerator::next(int minMutations, int maxMutations)
{
    State &s = *m_state;
    s.newSchema();
    Pair pair;
    pair.from = s.print();
    const int count = minMutations + s.below(maxMutations - minMutations + 1);
    for (int i = 0; i < count; ++i) {
        const QString done = s.mutate();
        if (!done.isEmpty())
            pair.mutations << done;
    }
    pair.to = s.print();
    return pair;
}

} // namespace strata::tests
