#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dockscope {

// Fixed texts a regular expression cannot match without: a set of literals, ASCII letters
// folded to lower case, such that every match contains at least one of them. This is what a
// keyword prefilter may test before the expression (or a YARA rule) is run at all.
//
// The literals are meant for KeywordSet, which reads a text as if a line feed preceded it: a
// start anchor `^` (of the text, or of a line in multi-line mode) counts as a line feed.
//
// The analysis is sound and deliberately modest: anything it does not understand (classes of
// more than a few characters, back-references, Unicode properties) counts as "any text", so
// the answer may be weaker than the best possible one but never claims a text the pattern can
// do without. It reads the syntax common to PCRE and YARA: alternation, groups (capturing,
// named, non-capturing, inline flags), look-arounds (ignored), classes, escapes and every
// quantifier form.
class RegexFactors
{
public:
    using Literals = std::set<std::string>;

    // std::nullopt when the pattern can match without any fixed text (or is not understood).
    static std::optional<Literals> required(std::string_view pattern);

    // Whether every match of the pattern holds one of `keywords` (ASCII case ignored), as far as
    // the analysis sees: true proves a keyword prefilter sound, false proves nothing.
    static bool needsOneOf(std::string_view pattern, const std::vector<std::string> &keywords);

    // How selective a set of literals is as a prefilter: its weakest member's weight, where
    // letters and digits weigh 1 and other characters (rarer in ordinary text) 2.
    static int selectivity(const Literals &literals);
    // The more selective of two requirements; a missing one loses to any other.
    static std::optional<Literals> better(std::optional<Literals> a, std::optional<Literals> b);
    // Either requirement: their union, or none when one of them is missing.
    static std::optional<Literals> either(const std::optional<Literals> &a, const std::optional<Literals> &b);

    // ASCII lower case, the form literals are kept in.
    static std::string folded(std::string_view text);
};

} // namespace dockscope
