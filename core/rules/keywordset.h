#pragma once

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace dockscope {

// A set of byte strings found in one pass over a text, ignoring ASCII case: an Aho-Corasick
// automaton with its transitions spelled out for every class of bytes, so that each byte of the
// text costs two table lookups whatever the number of keywords. Immutable once built; safe to use
// from several threads.
class KeywordSet
{
public:
    KeywordSet() = default;
    // Keyword i of the list is reported as bit i of the result. Empty keywords are never found.
    explicit KeywordSet(const std::vector<QByteArray> &keywords);

    // Which keywords occur in `data`: one flag per keyword, in the order they were given. The
    // text is read as if a line feed preceded it: a keyword "\nX" is found on its first line too.
    std::vector<bool> find(const char *data, std::size_t length) const;
    std::size_t size() const { return m_count; }

private:
    std::vector<std::uint8_t> m_class;             // byte → its class
    std::vector<std::uint32_t> m_next;             // state * width + class → next state's row
    std::vector<std::vector<std::uint32_t>> m_out; // state → keywords ending here
    std::size_t m_width = 256;                     // classes
    std::size_t m_longest = 0;                     // keyword length
    std::size_t m_count = 0;
};

} // namespace dockscope
