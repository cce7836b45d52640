// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationcontext_p.h"
#include "validationsupport_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace strata::schema::validation {

using psl::Block;
using psl::Expression;
using psl::Property;

namespace {

/// The preview features of Prisma 7.10.1, and those Strata still accepts from Prisma 6.
struct PreviewFeatureTable {
    QHash<QString, QString> active;     ///< lower case -> name; shown in "Expected one of"
    QHash<QString, QString> hidden;     ///< valid, but never suggested
    QHash<QString, QString> deprecated; ///< generally available now: a warning
    QHash<QString, QString> dropped;    ///< gone in Prisma 7, kept from Prisma 6 as a warning

    PreviewFeatureTable()
    {
        auto fill = [](QHash<QString, QString> &table, std::initializer_list<const char *> names) {
            for (const char *name : names)
                table.insert(QString::fromLatin1(name).toLower(), QString::fromLatin1(name));
        };
        fill(active, {"fullTextSearchPostgres", "nativeDistinct", "partialIndexes", "postgresqlExtensions",
                      "relationJoins", "schemaEngineDriverAdapters", "shardKeys", "strictUndefinedChecks",
                      "typedSql", "views"});
        fill(hidden, {"reactNative"});
        fill(deprecated,
             {"aggregateApi", "atomicNumberOperations", "clientExtensions", "cockroachdb", "connectOrCreate",
              "createMany", "dataProxy", "deno", "distinct", "driverAdapters", "extendedIndexes",
              "extendedWhereUnique", "fieldReference", "filteredRelationCount", "filterJson", "fullTextIndex",
              "fullTextSearch", "groupBy", "improvedQueryRaw", "interactiveTransactions", "jsonProtocol",
              "microsoftSqlServer", "middlewares", "mongoDb", "multiSchema", "namedConstraints", "nApi",
              "nativeTypes", "omitApi", "orderByAggregateGroup", "orderByNulls", "orderByRelation",
              "prismaSchemaFolder", "queryCompiler", "referentialActions", "referentialIntegrity",
              "selectRelationCount", "tracing", "transactionApi", "uncheckedScalarInputs"});
        fill(dropped, {"metrics", "esm"});
    }
};

const PreviewFeatureTable &previewFeatures()
{
    static const PreviewFeatureTable table;
    return table;
}

bool isEnvCall(const Expression &expression)
{
    return expression.isFunction() && expression.text == u"env";
}

/// `"value"` or `env("NAME")`: Prisma's StringFromEnvVar. Reports what Prisma reports otherwise.
bool checkStringOrEnv(const Context &context, const Expression &expression)
{
    if (expression.isString())
        return true;
    if (isEnvCall(expression)) {
        if (expression.arguments.size() != 1 || expression.arguments.front().isNamed()) {
            context.error("P1012-env-arguments", expression.span,
                          tr("The env function expects a singular, unnamed, string argument."));
            return false;
        }
        const psl::Argument &argument = expression.arguments.front();
        if (argument.value && !argument.value->isString()) {
            context.error("P1012-type-mismatch", argument.value->span,
                          typeMismatchMessage(QStringLiteral("string"), *argument.value));
            return false;
        }
        return true;
    }
    context.error("P1012-type-mismatch", expression.span, typeMismatchMessage(QStringLiteral("String"), expression));
    return false;
}

/// Reports duplicate keys; returns the properties by name, the last one of a name winning (as in Prisma).
QHash<QString, const Property *> propertiesOf(const Context &context, const Block &block, const QString &blockType)
{
    QHash<QString, const Property *> byName;
    for (const Property *property : block.properties()) {
        const QString &name = property->name.name;
        if (byName.contains(name)) {
            context.error("P1012-duplicate-key", property->name.span,
                          tr("Key \"%1\" is already defined in %2 \"%3\".").arg(name, blockType, block.name.name));
        }
        byName.insert(name, property);
    }
    return byName;
}

/// Prisma's datasource loader. Returns whether the datasource was read (Prisma's "lifted" datasource), and
/// its provider.
bool checkDatasource(const Context &context, const Block &block, Provider &liftedProvider)
{
    QHash<QString, const Property *> properties = propertiesOf(context, block, QStringLiteral("source"));
    const QString &sourceName = block.name.name;

    const Property *provider = properties.take(QStringLiteral("provider"));
    if (!provider) {
        context.error("P1012-datasource-provider-missing", block.span,
                      tr("Argument \"provider\" is missing in data source block \"%1\".").arg(sourceName));
        return false;
    }
    if (isEnvCall(provider->value)) {
        context.error("P1012-datasource-provider-env", block.span,
                      tr("A datasource must not use the env() function in the provider argument."));
        return false;
    }
    if (!provider->value.isString()) {
        context.error("P1012-datasource-provider-type", provider->value.span,
                      tr("Error validating datasource `%1`: The provider argument in a datasource must be a string literal")
                          .arg(sourceName));
        return false;
    }
    if (provider->value.text.isEmpty()) {
        context.error("P1012-datasource-provider-empty", provider->value.span,
                      tr("Error validating datasource `%1`: The provider argument in a datasource must not be empty")
                          .arg(sourceName));
        return false;
    }
    const Provider active = providerFromName(provider->value.text.view());
    if (active == Provider::Unknown) {
        context.error("P1012-datasource-provider-unknown", provider->value.span,
                      tr("Datasource provider not known: \"%1\".").arg(provider->value.text));
        return false;
    }
    const ConnectorInfo &connector = connectorInfo(active);
    liftedProvider = active;

    // relationMode, and its deprecated name referentialIntegrity
    const Property *relationMode = properties.take(QStringLiteral("relationMode"));
    const Property *referentialIntegrity = properties.take(QStringLiteral("referentialIntegrity"));
    if (referentialIntegrity) {
        context.warning("P1012-referential-integrity-deprecated", referentialIntegrity->span(),
                        tr("The `referentialIntegrity` attribute is deprecated. Please use `relationMode` instead. "
                           "Learn more at https://pris.ly/d/relation-mode"));
    }
    if (relationMode && referentialIntegrity) {
        context.error("P1012-relation-mode-twice", referentialIntegrity->span(),
                      tr("The `referentialIntegrity` and `relationMode` attributes cannot be used together. Please use "
                         "only `relationMode` instead."));
    } else if (const Property *mode = relationMode ? relationMode : referentialIntegrity) {
        if (!mode->value.isString()) {
            context.error("P1012-type-mismatch", mode->value.span,
                          typeMismatchMessage(QStringLiteral("string"), mode->value));
        } else if (mode->value.text != u"prisma" && mode->value.text != u"foreignKeys") {
            context.error("P1012-relation-mode-invalid", block.span,
                          tr("Error validating datasource `relationMode`: Invalid relation mode setting: \"%1\". "
                             "Supported values: \"prisma\", \"foreignKeys\"")
                              .arg(mode->value.text));
        } else if (!connector.relationModes.contains(mode->value.text)) {
            QStringList supported;
            for (const QString &value : connector.relationModes)
                supported << u'"' + value + u'"';
            context.error("P1012-relation-mode-unsupported", mode->value.span,
                          tr("Error validating datasource `relationMode`: Invalid relation mode setting: \"%1\". "
                             "Supported values: %2")
                              .arg(mode->value.text, supported.join(QStringLiteral(", "))));
        }
    }

    // Connector-specific properties: PostgreSQL's extensions.
    if (active == Provider::PostgreSql) {
        if (const Property *extensions = properties.take(QStringLiteral("extensions"))) {
            std::vector<const Expression *> items;
            bool valid = true;
            auto takeItem = [&](const Expression &item) {
                if (item.isConstant() || item.isFunction()) {
                    items.push_back(&item);
                } else {
                    context.error("P1012-type-mismatch", item.span,
                                  typeMismatchMessage(QStringLiteral("constant or function"), item));
                    valid = false;
                }
            };
            if (extensions->value.isArray()) {
                for (const Expression &item : extensions->value.items)
                    takeItem(item);
            } else {
                takeItem(extensions->value);
            }
            if (valid) {
                for (const Expression *item : items) {
                    QSet<QString> seen;
                    for (const psl::Argument &argument : item->arguments) {
                        if (!argument.isNamed()) {
                            context.error("P1012-extension-argument", argument.span(),
                                          tr("Error validating: The argument must have a name"));
                            continue;
                        }
                        const QString &name = argument.name.name;
                        if (seen.contains(name)) {
                            context.error("P1012-extension-argument", argument.span(),
                                          tr("Error validating: The argument `%1` can only be defined once").arg(name));
                            continue;
                        }
                        seen.insert(name);
                        const bool isString = argument.value && argument.value->isString();
                        if (argument.value && !isString) {
                            context.error("P1012-type-mismatch", argument.value->span,
                                          typeMismatchMessage(QStringLiteral("string"), *argument.value));
                        }
                        if (name == u"map" || name == u"schema" || name == u"version") {
                            if (!isString) {
                                context.error("P1012-extension-argument", argument.span(),
                                              tr("Error validating: The `%1` argument must be a string literal").arg(name));
                            }
                        } else {
                            context.error("P1012-extension-argument", argument.span(),
                                          tr("Argument not known: \"%1\".").arg(name));
                        }
                    }
                }
            }
        }
    }

    // Prisma 7 moved the connection URLs to prisma.config.ts; Strata keeps accepting them, as Prisma 6 did.
    for (const char *key : {"url", "directUrl", "shadowDatabaseUrl"}) {
        if (const Property *url = properties.take(QString::fromLatin1(key)))
            checkStringOrEnv(context, url->value);
    }

    if (const Property *features = properties.take(QStringLiteral("previewFeatures"))) {
        context.error("P1012-datasource-preview-features", features->span(),
                      tr("Preview features are only supported in the generator block. Please move this field to the "
                         "generator block."));
    }

    if (const Property *schemas = properties.take(QStringLiteral("schemas"))) {
        std::vector<const Expression *> names;
        bool valid = true;
        auto takeName = [&](const Expression &item) {
            if (item.isString()) {
                names.push_back(&item);
            } else {
                context.error("P1012-type-mismatch", item.span, typeMismatchMessage(QStringLiteral("string"), item));
                valid = false;
            }
        };
        if (schemas->value.isArray()) {
            for (const Expression &item : schemas->value.items)
                takeName(item);
        } else {
            takeName(schemas->value);
        }
        if (valid) {
            if (!connector.multiSchema) {
                context.error("P1012-schemas-unsupported", schemas->value.span,
                              tr("The `schemas` property is not supported on the current connector."));
            } else if (names.empty()) {
                context.error("P1012-schemas-empty", schemas->value.span,
                              tr("If provided, the schemas array can not be empty."));
            } else {
                std::stable_sort(names.begin(), names.end(),
                                 [](const Expression *a, const Expression *b) { return a->text < b->text; });
                for (size_t i = 0; i + 1 < names.size(); ++i) {
                    if (names[i]->text == names[i + 1]->text)
                        context.error("P1012-schemas-duplicate", names[i]->span,
                                      tr("Duplicated schema names are not allowed"));
                }
            }
        }
    }

    // What is left is unknown. Report in source order.
    std::vector<const Property *> unknown(properties.begin(), properties.end());
    std::sort(unknown.begin(), unknown.end(), [](const Property *a, const Property *b) { return a->span().start < b->span().start; });
    for (const Property *property : unknown)
        context.error("P1012-datasource-property-unknown", property->span(),
                      tr("Property not known: \"%1\".").arg(property->name.name));
    return true;
}

void checkPreviewFeatures(const Context &context, const Expression &value, Provider provider)
{
    const PreviewFeatureTable &table = previewFeatures();
    std::vector<const Expression *> items;
    bool valid = true;
    auto take = [&](const Expression &item) {
        if (item.isString()) {
            items.push_back(&item);
        } else {
            context.error("P1012-type-mismatch", item.span, typeMismatchMessage(QStringLiteral("string"), item));
            valid = false;
        }
    };
    if (value.isArray()) {
        for (const Expression &item : value.items)
            take(item);
    } else {
        take(value);
    }
    if (!valid)
        return;

    const bool postgres = provider == Provider::PostgreSql;
    for (const Expression *item : items) {
        const QString &feature = item->text;
        const QString key = feature.toLower();
        if (key == u"fulltextsearch" && postgres) {
            context.warning("P1012-preview-feature-renamed", value.span,
                            tr("On `provider = \"postgresql\"`, preview feature \"%1\" has been renamed to "
                               "\"fullTextSearchPostgres\". Learn more at https://pris.ly/d/fts-postgres.")
                                .arg(feature));
            continue;
        }
        if (table.deprecated.contains(key)) {
            context.warning("P1012-preview-feature-deprecated", value.span,
                            tr("Preview feature \"%1\" is deprecated. The functionality can be used without specifying "
                               "it as a preview feature.")
                                .arg(feature));
            continue;
        }
        if (table.dropped.contains(key)) {
            context.warning("P1012-preview-feature-dropped", value.span,
                            tr("Preview feature \"%1\" is no longer known to Prisma 7, which rejects it; Strata accepts "
                               "it, as Prisma 6 did. Remove it from previewFeatures.")
                                .arg(feature));
            continue;
        }
        const bool postgresOnly = key == u"fulltextsearchpostgres";
        if ((table.active.contains(key) && (!postgresOnly || postgres)) || table.hidden.contains(key))
            continue;
        QStringList expected;
        for (const QString &name : table.active) {
            if (name != u"fullTextSearchPostgres" || postgres)
                expected << name;
        }
        std::sort(expected.begin(), expected.end());
        context.error("P1012-preview-feature-unknown", value.span,
                      tr("The preview feature \"%1\" is not known. Expected one of: %2")
                          .arg(feature, expected.join(QStringLiteral(", "))));
    }
}

void checkGenerator(const Context &context, const Block &block, Provider provider)
{
    QHash<QString, const Property *> properties = propertiesOf(context, block, QStringLiteral("generator"));
    if (const Property *engineType = properties.value(QStringLiteral("engineType")); engineType && !engineType->value.isString()) {
        context.error("P1012-type-mismatch", engineType->value.span,
                      typeMismatchMessage(QStringLiteral("String"), engineType->value));
    }
    const Property *generatorProvider = properties.take(QStringLiteral("provider"));
    if (!generatorProvider) {
        context.error("P1012-generator-provider-missing", block.span,
                      tr("Argument \"provider\" is missing in generator block \"%1\".").arg(block.name.name));
        return;
    }
    if (!checkStringOrEnv(context, generatorProvider->value))
        return;
    if (const Property *output = properties.take(QStringLiteral("output")))
        checkStringOrEnv(context, output->value);
    if (const Property *targets = properties.take(QStringLiteral("binaryTargets"))) {
        if (targets->value.isArray()) {
            for (const Expression &item : targets->value.items)
                checkStringOrEnv(context, item);
        } else {
            checkStringOrEnv(context, targets->value);
        }
    }
    if (const Property *features = properties.take(QStringLiteral("previewFeatures")))
        checkPreviewFeatures(context, features->value, provider);
}

} // namespace

void checkConfiguration(const Context &context)
{
    std::vector<const Block *> datasources;
    std::vector<const Block *> generators;
    for (const Block *block : context.ast.blocks()) {
        if (block->kind == Block::Kind::Datasource)
            datasources.push_back(block);
        else if (block->kind == Block::Kind::Generator)
            generators.push_back(block);
    }

    int lifted = 0;
    Provider provider = Provider::Unknown; // of the first datasource Prisma could read
    for (const Block *block : datasources) {
        Provider blockProvider = Provider::Unknown;
        if (checkDatasource(context, *block, blockProvider)) {
            if (lifted == 0)
                provider = blockProvider;
            ++lifted;
        }
    }
    if (lifted > 1) {
        for (const Block *block : datasources) {
            context.error("P1012-datasource-multiple", block->span,
                          tr("Error validating datasource `%1`: You defined more than one datasource. This is not allowed "
                             "yet because support for multiple databases has not been implemented yet.")
                              .arg(block->name.name));
        }
    }

    for (const Block *block : generators)
        checkGenerator(context, *block, provider);
}

void checkConfigurationPipeline(const Context &context)
{
    const Schema &schema = context.schema;
    const Provider provider = context.provider();
    const ConnectorInfo &connector = connectorInfo(provider);

    // Postgres extensions need their preview feature.
    for (const Block *block : context.ast.blocks()) {
        if (block->kind != Block::Kind::Datasource)
            continue;
        if (providerFromName(block->property(u"provider") ? block->property(u"provider")->value.text.text() : QString())
            != Provider::PostgreSql)
            break;
        const Property *extensions = nullptr;
        for (const Property *property : block->properties()) {
            if (property->name.name == u"extensions")
                extensions = property;
        }
        if (!extensions)
            break;
        if (!schema.hasPreviewFeature(u"postgresqlExtensions")) {
            context.error("P1012-extensions-preview", extensions->span(),
                          tr("The `extensions` property is only available with the `postgresqlExtensions` preview "
                             "feature."));
            break;
        }
        auto checkName = [&](const Expression &item) {
            const QString &name = item.text;
            if (name.isEmpty())
                context.error("P1012-extension-name", item.span, tr("Error validating: The name of an extension must not be empty."));
            else if (startsWithNumber(name))
                context.error("P1012-extension-name", item.span,
                              tr("Error validating: The name of an extension must not start with a number."));
            else if (name.contains(u'-'))
                context.error("P1012-extension-name", item.span,
                              tr("Error validating: The character `-` is not allowed in extension names."));
        };
        if (extensions->value.isArray()) {
            for (const Expression &item : extensions->value.items)
                checkName(item);
        } else {
            checkName(extensions->value);
        }
        break;
    }

    if (!connector.enums) {
        for (const Block *block : context.ast.blocks()) {
            if (block->kind == Block::Kind::Enum) {
                context.error("P1012-enums-unsupported", block->span,
                              tr("Error validating: You defined the enum `%1`. But the current connector does not support "
                                 "enums.")
                                  .arg(block->name.name));
            }
        }
    }

    const bool hasDatasource = schema.datasource.has_value();
    QSet<QString> schemaNames;
    bool schemasDefined = false;
    for (const Block *block : context.ast.blocks()) {
        if (block->kind != Block::Kind::Datasource)
            continue;
        if (const Property *schemas = block->property(u"schemas")) {
            schemasDefined = true;
            if (schemas->value.isArray()) {
                for (const Expression &item : schemas->value.items)
                    schemaNames.insert(item.text);
            } else {
                schemaNames.insert(schemas->value.text);
            }
        }
        break;
    }

    for (const Block *block : context.ast.blocks()) {
        const bool isModel = block->kind == Block::Kind::Model || block->kind == Block::Kind::View;
        const bool isEnum = block->kind == Block::Kind::Enum;
        if (!isModel && !isEnum)
            continue;
        // Views without the `views` preview feature: reported by the model rules (validatemodels.cpp).
        const Expression *schemaValue = nullptr;
        for (const psl::BlockAttribute *attribute : block->blockAttributes()) {
            if (attribute->attribute.name.name != u"schema")
                continue;
            if (const psl::Argument *argument = attribute->attribute.argument(u"map", true); argument && argument->value)
                schemaValue = &*argument->value;
        }
        if (schemaValue) {
            if (!hasDatasource)
                continue;
            if (!connector.multiSchema) {
                context.error("P1012-schema-unsupported", schemaValue->span,
                              tr("@@schema is not supported on the current datasource provider"));
            } else if (!schemaNames.contains(schemaValue->text)) {
                context.error("P1012-schema-unknown", schemaValue->span,
                              tr("This schema is not defined in the datasource. Read more on `@@schema` at "
                                 "https://pris.ly/d/multi-schema"));
            }
        } else if (schemasDefined && connector.multiSchema && provider != Provider::MySql) {
            if (isModel) {
                const bool view = block->kind == Block::Kind::View;
                context.error("P1012-schema-missing", block->span,
                              tr("Error validating %1 \"%2\": This %1 is missing an `@@schema` attribute.")
                                  .arg(view ? QStringLiteral("view") : QStringLiteral("model"), block->name.name));
            } else {
                context.error("P1012-schema-missing", block->span, tr("This enum is missing an `@@schema` attribute."));
            }
        }
    }
}

} // namespace strata::schema::validation
