#include "keywordset.h"

#include <algorithm>
#include <queue>

namespace dockscope {

namespace {

constexpr std::uint32_t Missing = 0xffffffffu;
constexpr std::uint32_t Accepting = 0x80000000u; // flag on a transition: its target reports keywords

unsigned char folded(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c - 'A' + 'a') : c;
}

} // namespace

KeywordSet::KeywordSet(const std::vector<QByteArray> &keywords)
    : m_count(keywords.size())
{
    // The trie: state 0 is the root.
    m_next.assign(256, Missing);
    m_out.emplace_back();
    for (std::size_t k = 0; k < keywords.size(); ++k) {
        if (keywords[k].isEmpty()) {
            continue;
        }
        std::uint32_t state = 0;
        for (const char ch : keywords[k]) {
            const unsigned char c = folded(static_cast<unsigned char>(ch));
            std::uint32_t &to = m_next[std::size_t(state) * 256 + c];
            if (to == Missing) {
                to = std::uint32_t(m_out.size());
                m_out.emplace_back();
                m_next.resize(m_next.size() + 256, Missing);
            }
            state = m_next[std::size_t(state) * 256 + c];
        }
        m_out[state].push_back(std::uint32_t(k));
    }
    // Breadth first: each state's missing transitions are those of its failure state, and it
    // reports what its failure state reports.
    std::vector<std::uint32_t> fail(m_out.size(), 0);
    std::queue<std::uint32_t> queue;
    for (std::size_t c = 0; c < 256; ++c) {
        std::uint32_t &to = m_next[c];
        if (to == Missing) {
            to = 0;
        } else {
            fail[to] = 0;
            queue.push(to);
        }
    }
    while (!queue.empty()) {
        const std::uint32_t state = queue.front();
        queue.pop();
        const std::vector<std::uint32_t> &inherited = m_out[fail[state]];
        m_out[state].insert(m_out[state].end(), inherited.begin(), inherited.end());
        for (std::size_t c = 0; c < 256; ++c) {
            const std::size_t at = std::size_t(state) * 256 + c;
            const std::uint32_t viaFail = m_next[std::size_t(fail[state]) * 256 + c];
            if (m_next[at] == Missing) {
                m_next[at] = viaFail;
            } else {
                fail[m_next[at]] = viaFail;
                queue.push(m_next[at]);
            }
        }
    }
    // Upper-case letters move like lower-case ones. Transitions then hold the target's row
    // (state * 256, so the scan loop does not multiply), marked when the target reports keywords.
    for (std::size_t state = 0; state < m_out.size(); ++state) {
        for (unsigned char c = 'A'; c <= 'Z'; ++c) {
            m_next[state * 256 + c] = m_next[state * 256 + folded(c)];
        }
    }
    for (std::uint32_t &to : m_next) {
        to = to * 256 | (m_out[to].empty() ? 0 : Accepting);
    }
}

std::vector<bool> KeywordSet::find(const char *data, std::size_t length) const
{
    std::vector<bool> found(m_count, false);
    if (m_count == 0 || m_next.empty()) {
        return found;
    }
    std::size_t missing = m_count;
    const std::uint32_t *next = m_next.data();
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    std::uint32_t row = 0; // the current state's row: state * 256
    for (std::size_t i = 0; i < length; ++i) {
        row = next[row + bytes[i]];
        if (!(row & Accepting)) [[likely]] {
            continue;
        }
        row &= ~Accepting;
        for (const std::uint32_t k : m_out[row / 256]) {
            if (!found[k]) {
                found[k] = true;
                if (--missing == 0) {
                    return found;
                }
            }
        }
    }
    return found;
}

} // namespace dockscope
