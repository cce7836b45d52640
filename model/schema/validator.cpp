// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "validationcontext_p.h"

namespace strata::schema {

void Validator::validate(const psl::SchemaAst &ast, const Schema &schema, psl::Diagnostics &diagnostics)
{
    const validation::Context context{ast, schema, diagnostics};
    validation::checkConfiguration(context);
    validation::checkNames(context);
    validation::checkAttributes(context);
    validation::checkModels(context);
    validation::checkRelations(context);
    if (diagnostics.hasErrors())
        return;
    validation::checkConfigurationPipeline(context);
    validation::checkNamesPipeline(context);
    validation::checkAttributesPipeline(context);
    validation::checkModelsPipeline(context);
    validation::checkRelationsPipeline(context);
}

} // namespace strata::schema
