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
    // Bytes in no keyword all lead back to the root: they share class 0, and each byte of a
    // keyword has a class of its own (upper-case letters that of their lower case), so a state's
    // row is as wide as the keywords' alphabet, not 256, and the rows the text keeps visiting
    // stay in cache.
    m_class.assign(256, 0);
    std::vector<unsigned char> members{0}; // one byte of each class (class 0's is not used)
    std::vector<bool> classed(256, false);
    for (const QByteArray &k : keywords) {
        for (const char ch : k) {
            const unsigned char c = folded(static_cast<unsigned char>(ch));
            if (!classed[c]) {
                classed[c] = true;
                m_class[c] = std::uint8_t(members.size()); // at most 230 folded bytes: fits
                members.push_back(c);
            }
        }
    }
    for (unsigned char c = 'A'; c <= 'Z'; ++c) {
        m_class[c] = m_class[folded(c)];
    }
    const std::size_t width = members.size();
    std::vector<std::uint32_t> rows(m_out.size() * width);
    for (std::size_t state = 0; state < m_out.size(); ++state) {
        for (std::size_t cls = 0; cls < width; ++cls) {
            // Class 0 is every byte outside the keywords: from anywhere, back to the root.
            const std::uint32_t to = cls == 0 ? 0 : m_next[state * 256 + members[cls]];
            // The target's row (state * width, so the scan loop does not multiply), marked
            // when the target reports keywords.
            rows[state * width + cls] = to * std::uint32_t(width) | (m_out[to].empty() ? 0 : Accepting);
        }
    }
    m_width = width;
    m_next = std::move(rows);
    for (const QByteArray &k : keywords) {
        m_longest = std::max(m_longest, std::size_t(k.size()));
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
    const std::uint8_t *cls = m_class.data();
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    // Reports the keywords ending in the state of `row`; true when every keyword is found.
    auto report = [&](std::uint32_t row) {
        for (const std::uint32_t k : m_out[row / m_width]) {
            if (!found[k]) {
                found[k] = true;
                if (--missing == 0) {
                    return true;
                }
            }
        }
        return false;
    };
    // A walker's state after it reached an accepting one: reported, and unmarked.
    auto accept = [&](std::uint32_t &row) {
        row &= ~Accepting;
        return report(row);
    };
    // The text starts as if after a line feed, so "\n…" keywords also match its first line.
    std::uint32_t first = next[cls[static_cast<unsigned char>('\n')]];
    if ((first & Accepting) && accept(first)) {
        return found;
    }
    // Each step waits for the table load of the one before. Long texts are cut in four parts
    // walked side by side, so that four loads are in flight at once; each part after the first
    // starts a keyword's length early, so no occurrence across a cut is lost.
    constexpr std::size_t Lanes = 4;
    const std::size_t overlap = m_longest > 0 ? m_longest - 1 : 0;
    std::size_t done = 0; // bytes the first walker has read
    const unsigned char *begin[Lanes] = {bytes, bytes, bytes, bytes};
    const unsigned char *end[Lanes] = {bytes + length, bytes, bytes, bytes};
    std::uint32_t row[Lanes] = {first, 0, 0, 0};
    if (length >= 4096 && length / Lanes > overlap) {
        const std::size_t part = length / Lanes;
        for (std::size_t l = 0; l < Lanes; ++l) {
            begin[l] = bytes + l * part - (l == 0 ? 0 : overlap);
            end[l] = l + 1 == Lanes ? bytes + length : bytes + (l + 1) * part;
        }
        std::uint32_t r0 = row[0], r1 = 0, r2 = 0, r3 = 0;
        const unsigned char *p0 = begin[0], *p1 = begin[1], *p2 = begin[2], *p3 = begin[3];
        for (std::size_t i = 0; i < part; ++i) {
            r0 = next[r0 + cls[p0[i]]];
            r1 = next[r1 + cls[p1[i]]];
            r2 = next[r2 + cls[p2[i]]];
            r3 = next[r3 + cls[p3[i]]];
            if ((r0 | r1 | r2 | r3) & Accepting) [[unlikely]] {
                if (((r0 & Accepting) && accept(r0)) || ((r1 & Accepting) && accept(r1))
                    || ((r2 & Accepting) && accept(r2)) || ((r3 & Accepting) && accept(r3))) {
                    return found;
                }
            }
        }
        row[0] = r0;
        row[1] = r1;
        row[2] = r2;
        row[3] = r3;
        done = part;
    }
    for (std::size_t l = 0; l < Lanes; ++l) {
        std::uint32_t r = row[l];
        for (const unsigned char *p = begin[l] + done; p < end[l]; ++p) {
            r = next[r + cls[*p]];
            if ((r & Accepting) && accept(r)) {
                return found;
            }
        }
    }
    return found;
}

} // namespace dockscope
