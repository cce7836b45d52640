// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemagen.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <vector>

namespace strata::bench {
namespace {

// splitmix64. Not <random>: its distributions differ between standard libraries, and the same seed must
// give the same schema everywhere.
class Rng {
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N]) { return items[below(int(N))]; }

private:
    std::uint64_t m_state;
};

const char *const kNouns[] = {
    "Account", "Address", "Article", "Asset", "Attachment", "Author", "Booking", "Brand", "Budget",
    "Campaign", "Cart", "Category", "Comment", "Company", "Contact", "Contract", "Course", "Customer",
    "Delivery", "Department", "Device", "Document", "Event", "Feature", "Feedback", "Invoice", "Issue",
    "Item", "Job", "Lesson", "License", "Location", "Meeting", "Message", "Milestone", "Notification",
    "Order", "Organization", "Payment", "Permission", "Photo", "Playlist", "Post", "Product", "Profile",
    "Project", "Question", "Receipt", "Report", "Review", "Room", "Shipment", "Subscription", "Supplier",
    "Tag", "Task", "Team", "Ticket", "Vendor", "Warehouse", "Workspace",
};
const char *const kQualifiers[] = {
    "Archived", "Billing", "Draft", "External", "Featured", "Global", "Internal", "Legacy", "Local",
    "Monthly", "Pending", "Primary", "Private", "Public", "Recurring", "Remote", "Scheduled", "Shared",
    "Temporary", "Verified",
};
const char *const kAreas[] = {
    "Admin", "Audit", "Catalog", "Finance", "Inventory", "Marketing", "Partner", "Sales", "Support", "Vendor",
};
const char *const kEnumNames[] = {
    "Status", "Role", "Priority", "Visibility", "Level", "Kind", "Tier", "Phase", "Mode", "Region",
    "Currency", "Frequency", "Severity", "Source", "Stage", "Format", "Plan", "Language", "Theme", "Unit",
};
const char *const kEnumValues[] = {
    "ACTIVE", "INACTIVE", "PENDING", "ARCHIVED", "DRAFT", "PUBLISHED", "LOW", "MEDIUM", "HIGH", "CRITICAL",
    "OPEN", "CLOSED", "NEW", "IN_PROGRESS", "DONE", "CANCELLED", "BASIC", "PRO", "ENTERPRISE", "DAILY",
    "WEEKLY", "MONTHLY", "RED", "GREEN", "BLUE", "NORTH", "SOUTH", "EAST", "WEST", "INTERNAL",
};

enum class Kind { String, Int, BigInt, Float, Decimal, Boolean, DateTime, Json, Bytes, Enum, List };

struct KindInfo {
    Kind kind;
    const char *type; // nullptr: decided per field
    int weight;
    std::vector<const char *> names;
};

const std::vector<KindInfo> &kinds()
{
    static const std::vector<KindInfo> table = {
        {Kind::String, "String", 28, {"title", "name", "slug", "email", "code", "description", "summary",
                                      "label", "note", "website", "phone", "city", "country", "reference",
                                      "color", "headline"}},
        {Kind::Int, "Int", 12, {"count", "position", "quantity", "rank", "version", "views", "rating",
                                "capacity", "durationMinutes", "sortOrder"}},
        {Kind::BigInt, "BigInt", 5, {"bytesUsed", "externalId", "sequenceNumber", "totalViews"}},
        {Kind::Float, "Float", 6, {"ratio", "weight", "latitude", "longitude", "score"}},
        {Kind::Decimal, "Decimal", 6, {"price", "amount", "balance", "total", "taxRate"}},
        {Kind::Boolean, "Boolean", 10, {"active", "archived", "published", "verified", "featured", "locked"}},
        {Kind::DateTime, "DateTime", 8, {"publishedAt", "startsAt", "endsAt", "expiresAt", "deletedAt", "dueAt"}},
        {Kind::Json, "Json", 5, {"metadata", "settings", "payload", "attributes"}},
        {Kind::Bytes, "Bytes", 3, {"checksum", "thumbnail", "signature"}},
        {Kind::Enum, nullptr, 12, {}},
        {Kind::List, nullptr, 5, {"tags", "aliases", "scores", "labels"}},
    };
    return table;
}

QString lowerFirst(const QString &name)
{
    return name.isEmpty() ? name : name.at(0).toLower() + name.mid(1);
}

QString plural(const QString &word)
{
    auto endsWith = [&](const char *suffix) { return word.endsWith(QLatin1String(suffix)); };
    if (endsWith("y") && word.size() > 1 && !QStringLiteral("aeiou").contains(word.at(word.size() - 2)))
        return word.chopped(1) + QLatin1String("ies");
    if (endsWith("s") || endsWith("x") || endsWith("z") || endsWith("ch") || endsWith("sh"))
        return word + QLatin1String("es");
    return word + QLatin1Char('s');
}

QString snakeCase(const QString &name)
{
    QString out;
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper()) {
            if (i > 0)
                out += QLatin1Char('_');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

bool hasUpper(const QString &name)
{
    return std::any_of(name.begin(), name.end(), [](QChar c) { return c.isUpper(); });
}

enum class IdKind { AutoIncrement, Cuid, Uuid };

struct GenField {
    QString name;
    QString type;       ///< as written, with `?` or `[]`
    QString attributes; ///< as written
};

struct GenEnum {
    QString name;
    QStringList values;
    QStringList valueAttributes;
};

struct GenModel {
    QString name;
    IdKind idKind = IdKind::AutoIncrement;
    bool mapped = false;
    QString documentation;
    std::vector<GenField> fields;
    QStringList blockAttributes;
    QStringList uniqueCandidates;
    QSet<QString> fieldNames;

    QString idType() const { return idKind == IdKind::AutoIncrement ? QStringLiteral("Int") : QStringLiteral("String"); }

    /// Reserves a field name: BASE, else BASE2, BASE3, ...
    QString reserve(const QString &base)
    {
        QString name = base;
        for (int k = 2; fieldNames.contains(name); ++k)
            name = base + QString::number(k);
        fieldNames.insert(name);
        return name;
    }
    void add(const QString &name, const QString &type, const QStringList &attributes)
    {
        fields.push_back({name, type, attributes.join(QLatin1Char(' '))});
    }
};

/// Names of the form [Area][Qualifier]Noun, in a fixed order, so small schemas get plain nouns.
QString modelName(int index)
{
    const int nouns = int(std::size(kNouns));
    const int qualifiers = int(std::size(kQualifiers)) + 1;
    const int areas = int(std::size(kAreas)) + 1;
    const int noun = index % nouns;
    const int qualifier = (index / nouns) % qualifiers;
    const int area = (index / nouns / qualifiers) % areas;
    const int round = index / nouns / qualifiers / areas;
    QString name;
    if (area > 0)
        name += QLatin1String(kAreas[area - 1]);
    if (qualifier > 0)
        name += QLatin1String(kQualifiers[qualifier - 1]);
    name += QLatin1String(kNouns[noun]);
    if (round > 0)
        name += QString::number(round + 1);
    return name;
}

QString enumName(int index)
{
    const int bases = int(std::size(kEnumNames));
    const int qualifiers = int(std::size(kQualifiers)) + 1;
    const int qualifier = (index / bases) % qualifiers;
    const int round = index / bases / qualifiers;
    QString name;
    if (qualifier > 0)
        name += QLatin1String(kQualifiers[qualifier - 1]);
    name += QLatin1String(kEnumNames[index % bases]);
    if (round > 0)
        name += QString::number(round + 1);
    return name;
}

class Generator {
public:
    explicit Generator(const SchemaGenOptions &options)
        : m_options(options)
        , m_rng(options.seed)
        , m_postgres(options.provider == Provider::PostgreSql)
    {
    }

    QString run()
    {
        const int modelCount = std::max(0, m_options.models);
        const int enumCount = modelCount == 0 ? 0 : std::max(1, modelCount / 10);
        for (int i = 0; i < enumCount; ++i)
            m_enums.push_back(makeEnum(i));
        m_models.reserve(size_t(modelCount));
        for (int i = 0; i < modelCount; ++i)
            m_models.push_back(makeModel(i));
        for (int i = 0; i < modelCount; ++i)
            addRelations(i);
        for (GenModel &model : m_models)
            addBlockAttributes(model);
        return render();
    }

private:
    QString uniqueTypeName(const QString &base)
    {
        QString name = base;
        for (int k = 2; m_typeNames.contains(name); ++k)
            name = base + QString::number(k);
        m_typeNames.insert(name);
        return name;
    }

    GenEnum makeEnum(int index)
    {
        GenEnum e;
        e.name = uniqueTypeName(enumName(index));
        std::vector<const char *> pool(std::begin(kEnumValues), std::end(kEnumValues));
        const int count = m_rng.between(2, 6);
        for (int i = 0; i < count; ++i) {
            const int j = i + m_rng.below(int(pool.size()) - i);
            std::swap(pool[size_t(i)], pool[size_t(j)]);
            const QString value = QLatin1String(pool[size_t(i)]);
            e.values << value;
            e.valueAttributes << (m_rng.percent(10) ? QStringLiteral("@map(\"%1\")").arg(value.toLower()) : QString());
        }
        return e;
    }

    const KindInfo &pickKind()
    {
        int total = 0;
        for (const KindInfo &info : kinds())
            total += allowed(info.kind) ? info.weight : 0;
        int r = m_rng.below(total);
        for (const KindInfo &info : kinds()) {
            if (!allowed(info.kind))
                continue;
            if (r < info.weight)
                return info;
            r -= info.weight;
        }
        return kinds().front();
    }

    bool allowed(Kind kind) const
    {
        if (kind == Kind::List)
            return m_postgres; // only PostgreSQL (and CockroachDB) have scalar lists
        if (kind == Kind::Enum)
            return !m_enums.empty();
        return true;
    }

    GenModel makeModel(int index)
    {
        GenModel model;
        model.name = uniqueTypeName(modelName(index));
        model.mapped = m_rng.percent(20);
        if (m_rng.percent(10))
            model.documentation = QStringLiteral("/// %1 records of the generated benchmark schema.").arg(model.name);

        const int idRoll = m_rng.below(4);
        model.idKind = idRoll < 2 ? IdKind::AutoIncrement : idRoll == 2 ? IdKind::Cuid : IdKind::Uuid;
        const QString idDefault = model.idKind == IdKind::AutoIncrement ? QStringLiteral("autoincrement()")
            : model.idKind == IdKind::Cuid                               ? QStringLiteral("cuid()")
                                                                         : QStringLiteral("uuid()");
        model.add(model.reserve(QStringLiteral("id")), model.idType(), {QStringLiteral("@id @default(%1)").arg(idDefault)});

        const int total = m_rng.between(6, 12);
        const bool createdAt = m_rng.percent(80);
        const bool updatedAt = m_rng.percent(60);
        const int scalars = total - 1 - int(createdAt) - int(updatedAt);
        for (int i = 0; i < scalars; ++i) {
            for (int attempt = 0; attempt < 20; ++attempt) {
                if (addScalar(model, pickKind()))
                    break;
            }
        }
        if (createdAt) {
            QStringList attributes{QStringLiteral("@default(now())")};
            if (model.mapped)
                attributes << QStringLiteral("@map(\"created_at\")");
            model.add(model.reserve(QStringLiteral("createdAt")), QStringLiteral("DateTime"), attributes);
            model.uniqueCandidates << QStringLiteral("createdAt");
        }
        if (updatedAt) {
            QStringList attributes{QStringLiteral("@updatedAt")};
            if (model.mapped)
                attributes << QStringLiteral("@map(\"updated_at\")");
            model.add(model.reserve(QStringLiteral("updatedAt")), QStringLiteral("DateTime"), attributes);
        }
        return model;
    }

    /// Adds one field of KIND unless the model already has all its names.
    bool addScalar(GenModel &model, const KindInfo &info)
    {
        QString name;
        QString type = info.type ? QLatin1String(info.type) : QString();
        const GenEnum *enumType = nullptr;
        if (info.kind == Kind::Enum) {
            enumType = &m_enums[size_t(m_rng.below(int(m_enums.size())))];
            name = lowerFirst(enumType->name);
            if (model.fieldNames.contains(name))
                return false;
            type = enumType->name;
        } else {
            std::vector<const char *> free;
            for (const char *candidate : info.names) {
                if (!model.fieldNames.contains(QLatin1String(candidate)))
                    free.push_back(candidate);
            }
            if (free.empty())
                return false;
            name = QLatin1String(free[size_t(m_rng.below(int(free.size())))]);
        }
        model.reserve(name);

        QStringList attributes;
        QString nativeType;
        bool optional = false;
        bool candidate = false;
        switch (info.kind) {
        case Kind::String: {
            optional = m_rng.percent(25);
            const bool uniqueName = name == u"email" || name == u"slug" || name == u"code" || name == u"reference";
            const bool unique = uniqueName && m_rng.percent(60);
            const bool longText = name == u"description" || name == u"summary" || name == u"note";
            if (unique)
                attributes << QStringLiteral("@unique");
            else if (!optional && m_rng.percent(10))
                attributes << QStringLiteral("@default(\"\")");
            if (m_postgres) {
                const int roll = m_rng.below(100);
                if ((longText && roll < 50) || (!longText && roll < 8)) {
                    nativeType = QStringLiteral("@db.Text");
                } else if (roll < 35) {
                    static const int lengths[] = {32, 64, 120, 191, 255};
                    nativeType = QStringLiteral("@db.VarChar(%1)").arg(m_rng.pick(lengths));
                }
            }
            candidate = !optional && !unique && nativeType != u"@db.Text";
            break;
        }
        case Kind::Int:
            optional = m_rng.percent(20);
            if (!optional && m_rng.percent(40))
                attributes << QStringLiteral("@default(0)");
            candidate = !optional;
            break;
        case Kind::BigInt:
            optional = m_rng.percent(30);
            candidate = !optional;
            break;
        case Kind::Float:
            optional = m_rng.percent(30);
            if (!optional && m_rng.percent(20))
                attributes << QStringLiteral("@default(1.5)");
            break;
        case Kind::Decimal:
            optional = m_rng.percent(30);
            if (m_postgres && m_rng.percent(50))
                nativeType = m_rng.percent(50) ? QStringLiteral("@db.Decimal(10, 2)") : QStringLiteral("@db.Decimal(12, 4)");
            break;
        case Kind::Boolean:
            if (m_rng.percent(70))
                attributes << (m_rng.percent(70) ? QStringLiteral("@default(false)") : QStringLiteral("@default(true)"));
            break;
        case Kind::DateTime:
            optional = m_rng.percent(50);
            if (m_postgres && m_rng.percent(20))
                nativeType = QStringLiteral("@db.Timestamptz(6)");
            candidate = !optional;
            break;
        case Kind::Json:
        case Kind::Bytes:
            optional = m_rng.percent(50);
            break;
        case Kind::Enum:
            optional = m_rng.percent(15);
            if (!optional && m_rng.percent(80))
                attributes << QStringLiteral("@default(%1)").arg(enumType->values.front());
            candidate = !optional;
            break;
        case Kind::List:
            type = name == u"scores" ? QStringLiteral("Int[]") : QStringLiteral("String[]");
            if (m_rng.percent(30))
                attributes << QStringLiteral("@default([])");
            break;
        }
        if (optional)
            type += QLatin1Char('?');
        if (hasUpper(name) && (model.mapped || m_rng.percent(10)))
            attributes << QStringLiteral("@map(\"%1\")").arg(snakeCase(name));
        if (!nativeType.isEmpty())
            attributes << nativeType;
        model.add(name, type, attributes);
        if (candidate)
            model.uniqueCandidates << name;
        return true;
    }

    int pickTarget(int index)
    {
        if (m_rng.percent(60))
            return index - 1 - m_rng.below(std::min(index, 20));
        return m_rng.below(index);
    }

    /// Marks the pair as related; false when it already was (a second relation would need a name).
    bool claimPair(int a, int b)
    {
        const std::uint64_t key = (std::uint64_t(std::min(a, b)) << 32) | std::uint64_t(std::max(a, b));
        if (m_pairs.contains(key))
            return false;
        m_pairs.insert(key);
        return true;
    }

    void addOneToMany(int index, int target)
    {
        GenModel &model = m_models[size_t(index)];
        GenModel &other = m_models[size_t(target)];
        const bool optional = m_rng.percent(30);
        const QString field = model.reserve(lowerFirst(other.name));
        const QString fk = model.reserve(field + QLatin1String("Id"));
        QString relation = QStringLiteral("@relation(fields: [%1], references: [id]").arg(fk);
        if (m_rng.percent(20))
            relation += optional ? QStringLiteral(", onDelete: SetNull") : QStringLiteral(", onDelete: Cascade");
        relation += QLatin1Char(')');
        model.add(field, other.name + (optional ? QStringLiteral("?") : QString()), {relation});
        model.add(fk, other.idType() + (optional ? QStringLiteral("?") : QString()), fkAttributes(model, fk, false));
        if (!optional)
            model.uniqueCandidates << fk;
        if (m_rng.percent(80))
            model.blockAttributes << QStringLiteral("@@index([%1])").arg(fk);
        other.add(other.reserve(plural(lowerFirst(model.name))), model.name + QLatin1String("[]"), {});
    }

    void addOneToOne(int index, int target)
    {
        GenModel &model = m_models[size_t(index)];
        GenModel &other = m_models[size_t(target)];
        const bool optional = m_rng.percent(50);
        const QString field = model.reserve(lowerFirst(other.name));
        const QString fk = model.reserve(field + QLatin1String("Id"));
        model.add(field, other.name + (optional ? QStringLiteral("?") : QString()),
                  {QStringLiteral("@relation(fields: [%1], references: [id])").arg(fk)});
        model.add(fk, other.idType() + (optional ? QStringLiteral("?") : QString()), fkAttributes(model, fk, true));
        other.add(other.reserve(lowerFirst(model.name)), model.name + QLatin1Char('?'), {});
    }

    void addManyToMany(int index, int target)
    {
        GenModel &model = m_models[size_t(index)];
        GenModel &other = m_models[size_t(target)];
        model.add(model.reserve(plural(lowerFirst(other.name))), other.name + QLatin1String("[]"), {});
        other.add(other.reserve(plural(lowerFirst(model.name))), model.name + QLatin1String("[]"), {});
    }

    void addSelfRelation(int index)
    {
        GenModel &model = m_models[size_t(index)];
        const QString name = model.name + QLatin1String("Hierarchy");
        const QString parent = model.reserve(QStringLiteral("parent"));
        const QString fk = model.reserve(parent + QLatin1String("Id"));
        const QString children = model.reserve(QStringLiteral("children"));
        model.add(parent, model.name + QLatin1Char('?'),
                  {QStringLiteral("@relation(\"%1\", fields: [%2], references: [id])").arg(name, fk)});
        model.add(fk, model.idType() + QLatin1Char('?'), fkAttributes(model, fk, false));
        model.add(children, model.name + QLatin1String("[]"), {QStringLiteral("@relation(\"%1\")").arg(name)});
        if (m_rng.percent(80))
            model.blockAttributes << QStringLiteral("@@index([%1])").arg(fk);
    }

    QStringList fkAttributes(const GenModel &model, const QString &fk, bool unique)
    {
        QStringList attributes;
        if (unique)
            attributes << QStringLiteral("@unique");
        if (model.mapped || m_rng.percent(10))
            attributes << QStringLiteral("@map(\"%1\")").arg(snakeCase(fk));
        return attributes;
    }

    void addRelations(int index)
    {
        if (index > 0) {
            const int roll = m_rng.below(100);
            const int oneToMany = roll < 35 ? 0 : roll < 80 ? 1 : 2;
            for (int i = 0; i < oneToMany; ++i) {
                const int target = pickTarget(index);
                if (claimPair(index, target))
                    addOneToMany(index, target);
            }
            if (m_rng.percent(12)) {
                const int target = pickTarget(index);
                if (claimPair(index, target))
                    addOneToOne(index, target);
            }
            if (m_rng.percent(10)) {
                const int target = pickTarget(index);
                if (claimPair(index, target))
                    addManyToMany(index, target);
            }
        }
        if (m_rng.percent(8))
            addSelfRelation(index);
    }

    void addBlockAttributes(GenModel &model)
    {
        QStringList head;
        if (model.uniqueCandidates.size() >= 2 && m_rng.percent(20)) {
            const int a = m_rng.below(int(model.uniqueCandidates.size()));
            int b = m_rng.below(int(model.uniqueCandidates.size()) - 1);
            if (b >= a)
                ++b;
            head << QStringLiteral("@@unique([%1, %2])").arg(model.uniqueCandidates.at(a), model.uniqueCandidates.at(b));
        }
        if (model.fieldNames.contains(QStringLiteral("createdAt")) && m_rng.percent(15))
            head << QStringLiteral("@@index([createdAt])");
        model.blockAttributes = head + model.blockAttributes;
        if (model.mapped)
            model.blockAttributes << QStringLiteral("@@map(\"%1\")").arg(snakeCase(plural(model.name)));
    }

    QString render() const
    {
        QString out;
        out.reserve(int(m_models.size()) * 600 + 256);
        out += QLatin1String("generator client {\n  provider = \"prisma-client-js\"\n}\n\n");
        out += QStringLiteral("datasource db {\n  provider = \"%1\"\n}\n").arg(SchemaGenerator::providerName(m_options.provider));
        for (const GenEnum &e : m_enums) {
            out += QLatin1String("\nenum ") + e.name + QLatin1String(" {\n");
            int width = 0;
            for (const QString &value : e.values)
                width = std::max(width, int(value.size()));
            for (int i = 0; i < e.values.size(); ++i) {
                out += QLatin1String("  ");
                if (e.valueAttributes.at(i).isEmpty())
                    out += e.values.at(i);
                else
                    out += e.values.at(i).leftJustified(width) + QLatin1Char(' ') + e.valueAttributes.at(i);
                out += QLatin1Char('\n');
            }
            out += QLatin1String("}\n");
        }
        for (const GenModel &model : m_models) {
            out += QLatin1Char('\n');
            if (!model.documentation.isEmpty())
                out += model.documentation + QLatin1Char('\n');
            out += QLatin1String("model ") + model.name + QLatin1String(" {\n");
            // prisma format aligns names and types in columns over a run of lines without an empty one.
            int nameWidth = 0;
            int typeWidth = 0;
            for (const GenField &field : model.fields) {
                nameWidth = std::max(nameWidth, int(field.name.size()));
                typeWidth = std::max(typeWidth, int(field.type.size()));
            }
            for (const GenField &field : model.fields) {
                out += QLatin1String("  ") + field.name.leftJustified(nameWidth) + QLatin1Char(' ');
                if (field.attributes.isEmpty())
                    out += field.type;
                else
                    out += field.type.leftJustified(typeWidth) + QLatin1Char(' ') + field.attributes;
                out += QLatin1Char('\n');
            }
            if (!model.blockAttributes.isEmpty()) {
                out += QLatin1Char('\n');
                for (const QString &attribute : model.blockAttributes)
                    out += QLatin1String("  ") + attribute + QLatin1Char('\n');
            }
            out += QLatin1String("}\n");
        }
        return out;
    }

    SchemaGenOptions m_options;
    Rng m_rng;
    bool m_postgres;
    std::vector<GenEnum> m_enums;
    std::vector<GenModel> m_models;
    QSet<QString> m_typeNames;
    QSet<std::uint64_t> m_pairs;
};

} // namespace

QString SchemaGenerator::generate(const SchemaGenOptions &options)
{
    return Generator(options).run();
}

QString SchemaGenerator::providerName(Provider provider)
{
    switch (provider) {
    case Provider::PostgreSql:
        return QStringLiteral("postgresql");
    case Provider::Sqlite:
        return QStringLiteral("sqlite");
    case Provider::MySql:
        return QStringLiteral("mysql");
    }
    return {};
}

std::optional<Provider> SchemaGenerator::providerFromName(QStringView name)
{
    for (Provider provider : {Provider::PostgreSql, Provider::Sqlite, Provider::MySql}) {
        if (name == providerName(provider))
            return provider;
    }
    return std::nullopt;
}

} // namespace strata::bench
