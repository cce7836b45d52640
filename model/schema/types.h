// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "psl/span.h"
#include "psl/name.h"
#include "psl/outofline.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

/// The value types of the schema graph: models, fields, enums, indexes, relations and configuration.
namespace strata::schema {

using psl::Name;
using psl::OutOfLine;

/// Identifies a node for its lifetime and across re-parses where its name (and its parent's) did not change.
using NodeId = quint32;

enum class Provider { Unknown, PostgreSql, CockroachDb, MySql, Sqlite, SqlServer, MongoDb };

enum class ScalarType : quint8 { String, Boolean, Int, BigInt, Float, Decimal, DateTime, Json, Bytes };

enum class Arity : quint8 { Required, Optional, List };

enum class FieldKind : quint8 { Scalar, Enum, Relation, Composite, Unsupported, Unknown };

enum class ReferentialAction : quint8 { Unset, Cascade, Restrict, NoAction, SetNull, SetDefault };

enum class IndexKind { Normal, Unique, Fulltext, PrimaryKey };

enum class RelationKind { OneToOne, OneToMany, ManyToMany };

/// `@db.VarChar(255)`: the native type name and its arguments as written.
struct NativeType {
    QString name;
    QStringList arguments;
    psl::Span span;

    bool isSet() const { return !name.isEmpty(); }
    QString toString() const;
};

/// What `@default(...)` says.
struct DefaultValue {
    enum class Kind : quint8 { None, String, Number, Boolean, EnumValue, Autoincrement, Now, Uuid, Cuid, Nanoid, Ulid,
                               DbGenerated, Sequence, List, Function };

    Name value;                      ///< literal text, enum value name, dbgenerated() argument, or function name
    // The parts few defaults have are held out of line: a large schema has tens of thousands of defaults.
    OutOfLine<std::vector<DefaultValue>> items; ///< List
    OutOfLine<QStringList> arguments; ///< Sequence, Function: the arguments as written (`maxValue: 10`)
    OutOfLine<QString> map;           ///< `map:` name of the default constraint
    int version = 0;                 ///< uuid(4|7), cuid(1|2), nanoid(length); 0 when not given
    Kind kind = Kind::None;

    bool isSet() const { return kind != Kind::None; }
    bool isFunction() const;
};

/// The `@relation(...)` of a relation field.
struct RelationAttribute {
    QString name;
    QStringList fields;
    QStringList references;
    QString map;
    psl::Span span;
    ReferentialAction onDelete = ReferentialAction::Unset;
    ReferentialAction onUpdate = ReferentialAction::Unset;
    bool present = false;
};

/// The parts of a field that fewest fields have, held together out of line.
struct RareFieldParts {
    QStringList documentation;
    QString unsupportedType; ///< the text inside Unsupported("...")

    bool operator==(const RareFieldParts &) const = default;
};

/// A field of a model or composite type. A large schema has tens of thousands, so the rarely set parts
/// (documentation, Unsupported type text, native type, default, `@relation`) are held OutOfLine: an unset one costs a
/// pointer.
struct Field {
    Name name;
    Name typeName;              ///< as written: "String", "Post", "Role", "Unsupported"
    OutOfLine<QString> mappedName;          ///< @map
    OutOfLine<RareFieldParts> rare;         ///< documentation() and unsupportedType()
    OutOfLine<NativeType> nativeType;
    OutOfLine<DefaultValue> defaultValue;
    OutOfLine<RelationAttribute> relation;
    psl::Span span;
    NodeId id = 0;
    FieldKind kind = FieldKind::Unknown;
    Arity arity = Arity::Required;
    std::optional<ScalarType> scalarType;
    bool isId = false;          ///< @id
    bool isUnique = false;      ///< @unique
    bool isUpdatedAt = false;
    bool isIgnored = false;

    QString databaseName() const { return mappedName->isEmpty() ? name.text() : *mappedName; }
    /// The `///` lines above the field, without the marker.
    const QStringList &documentation() const { return rare->documentation; }
    void setDocumentation(QStringList lines) { setRarePart(&RareFieldParts::documentation, std::move(lines)); }
    /// The text inside Unsupported("...").
    const QString &unsupportedType() const { return rare->unsupportedType; }
    void setUnsupportedType(QString text) { setRarePart(&RareFieldParts::unsupportedType, std::move(text)); }
    bool isOptional() const { return arity == Arity::Optional; }
    bool isList() const { return arity == Arity::List; }
    bool isRelation() const { return kind == FieldKind::Relation; }
    bool isScalarLike() const { return kind == FieldKind::Scalar || kind == FieldKind::Enum || kind == FieldKind::Unsupported; }

private:
    /// Writes a rare part; an empty one allocates nothing where nothing is held yet.
    template<typename T>
    void setRarePart(T RareFieldParts::*part, T value)
    {
        if (!value.isEmpty() || rare.isAllocated())
            rare.mut().*part = std::move(value);
    }
};
static_assert(sizeof(OutOfLine<DefaultValue>) == sizeof(void *));
// Two names, five pointers, a span, the id, eight one-byte members and at most 4 bytes of tail padding: 88 bytes on
// 64-bit. A new member or a padding hole between members trips this.
static_assert(sizeof(Field) <= 2 * sizeof(Name) + 5 * sizeof(void *) + sizeof(psl::Span) + sizeof(NodeId) + 8 + 4,
              "Field grew or gained padding: mind its memory, a schema has tens of thousands");

struct IndexField {
    Name name;         ///< field name; for composite paths "a.b"
    Name sort;         ///< "Asc", "Desc" or empty
    Name ops;          ///< operator class, e.g. "raw(\"gin_trgm_ops\")" or "JsonbPathOps"
    int length = 0;    ///< MySQL prefix length, 0 when not given
    psl::Span span;
};

/// @@index, @@unique, @@fulltext, @@id, and the field-level @id / @unique.
struct Index {
    NodeId id = 0;
    IndexKind kind = IndexKind::Normal;
    std::vector<IndexField> fields;
    // Most indexes have none of these three: held out of line (a large schema has tens of thousands of indexes).
    OutOfLine<QString> name;      ///< `name:` (the client name of @@id / @@unique)
    OutOfLine<QString> map;       ///< `map:` (the database name)
    OutOfLine<QString> algorithm; ///< `type:` BTree, Hash, Gist, Gin, SpGist, Brin
    std::optional<bool> clustered;
    bool fromFieldAttribute = false;
    psl::Span span;

    QStringList fieldNames() const;
};

struct Model {
    NodeId id = 0;
    QString name;
    QString mappedName;   ///< @@map
    bool isView = false;
    bool isIgnored = false;
    QString schemaName;   ///< @@schema
    std::vector<Field> fields;
    std::vector<Index> indexes; ///< every index, unique and primary key, field-level ones included
    QStringList documentation;
    psl::Span span;
    psl::Span nameSpan;

    QString databaseName() const { return mappedName.isEmpty() ? name : mappedName; }
    const Field *field(QStringView fieldName) const;
    Field *field(QStringView fieldName);
    const Index *primaryKey() const;
};

struct EnumValue {
    NodeId id = 0;
    QString name;
    QString mappedName;
    QStringList documentation;
    psl::Span span;

    QString databaseName() const { return mappedName.isEmpty() ? name : mappedName; }
};

struct Enum {
    NodeId id = 0;
    QString name;
    QString mappedName;
    QString schemaName;
    std::vector<EnumValue> values;
    QStringList documentation;
    psl::Span span;
    psl::Span nameSpan;

    QString databaseName() const { return mappedName.isEmpty() ? name : mappedName; }
    const EnumValue *value(QStringView valueName) const;
};

/// A composite `type` (MongoDB).
struct CompositeType {
    NodeId id = 0;
    QString name;
    std::vector<Field> fields;
    QStringList documentation;
    psl::Span span;
    psl::Span nameSpan;
};

/// An edge between two models. Side A holds `fields`/`references` when there are any.
struct Relation {
    NodeId id = 0;
    QString name;           ///< explicit name, or empty
    RelationKind kind = RelationKind::OneToMany;
    QString modelA;
    QString fieldA;
    QString modelB;
    QString fieldB;         ///< empty when the back-relation field is missing

    bool isSelfRelation() const { return modelA == modelB; }
    /// Prisma's implicit many-to-many join table name: `_` + relation name, or `_AToB` by model names.
    QString joinTableName() const;
};

/// `key = value` of a datasource or generator, the value as written; kept so that the printer can write
/// the block back.
struct ConfigProperty {
    QString name;
    QString value;

    bool operator==(const ConfigProperty &) const = default;
};

struct Datasource {
    QString name;
    QString provider;          ///< as written
    Provider activeProvider = Provider::Unknown;
    QString relationMode;      ///< "foreignKeys", "prisma" or empty
    QStringList schemas;
    QStringList extensions;    ///< as written, e.g. `pgvector(map: "vector")`
    bool hasUrl = false;
    std::vector<ConfigProperty> properties; ///< every property, in source order
    psl::Span span;
    psl::Span providerSpan;
};

struct Generator {
    QString name;
    QString provider;
    QString output;
    QStringList previewFeatures;
    std::vector<ConfigProperty> properties; ///< every property, in source order
    psl::Span span;
};

std::optional<ScalarType> scalarTypeFromName(QStringView name);
QString scalarTypeName(ScalarType type);
/// The same as a Name of static text that copies share without counting (every scalar field of a graph holds one).
const Name &scalarTypeNameHandle(ScalarType type);
Provider providerFromName(QStringView name);
QString providerName(Provider provider);
std::optional<ReferentialAction> referentialActionFromName(QStringView name);
QString referentialActionName(ReferentialAction action);

} // namespace strata::schema
