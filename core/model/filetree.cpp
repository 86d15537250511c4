#include "filetree.h"

#include <algorithm>

namespace dockscope {

std::string FileTree::path(std::uint32_t index) const
{
    std::vector<std::string_view> parts;
    for (std::uint32_t n = index; n != Root && n != NoNode; n = m_nodes[n].parent) {
        parts.push_back(name(n));
    }
    std::string out;
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        if (!out.empty()) {
            out += '/';
        }
        out.append(*it);
    }
    return out;
}

std::span<const std::uint32_t> FileTree::children(std::uint32_t index) const
{
    const Node &n = m_nodes[index];
    return {m_children.data() + n.childBegin, n.childCount};
}

std::span<const FileTree::Event> FileTree::events(std::uint32_t index) const
{
    const Node &n = m_nodes[index];
    return {m_events.data() + n.eventBegin, n.eventCount};
}

std::uint32_t FileTree::child(std::uint32_t parent, std::string_view childName) const
{
    const auto kids = children(parent);
    const auto it = std::lower_bound(kids.begin(), kids.end(), childName,
                                     [this](std::uint32_t k, std::string_view v) {
                                         return name(k) < v;
                                     });
    if (it != kids.end() && name(*it) == childName) {
        return *it;
    }
    return NoNode;
}

std::uint32_t FileTree::find(std::string_view p) const
{
    std::uint32_t node = Root;
    while (!p.empty() && node != NoNode) {
        while (!p.empty() && p.front() == '/') {
            p.remove_prefix(1);
        }
        if (p.empty()) {
            break;
        }
        const auto slash = p.find('/');
        node = child(node, p.substr(0, slash));
        p = slash == std::string_view::npos ? std::string_view() : p.substr(slash + 1);
    }
    return node;
}

const LayerEntry *FileTree::entry(std::uint32_t index) const
{
    const Node &n = m_nodes[index];
    if (n.layer < 0 || n.entry == NoEntry) {
        return nullptr;
    }
    return &m_layers[std::size_t(n.layer)]->entries[n.entry];
}

const LayerEntry *FileTree::entryOf(const Event &event) const
{
    if (event.layer < 0 || event.entry == NoEntry) {
        return nullptr;
    }
    return &m_layers[std::size_t(event.layer)]->entries[event.entry];
}

EntryType FileTree::type(std::uint32_t index) const
{
    const LayerEntry *e = entry(index);
    return e ? e->type : EntryType::Directory;
}

Digest FileTree::sha256(std::uint32_t index) const
{
    const Node &n = m_nodes[index];
    const LayerEntry *e = entry(index);
    if (!e) {
        return {};
    }
    if (e->sha256.valid) {
        return e->sha256;
    }
    const auto it = m_linkDigests.find((std::uint64_t(std::uint32_t(n.layer)) << 32) | n.entry);
    return it == m_linkDigests.end() ? Digest{} : it->second;
}

} // namespace dockscope
