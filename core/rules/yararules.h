#pragma once

// A small C++ face on libyara. yara.h is included only by yararules.cpp: its macros clash with
// nlohmann/json (PITFALLS.md), so nothing else of ours sees it.

#include "rules/yaragate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace dockscope {

// Variables every rule may test besides the bytes: where the file lies and what it is.
struct YaraExternals
{
    std::string filepath; // inside the image or container, without a leading '/'
    std::string filename;
    std::string filetype; // elf | script | php | text | archive | binary
    bool textInput = false; // a short text (command, value, log request), not a file
};

struct YaraMatch
{
    QString rule;      // rule identifier
    QString source;    // the rule file (namespace)
    QStringList tags;
    QString id;        // meta id (a catalogue ID) when the rule names one
    QString title;     // meta title or description
    QString severity;  // meta severity, empty when unset
    QString author;    // meta author (third-party rules: kept for attribution)
    qint64 offset = -1;  // first matched string: offset and bytes (at most 200)
    QByteArray matched;
};

// Rules compiled once per analysis; scans are safe from several threads at once.
class YaraRules
{
public:
    struct Source
    {
        QString name;    // file name, also the namespace
        QByteArray text;
    };

    // Compiles every source that compiles on its own; the others are left out, each with a
    // message naming the file and line in `errors`.
    static std::shared_ptr<const YaraRules> compile(const std::vector<Source> &sources,
                                                    QStringList *errors);
    ~YaraRules();
    YaraRules(const YaraRules &) = delete;
    YaraRules &operator=(const YaraRules &) = delete;

    std::vector<YaraMatch> scan(const char *data, std::size_t size, const YaraExternals &externals) const;
    int ruleCount() const { return m_count; }
    QStringList sources() const { return m_sources; }
    // The literals a file must hold for any of these rules to match it (when complete()).
    const YaraGate &gate() const { return m_gate; }

private:
    YaraRules() = default;
    void *takeScanner() const;
    void giveBack(void *scanner) const;

    void *m_rules = nullptr; // YR_RULES
    // Scanners are reusable and costly to make (a few µs each, more than scanning a small file),
    // so each one made is kept for the next scan; one per thread scanning at a time.
    mutable std::mutex m_idleMutex;
    mutable std::vector<void *> m_idle; // YR_SCANNER
    int m_count = 0;
    QStringList m_sources;
    YaraGate m_gate;
};

} // namespace dockscope
