#include "yaragate.h"

#include <cctype>
#include <string_view>

namespace dockscope {

namespace {

using Literals = RegexFactors::Literals;
using Requirement = std::optional<Literals>;

struct Token
{
    enum Kind { End, Ident, StringRef, OtherRef, Number, Text, Regex, Hex, Punct } kind = End;
    std::string text; // identifier, reference name (with a trailing '*' for a wildcard),
                      // unescaped string, regex source, hex body or punctuation
};

// YARA source as tokens. Regular expressions and hex strings are told from division and
// braces by what precedes them: `=` in a strings section, `matches` in a condition.
class Lexer
{
public:
    explicit Lexer(std::string_view source)
        : m_s(source)
    {
    }

    bool failed() const { return m_failed; }

    Token next()
    {
        skipSpace();
        Token t;
        if (m_pos >= m_s.size()) {
            return t;
        }
        const char c = m_s[m_pos];
        const bool afterAssign = m_prev.kind == Token::Punct && m_prev.text == "=";
        // A regular expression also stands as a module function's argument (pe.exports(/…/),
        // cuckoo.network.http_request(/…/)); no division starts after '(' or ','.
        const bool afterMatches = (m_prev.kind == Token::Ident && m_prev.text == "matches")
            || (m_prev.kind == Token::Punct && (m_prev.text == "(" || m_prev.text == ","));
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            t.kind = Token::Ident;
            t.text = word();
        } else if (c == '$' || c == '#' || c == '@' || (c == '!' && !followedBy('='))) {
            ++m_pos;
            t.kind = c == '$' ? Token::StringRef : Token::OtherRef;
            t.text = word();
            if (m_pos < m_s.size() && m_s[m_pos] == '*') {
                t.text += '*';
                ++m_pos;
            }
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            t.kind = Token::Number;
            t.text = word();
        } else if (c == '"') {
            t.kind = Token::Text;
            t.text = quoted();
        } else if (c == '/' && (afterAssign || afterMatches)) {
            t.kind = Token::Regex;
            t.text = regex();
        } else if (c == '{' && afterAssign) {
            t.kind = Token::Hex;
            const std::size_t close = m_s.find('}', m_pos);
            if (close == std::string_view::npos) {
                m_failed = true;
                m_pos = m_s.size();
            } else {
                t.text = std::string(m_s.substr(m_pos + 1, close - m_pos - 1));
                m_pos = close + 1;
            }
        } else {
            t.kind = Token::Punct;
            static constexpr std::string_view pairs[] = {"==", "!=", "<=", ">=", "<<", ">>", ".."};
            t.text = std::string(1, c);
            for (std::string_view p : pairs) {
                if (m_s.substr(m_pos, 2) == p) {
                    t.text = std::string(p);
                }
            }
            m_pos += t.text.size();
        }
        m_prev = t;
        return t;
    }

private:
    bool followedBy(char c) const { return m_pos + 1 < m_s.size() && m_s[m_pos + 1] == c; }

    void skipSpace()
    {
        while (m_pos < m_s.size()) {
            if (std::isspace(static_cast<unsigned char>(m_s[m_pos]))) {
                ++m_pos;
            } else if (m_s.substr(m_pos, 2) == "//") {
                const std::size_t end = m_s.find('\n', m_pos);
                m_pos = end == std::string_view::npos ? m_s.size() : end;
            } else if (m_s.substr(m_pos, 2) == "/*") {
                const std::size_t end = m_s.find("*/", m_pos + 2);
                m_pos = end == std::string_view::npos ? m_s.size() : end + 2;
            } else {
                break;
            }
        }
    }

    std::string word()
    {
        const std::size_t start = m_pos;
        while (m_pos < m_s.size()
               && (std::isalnum(static_cast<unsigned char>(m_s[m_pos])) || m_s[m_pos] == '_'
                   || m_s[m_pos] == '.')) {
            ++m_pos;
        }
        return std::string(m_s.substr(start, m_pos - start));
    }

    std::string quoted()
    {
        std::string out;
        ++m_pos;
        while (m_pos < m_s.size() && m_s[m_pos] != '"') {
            char c = m_s[m_pos++];
            if (c == '\\' && m_pos < m_s.size()) {
                const char e = m_s[m_pos++];
                switch (e) {
                case 'n':
                    c = '\n';
                    break;
                case 't':
                    c = '\t';
                    break;
                case 'r':
                    c = '\r';
                    break;
                case 'x': {
                    const std::string hex(m_s.substr(m_pos, 2));
                    m_pos += hex.size();
                    c = char(std::strtol(hex.c_str(), nullptr, 16));
                    break;
                }
                default:
                    c = e; // \" and \\ .
                    break;
                }
            }
            out += c;
        }
        if (m_pos >= m_s.size()) {
            m_failed = true;
        }
        ++m_pos;
        return out;
    }

    std::string regex()
    {
        std::string out;
        ++m_pos;
        while (m_pos < m_s.size() && m_s[m_pos] != '/') {
            if (m_s[m_pos] == '\\' && m_pos + 1 < m_s.size()) {
                if (m_s[m_pos + 1] == '/') {
                    out += '/';
                    m_pos += 2;
                    continue;
                }
                out += m_s[m_pos++];
            }
            out += m_s[m_pos++];
        }
        if (m_pos >= m_s.size()) {
            m_failed = true;
        }
        ++m_pos;
        while (m_pos < m_s.size() && std::isalpha(static_cast<unsigned char>(m_s[m_pos]))) {
            ++m_pos; // flags i and s: case is ignored by the keyword pass anyway
        }
        return out;
    }

    std::string_view m_s;
    std::size_t m_pos = 0;
    Token m_prev;
    bool m_failed = false;
};

// The longest run of fixed bytes of a hex string, outside alternatives. Its tokens are bytes of
// two characters (`4D`, `??`, `4?`, `~00`), jumps `[n-m]`, and alternatives `( … | … )`.
Requirement hexRequirement(const std::string &body)
{
    Requirement best;
    std::string run;
    int depth = 0;
    auto close = [&] {
        if (!run.empty()) {
            best = RegexFactors::better(best, Literals{RegexFactors::folded(run)});
        }
        run.clear();
    };
    auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
    auto wild = [&](char c) { return hex(c) || c == '?'; };
    for (std::size_t i = 0; i < body.size();) {
        const char c = body[i];
        if (std::isspace(static_cast<unsigned char>(c))) {
            ++i;
        } else if (c == '(' || c == ')' || c == '|') {
            close();
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            ++i;
        } else if (c == '[') {
            close();
            const std::size_t end = body.find(']', i);
            if (end == std::string::npos) {
                return std::nullopt;
            }
            i = end + 1;
        } else if (c == '~' && i + 2 < body.size() && wild(body[i + 1]) && wild(body[i + 2])) {
            close();
            i += 3;
        } else if (i + 1 < body.size() && wild(c) && wild(body[i + 1])) {
            if (depth == 0 && hex(c) && hex(body[i + 1])) {
                run += char(std::strtol(body.substr(i, 2).c_str(), nullptr, 16));
            } else {
                close();
            }
            i += 2;
        } else {
            return std::nullopt; // not understood
        }
    }
    close();
    return best;
}

Literals widened(const Literals &ascii)
{
    Literals out;
    for (const std::string &text : ascii) {
        // A leading line feed may be the one the keyword pass assumes before the text (a `^`),
        // which has no NUL after it: left out.
        const std::string s = !text.empty() && text.front() == '\n' ? text.substr(1) : text;
        if (s.empty()) {
            return {};
        }
        std::string w;
        for (std::size_t i = 0; i < s.size(); ++i) {
            w += s[i];
            if (i + 1 < s.size()) {
                w += '\0';
            }
        }
        out.insert(w);
    }
    return out;
}

class SourceReader
{
public:
    SourceReader(std::string_view source, std::map<std::string, Requirement> &rules)
        : m_lex(source)
        , m_rules(rules)
    {
        advance();
    }

    // False when the source holds anything the reader does not understand.
    bool read()
    {
        while (m_tok.kind != Token::End) {
            if (isIdent("include")) {
                return false; // rules of another file: not read here
            }
            if (isIdent("import")) {
                advance();
                advance();
            } else if (isIdent("private") || isIdent("global")) {
                advance();
            } else if (isIdent("rule")) {
                if (!rule()) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return !m_lex.failed();
    }

private:
    void advance() { m_tok = m_lex.next(); }
    bool isIdent(std::string_view s) const { return m_tok.kind == Token::Ident && m_tok.text == s; }
    bool isPunct(std::string_view s) const { return m_tok.kind == Token::Punct && m_tok.text == s; }
    bool section() const { return isIdent("meta") || isIdent("strings") || isIdent("condition"); }

    bool rule()
    {
        advance();
        if (m_tok.kind != Token::Ident) {
            return false;
        }
        const std::string name = m_tok.text;
        advance();
        while (m_tok.kind != Token::End && !isPunct("{")) {
            advance(); // ': tag tag …'
        }
        advance();
        m_strings.clear();
        m_order.clear();
        Requirement gate;
        bool haveCondition = false;
        while (m_tok.kind != Token::End && !isPunct("}")) {
            if (!section()) {
                return false;
            }
            const std::string which = m_tok.text;
            advance();
            if (!isPunct(":")) {
                return false;
            }
            advance();
            if (which == "meta") {
                while (m_tok.kind != Token::End && !section() && !isPunct("}")) {
                    advance();
                }
            } else if (which == "strings") {
                if (!strings()) {
                    return false;
                }
            } else {
                m_cond.clear();
                while (m_tok.kind != Token::End && !isPunct("}")) {
                    m_cond.push_back(m_tok);
                    advance();
                }
                m_at = 0;
                gate = expression();
                if (m_at != m_cond.size()) {
                    gate.reset(); // not understood to its end
                }
                haveCondition = true;
            }
        }
        if (!isPunct("}") || !haveCondition) {
            return false;
        }
        advance();
        m_rules[name] = gate;
        return true;
    }

    bool strings()
    {
        while (m_tok.kind == Token::StringRef) {
            // Anonymous strings (`$ = …`) each get a name of their own, reached only by `them`
            // and `$*`.
            const std::string id = m_tok.text.empty() ? "\x01" + std::to_string(m_order.size()) : m_tok.text;
            advance();
            if (!isPunct("=")) {
                return false;
            }
            advance();
            const Token value = m_tok;
            Requirement req;
            if (value.kind == Token::Text) {
                if (!value.text.empty()) {
                    req = Literals{RegexFactors::folded(value.text)};
                }
            } else if (value.kind == Token::Regex) {
                req = RegexFactors::required(value.text);
            } else if (value.kind == Token::Hex) {
                req = hexRequirement(value.text);
            } else {
                return false;
            }
            advance();
            bool wide = false, ascii = false;
            while (m_tok.kind == Token::Ident && !section()) {
                const std::string modifier = m_tok.text;
                advance();
                if (isPunct("(")) {
                    skipBalanced();
                }
                if (modifier == "wide") {
                    wide = true;
                } else if (modifier == "ascii") {
                    ascii = true;
                } else if (modifier == "xor" || modifier == "base64" || modifier == "base64wide") {
                    req.reset(); // the file holds a transformed text
                }
            }
            if (req && wide) {
                Literals w = widened(*req);
                req = w.empty() ? std::nullopt : ascii ? RegexFactors::either(req, Requirement(w)) : Requirement(w);
            }
            m_strings[id] = req;
            m_order.push_back(id);
        }
        return true;
    }

    void skipBalanced()
    {
        int depth = 0;
        do {
            if (isPunct("(")) {
                ++depth;
            } else if (isPunct(")")) {
                --depth;
            }
            advance();
        } while (depth > 0 && m_tok.kind != Token::End);
    }

    // ---- the condition, as tokens m_cond[m_at…]
    const Token &tok() const
    {
        static const Token end;
        return m_at < m_cond.size() ? m_cond[m_at] : end;
    }
    bool tokIs(Token::Kind kind, std::string_view text) const { return tok().kind == kind && tok().text == text; }
    bool tokIdent(std::string_view s) const { return tokIs(Token::Ident, s); }
    bool tokPunct(std::string_view s) const { return tokIs(Token::Punct, s); }
    bool atBoundary() const
    {
        return tok().kind == Token::End || tokIdent("and") || tokIdent("or") || tokPunct(")");
    }

    Requirement expression()
    {
        Requirement r = conjunction();
        while (tokIdent("or")) {
            ++m_at;
            r = RegexFactors::either(r, conjunction());
        }
        return r;
    }

    Requirement conjunction()
    {
        Requirement r = unary();
        while (tokIdent("and")) {
            ++m_at;
            r = RegexFactors::better(r, unary());
        }
        return r;
    }

    Requirement unary()
    {
        if (tokIdent("not")) {
            ++m_at;
            unary();
            return std::nullopt;
        }
        return primary();
    }

    // Up to the next `and`, `or` or unmatched `)`: something whose truth does not need a string.
    Requirement opaque()
    {
        int depth = 0;
        while (tok().kind != Token::End) {
            if (depth == 0 && (tokIdent("and") || tokIdent("or") || tokPunct(")"))) {
                break;
            }
            if (tokPunct("(")) {
                ++depth;
            } else if (tokPunct(")")) {
                --depth;
            }
            ++m_at;
        }
        return std::nullopt;
    }

    // `$a at …`, `$a in (…)`, `any of … in (…)`: still needs the string.
    Requirement placed(Requirement r)
    {
        if (tokIdent("at") || tokIdent("in")) {
            opaque();
        } else if (!atBoundary()) {
            opaque();
            return std::nullopt;
        }
        return r;
    }

    Requirement stringRequirement(const std::string &ref) const
    {
        if (ref.empty()) {
            return std::nullopt; // the anonymous `$` of a loop
        }
        if (ref.back() == '*') {
            const std::string prefix = ref.substr(0, ref.size() - 1);
            Requirement all;
            bool any = false;
            for (const std::string &id : m_order) {
                if (id.compare(0, prefix.size(), prefix) == 0) {
                    all = any ? RegexFactors::either(all, m_strings.at(id)) : m_strings.at(id);
                    any = true;
                }
            }
            return any ? all : std::nullopt;
        }
        const auto it = m_strings.find(ref);
        return it == m_strings.end() ? std::nullopt : it->second;
    }

    // (any | all | N | N%) of (them | ($a, $b*, …))
    Requirement quantified()
    {
        bool needsOne = true;
        if (tok().kind == Token::Number) {
            // 0, 00, 0x0, 0KB: none needed. A count not read as a number needs nothing either.
            const std::string &n = tok().text;
            char *end = nullptr;
            const long long value = std::strtoll(n.c_str(), &end, 0);
            needsOne = end != n.c_str() && value > 0;
            ++m_at;
            if (tokPunct("%")) {
                ++m_at;
            }
        } else {
            needsOne = !tokIdent("none");
            ++m_at;
        }
        ++m_at; // of
        Requirement r;
        bool first = true;
        if (tokIdent("them")) {
            ++m_at;
            for (const std::string &id : m_order) {
                r = first ? m_strings.at(id) : RegexFactors::either(r, m_strings.at(id));
                first = false;
            }
        } else if (tokPunct("(")) {
            ++m_at;
            while (tok().kind != Token::End && !tokPunct(")")) {
                if (tok().kind == Token::StringRef) {
                    const Requirement one = stringRequirement(tok().text);
                    r = first ? one : RegexFactors::either(r, one);
                    first = false;
                } else if (!tokPunct(",")) {
                    needsOne = false; // rules or expressions in the set
                }
                ++m_at;
            }
            if (tokPunct(")")) {
                ++m_at;
            }
        } else {
            opaque();
            return std::nullopt;
        }
        if (first || !needsOne) {
            r.reset();
        }
        return placed(r);
    }

    bool quantifierAhead() const
    {
        auto is = [&](std::size_t i, Token::Kind kind, std::string_view text) {
            return i < m_cond.size() && m_cond[i].kind == kind && m_cond[i].text == text;
        };
        if (tokIdent("any") || tokIdent("all") || tokIdent("none")) {
            return is(m_at + 1, Token::Ident, "of");
        }
        if (tok().kind == Token::Number) {
            return is(m_at + 1, Token::Ident, "of")
                || (is(m_at + 1, Token::Punct, "%") && is(m_at + 2, Token::Ident, "of"));
        }
        return false;
    }

    Requirement primary()
    {
        if (tokPunct("(") && m_depth < 100) {
            ++m_at;
            ++m_depth;
            const Requirement inner = expression();
            --m_depth;
            if (!tokPunct(")")) {
                return opaque();
            }
            ++m_at;
            if (!atBoundary()) {
                return opaque(); // `(…) > 3`: a value, not a truth
            }
            return inner;
        }
        if (tok().kind == Token::StringRef && tok().text.find('*') == std::string::npos) {
            const Requirement r = stringRequirement(tok().text);
            ++m_at;
            return placed(r);
        }
        if (quantifierAhead()) {
            return quantified();
        }
        if (tok().kind == Token::Ident && m_rules.count(tok().text)) {
            const Requirement r = m_rules.at(tok().text);
            ++m_at;
            if (atBoundary()) {
                return r;
            }
        }
        return opaque();
    }

    Lexer m_lex;
    Token m_tok;
    std::map<std::string, Requirement> &m_rules;
    std::map<std::string, Requirement> m_strings;
    std::vector<std::string> m_order;
    std::vector<Token> m_cond;
    std::size_t m_at = 0;
    int m_depth = 0; // nested parentheses followed; deeper ones are opaque
};

} // namespace

YaraGate YaraGate::of(const std::vector<QByteArray> &sources)
{
    YaraGate gate;
    for (const QByteArray &source : sources) {
        std::map<std::string, Requirement> rules;
        SourceReader reader(std::string_view(source.constData(), std::size_t(source.size())), rules);
        if (!reader.read()) {
            gate.m_understood = false;
        }
        for (auto &[name, req] : rules) {
            if (!req) {
                gate.m_ungated << QString::fromStdString(name);
            }
            // The same name in two files (namespaces) is two rules.
            std::string key = name;
            for (int n = 2; gate.m_rules.count(key); ++n) {
                key = name + '#' + std::to_string(n);
            }
            gate.m_rules[key] = std::move(req);
        }
    }
    gate.m_ungated.sort();
    return gate;
}

void YaraGate::expect(const std::vector<std::string> &compiled)
{
    // Each name as often as libyara compiled it: a rule the reader did not see (swallowed by
    // something it misread) makes the whole gate unusable.
    std::map<std::string, int> seen;
    for (const auto &[key, req] : m_rules) {
        ++seen[key.substr(0, key.find('#'))];
    }
    std::map<std::string, int> wanted;
    for (const std::string &name : compiled) {
        ++wanted[name];
    }
    if (seen != wanted) {
        m_understood = false;
    }
}

std::vector<QByteArray> YaraGate::keywords() const
{
    Literals all;
    for (const auto &[name, req] : m_rules) {
        if (req) {
            all.insert(req->begin(), req->end());
        }
    }
    std::vector<QByteArray> out;
    for (const std::string &s : all) {
        out.emplace_back(s.data(), qsizetype(s.size()));
    }
    return out;
}

} // namespace dockscope
