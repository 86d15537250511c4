#include "rulecatalog.h"

#include "evidence/jsonhelpers.h"

#include <QCoreApplication>

namespace dockscope {

RuleCatalog RuleCatalog::parse(const QByteArray &bytes, QString *error)
{
    RuleCatalog catalog;
    const json::Json j = json::parse(bytes);
    const auto rules = j.is_object() ? j.find("rules") : j.end();
    if (rules == j.end() || !rules->is_array()) {
        if (error) {
            *error = QCoreApplication::translate("Diagnostic", "the rule catalogue is not a JSON "
                                                               "object with a \"rules\" list");
        }
        return catalog;
    }
    catalog.m_version = json::string(j, "version");
    for (const json::Json &r : *rules) {
        Rule rule;
        rule.id = json::string(r, "id");
        if (rule.id.isEmpty()) {
            continue;
        }
        rule.category = json::string(r, "category");
        rule.title = json::string(r, "title");
        rule.rationale = json::string(r, "rationale");
        rule.basis = json::string(r, "basis");
        rule.attack = json::string(r, "attack");
        rule.severity = severityFromName(json::string(r, "severity"), Severity::Medium);
        catalog.m_rules[rule.id] = rule;
    }
    return catalog;
}

const Rule *RuleCatalog::find(const QString &id) const
{
    const auto it = m_rules.find(id);
    return it == m_rules.end() ? nullptr : &it->second;
}

} // namespace dockscope
