#include "regexfactors.h"

#include <bitset>
#include <cctype>
#include <vector>

namespace dockscope {

namespace {

using Literals = RegexFactors::Literals;

constexpr std::size_t MaxExact = 32;  // texts in an exact set
constexpr std::size_t MaxLength = 48; // length of each
constexpr std::size_t MaxClass = 6;   // a class of more characters counts as any character
constexpr int MaxDepth = 100;         // nested groups followed
constexpr std::size_t npos = std::string_view::npos;

char fold(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// What one part of a pattern can match: every text it matches when those are few and short
// (`exact`), otherwise literals one of which each of its matches contains (`req`, none when
// nothing is known).
struct Info
{
    std::optional<Literals> exact;
    std::optional<Literals> req;

    static Info any() { return {}; }
    static Info empty() { return {Literals{std::string()}, std::nullopt}; }
    static Info literal(std::string text) { return {Literals{std::move(text)}, std::nullopt}; }
};

std::optional<Literals> requirementOf(const Info &info)
{
    if (info.exact) {
        if (info.exact->empty() || info.exact->count(std::string())) {
            return std::nullopt;
        }
        return info.exact;
    }
    return info.req;
}

std::optional<Literals> product(const Literals &a, const Literals &b)
{
    if (a.size() * b.size() > MaxExact) {
        return std::nullopt;
    }
    Literals out;
    for (const std::string &x : a) {
        for (const std::string &y : b) {
            if (x.size() + y.size() > MaxLength) {
                return std::nullopt;
            }
            out.insert(x + y);
        }
    }
    return out;
}

class Parser
{
public:
    // `preferred`: literals to prefer among requirements that both hold (none: the most
    // selective wins).
    explicit Parser(std::string_view pattern, const std::vector<std::string> *preferred = nullptr)
        : m_p(pattern)
        , m_preferred(preferred)
    {
    }

    bool covered(const Literals &literals) const
    {
        for (const std::string &l : literals) {
            bool found = false;
            for (const std::string &k : *m_preferred) {
                found = found || l.find(k) != std::string::npos;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    std::optional<Literals> run()
    {
        const Info info = alternation();
        if (m_failed || m_pos != m_p.size()) {
            return std::nullopt;
        }
        return requirementOf(info);
    }

private:
    std::optional<Literals> better(std::optional<Literals> a, std::optional<Literals> b) const
    {
        if (m_preferred && a && b && covered(*a) != covered(*b)) {
            return covered(*a) ? a : b;
        }
        return RegexFactors::better(std::move(a), std::move(b));
    }

    bool at(char c) const { return m_pos < m_p.size() && m_p[m_pos] == c; }
    bool atEnd() const { return m_pos >= m_p.size(); }

    Info alternation()
    {
        std::vector<Info> branches{sequence()};
        while (at('|')) {
            ++m_pos;
            branches.push_back(sequence());
        }
        if (branches.size() == 1) {
            return branches.front();
        }
        Literals all;
        bool exact = true;
        for (const Info &b : branches) {
            if (!b.exact) {
                exact = false;
                break;
            }
            all.insert(b.exact->begin(), b.exact->end());
        }
        if (exact && all.size() <= MaxExact) {
            return {all, std::nullopt};
        }
        std::optional<Literals> req = requirementOf(branches.front());
        for (std::size_t i = 1; i < branches.size(); ++i) {
            req = RegexFactors::either(req, requirementOf(branches[i]));
        }
        return {std::nullopt, req};
    }

    // Consecutive exact parts are joined into one run of texts; the result is the most
    // selective of the runs and of the other parts' requirements.
    Info sequence()
    {
        std::optional<Literals> best;
        Literals run{std::string()};
        bool whole = true;
        auto closeRun = [&] {
            best = better(best, requirementOf(Info{run, std::nullopt}));
        };
        while (!atEnd() && !at('|') && !at(')') && !m_failed) {
            Info item = quantified(atom());
            if (item.exact) {
                if (auto joined = product(run, *item.exact)) {
                    run = std::move(*joined);
                } else {
                    whole = false;
                    closeRun();
                    run = *item.exact;
                }
                continue;
            }
            whole = false;
            closeRun();
            run = Literals{std::string()};
            best = better(best, item.req);
        }
        if (whole) {
            return {run, std::nullopt};
        }
        closeRun();
        return {std::nullopt, best};
    }

    Info quantified(Info item)
    {
        std::size_t min = 0, max = 0;
        while (quantifier(&min, &max)) {
            if (at('?') || at('+')) {
                ++m_pos; // lazy or possessive: the same texts
            }
            item = repeat(item, min, max);
        }
        return item;
    }

    bool quantifier(std::size_t *min, std::size_t *max)
    {
        if (atEnd()) {
            return false;
        }
        switch (m_p[m_pos]) {
        case '*':
            ++m_pos;
            *min = 0;
            *max = npos;
            return true;
        case '+':
            ++m_pos;
            *min = 1;
            *max = npos;
            return true;
        case '?':
            ++m_pos;
            *min = 0;
            *max = 1;
            return true;
        case '{':
            return counted(min, max);
        default:
            return false;
        }
    }

    // {n} {n,} {n,m} {,m}; anything else leaves '{' to be read as a character.
    bool counted(std::size_t *min, std::size_t *max)
    {
        std::size_t p = m_pos + 1;
        auto number = [&](std::size_t *out) {
            const std::size_t start = p;
            std::size_t v = 0;
            while (p < m_p.size() && std::isdigit(static_cast<unsigned char>(m_p[p]))) {
                v = std::min<std::size_t>(v * 10 + std::size_t(m_p[p] - '0'), 100000);
                ++p;
            }
            *out = v;
            return p > start;
        };
        std::size_t lo = 0, hi = 0;
        const bool haveLo = number(&lo);
        if (p < m_p.size() && m_p[p] == '}') {
            if (!haveLo) {
                return false;
            }
            hi = lo;
        } else if (p < m_p.size() && m_p[p] == ',') {
            ++p;
            if (!number(&hi)) {
                hi = npos; // {n,}, and {,} which libyara reads as {0,} (PCRE as text: weaker, still sound)
            }
            if (p >= m_p.size() || m_p[p] != '}') {
                return false;
            }
        } else {
            return false;
        }
        m_pos = p + 1;
        *min = haveLo ? lo : 0;
        *max = hi;
        return true;
    }

    static Info repeat(const Info &item, std::size_t min, std::size_t max)
    {
        if (min == 0) {
            if (max == 1 && item.exact) {
                Literals texts = *item.exact;
                texts.insert(std::string());
                return {texts, std::nullopt};
            }
            return Info::any();
        }
        if (item.exact && min == max && min <= 8) {
            std::optional<Literals> texts = Literals{std::string()};
            for (std::size_t i = 0; i < min && texts; ++i) {
                texts = product(*texts, *item.exact);
            }
            if (texts) {
                return {texts, std::nullopt};
            }
        }
        return {std::nullopt, requirementOf(item)};
    }

    Info atom()
    {
        const char c = m_p[m_pos++];
        switch (c) {
        case '(':
            return group();
        case '[':
            return charClass();
        case '.':
            return Info::any();
        case '^':
            return Info::literal("\n"); // a line's start: after a line feed, real or assumed
        case '$':
            return Info::empty();
        case '\\':
            return escape();
        case '*':
        case '+':
        case '?':
            m_failed = true; // a quantifier with nothing to repeat
            return Info::any();
        default:
            break;
        }
        if (static_cast<unsigned char>(c) >= 0x80) {
            // Beyond ASCII: a quantifier binds to a byte in YARA and to a character in PCRE, and
            // case folding differs; not understood.
            while (!atEnd() && (static_cast<unsigned char>(m_p[m_pos]) & 0xc0) == 0x80) {
                ++m_pos;
            }
            return Info::any();
        }
        return Info::literal(std::string(1, fold(c)));
    }

    Info group()
    {
        bool lookaround = false;
        if (at('?')) {
            ++m_pos;
            if (atEnd()) {
                m_failed = true;
                return Info::any();
            }
            const char k = m_p[m_pos];
            const char k2 = m_pos + 1 < m_p.size() ? m_p[m_pos + 1] : '\0';
            if (k == ':') {
                ++m_pos;
            } else if (k == '=' || k == '!') {
                ++m_pos;
                lookaround = true;
            } else if (k == '<' && (k2 == '=' || k2 == '!')) {
                m_pos += 2;
                lookaround = true;
            } else if (k == '<' || k == '\'' || (k == 'P' && k2 == '<')) {
                const char close = k == '\'' ? '\'' : '>';
                m_pos += k == 'P' ? 2 : 1;
                while (!atEnd() && m_p[m_pos] != close) {
                    ++m_pos;
                }
                if (atEnd()) {
                    m_failed = true;
                    return Info::any();
                }
                ++m_pos;
            } else if (k == '#') {
                while (!atEnd() && m_p[m_pos] != ')') {
                    ++m_pos;
                }
                if (atEnd()) {
                    m_failed = true;
                    return Info::any();
                }
                ++m_pos;
                return Info::empty();
            } else {
                // Inline flags, alone "(?im)" or on a group "(?i:…)".
                static constexpr std::string_view flags = "imsnUJu-";
                while (!atEnd() && (std::isalpha(static_cast<unsigned char>(m_p[m_pos])) || m_p[m_pos] == '-')) {
                    if (flags.find(m_p[m_pos]) == std::string_view::npos) {
                        m_failed = true; // x (spaces stop being literal), R (recursion), …
                    }
                    ++m_pos;
                }
                if (at(')')) {
                    ++m_pos;
                    return Info::empty();
                }
                if (!at(':')) {
                    m_failed = true;
                    return Info::any();
                }
                ++m_pos;
            }
        } else if (at('*')) {
            m_failed = true; // PCRE verbs such as (*UTF)
            return Info::any();
        }
        if (++m_depth > MaxDepth) {
            m_failed = true; // deeper than any pattern needs: not followed
            return Info::any();
        }
        Info inner = alternation();
        --m_depth;
        if (!at(')')) {
            m_failed = true;
            return Info::any();
        }
        ++m_pos;
        return lookaround ? Info::empty() : inner;
    }

    // \xNN or \x{…}; values beyond ASCII are not understood (-1).
    int hexValue()
    {
        if (at('{')) {
            const std::size_t close = m_p.find('}', m_pos);
            if (close == npos) {
                m_failed = true;
                return -1;
            }
            const std::string digits(m_p.substr(m_pos + 1, close - m_pos - 1));
            m_pos = close + 1;
            const long v = digits.empty() ? -1 : std::strtol(digits.c_str(), nullptr, 16);
            return v >= 0 && v < 0x80 ? int(v) : -1;
        }
        int v = 0, n = 0;
        while (n < 2 && !atEnd() && std::isxdigit(static_cast<unsigned char>(m_p[m_pos]))) {
            const char h = fold(m_p[m_pos++]);
            v = v * 16 + (h <= '9' ? h - '0' : h - 'a' + 10);
            ++n;
        }
        return n > 0 && v < 0x80 ? v : -1; // beyond ASCII: a byte in YARA, a character in PCRE
    }

    // One escaped character: its byte value, or -1 for a class or anything not understood.
    // Only what PCRE and libyara read alike is a byte: \n, \t, \xNN and escaped punctuation.
    // Other letters differ (libyara reads an unknown \e, \A or \c as the letter itself, PCRE
    // as ESC, an anchor or a control character), so they count as any character.
    int escapedByte(char e)
    {
        switch (e) {
        case 'n':
            return '\n';
        case 't':
            return '\t';
        case 'x':
            return hexValue();
        default:
            break;
        }
        if (std::isalnum(static_cast<unsigned char>(e))) {
            return -1; // classes (\d \w \s …), back-references, octal, and the letters above
        }
        return static_cast<unsigned char>(e);
    }

    Info escape()
    {
        if (atEnd()) {
            m_failed = true;
            return Info::any();
        }
        const char e = m_p[m_pos++];
        switch (e) {
        case 'b':
        case 'B':
            return Info::empty(); // a word boundary, in both
        case 'c':
        case 'p':
        case 'P':
        case 'g':
        case 'k':
        case 'Q':
            // PCRE reads what follows as part of the escape (a control character, a property,
            // a named reference, quoted text), libyara as the letter alone: not understood.
            m_failed = true;
            return Info::any();
        default:
            break;
        }
        if (std::isdigit(static_cast<unsigned char>(e))) {
            while (!atEnd() && std::isdigit(static_cast<unsigned char>(m_p[m_pos]))) {
                ++m_pos;
            }
            return Info::any(); // back-reference or octal
        }
        const int byte = escapedByte(e);
        if (byte < 0) {
            return Info::any();
        }
        return Info::literal(std::string(1, fold(char(byte))));
    }

    Info charClass()
    {
        std::bitset<256> set;
        bool negated = false;
        bool wide = false; // holds a class escape, a POSIX class or a non-ASCII character
        if (at('^')) {
            negated = true;
            ++m_pos;
        }
        bool first = true;
        bool closed = false;
        // One member: its byte, or -1 when it is not a single byte.
        auto member = [&]() -> int {
            const char c = m_p[m_pos++];
            if (c == '\\') {
                if (atEnd()) {
                    m_failed = true;
                    return -1;
                }
                return escapedByte(m_p[m_pos++]);
            }
            if (c == '[' && at(':')) {
                const std::size_t end = m_p.find(":]", m_pos);
                m_pos = end == npos ? m_p.size() : end + 2;
                return -1;
            }
            if (static_cast<unsigned char>(c) >= 0x80) {
                while (!atEnd() && (static_cast<unsigned char>(m_p[m_pos]) & 0xc0) == 0x80) {
                    ++m_pos;
                }
                return -1;
            }
            return static_cast<unsigned char>(c);
        };
        while (!atEnd()) {
            if (at(']') && !first) {
                ++m_pos;
                closed = true;
                break;
            }
            first = false;
            const int lo = member();
            if (lo < 0) {
                wide = true;
                continue;
            }
            if (at('-') && m_pos + 1 < m_p.size() && m_p[m_pos + 1] != ']') {
                ++m_pos;
                const int hi = member();
                if (hi < lo) {
                    wide = true;
                    continue;
                }
                for (int b = lo; b <= hi; ++b) {
                    set.set(std::size_t(b));
                }
            } else {
                set.set(std::size_t(lo));
            }
        }
        if (!closed) {
            m_failed = true;
            return Info::any();
        }
        if (wide || negated) {
            return Info::any();
        }
        Literals chars;
        for (std::size_t b = 0; b < 256; ++b) {
            if (set.test(b)) {
                chars.insert(std::string(1, fold(char(b))));
            }
        }
        if (chars.empty() || chars.size() > MaxClass) {
            return Info::any();
        }
        return {chars, std::nullopt};
    }

    std::string_view m_p;
    const std::vector<std::string> *m_preferred;
    std::size_t m_pos = 0;
    int m_depth = 0;
    bool m_failed = false;
};

} // namespace

std::string RegexFactors::folded(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        c = fold(c);
    }
    return out;
}

int RegexFactors::selectivity(const Literals &literals)
{
    int weakest = -1;
    for (const std::string &s : literals) {
        int weight = 0;
        for (const char c : s) {
            weight += std::isalnum(static_cast<unsigned char>(c)) ? 1 : 2;
        }
        weakest = weakest < 0 ? weight : std::min(weakest, weight);
    }
    return weakest;
}

std::optional<RegexFactors::Literals> RegexFactors::better(std::optional<Literals> a, std::optional<Literals> b)
{
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    const int sa = selectivity(*a), sb = selectivity(*b);
    if (sb > sa || (sb == sa && b->size() < a->size())) {
        return b;
    }
    return a;
}

std::optional<RegexFactors::Literals> RegexFactors::either(const std::optional<Literals> &a,
                                                           const std::optional<Literals> &b)
{
    if (!a || !b) {
        return std::nullopt;
    }
    Literals both = *a;
    both.insert(b->begin(), b->end());
    return both;
}

bool RegexFactors::needsOneOf(std::string_view pattern, const std::vector<std::string> &keywords)
{
    std::vector<std::string> folded;
    for (const std::string &k : keywords) {
        folded.push_back(RegexFactors::folded(k));
    }
    Parser parser(pattern, &folded);
    const std::optional<Literals> req = parser.run();
    return req && parser.covered(*req);
}

std::optional<RegexFactors::Literals> RegexFactors::required(std::string_view pattern)
{
    std::optional<Literals> req = Parser(pattern).run();
    if (!req) {
        return req;
    }
    // A literal that contains another adds nothing: the shorter one is found wherever it is.
    Literals minimal;
    for (const std::string &s : *req) {
        bool implied = false;
        for (const std::string &t : *req) {
            if (t != s && s.find(t) != std::string::npos) {
                implied = true;
                break;
            }
        }
        if (!implied) {
            minimal.insert(s);
        }
    }
    return minimal;
}

} // namespace dockscope
