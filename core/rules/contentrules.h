#pragma once

#include "archive/contentinspector.h"
#include "rules/secretrules.h"
#include "rules/yararules.h"

#include <memory>

namespace dockscope {

// The content rules run on every file as its layer is read: YARA rules (bundled and the
// examiner's), the secret rules, and the ELF checks of FC-10. Files larger than the content-scan
// limit are only classified. Immutable; safe from several threads.
class ContentRules final : public ContentInspector
{
public:
    ContentRules(std::shared_ptr<const YaraRules> yara, std::shared_ptr<const SecretRules> secrets,
                 qint64 maxBytes, bool scanAllFiles);

    qint64 maxBytes() const override { return m_maxBytes; }
    void inspect(std::uint32_t index, LayerEntry &entry, const char *data, std::size_t length,
                 bool complete, LayerRole role, ContentResults &results) const override;

    // Files the checks read whole (accounts, cron, hosts, preload, logs, histories).
    static bool keepsWhole(std::string_view path);
    static constexpr qint64 MaxKeptBytes = qint64(8) << 20;

    // Rules on a short text that is not a file (a command line, an environment value, a log
    // request): the YARA matches, with text_input set.
    std::vector<YaraMatch> matchText(const QString &text) const;
    const SecretRules &secrets() const { return *m_secrets; }

    // The catalogue ID of a YARA match: its meta id, or one inferred from its tags and name
    // for third-party rules ("YARA" when nothing fits).
    static QString ruleIdOf(const YaraMatch &match);

private:
    std::shared_ptr<const YaraRules> m_yara;
    std::shared_ptr<const SecretRules> m_secrets;
    qint64 m_maxBytes;
    bool m_scanAllFiles; // third-party rules loaded: YARA runs on binaries too
};

} // namespace dockscope
