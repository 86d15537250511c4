#pragma once

#include "archive/contentinspector.h"
#include "rules/keywordset.h"
#include "rules/secretrules.h"
#include "rules/yararules.h"

#include <memory>

namespace dockscope {

// The content rules run on every file as its layer is read: the bundled YARA rules and the
// examiner's, the secret rules, and the ELF checks of FC-10. Files larger than the content-scan
// limit are only classified. One case-blind keyword pass over a file tells the secret rules
// which of them can match and tells each YARA rule set whether it can match at all (the
// literals of its YaraGate); a set with a rule that needs no literal is run on every candidate.
// Immutable; safe from several threads.
class ContentRules final : public ContentInspector
{
public:
    // `examiner` may be null. The bundled rules look at scripts, texts and ELF programs; the
    // examiner's at every file within the limit.
    ContentRules(std::shared_ptr<const YaraRules> bundled, std::shared_ptr<const YaraRules> examiner,
                 std::shared_ptr<const SecretRules> secrets, qint64 maxBytes);

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
    // A YARA rule set and where its gate's literals lie in the keyword pass (none: ungated).
    struct YaraSet
    {
        std::shared_ptr<const YaraRules> rules;
        bool gated = false;
        std::size_t first = 0, end = 0;
        bool anyFile = false; // every file, not only scripts, texts and ELF programs
    };
    std::vector<YaraMatch> scanYara(const YaraSet &set, const std::vector<bool> &present, const char *data,
                                    std::size_t length, const YaraExternals &x) const;

    std::vector<YaraSet> m_yara;
    std::shared_ptr<const SecretRules> m_secrets;
    KeywordSet m_keywords; // the secret rules' keywords, then each gated YARA set's literals
    qint64 m_maxBytes;
};

} // namespace dockscope
