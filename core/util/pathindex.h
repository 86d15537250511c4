#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace dockscope {

// Maps paths to indices in a caller's container without copying the paths: an open-addressing
// table of (hash, index) that asks the caller for the path of an index when hashes collide.
// Used on hot paths where std::unordered_map<std::string, …> would allocate per entry.
template<typename PathOf>
class PathIndex
{
public:
    static constexpr std::uint32_t None = UINT32_MAX;

    explicit PathIndex(PathOf pathOf)
        : m_pathOf(std::move(pathOf))
    {
        m_slots.assign(1024, Slot{});
    }

    // The index stored for path, or None.
    std::uint32_t find(std::string_view path) const
    {
        const std::uint64_t h = hash(path);
        for (std::size_t i = h & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot &s = m_slots[i];
            if (s.index == None) {
                return None;
            }
            if (s.hash == h && m_pathOf(s.index) == path) {
                return s.index;
            }
        }
    }

    // Stores index for path; returns the index stored before, or None.
    std::uint32_t insert(std::string_view path, std::uint32_t index)
    {
        if ((m_count + 1) * 2 > m_slots.size()) {
            grow();
        }
        const std::uint64_t h = hash(path);
        for (std::size_t i = h & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            Slot &s = m_slots[i];
            if (s.index == None) {
                s = {h, index};
                ++m_count;
                return None;
            }
            if (s.hash == h && m_pathOf(s.index) == path) {
                const std::uint32_t previous = s.index;
                s.index = index;
                return previous;
            }
        }
    }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t index = None;
    };

    static std::uint64_t hash(std::string_view s) { return std::hash<std::string_view>{}(s); }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2, Slot{});
        old.swap(m_slots);
        for (const Slot &s : old) {
            if (s.index == None) {
                continue;
            }
            std::size_t i = s.hash & (m_slots.size() - 1);
            while (m_slots[i].index != None) {
                i = (i + 1) & (m_slots.size() - 1);
            }
            m_slots[i] = s;
        }
    }

    PathOf m_pathOf;
    std::vector<Slot> m_slots;
    std::size_t m_count = 0;
};

} // namespace dockscope
