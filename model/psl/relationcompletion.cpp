// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationcompletion_p.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace strata::psl {
namespace {

// --- Names: cruet's camel case and plural, as Prisma uses them for the fields it adds ---------------------

bool isAlphanumeric(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

bool isNumeric(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Number_DecimalDigit || category == QChar::Number_Letter || category == QChar::Number_Other;
}

char32_t asciiLower(char32_t c)
{
    return c >= U'A' && c <= U'Z' ? c + 32 : c;
}

char32_t asciiUpper(char32_t c)
{
    return c >= U'a' && c <= U'z' ? c - 32 : c;
}

struct Rule {
    QRegularExpression pattern;
    QString replacement;
};

const std::vector<Rule> &pluralRules()
{
    // Applied from the last to the first; the first that matches wins.
    static const std::vector<Rule> rules = [] {
        const std::pair<const char *, const char *> table[] = {
            {R"((\w*)s$)", "s"},
            {R"((\w*([^aeiou]ese))$)", ""},
            {R"((\w*(ax|test))is$)", "es"},
            {R"((\w*(alias|[^aou]us|tlas|gas|ris))$)", "es"},
            {R"((\w*(e[mn]u))s?$)", "s"},
            {R"((\w*([^l]ias|[aeiou]las|[emjzr]as|[iu]am))$)", ""},
            {R"((\w*(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat))(?:us|i)$)", "i"},
            {R"((\w*(alumn|alg|vertebr))(?:a|ae)$)", "ae"},
            {R"((\w*(seraph|cherub))(?:im)?$)", "im"},
            {R"((\w*(her|at|gr))o$)", "oes"},
            {R"((\w*(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor))(?:a|um)$)", "a"},
            {R"((\w*(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat))(?:a|on)$)", "a"},
            {R"((\w*)sis$)", "ses"},
            {R"((\w*(kni|wi|li))fe$)", "ves"},
            {R"((\w*(ar|l|ea|eo|oa|hoo))f$)", "ves"},
            {R"((\w*([^aeiouy]|qu))y$)", "ies"},
            {R"((\w*([^ch][ieo][ln]))ey$)", "ies"},
            {R"((\w*(x|ch|ss|sh|zz)es)$)", ""},
            {R"((\w*(x|ch|ss|sh|zz))$)", "es"},
            {R"((\w*(matr|cod|mur|sil|vert|ind|append))(?:ix|ex)$)", "ices"},
            {R"((\w*(m|l))(?:ice|ouse)$)", "ice"},
            {R"((\w*(pe))(?:rson|ople)$)", "ople"},
            {R"((\w*(child))(?:ren)?$)", "ren"},
            {R"((\w*eaux)$)", ""},
        };
        std::vector<Rule> out;
        for (const auto &[pattern, replacement] : table)
            out.push_back({QRegularExpression(QString::fromLatin1(pattern), QRegularExpression::UseUnicodePropertiesOption),
                           QString::fromLatin1(replacement)});
        return out;
    }();
    return rules;
}

const QSet<QString> &uncountableWords()
{
    static const QSet<QString> words = [] {
        const char *const list[] = {
            "accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air", "aircraft", "alcohol",
            "anger", "applause", "arithmetic", "assistance", "athletics", "bacon", "baggage", "beef", "biology", "blood",
            "botany", "bread", "butter", "carbon", "cardboard", "cash", "chalk", "chaos", "chess", "crossroads",
            "countryside", "dancing", "deer", "dignity", "dirt", "dust", "economics", "education", "electricity",
            "engineering", "enjoyment", "envy", "equipment", "ethics", "evidence", "evolution", "fame", "fiction",
            "flour", "flu", "food", "fuel", "fun", "furniture", "gallows", "garbage", "garlic", "genetics", "gold",
            "golf", "gossip", "grammar", "gratitude", "grief", "guilt", "gymnastics", "happiness", "hardware", "harm",
            "hate", "hatred", "health", "heat", "help", "homework", "honesty", "honey", "hospitality", "housework",
            "humour", "hunger", "hydrogen", "ice", "importance", "inflation", "information", "innocence", "iron",
            "irony", "jam", "jewelry", "judo", "karate", "knowledge", "lack", "laughter", "lava", "leather", "leisure",
            "lightning", "linguine", "linguini", "linguistics", "literature", "litter", "livestock", "logic",
            "loneliness", "luck", "luggage", "macaroni", "machinery", "magic", "management", "mankind", "marble",
            "mathematics", "mayonnaise", "measles", "methane", "milk", "money", "mud", "music", "mumps", "nature",
            "news", "nitrogen", "nonsense", "nurture", "nutrition", "obedience", "obesity", "oxygen", "pasta",
            "patience", "physics", "poetry", "pollution", "poverty", "pride", "psychology", "publicity", "punctuation",
            "quartz", "racism", "relaxation", "reliability", "research", "respect", "revenge", "rice", "rubbish", "rum",
            "safety", "scenery", "seafood", "seaside", "series", "shame", "sheep", "shopping", "sleep", "smoke",
            "smoking", "snow", "soap", "software", "soil", "spaghetti", "species", "steam", "stuff", "stupidity",
            "sunshine", "symmetry", "tennis", "thirst", "thunder", "timber", "traffic", "transportation", "trust",
            "underwear", "unemployment", "unity", "validity", "veal", "vegetation", "vegetarianism", "vengeance",
            "violence", "vitality", "warmth", "wealth", "weather", "welfare", "wheat", "wildlife", "wisdom", "yoga",
            "zinc", "zoology",
        };
        QSet<QString> set;
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

QString firstLower(const QString &s)
{
    if (s.isEmpty())
        return s;
    const int length = s.front().isHighSurrogate() && s.size() > 1 ? 2 : 1;
    return s.left(length).toLower() + s.mid(length);
}

QString firstUpper(const QString &s)
{
    if (s.isEmpty())
        return s;
    const int length = s.front().isHighSurrogate() && s.size() > 1 ? 2 : 1;
    return s.left(length).toUpper() + s.mid(length);
}

// --- The parts of Prisma's parser database that relation completion needs -------------------------------

enum class Arity { Required, Optional, List };

Arity arityOf(const FieldType &type)
{
    switch (type.arity) {
    case FieldType::Arity::Optional:
        return Arity::Optional;
    case FieldType::Arity::List:
    case FieldType::Arity::LegacyList:
    case FieldType::Arity::OptionalList:
        return Arity::List;
    case FieldType::Arity::Required:
    case FieldType::Arity::LegacyRequired:
        break;
    }
    return Arity::Required;
}

QString arityText(Arity arity)
{
    switch (arity) {
    case Arity::Optional: return QStringLiteral("?");
    case Arity::List: return QStringLiteral("[]");
    case Arity::Required: break;
    }
    return {};
}

const QStringList &builtinScalars()
{
    static const QStringList names = {QStringLiteral("String"), QStringLiteral("Boolean"), QStringLiteral("Int"),
                                      QStringLiteral("BigInt"), QStringLiteral("Float"),   QStringLiteral("Decimal"),
                                      QStringLiteral("DateTime"), QStringLiteral("Json"),  QStringLiteral("Bytes")};
    return names;
}

const QSet<QString> &reservedTypeNames()
{
    static const QSet<QString> names = [] {
        const char *const list[] = {"PrismaClient", "break", "case", "catch", "class", "const", "continue", "debugger",
                                    "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally",
                                    "for", "function", "if", "implements", "import", "in", "instanceof", "interface",
                                    "let", "new", "null", "package", "private", "protected", "public", "return", "super",
                                    "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
                                    "yield"};
        QSet<QString> set;
        for (const char *name : list)
            set.insert(QString::fromLatin1(name));
        return set;
    }();
    return names;
}

struct FieldInfo {
    enum class Kind { Scalar, Enum, Composite, Unsupported, Relation };

    const Field *ast = nullptr;
    QString name;
    Arity arity = Arity::Required;
    Kind kind = Kind::Scalar;
    QString typeName;
    int target = -1; ///< Relation: the referenced model
    const Attribute *relationAttribute = nullptr;
    std::optional<QString> relationName;
    std::optional<std::vector<int>> fields;     ///< `fields:` of @relation, as indexes into this model
    std::optional<std::vector<QString>> references; ///< `references:` of @relation, names in the target
    const Attribute *nativeType = nullptr;
};

struct ModelInfo {
    int file = 0;
    const Block *block = nullptr;
    QString name;
    bool ignored = false;
    std::vector<FieldInfo> fields;
    std::optional<std::vector<int>> primaryKey;
    std::vector<std::vector<int>> uniqueIndexes; ///< field @unique in field order, then @@unique

    int fieldIndex(QStringView fieldName) const
    {
        for (size_t i = 0; i < fields.size(); ++i) {
            if (fields[i].name == fieldName)
                return int(i);
        }
        return -1;
    }
    bool isScalarField(int index) const { return index >= 0 && fields[size_t(index)].kind != FieldInfo::Kind::Relation; }
};

struct Relation {
    enum class Kind { ManyToMany, OneToOne, OneToMany };
    Kind kind = Kind::OneToMany;
    int modelA = -1; ///< the referencing model
    int modelB = -1; ///< the referenced model
    int fieldA = -1; ///< forward field on modelA, or -1
    int fieldB = -1; ///< back field on modelB, or -1
};

/// The names an index-like attribute lists: `[a, b(sort: Desc)]` or a bare `a`.
bool isOperatorClass(const Expression &e)
{
    static const QSet<QString> classes = [] {
        QSet<QString> set = {QStringLiteral("InetOps"), QStringLiteral("JsonbOps"), QStringLiteral("JsonbPathOps"),
                             QStringLiteral("ArrayOps"), QStringLiteral("TextOps"), QStringLiteral("BitMinMaxOps"),
                             QStringLiteral("VarBitMinMaxOps"), QStringLiteral("InetInclusionOps")};
        for (const char *type : {"Bpchar", "Bytea", "Date", "Float4", "Float8", "Inet", "Int2", "Int4", "Int8", "Numeric",
                                 "Oid", "Text", "Timestamp", "TimestampTz", "Time", "TimeTz", "Uuid"}) {
            for (const char *kind : {"BloomOps", "MinMaxOps", "MinMaxMultiOps"})
                set.insert(QString::fromLatin1(type) + QString::fromLatin1(kind));
        }
        return set;
    }();
    if (e.isFunction())
        return e.text == u"raw" && e.arguments.size() == 1 && e.arguments.front().value && e.arguments.front().value->isString();
    return e.isConstant() && classes.contains(e.text);
}

/// The names an index-like attribute lists: `[a, b(sort: Desc)]` or a bare `a`. With `withArguments`, an
/// item may carry `sort`, `length` and `ops`; otherwise items are plain names. Nullopt when invalid.
std::optional<QStringList> fieldNames(const Expression &e, bool withArguments = true)
{
    QStringList names;
    auto nameOf = [withArguments](const Expression &item) -> std::optional<QString> {
        if (item.isConstant())
            return item.text;
        if (!item.isFunction() || !withArguments)
            return std::nullopt;
        for (const Argument &argument : item.arguments) {
            if (!argument.value || !argument.isNamed())
                return std::nullopt;
            const Expression &value = *argument.value;
            const QString &name = argument.name.name;
            if (name == u"sort" && !(value.isConstant() && (value.text == u"Asc" || value.text == u"Desc")))
                return std::nullopt;
            if (name == u"length" && !value.isNumber())
                return std::nullopt;
            if (name == u"ops" && !isOperatorClass(value))
                return std::nullopt;
        }
        return item.text;
    };
    if (e.isArray()) {
        for (const Expression &item : e.items) {
            const auto name = nameOf(item);
            if (!name)
                return std::nullopt;
            names << *name;
        }
        return names;
    }
    if (const auto name = nameOf(e)) {
        names << *name;
        return names;
    }
    return std::nullopt;
}

/// Reads an attribute's arguments the way Prisma's parser database does: each is taken once, by name (the
/// unnamed one stands for the attribute's default argument); one left over, repeated, without a value or
/// followed by a trailing comma is an error.
class Arguments {
public:
    explicit Arguments(const Attribute &attribute)
    {
        if (attribute.trailingComma)
            m_ok = false;
        for (const Argument &argument : attribute.arguments) {
            if (!argument.value) {
                m_ok = false;
            } else if (argument.isNamed()) {
                if (m_named.contains(argument.name.name))
                    m_ok = false;
                m_named.insert(argument.name.name, &*argument.value);
            } else {
                if (m_unnamed)
                    m_ok = false;
                m_unnamed = &*argument.value;
            }
        }
    }

    /// The argument `name`, or the unnamed one.
    const Expression *defaultArgument(const QString &name)
    {
        const Expression *named = m_named.take(name);
        const Expression *unnamed = std::exchange(m_unnamed, nullptr);
        if (named && unnamed)
            m_ok = false;
        return named ? named : unnamed;
    }
    const Expression *required(const QString &name)
    {
        const Expression *value = defaultArgument(name);
        if (!value)
            m_ok = false;
        return value;
    }
    const Expression *optional(const QString &name) { return m_named.take(name); }
    void fail() { m_ok = false; }
    void check(bool condition)
    {
        if (!condition)
            m_ok = false;
    }
    /// Whether all went well and nothing is left over.
    bool finish() const { return m_ok && m_named.isEmpty() && !m_unnamed; }

private:
    QHash<QString, const Expression *> m_named;
    const Expression *m_unnamed = nullptr;
    bool m_ok = true;
};

bool isInteger(const Expression &e)
{
    bool ok = false;
    e.text.toLongLong(&ok);
    return e.isNumber() && ok;
}

bool isConstant(const Expression *e, std::initializer_list<QStringView> allowed)
{
    return e && e->isConstant() && std::any_of(allowed.begin(), allowed.end(), [&](QStringView a) { return a == e->text; });
}

/// `@map("name")`, `@@schema("name")`: one string argument.
bool nameIsString(const Attribute &attribute)
{
    Arguments args(attribute);
    const Expression *name = args.required(QStringLiteral("name"));
    return args.finish() && name->isString();
}

/// The optional `map`, `length`, `sort` and `clustered` arguments of @id and @unique.
void readIndexOptions(Arguments &args, bool fieldLevel)
{
    if (const Expression *map = args.optional(QStringLiteral("map")))
        args.check(map->isString() && !map->text.isEmpty());
    if (const Expression *clustered = args.optional(QStringLiteral("clustered")))
        args.check(isConstant(clustered, {u"true", u"false"}));
    if (fieldLevel) {
        if (const Expression *length = args.optional(QStringLiteral("length")))
            args.check(isInteger(*length));
        if (const Expression *sort = args.optional(QStringLiteral("sort")))
            args.check(isConstant(sort, {u"Asc", u"Desc"}));
    }
}

class Completion {
public:
    Completion(const SchemaAst &ast, const SourceSet &sources)
        : m_ast(ast)
        , m_sources(sources)
    {
    }

    std::vector<std::vector<Insertion>> run();

private:
    void collect();
    void checkTopNames();
    void resolveModel(ModelInfo &model);
    void resolveAttributes(ModelInfo &model);
    void checkOtherBlock(const Block &block);
    bool defaultIsValid(const Attribute &attribute, const FieldInfo &field, bool composite) const;
    bool readRelation(const Attribute &attribute, const ModelInfo &model, FieldInfo &field);
    bool literalIsValid(const Expression &value, const QString &type) const;
    void inferRelations();
    void complete(const Relation &relation);

    std::vector<int> uniqueCriteria(const ModelInfo &model, bool strict) const;
    struct Inferred {
        QString name;
        Arity arity;
        int blueprint; ///< field of the referenced model
        QString typeName;
        bool builtin;
    };
    std::vector<Inferred> inferScalarFields(const Relation &relation) const;
    QString fieldsArgument(const Relation &relation) const;
    QString referencesArgument(const Relation &relation) const;
    QStringView textOf(int file, const Span &span) const
    {
        return QStringView(m_sources.file(file).text()).mid(span.start, span.length());
    }
    void add(int file, int offset, const QString &text) { m_out[size_t(file)].push_back({offset, text}); }

    const SchemaAst &m_ast;
    const SourceSet &m_sources;
    bool m_blocked = false;
    std::vector<ModelInfo> m_models;
    QHash<QString, int> m_modelByName;
    QSet<QString> m_enums;
    QHash<QString, QStringList> m_enumValues;
    QSet<QString> m_compositeTypes;
    std::vector<Relation> m_relations;
    std::vector<std::vector<Insertion>> m_out;
};

void Completion::collect()
{
    for (const SchemaFile &file : m_ast.files) {
        for (const TopItem &item : file.items) {
            if (std::holds_alternative<RawLine>(item)) {
                m_blocked = true;
                continue;
            }
            const Block *block = std::get_if<Block>(&item);
            if (!block)
                continue;
            for (const BlockItem &member : block->items) {
                if (std::holds_alternative<RawLine>(member))
                    m_blocked = true;
            }
            if (block->kind == Block::Kind::Model || block->kind == Block::Kind::View) {
                ModelInfo model;
                model.file = file.index;
                model.block = block;
                model.name = block->name.name;
                m_modelByName.insert(model.name, int(m_models.size()));
                m_models.push_back(std::move(model));
            } else if (block->kind == Block::Kind::Enum) {
                m_enums.insert(block->name.name);
                QStringList &values = m_enumValues[block->name.name];
                for (const EnumValue *value : block->enumValues())
                    values << value->name.name;
            } else if (block->kind == Block::Kind::CompositeType) {
                m_compositeTypes.insert(block->name.name);
            }
        }
    }
}

bool badIdentifier(const QString &name)
{
    return name.isEmpty() || name.front().isDigit() || name.contains(u'-');
}

void Completion::checkTopNames()
{
    QSet<QString> tops, generators, datasources;
    for (const Block *block : m_ast.blocks()) {
        const QString &name = block->name.name;
        if (builtinScalars().contains(name))
            m_blocked = true;
        QSet<QString> *space = &tops;
        if (block->kind == Block::Kind::Generator)
            space = &generators;
        else if (block->kind == Block::Kind::Datasource)
            space = &datasources;
        if (space->contains(name))
            m_blocked = true;
        space->insert(name);
        if (block->kind != Block::Kind::Datasource && block->kind != Block::Kind::Generator
            && block->kind != Block::Kind::CompositeType) {
            if (badIdentifier(name) || reservedTypeNames().contains(name))
                m_blocked = true;
        }
        if (block->isConfig()) {
            QSet<QString> keys;
            for (const Property *property : block->properties()) {
                if (keys.contains(property->name.name))
                    m_blocked = true;
                keys.insert(property->name.name);
            }
        }
    }
}

bool Completion::readRelation(const Attribute &attribute, const ModelInfo &model, FieldInfo &field)
{
    Arguments args(attribute);
    // Prisma does not complain when the name is given both unnamed and as `name:`; the named one counts.
    const Expression *named = args.optional(QStringLiteral("name"));
    const Expression *unnamed = args.defaultArgument(QStringLiteral("name"));
    if (const Expression *name = named ? named : unnamed) {
        args.check(name->isString());
        field.relationName = name->text;
    }
    if (const Expression *fields = args.optional(QStringLiteral("fields"))) {
        const auto list = fieldNames(*fields, false);
        args.check(list.has_value());
        std::vector<int> indexes;
        for (const QString &fieldName : list.value_or(QStringList())) {
            const int index = model.fieldIndex(fieldName);
            args.check(model.isScalarField(index));
            indexes.push_back(index);
        }
        field.fields = indexes;
    }
    if (const Expression *references = args.optional(QStringLiteral("references"))) {
        const QStringList names = fieldNames(*references, false).value_or(QStringList());
        args.check(fieldNames(*references, false).has_value());
        field.references = std::vector<QString>(names.begin(), names.end());
    }
    for (const QString &action : {QStringLiteral("onDelete"), QStringLiteral("onUpdate")}) {
        if (const Expression *value = args.optional(action))
            args.check(isConstant(value, {u"Cascade", u"Restrict", u"NoAction", u"SetNull", u"SetDefault"}));
    }
    if (const Expression *map = args.optional(QStringLiteral("map")))
        args.check(map->isString());
    return args.finish();
}

bool Completion::literalIsValid(const Expression &value, const QString &type) const
{
    if (type == u"String" || type == u"Json" || type == u"Bytes" || type == u"DateTime")
        return value.isString();
    if (type == u"Int" || type == u"BigInt" || type == u"Float")
        return value.isNumber();
    if (type == u"Decimal")
        return value.isNumber() || value.isString();
    if (type == u"Boolean")
        return isConstant(&value, {u"true", u"false"});
    return false;
}

bool Completion::defaultIsValid(const Attribute &attribute, const FieldInfo &field, bool composite) const
{
    Arguments args(attribute);
    const Expression *value = args.required(QStringLiteral("value"));
    const Expression *map = args.optional(QStringLiteral("map"));
    if (map) {
        args.check(!composite && map->isString() && !map->text.isEmpty());
    }
    if (!value || !args.finish())
        return false;
    const bool list = field.arity == Arity::List;
    if (value->isFunction()) {
        const QString &function = value->text;
        const NodeList<Argument> &functionArgs = value->arguments;
        auto singleNumber = [&](auto accept) {
            if (functionArgs.empty())
                return true;
            if (functionArgs.size() > 1 || functionArgs.front().isNamed() || !functionArgs.front().value
                || !functionArgs.front().value->isNumber())
                return false;
            return bool(accept(functionArgs.front().value->text.toInt()));
        };
        if (function == u"dbgenerated") {
            if (composite)
                return false;
            if (functionArgs.empty())
                return true;
            return functionArgs.size() == 1 && functionArgs.front().value && functionArgs.front().value->isString()
                && !functionArgs.front().value->text.isEmpty();
        }
        if (field.kind == FieldInfo::Kind::Unsupported || field.kind == FieldInfo::Kind::Composite
            || field.kind == FieldInfo::Kind::Enum)
            return false;
        const QString &type = field.typeName;
        if (function == u"autoincrement") {
            return !composite && !map && (type == u"Int" || type == u"BigInt") && functionArgs.empty();
        }
        if (function == u"auto")
            return !composite && functionArgs.empty();
        if (function == u"now")
            return type == u"DateTime" && functionArgs.empty();
        if (function == u"cuid")
            return type == u"String" && singleNumber([](int n) { return n == 1 || n == 2; });
        if (function == u"uuid")
            return type == u"String" && singleNumber([](int n) { return n == 4 || n == 7; });
        if (function == u"ulid")
            return type == u"String" && functionArgs.empty();
        if (function == u"nanoid")
            return type == u"String" && singleNumber([](int n) { return n >= 2; });
        return !composite; // another function: the datasource's connector judges it later
    }
    switch (field.kind) {
    case FieldInfo::Kind::Enum: {
        const QStringList &values = m_enumValues.value(field.typeName);
        auto isValue = [&](const Expression &e) { return e.isConstant() && values.contains(e.text); };
        if (list)
            return value->isArray() && std::all_of(value->items.begin(), value->items.end(), isValue);
        return isValue(*value);
    }
    case FieldInfo::Kind::Scalar:
        if (list)
            return value->isArray()
                && std::all_of(value->items.begin(), value->items.end(),
                               [&](const Expression &item) { return literalIsValid(item, field.typeName); });
        return !value->isArray() && literalIsValid(*value, field.typeName);
    case FieldInfo::Kind::Composite:
    case FieldInfo::Kind::Unsupported:
    case FieldInfo::Kind::Relation:
        break;
    }
    return false;
}

void Completion::checkOtherBlock(const Block &block)
{
    if (block.kind == Block::Kind::Enum) {
        QSet<QString> values;
        for (const EnumValue *value : block.enumValues()) {
            if (values.contains(value->name.name) || badIdentifier(value->name.name))
                m_blocked = true;
            values.insert(value->name.name);
            QSet<QString> seen;
            for (const Attribute &attribute : value->attributes) {
                if (attribute.name.name != u"map" || seen.contains(attribute.name.name) || !nameIsString(attribute))
                    m_blocked = true;
                seen.insert(attribute.name.name);
            }
        }
        QSet<QString> seen;
        for (const BlockAttribute *attribute : block.blockAttributes()) {
            const QString &name = attribute->attribute.name.name;
            if ((name != u"map" && name != u"schema") || seen.contains(name) || !nameIsString(attribute->attribute))
                m_blocked = true;
            seen.insert(name);
        }
    } else if (block.kind == Block::Kind::CompositeType) {
        QSet<QString> names;
        for (const Field *field : block.fields()) {
            if (names.contains(field->name.name) || !field->type)
                m_blocked = true;
            names.insert(field->name.name);
            if (!field->type)
                continue;
            const QString &type = field->type->name.name;
            const bool builtin = builtinScalars().contains(type);
            if (!field->type->isUnsupported() && !builtin && !m_enums.contains(type) && !m_compositeTypes.contains(type))
                m_blocked = true;
            FieldInfo info;
            info.arity = arityOf(*field->type);
            info.typeName = type;
            info.kind = field->type->isUnsupported() ? FieldInfo::Kind::Unsupported
                : builtin                        ? FieldInfo::Kind::Scalar
                : m_enums.contains(type)         ? FieldInfo::Kind::Enum
                                                 : FieldInfo::Kind::Composite;
            QSet<QString> seen;
            for (const Attribute &attribute : field->attributes) {
                const QString &name = attribute.name.name;
                const bool native = name.contains(u'.') && builtin;
                if ((name != u"map" && name != u"default" && !native) || seen.contains(name) || attribute.trailingComma)
                    m_blocked = true;
                if (name == u"map" && !nameIsString(attribute))
                    m_blocked = true;
                if (name == u"default" && !defaultIsValid(attribute, info, true))
                    m_blocked = true;
                seen.insert(name);
            }
        }
        if (!block.blockAttributes().empty())
            m_blocked = true;
    }
}

void Completion::resolveModel(ModelInfo &model)
{
    if (badIdentifier(model.name) || reservedTypeNames().contains(model.name))
        m_blocked = true;
    QSet<QString> names;
    for (const Field *field : model.block->fields()) {
        FieldInfo info;
        info.ast = field;
        info.name = field->name.name;
        if (names.contains(info.name) || badIdentifier(info.name))
            m_blocked = true;
        names.insert(info.name);
        if (!field->type) {
            m_blocked = true;
            model.fields.push_back(std::move(info));
            continue;
        }
        info.arity = arityOf(*field->type);
        info.typeName = field->type->name.name;
        if (field->type->isUnsupported()) {
            info.kind = FieldInfo::Kind::Unsupported;
        } else if (builtinScalars().contains(info.typeName)) {
            info.kind = FieldInfo::Kind::Scalar;
        } else if (m_modelByName.contains(info.typeName)) {
            info.kind = FieldInfo::Kind::Relation;
            info.target = m_modelByName.value(info.typeName);
        } else if (m_enums.contains(info.typeName)) {
            info.kind = FieldInfo::Kind::Enum;
        } else if (m_compositeTypes.contains(info.typeName)) {
            info.kind = FieldInfo::Kind::Composite;
        } else {
            m_blocked = true; // an unknown type
        }
        model.fields.push_back(std::move(info));
    }
}

void Completion::resolveAttributes(ModelInfo &model)
{
    for (size_t i = 0; i < model.fields.size(); ++i) {
        FieldInfo &field = model.fields[i];
        QSet<QString> seen;
        for (const Attribute &attribute : field.ast->attributes) {
            const QString &name = attribute.name.name;
            if (seen.contains(name) || attribute.trailingComma)
                m_blocked = true;
            seen.insert(name);
            if (field.kind == FieldInfo::Kind::Relation) {
                if (name == u"relation") {
                    field.relationAttribute = &attribute;
                    if (!readRelation(attribute, model, field))
                        m_blocked = true;
                } else if (name == u"ignore") {
                    if (!Arguments(attribute).finish())
                        m_blocked = true;
                } else {
                    m_blocked = true; // @id, @unique, @default, @map or unknown on a relation field
                }
                continue;
            }
            if (name == u"id" || name == u"unique") {
                Arguments args(attribute);
                readIndexOptions(args, true);
                if (!args.finish())
                    m_blocked = true;
                if (name == u"unique") {
                    model.uniqueIndexes.push_back({int(i)});
                } else {
                    if (model.primaryKey)
                        m_blocked = true;
                    model.primaryKey = std::vector<int>{int(i)};
                }
            } else if (name == u"updatedAt") {
                if (field.typeName != u"DateTime" || field.kind != FieldInfo::Kind::Scalar || field.arity == Arity::List
                    || !Arguments(attribute).finish())
                    m_blocked = true;
            } else if (name == u"ignore") {
                if (field.kind == FieldInfo::Kind::Unsupported || !Arguments(attribute).finish())
                    m_blocked = true;
            } else if (name == u"map") {
                if (!nameIsString(attribute))
                    m_blocked = true;
            } else if (name == u"default") {
                if (!defaultIsValid(attribute, field, false))
                    m_blocked = true;
            } else if (name.contains(u'.')) {
                if (field.kind != FieldInfo::Kind::Scalar)
                    m_blocked = true;
                else if (!field.nativeType)
                    field.nativeType = &attribute;
            } else if (name != u"shardKey") {
                m_blocked = true; // @relation on a scalar field, or an unknown attribute
            }
        }
    }

    auto resolveFields = [&](const Expression *value, std::vector<int> *out) {
        if (!value) {
            m_blocked = true;
            return;
        }
        const auto list = fieldNames(*value);
        if (!list) {
            m_blocked = true;
            return;
        }
        QSet<QString> listed;
        for (const QString &path : *list) {
            const int index = model.fieldIndex(path.section(u'.', 0, 0));
            if (!model.isScalarField(index) || listed.contains(path))
                m_blocked = true;
            // `a.b` reaches into a composite type field.
            if (path.contains(u'.') && index >= 0 && model.fields[size_t(index)].kind != FieldInfo::Kind::Composite)
                m_blocked = true;
            listed.insert(path);
            if (out)
                out->push_back(index);
        }
    };
    QSet<QString> seen;
    std::vector<std::vector<int>> blockUniques;
    for (const BlockAttribute *blockAttribute : model.block->blockAttributes()) {
        const Attribute &attribute = blockAttribute->attribute;
        const QString &name = attribute.name.name;
        const bool repeatable = name == u"index" || name == u"unique" || name == u"fulltext";
        if ((!repeatable && seen.contains(name)) || attribute.trailingComma)
            m_blocked = true;
        seen.insert(name);
        if (name == u"id" || name == u"unique" || name == u"index" || name == u"fulltext" || name == u"shardKey") {
            Arguments args(attribute);
            std::vector<int> fields;
            resolveFields(args.required(QStringLiteral("fields")), &fields);
            if (name == u"fulltext") {
                if (const Expression *map = args.optional(QStringLiteral("map")))
                    args.check(map->isString() && !map->text.isEmpty());
            } else if (name != u"shardKey") {
                const Expression *indexName = args.optional(QStringLiteral("name"));
                if (indexName)
                    args.check(indexName->isString());
                // @@index takes `name` only as an old spelling of `map`, not both.
                const bool hasMap = attribute.named(u"map") != nullptr;
                if (name == u"index" && indexName && hasMap)
                    args.fail();
                readIndexOptions(args, false);
            }
            if (name == u"index") {
                if (const Expression *type = args.optional(QStringLiteral("type")))
                    args.check(isConstant(type, {u"BTree", u"Hash", u"Gist", u"Gin", u"SpGist", u"Brin"}));
            }
            if (!args.finish())
                m_blocked = true;
            if (name == u"id") {
                if (model.primaryKey)
                    m_blocked = true;
                model.primaryKey = fields;
            } else if (name == u"unique") {
                blockUniques.push_back(fields);
            }
        } else if (name == u"ignore") {
            model.ignored = true;
            if (!Arguments(attribute).finish())
                m_blocked = true;
        } else if (name == u"map" || name == u"schema") {
            if (!nameIsString(attribute))
                m_blocked = true;
        } else {
            m_blocked = true;
        }
    }
    model.uniqueIndexes.insert(model.uniqueIndexes.end(), blockUniques.begin(), blockUniques.end());
    if (model.primaryKey) {
        for (int index : *model.primaryKey) {
            if (index >= 0 && model.fields[size_t(index)].arity != Arity::Required)
                m_blocked = true; // id fields must be required
        }
    }
}

void Completion::inferRelations()
{
    for (size_t m = 0; m < m_models.size(); ++m) {
        const ModelInfo &model = m_models[m];
        for (size_t f = 0; f < model.fields.size(); ++f) {
            const FieldInfo &field = model.fields[f];
            if (field.kind != FieldInfo::Kind::Relation)
                continue;
            const ModelInfo &opposite = m_models[size_t(field.target)];
            const bool self = field.target == int(m);
            int oppositeIndex = -1;
            for (size_t o = 0; o < opposite.fields.size(); ++o) {
                const FieldInfo &candidate = opposite.fields[o];
                if (candidate.kind != FieldInfo::Kind::Relation || candidate.target != int(m))
                    continue;
                if (self && o == f)
                    continue;
                if (candidate.relationName == field.relationName) {
                    oppositeIndex = int(o);
                    break;
                }
            }
            const FieldInfo *other = oppositeIndex >= 0 ? &opposite.fields[size_t(oppositeIndex)] : nullptr;
            auto namesAfter = [&] {
                // [model, field] > [opposite model, opposite field]
                if (model.name != opposite.name)
                    return model.name > opposite.name;
                return field.name > other->name;
            };
            Relation relation;
            relation.modelA = int(m);
            relation.modelB = field.target;
            relation.fieldA = int(f);
            relation.fieldB = oppositeIndex;
            if (field.arity == Arity::List && other && other->arity == Arity::List) {
                if (model.name > opposite.name || (self && field.name > other->name))
                    continue;
                relation.kind = Relation::Kind::ManyToMany;
            } else if (field.arity == Arity::Required && other && other->arity == Arity::Optional) {
                relation.kind = Relation::Kind::OneToOne;
            } else if (field.arity == Arity::Required && other && other->arity == Arity::Required) {
                if (namesAfter())
                    continue;
                relation.kind = Relation::Kind::OneToOne;
            } else if (field.arity == Arity::Optional && other && other->arity == Arity::Required) {
                continue;
            } else if (field.arity == Arity::Optional && other && other->arity == Arity::Optional) {
                if (!field.fields) {
                    if (other->fields || namesAfter())
                        continue;
                }
                relation.kind = Relation::Kind::OneToOne;
            } else if (field.arity == Arity::List && other) {
                continue;
            } else if (field.arity == Arity::List) {
                relation.kind = Relation::Kind::OneToMany;
                relation.modelA = field.target;
                relation.modelB = int(m);
                relation.fieldA = -1;
                relation.fieldB = int(f);
            } else if (other) {
                relation.kind = Relation::Kind::OneToMany;
            } else {
                relation.kind = Relation::Kind::OneToMany;
                if (field.fields) {
                    for (const std::vector<int> &unique : model.uniqueIndexes) {
                        if (unique == *field.fields) {
                            relation.kind = Relation::Kind::OneToOne;
                            break;
                        }
                    }
                }
            }
            m_relations.push_back(relation);
        }
    }
}

std::vector<int> Completion::uniqueCriteria(const ModelInfo &model, bool strict) const
{
    std::vector<std::vector<int>> criteria;
    if (model.primaryKey)
        criteria.push_back(*model.primaryKey);
    criteria.insert(criteria.end(), model.uniqueIndexes.begin(), model.uniqueIndexes.end());
    for (const std::vector<int> &fields : criteria) {
        if (!strict)
            return fields;
        const bool isStrict = std::all_of(fields.begin(), fields.end(), [&](int index) {
            return index >= 0 && model.fields[size_t(index)].arity != Arity::Optional
                && model.fields[size_t(index)].kind != FieldInfo::Kind::Unsupported;
        });
        if (isStrict)
            return fields;
    }
    return {};
}

std::vector<Completion::Inferred> Completion::inferScalarFields(const Relation &relation) const
{
    const ModelInfo &referencing = m_models[size_t(relation.modelA)];
    const ModelInfo &referenced = m_models[size_t(relation.modelB)];
    std::vector<Inferred> out;
    for (int index : uniqueCriteria(referenced, false)) {
        if (index < 0)
            continue;
        const FieldInfo &field = referenced.fields[size_t(index)];
        Inferred inferred;
        inferred.name = firstLower(referenced.name) + firstUpper(field.name);
        inferred.blueprint = index;
        const int existing = referencing.fieldIndex(inferred.name);
        if (referencing.isScalarField(existing)) {
            const FieldInfo &own = referencing.fields[size_t(existing)];
            inferred.arity = own.arity;
            inferred.typeName = own.typeName;
            inferred.builtin = own.kind == FieldInfo::Kind::Scalar;
        } else {
            inferred.arity = relation.fieldA >= 0 ? referencing.fields[size_t(relation.fieldA)].arity : Arity::Optional;
            inferred.typeName = field.typeName;
            inferred.builtin = field.kind == FieldInfo::Kind::Scalar;
        }
        out.push_back(inferred);
    }
    return out;
}

QString Completion::fieldsArgument(const Relation &relation) const
{
    QStringList names;
    for (const Inferred &field : inferScalarFields(relation))
        names << field.name;
    return QStringLiteral("fields: [%1]").arg(names.join(QStringLiteral(", ")));
}

QString Completion::referencesArgument(const Relation &relation) const
{
    const ModelInfo &referenced = m_models[size_t(relation.modelB)];
    QStringList names;
    const FieldInfo *forward = relation.fieldA >= 0 ? &m_models[size_t(relation.modelA)].fields[size_t(relation.fieldA)] : nullptr;
    if (forward && forward->references) {
        for (const QString &name : *forward->references)
            names << name;
    } else {
        for (int index : uniqueCriteria(referenced, true))
            names << referenced.fields[size_t(index)].name;
    }
    return QStringLiteral("references: [%1]").arg(names.join(QStringLiteral(", ")));
}

void Completion::complete(const Relation &relation)
{
    const ModelInfo &referencing = m_models[size_t(relation.modelA)];
    const ModelInfo &referenced = m_models[size_t(relation.modelB)];
    const FieldInfo *forward = relation.fieldA >= 0 ? &referencing.fields[size_t(relation.fieldA)] : nullptr;
    const int referencedClose = referenced.block->span.end - 1;
    const int referencingClose = referencing.block->span.end - 1;

    // The back relation field, on the referenced model.
    if (relation.fieldB < 0) {
        const bool oneToOne = relation.kind == Relation::Kind::OneToOne;
        QString name = RelationCompletion::camelCase(referencing.name);
        if (!oneToOne)
            name = RelationCompletion::plural(name);
        add(referenced.file, referencedClose,
            QStringLiteral("%1 %2%3 %4\n")
                .arg(name, referencing.name, oneToOne ? QStringLiteral("?") : QStringLiteral("[]"),
                     referencing.ignored ? QStringLiteral("@ignore") : QString()));
    }
    // The forward relation field, on the referencing model.
    if (!forward) {
        Arity arity = Arity::Required;
        for (const Inferred &field : inferScalarFields(relation)) {
            if (field.arity == Arity::Optional)
                arity = Arity::Optional;
        }
        add(referencing.file, referencingClose,
            QStringLiteral("%1 %2%3 @relation(%4, %5)\n")
                .arg(RelationCompletion::camelCase(referenced.name), referenced.name, arityText(arity),
                     fieldsArgument(relation), referencesArgument(relation)));
    }
    // The scalar fields the relation stores its reference in.
    if (!(forward && forward->fields)) {
        for (const Inferred &field : inferScalarFields(relation)) {
            if (referencing.isScalarField(referencing.fieldIndex(field.name)))
                continue;
            if (!field.builtin)
                break;
            const FieldInfo &blueprint = referenced.fields[size_t(field.blueprint)];
            const QString native = blueprint.nativeType ? textOf(referenced.file, blueprint.nativeType->span()).toString() : QString();
            add(referencing.file, referencingClose,
                QStringLiteral("%1 %2%3 %4\n").arg(field.name, field.typeName, arityText(field.arity), native));
        }
    }
}

std::vector<std::vector<Insertion>> Completion::run()
{
    m_out.resize(m_ast.files.size());
    collect();
    checkTopNames();
    for (ModelInfo &model : m_models)
        resolveModel(model);
    for (const Block *block : m_ast.blocks()) {
        if (!block->isModelLike() || block->kind == Block::Kind::CompositeType)
            checkOtherBlock(*block);
    }
    for (ModelInfo &model : m_models)
        resolveAttributes(model);
    // `references:` names fields of the referenced model.
    for (ModelInfo &model : m_models) {
        for (FieldInfo &field : model.fields) {
            if (field.kind != FieldInfo::Kind::Relation || !field.references)
                continue;
            const ModelInfo &target = m_models[size_t(field.target)];
            for (const QString &name : *field.references) {
                if (!target.isScalarField(target.fieldIndex(name)))
                    m_blocked = true;
            }
        }
    }
    if (m_blocked)
        return m_out;
    inferRelations();
    std::vector<const Relation *> inline_;
    for (const Relation &relation : m_relations) {
        if (relation.kind != Relation::Kind::ManyToMany)
            inline_.push_back(&relation);
    }
    for (const Relation *relation : inline_)
        complete(*relation);

    // A forward relation field without @relation gets one right after its type.
    for (const Relation *relation : inline_) {
        if (relation->fieldA < 0)
            continue;
        const ModelInfo &model = m_models[size_t(relation->modelA)];
        const FieldInfo &forward = model.fields[size_t(relation->fieldA)];
        if (forward.relationAttribute)
            continue;
        const QString &text = m_sources.file(model.file).text();
        int offset = forward.ast->type->name.span.end;
        while (offset < text.size() && (text[offset] == u'[' || text[offset] == u']' || text[offset] == u'?' || text[offset] == u'!'))
            ++offset;
        add(model.file, offset,
            QStringLiteral(" @relation(%1, %2)").arg(fieldsArgument(*relation), referencesArgument(*relation)));
    }
    // A @relation without fields or references gets them appended.
    for (const Relation *relation : inline_) {
        if (relation->fieldA < 0)
            continue;
        const ModelInfo &model = m_models[size_t(relation->modelA)];
        const FieldInfo &forward = model.fields[size_t(relation->fieldA)];
        if (!forward.relationAttribute)
            continue;
        QStringList extra;
        if (!forward.fields)
            extra << fieldsArgument(*relation);
        if (!forward.references)
            extra << referencesArgument(*relation);
        if (extra.isEmpty())
            continue;
        const Attribute &attribute = *forward.relationAttribute;
        const bool noArguments = attribute.arguments.empty();
        const QString text = noArguments ? QStringLiteral("(%1)").arg(extra.join(QStringLiteral(", ")))
                                         : QStringLiteral(", ") + extra.join(QStringLiteral(", "));
        add(model.file, noArguments ? attribute.span().end : attribute.span().end - 1, text);
    }

    for (std::vector<Insertion> &insertions : m_out) {
        std::stable_sort(insertions.begin(), insertions.end(),
                         [](const Insertion &a, const Insertion &b) { return a.offset < b.offset; });
    }
    return m_out;
}

} // namespace

std::vector<std::vector<Insertion>> RelationCompletion::insertions(const SchemaAst &ast, const SourceSet &sources)
{
    return Completion(ast, sources).run();
}

QString RelationCompletion::camelCase(const QString &name)
{
    const QList<uint> chars = name.toUcs4();
    // Trailing characters that are not letters or digits are dropped.
    qsizetype end = chars.size();
    while (end > 0 && !isAlphanumeric(chars[end - 1]))
        --end;
    bool newWord = false;
    bool foundRealChar = false;
    char32_t lastChar = U' ';
    QList<uint> out;
    for (qsizetype i = 0; i < end; ++i) {
        const char32_t c = chars[i];
        if (!isAlphanumeric(c) && foundRealChar) {
            newWord = true;
        } else if (!foundRealChar && !isAlphanumeric(c)) {
            continue;
        } else if (isNumeric(c)) {
            foundRealChar = true;
            newWord = true;
            out.push_back(c);
        } else if (newWord || (QChar::isLower(lastChar) && QChar::isUpper(c) && lastChar != U' ')) {
            foundRealChar = true;
            newWord = false;
            out.push_back(asciiUpper(c));
        } else {
            foundRealChar = true;
            lastChar = c;
            out.push_back(asciiLower(c));
        }
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(out.constData()), out.size());
}

QString RelationCompletion::plural(const QString &word)
{
    if (uncountableWords().contains(word))
        return word;
    static const QHash<QString, QString> special = {
        {QStringLiteral("ox"), QStringLiteral("oxen")},     {QStringLiteral("man"), QStringLiteral("men")},
        {QStringLiteral("woman"), QStringLiteral("women")}, {QStringLiteral("die"), QStringLiteral("dice")},
        {QStringLiteral("yes"), QStringLiteral("yeses")},   {QStringLiteral("foot"), QStringLiteral("feet")},
        {QStringLiteral("eave"), QStringLiteral("eaves")},  {QStringLiteral("goose"), QStringLiteral("geese")},
        {QStringLiteral("tooth"), QStringLiteral("teeth")}, {QStringLiteral("quiz"), QStringLiteral("quizzes")},
    };
    if (const auto it = special.constFind(word); it != special.constEnd())
        return it.value();
    const std::vector<Rule> &rules = pluralRules();
    for (auto it = rules.rbegin(); it != rules.rend(); ++it) {
        const QRegularExpressionMatch match = it->pattern.match(word);
        if (match.hasMatch() && match.capturedStart(1) >= 0)
            return match.captured(1) + it->replacement;
    }
    return word + u's';
}

} // namespace strata::psl
