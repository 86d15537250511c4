#pragma once

#include "model/finding.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>

namespace dockscope {

// One check of the detection catalogue (resources/rules/catalogue.json, docs/DETECTIONS.md).
struct Rule
{
    QString id;        // RT-01, FS-07, …
    QString category;  // runtime | image | filesystem | content | log
    QString title;
    QString rationale;
    QString basis;     // where the idea comes from (CIS, Falco, Sigma, Trivy, …)
    QString attack;    // MITRE ATT&CK technique(s)
    Severity severity = Severity::Info; // the default; matchers may raise or lower it
};

// The catalogue of every check, read from its JSON form. Immutable once loaded.
class RuleCatalog
{
public:
    // Parses catalogue.json; on error returns an empty catalogue and says why.
    static RuleCatalog parse(const QByteArray &json, QString *error);

    const Rule *find(const QString &id) const;
    const std::map<QString, Rule> &rules() const { return m_rules; }
    QString version() const { return m_version; }
    bool isEmpty() const { return m_rules.empty(); }

private:
    std::map<QString, Rule> m_rules;
    QString m_version;
};

} // namespace dockscope
