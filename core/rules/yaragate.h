#pragma once

#include "rules/regexfactors.h"

#include <QByteArray>
#include <QStringList>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dockscope {

// What a set of YARA rules cannot match a file without: for each rule, literals one of which
// must occur in the file, read from the rule's source — its strings through RegexFactors, its
// condition by the logic of `and`, `or`, `not` and `… of …`. A rule whose condition can hold
// without its strings (`filesize`, header bytes, a module, `#a == 0`) has no such literals, and
// neither has anything the reader does not understand; a set holding such a rule must be run
// on every file. Literals are in lower case: the keyword pass ignores ASCII case.
class YaraGate
{
public:
    using Literals = RegexFactors::Literals;

    static YaraGate of(const std::vector<QByteArray> &sources);
    // The names of the rules libyara compiled from the same sources: when they are not exactly
    // the rules read here, the gate is not complete.
    void expect(const std::vector<std::string> &compiled);

    // Every rule has its literals: the set needs running only on files holding one of them.
    bool complete() const { return m_understood && m_ungated.isEmpty() && !m_rules.empty(); }
    // The union of every rule's literals.
    std::vector<QByteArray> keywords() const;
    // Rules without literals, by name.
    QStringList ungated() const { return m_ungated; }
    // Each rule's literals (none when it has to run on every file), by name.
    const std::map<std::string, std::optional<Literals>> &rules() const { return m_rules; }

private:
    std::map<std::string, std::optional<Literals>> m_rules;
    QStringList m_ungated;
    bool m_understood = true;
};

} // namespace dockscope
