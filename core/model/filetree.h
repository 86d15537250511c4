#pragma once

#include "layerentry.h"
#include "layerscan.h"
#include "util/digest.h"
#include "util/stringarena.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dockscope {

class LayerStack;

// The stacked file system of an image: an arena of nodes with parent and child indices and
// interned names (no per-node heap objects), with per-path provenance. Removed paths stay in
// the tree, marked with the layer that removed them, so views can show what a layer deleted.
// Built once by LayerStack, immutable afterwards, safe to read from any thread.
class FileTree
{
public:
    static constexpr std::uint32_t NoNode = UINT32_MAX;
    static constexpr std::uint32_t NoEntry = UINT32_MAX;
    static constexpr std::uint32_t Root = 0;

    enum class EventKind : std::uint8_t {
        Added,     // the path appeared (explicitly, or as an implied parent directory)
        Modified,  // an existing path was written again
        Retouched, // a directory listed again with the same type, mode and owner
        Removed,   // hidden by a whiteout, an opaque directory, or replaced by a non-directory
    };
    enum class Cause : std::uint8_t { Entry, ImpliedParent, Whiteout, Opaque, Replaced };

    struct Event
    {
        std::uint32_t node;
        std::int32_t layer;
        std::uint32_t entry; // index into that layer's entries, NoEntry when implied
        EventKind kind;
        Cause cause;
    };

    struct Node
    {
        std::uint32_t parent = NoNode;
        std::string_view name;
        std::uint32_t childBegin = 0;
        std::uint32_t childCount = 0;
        std::uint32_t eventBegin = 0;
        std::uint32_t eventCount = 0;
        std::uint32_t entry = NoEntry; // current version: entry index in `layer`
        std::int32_t layer = -1;       // layer of the current version, -1 when implied
        std::int32_t addedLayer = -1;  // layer of the latest Added event
        std::int32_t removedLayer = -1; // layer that removed it, -1 while visible
    };

    std::size_t size() const { return m_nodes.size(); }
    const Node &node(std::uint32_t index) const { return m_nodes[index]; }
    std::string_view name(std::uint32_t index) const { return m_nodes[index].name; }
    std::string path(std::uint32_t index) const; // "" for the root, else "a/b/c"
    std::span<const std::uint32_t> children(std::uint32_t index) const;
    std::span<const Event> events(std::uint32_t index) const;
    bool visible(std::uint32_t index) const { return m_nodes[index].removedLayer < 0; }
    std::uint32_t find(std::string_view path) const; // NoNode when absent
    std::uint32_t child(std::uint32_t parent, std::string_view name) const;

    // The entry of the node's current version, or nullptr for an implied directory.
    const LayerEntry *entry(std::uint32_t index) const;
    const LayerEntry *entryOf(const Event &event) const;
    EntryType type(std::uint32_t index) const;
    // Content digest of the current version (hard links resolved through the stack).
    Digest sha256(std::uint32_t index) const;

    std::size_t visibleCount() const { return m_visibleCount; }
    const std::vector<LayerScanPtr> &layers() const { return m_layers; }

private:
    friend class LayerStack;
    friend class FileTreeBuilder;
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_children;
    std::vector<Event> m_events;
    StringArena m_names;
    std::vector<LayerScanPtr> m_layers;
    // Hard links whose target lives in a lower layer: (layer << 32 | entry) → target digest.
    std::unordered_map<std::uint64_t, Digest> m_linkDigests;
    std::size_t m_visibleCount = 0;
};

} // namespace dockscope
