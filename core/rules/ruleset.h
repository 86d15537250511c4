#pragma once

#include "rules/contentrules.h"
#include "rules/logrules.h"
#include "rules/rulecatalog.h"
#include "rules/secretrules.h"
#include "util/diagnostic.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace dockscope {

// Everything the checks need, loaded and compiled once per analysis: the catalogue, the
// secret and log rules, the YARA rules (bundled under :/rules and from the examiner's folders)
// and the content inspector built from them. Immutable; shared by every worker.
class RuleSet
{
public:
    struct Options
    {
        QStringList extraYaraDirs;          // the examiner's rule folders (settings, --rules)
        qint64 maxScanBytes = qint64(16) << 20; // content-scan limit per file
        bool contentRules = true;           // false: files are hashed but not matched
    };

    static constexpr qint64 DefaultMaxScanBytes = qint64(16) << 20;

    static std::shared_ptr<const RuleSet> load(const Options &options);

    const RuleCatalog &catalog() const { return m_catalog; }
    const SecretRules &secrets() const { return *m_secrets; }
    const LogRules &logRules() const { return m_logRules; }
    // The content inspector for the layer scanners; null when content rules are off.
    const ContentRules *content() const { return m_content.get(); }
    // Rules on a short text, also when content rules are off (commands, values, requests).
    const ContentRules &textRules() const { return *m_text; }

    QString version() const { return m_version; }  // catalogue version (+ examiner rules)
    QString sha256() const { return m_sha256; }    // of every rule file, in name order
    QStringList files() const { return m_files; }  // rule files loaded, bundled ones as :/rules/…
    int yaraRuleCount() const { return m_yaraCount; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    qint64 maxScanBytes() const { return m_maxScanBytes; }

private:
    RuleCatalog m_catalog;
    std::shared_ptr<const SecretRules> m_secrets;
    LogRules m_logRules;
    std::shared_ptr<const ContentRules> m_content;
    std::shared_ptr<const ContentRules> m_text;
    QString m_version;
    QString m_sha256;
    QStringList m_files;
    int m_yaraCount = 0;
    qint64 m_maxScanBytes = DefaultMaxScanBytes;
    Diagnostics m_diagnostics;
};

} // namespace dockscope
