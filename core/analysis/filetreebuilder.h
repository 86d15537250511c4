#pragma once

#include "analysis/childtable.h"
#include "analysis/layerstack.h"
#include "model/filetree.h"

#include <string>
#include <string_view>
#include <vector>

namespace dockscope {

// Grows a FileTree while layers are applied: name interning, child lookup by hash, events,
// subtree removal; finalize() turns it into the immutable sorted arena.
class FileTreeBuilder
{
public:
    explicit FileTreeBuilder(FileTree &tree)
        : m_tree(tree)
        , m_childTable(tree.m_nodes)
    {
        m_tree.m_nodes.emplace_back(); // root
        m_links.push_back({});
    }

    std::uint32_t lookup(std::string_view path) const
    {
        std::uint32_t node = FileTree::Root;
        while (!path.empty()) {
            const auto slash = path.find('/');
            node = childOf(node, path.substr(0, slash));
            if (node == FileTree::NoNode) {
                return node;
            }
            path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
        }
        return node;
    }

    std::uint32_t childOf(std::uint32_t parent, std::string_view name) const
    {
        return m_childTable.find(parent, name);
    }

    // Room for about `nodes` paths, so that the lookup table is not rebuilt as it grows.
    void reserve(std::size_t nodes)
    {
        m_tree.m_nodes.reserve(nodes + 1);
        m_links.reserve(nodes + 1);
        m_childTable.reserve(nodes);
    }

    // The child `name` of parent, created (not yet added: the caller's event adds it) when
    // there is none.
    std::uint32_t child(std::uint32_t parent, std::string_view name)
    {
        if (const std::uint32_t found = childOf(parent, name); found != FileTree::NoNode) {
            return found;
        }
        const auto index = std::uint32_t(m_tree.m_nodes.size());
        FileTree::Node n;
        n.parent = parent;
        n.name = m_tree.m_names.add(name);
        n.removedLayer = -2; // not yet added; set by the caller's event
        m_tree.m_nodes.push_back(n);
        m_links.push_back({FileTree::NoNode, m_links[parent].firstChild});
        m_links[parent].firstChild = index;
        m_childTable.insert(index);
        return index;
    }

    void event(std::uint32_t node, int layer, std::uint32_t entry, FileTree::EventKind kind,
               FileTree::Cause cause)
    {
        m_tree.m_events.push_back({node, layer, entry, kind, cause});
        auto &n = m_tree.m_nodes[node];
        switch (kind) {
        case FileTree::EventKind::Added:
            n.addedLayer = layer;
            n.removedLayer = -1;
            [[fallthrough]];
        case FileTree::EventKind::Modified:
        case FileTree::EventKind::Retouched:
            n.layer = entry == FileTree::NoEntry ? -1 : layer;
            n.entry = entry;
            break;
        case FileTree::EventKind::Removed:
            n.removedLayer = layer;
            break;
        }
    }

    bool visible(std::uint32_t node) const { return m_tree.m_nodes[node].removedLayer == -1; }

    const LayerEntry *current(std::uint32_t node) const { return m_tree.entry(node); }

    // Sum of the current sizes of the visible subtree at node (node included).
    qint64 subtreeBytes(std::uint32_t node) const
    {
        qint64 total = 0;
        std::vector<std::uint32_t> stack{node};
        while (!stack.empty()) {
            const std::uint32_t n = stack.back();
            stack.pop_back();
            if (const LayerEntry *e = current(n)) {
                total += e->size;
            }
            for (std::uint32_t c = m_links[n].firstChild; c != FileTree::NoNode;
                 c = m_links[c].nextSibling) {
                if (visible(c)) {
                    stack.push_back(c);
                }
            }
        }
        return total;
    }

    // Marks the visible subtree at node removed; returns how many paths it hid.
    int removeSubtree(std::uint32_t node, int layer, FileTree::Cause cause, bool includeSelf)
    {
        int count = 0;
        std::vector<std::uint32_t> stack;
        if (includeSelf) {
            stack.push_back(node);
        } else {
            pushVisibleChildren(node, stack);
        }
        while (!stack.empty()) {
            const std::uint32_t n = stack.back();
            stack.pop_back();
            pushVisibleChildren(n, stack);
            event(n, layer, FileTree::NoEntry, FileTree::EventKind::Removed, cause);
            ++count;
        }
        m_cachedDir.clear();
        m_cachedDirNode = FileTree::NoNode;
        return count;
    }

    // Makes sure every directory of `dir` exists and is visible; returns the deepest node.
    std::uint32_t ensureDir(std::string_view dir, int layer, LayerChanges &changes)
    {
        if (m_cachedDirNode != FileTree::NoNode && dir == m_cachedDir) {
            return m_cachedDirNode;
        }
        std::uint32_t node = FileTree::Root;
        std::string_view rest = dir;
        while (!rest.empty()) {
            const auto slash = rest.find('/');
            const std::string_view part = rest.substr(0, slash);
            const std::uint32_t next = child(node, part);
            if (!visible(next)) {
                event(next, layer, FileTree::NoEntry, FileTree::EventKind::Added,
                      FileTree::Cause::ImpliedParent);
                ++changes.added;
            }
            node = next;
            rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
        }
        m_cachedDir.assign(dir);
        m_cachedDirNode = node;
        return node;
    }

    void finalize()
    {
        auto &nodes = m_tree.m_nodes;
        // Children as sorted index ranges.
        m_tree.m_children.reserve(nodes.size());
        std::vector<std::uint32_t> kids;
        for (std::uint32_t i = 0; i < nodes.size(); ++i) {
            kids.clear();
            for (std::uint32_t c = m_links[i].firstChild; c != FileTree::NoNode;
                 c = m_links[c].nextSibling) {
                kids.push_back(c);
            }
            std::sort(kids.begin(), kids.end(), [this](std::uint32_t a, std::uint32_t b) {
                return m_tree.name(a) < m_tree.name(b);
            });
            nodes[i].childBegin = std::uint32_t(m_tree.m_children.size());
            nodes[i].childCount = std::uint32_t(kids.size());
            m_tree.m_children.insert(m_tree.m_children.end(), kids.begin(), kids.end());
        }
        // Events grouped by node, in layer order (counting sort keeps the order stable).
        std::vector<std::uint32_t> counts(nodes.size() + 1, 0);
        for (const auto &e : m_tree.m_events) {
            ++counts[e.node + 1];
        }
        for (std::size_t i = 1; i < counts.size(); ++i) {
            counts[i] += counts[i - 1];
        }
        std::vector<FileTree::Event> sorted(m_tree.m_events.size());
        std::vector<std::uint32_t> cursor(counts.begin(), counts.end() - 1);
        for (const auto &e : m_tree.m_events) {
            sorted[cursor[e.node]++] = e;
        }
        for (std::uint32_t i = 0; i < nodes.size(); ++i) {
            nodes[i].eventBegin = counts[i];
            nodes[i].eventCount = counts[i + 1] - counts[i];
        }
        m_tree.m_events = std::move(sorted);
        nodes[FileTree::Root].removedLayer = -1;
        std::size_t visibleCount = 0;
        for (std::uint32_t i = 1; i < nodes.size(); ++i) {
            if (nodes[i].removedLayer == -1) {
                ++visibleCount;
            }
        }
        m_tree.m_visibleCount = visibleCount;
        m_childTable.clear();
        m_links = {};
    }

private:
    struct Links
    {
        std::uint32_t firstChild = FileTree::NoNode;
        std::uint32_t nextSibling = FileTree::NoNode;
    };

    void pushVisibleChildren(std::uint32_t n, std::vector<std::uint32_t> &stack) const
    {
        for (std::uint32_t c = m_links[n].firstChild; c != FileTree::NoNode;
             c = m_links[c].nextSibling) {
            if (visible(c)) {
                stack.push_back(c);
            }
        }
    }

    FileTree &m_tree;
    ChildTable m_childTable;
    std::vector<Links> m_links;
    std::string m_cachedDir;
    std::uint32_t m_cachedDirNode = FileTree::NoNode;
};

} // namespace dockscope
