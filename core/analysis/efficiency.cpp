#include "efficiency.h"

#include "util/membername.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace dockscope {

namespace {

struct PathData
{
    qint64 cumulative = 0;
    qint64 minimum = std::numeric_limits<qint64>::max();
    int count = 0;
};

// The part of a path before any component that starts with ".wh..wh.." (dive never adds such
// a component to its tree, but does create the directories above it).
std::string_view beforeMetaComponent(std::string_view path, bool *cut)
{
    std::size_t start = 0;
    while (start < path.size()) {
        const auto slash = path.find('/', start);
        const std::string_view part = path.substr(start, slash == std::string_view::npos
                                                             ? std::string_view::npos
                                                             : slash - start);
        if (part.substr(0, 9) == ".wh..wh..") {
            *cut = true;
            return path.substr(0, start == 0 ? 0 : start - 1);
        }
        if (slash == std::string_view::npos) {
            break;
        }
        start = slash + 1;
    }
    *cut = false;
    return path;
}

// Byte order with '/' below every other byte: a path's descendants sort right after it.
// Negative, zero or positive as a sorts before, with or after b. The common prefix, often
// long in a layer's sorted names, is skipped eight bytes at a time.
int pathCompare(std::string_view a, std::string_view b)
{
    const std::size_t n = std::min(a.size(), b.size());
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t x = 0, y = 0;
        std::memcpy(&x, a.data() + i, 8);
        std::memcpy(&y, b.data() + i, 8);
        if (x != y) {
            break;
        }
    }
    for (; i < n; ++i) {
        if (a[i] != b[i]) {
            const auto ca = a[i] == '/' ? 0 : static_cast<unsigned char>(a[i]) + 1;
            const auto cb = b[i] == '/' ? 0 : static_cast<unsigned char>(b[i]) + 1;
            return ca - cb;
        }
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

} // namespace

LayerLeavesPtr LayerLeaves::of(const LayerScan &layer)
{
    auto result = std::make_shared<LayerLeaves>();
    LayerLeaves &out = *result;
    struct Node
    {
        std::string_view treePath;   // path in the layer's tree (a whiteout keeps ".wh.")
        std::string_view reportPath; // path dive reports
        qint64 size;
        std::uint32_t whiteoutEntry;
        std::uint32_t order;         // later entries win; markers never replace entries
    };
    std::vector<Node> nodes;
    nodes.reserve(layer.entries.size());
    for (std::uint32_t ei = 0; ei < layer.entries.size(); ++ei) {
        const LayerEntry &e = layer.entries[ei];
        if (e.is(EntryEscapes) || e.path.empty()) {
            continue;
        }
        if (e.isPlainEntry()) {
            out.storedEntryBytes += e.size;
        }
        bool cut = false;
        const std::string_view kept = beforeMetaComponent(e.path, &cut);
        if (cut) {
            // Opaque and aufs markers: only the directories above them exist in dive's tree.
            if (!kept.empty()) {
                nodes.push_back({kept, kept, 0, UINT32_MAX, 0});
            }
            continue;
        }
        if (e.is(EntryWhiteout)) {
            out.owned.push_back(e.whiteoutTarget());
            nodes.push_back({e.path, out.owned.back(), 0, ei, ei + 1});
        } else {
            nodes.push_back({e.path, e.path, e.size, UINT32_MAX, ei + 1});
        }
    }
    std::sort(nodes.begin(), nodes.end(), [](const Node &a, const Node &b) {
        const int c = pathCompare(a.treePath, b.treePath);
        return c != 0 ? c < 0 : a.order < b.order;
    });
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        // The last node of a run of equal paths is the one that counts.
        if (i + 1 < nodes.size() && nodes[i + 1].treePath == nodes[i].treePath) {
            continue;
        }
        // Find the next different path: a leaf has no descendant right after it.
        const std::string_view p = nodes[i].treePath;
        if (i + 1 < nodes.size()) {
            const std::string_view next = nodes[i + 1].treePath;
            if (next.size() > p.size() && next.substr(0, p.size()) == p && next[p.size()] == '/') {
                continue;
            }
        }
        out.leaves.push_back({nodes[i].reportPath, nodes[i].size, nodes[i].whiteoutEntry});
    }
    return result;
}

Efficiency Efficiency::compute(const std::vector<LayerScanPtr> &layers,
                               const std::vector<LayerLeavesPtr> &leaves, const StackResult &stack)
{
    Efficiency eff;
    std::size_t total = 0;
    for (const LayerLeavesPtr &l : leaves) {
        total += l->leaves.size();
    }
    std::unordered_map<std::string_view, PathData> paths;
    paths.reserve(total);
    qint64 storedEntryBytes = 0;
    for (std::size_t li = 0; li < layers.size(); ++li) {
        eff.sizeBytes += layers[li]->tarSize;
        if (li != 0) {
            eff.userSizeBytes += layers[li]->tarSize;
        }
        storedEntryBytes += leaves[li]->storedEntryBytes;
        const auto &whiteoutBytes = stack.changes[li].whiteoutBytes;
        for (const LayerLeaves::Leaf &leaf : leaves[li]->leaves) {
            qint64 size = leaf.size;
            if (leaf.whiteoutEntry != UINT32_MAX) {
                const auto it = whiteoutBytes.find(leaf.whiteoutEntry);
                size = it == whiteoutBytes.end() ? 0 : it->second;
            }
            PathData &d = paths[leaf.path];
            d.cumulative += size;
            d.minimum = std::min(d.minimum, size);
            ++d.count;
        }
    }

    qint64 minimumSum = 0;
    qint64 discoveredSum = 0;
    for (const auto &[path, d] : paths) {
        minimumSum += d.minimum;
        discoveredSum += d.cumulative;
        if (d.count >= 2) {
            eff.inefficientFiles.push_back({"/" + std::string(path), d.count, d.cumulative});
            eff.wastedBytes += d.cumulative;
        }
    }
    eff.score = discoveredSum == 0 ? 1.0 : double(minimumSum) / double(discoveredSum);
    std::sort(eff.inefficientFiles.begin(), eff.inefficientFiles.end(),
              [](const InefficientFile &a, const InefficientFile &b) {
                  if (a.sizeBytes != b.sizeBytes) {
                      return a.sizeBytes > b.sizeBytes;
                  }
                  return a.path < b.path;
              });
    if (eff.userSizeBytes != 0) {
        eff.userWastedPercent = double(eff.wastedBytes) / double(eff.userSizeBytes);
    }

    // Bytes stored in the layers that the final file system does not show.
    qint64 visibleBytes = 0;
    if (stack.tree) {
        const FileTree &tree = *stack.tree;
        for (std::uint32_t n = 1; n < tree.size(); ++n) {
            if (tree.visible(n)) {
                if (const LayerEntry *e = tree.entry(n)) {
                    visibleBytes += e->size;
                }
            }
        }
    }
    eff.trulyWastedBytes = storedEntryBytes - visibleBytes;
    return eff;
}

Efficiency Efficiency::compute(const std::vector<LayerScanPtr> &layers, const StackResult &stack)
{
    std::vector<LayerLeavesPtr> leaves;
    leaves.reserve(layers.size());
    for (const auto &l : layers) {
        leaves.push_back(LayerLeaves::of(*l));
    }
    return compute(layers, leaves, stack);
}

} // namespace dockscope
