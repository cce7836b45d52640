// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxindex.h"

#include "validationsupport_p.h"

namespace strata::schema {

SyntaxIndex::SyntaxIndex(const psl::SchemaAst &ast)
    : m_index(std::make_shared<validation::TopIndex>(ast, validation::TopIndex::FieldFactsTime::Later))
{
}

SyntaxIndex::~SyntaxIndex() = default;

void SyntaxIndex::recordFields(size_t position)
{
    m_index->computeFieldFacts(position);
}

const psl::Block *SyntaxIndex::top(QStringView name) const
{
    return m_index->top(name);
}

std::shared_ptr<const validation::TopIndex> SyntaxIndex::completed() const
{
    m_index->completeFieldFacts();
    return m_index;
}

} // namespace strata::schema
