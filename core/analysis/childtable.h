#pragma once

#include "model/filetree.h"

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace dockscope {

// The nodes of a growing FileTree by parent and name: open addressing over node indices, with
// 32 bits of the key's hash in each slot so that a probe rarely reads a node that is not the
// one looked for. Node 0, the root, is nobody's child: a zero slot is free.
class ChildTable
{
public:
    explicit ChildTable(const std::vector<FileTree::Node> &nodes)
        : m_nodes(nodes)
    {
        rebuild(MinSlots);
    }

    // Room for `count` nodes without growing.
    void reserve(std::size_t count)
    {
        std::size_t slots = m_slots.size();
        while (count * 2 > slots) {
            slots *= 2;
        }
        if (slots != m_slots.size()) {
            rebuild(slots);
        }
    }

    // The child `name` of parent, or FileTree::NoNode.
    std::uint32_t find(std::uint32_t parent, std::string_view name) const
    {
        const std::uint32_t h = hash(parent, name);
        for (std::size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const std::uint64_t slot = m_slots[i];
            if (slot == 0) {
                return FileTree::NoNode;
            }
            const auto node = std::uint32_t(slot);
            if (std::uint32_t(slot >> 32) == h && m_nodes[node].parent == parent && m_nodes[node].name == name) {
                return node;
            }
        }
    }

    // Adds a node whose parent and name are set and that is not in the table yet.
    void insert(std::uint32_t node)
    {
        if ((m_count + 1) * 2 > m_slots.size()) {
            rebuild(m_slots.size() * 2);
        }
        place(hash(m_nodes[node].parent, m_nodes[node].name), node);
        ++m_count;
    }

    void clear()
    {
        m_slots = {};
        m_mask = 0;
        m_count = 0;
    }

private:
    static constexpr std::size_t MinSlots = 1024;

    static std::uint32_t hash(std::uint32_t parent, std::string_view name)
    {
        const std::uint64_t x = std::hash<std::string_view>{}(name) ^ (std::uint64_t(parent) * 0x9E3779B97F4A7C15ull);
        return std::uint32_t(x ^ (x >> 32));
    }

    void place(std::uint32_t h, std::uint32_t node)
    {
        std::size_t i = h & m_mask;
        while (m_slots[i] != 0) {
            i = (i + 1) & m_mask;
        }
        m_slots[i] = (std::uint64_t(h) << 32) | node;
    }

    void rebuild(std::size_t slots)
    {
        std::vector<std::uint64_t> old(slots, 0);
        old.swap(m_slots);
        m_mask = slots - 1;
        for (const std::uint64_t slot : old) {
            if (slot != 0) {
                place(std::uint32_t(slot >> 32), std::uint32_t(slot));
            }
        }
    }

    const std::vector<FileTree::Node> &m_nodes;
    std::vector<std::uint64_t> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
};

} // namespace dockscope
