#pragma once

#include "model/finding.h"
#include "rules/rulecatalog.h"

#include <optional>
#include <vector>

namespace dockscope {

// Collects findings, each filled from its catalogue rule (title, rationale, basis, ATT&CK,
// default severity) so the matchers only say what they found and where.
class FindingSink
{
public:
    explicit FindingSink(const RuleCatalog &catalog)
        : m_catalog(catalog)
    {
    }

    Finding &add(const QString &rule, std::optional<Severity> severity = std::nullopt)
    {
        Finding f;
        f.rule = rule;
        if (const Rule *r = m_catalog.find(rule)) {
            f.title = r->title;
            f.rationale = r->rationale;
            f.basis = r->basis;
            f.attack = r->attack;
            f.category = r->category;
            f.severity = r->severity;
        }
        if (severity) {
            f.severity = *severity;
        }
        m_findings.push_back(std::move(f));
        return m_findings.back();
    }

    std::vector<Finding> &findings() { return m_findings; }
    std::vector<Finding> take() { return std::exchange(m_findings, {}); }

private:
    const RuleCatalog &m_catalog;
    std::vector<Finding> m_findings;
};

} // namespace dockscope
