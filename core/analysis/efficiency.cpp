#include "efficiency.h"

#include "util/membername.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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

} // namespace

Efficiency Efficiency::compute(const std::vector<LayerScanPtr> &layers, const StackResult &stack)
{
    Efficiency eff;
    std::unordered_map<std::string, PathData> paths;
    qint64 storedEntryBytes = 0;

    for (std::size_t li = 0; li < layers.size(); ++li) {
        const auto &entries = layers[li]->entries;
        eff.sizeBytes += layers[li]->tarSize;
        if (li != 0) {
            eff.userSizeBytes += layers[li]->tarSize;
        }

        // The layer's own tree as dive builds it: key → (size of the last entry at that path).
        // Keyed by the path in the layer (a whiteout keeps its ".wh." name there, so a whiteout
        // and a new entry of the same name are two leaves, as in dive); value: the path dive
        // reports and the size.
        std::unordered_map<std::string, std::pair<std::string, qint64>> nodes;
        std::unordered_set<std::string> parents;
        auto addAncestors = [&parents](std::string_view p) {
            for (auto slash = p.rfind('/'); slash != std::string_view::npos; slash = p.rfind('/')) {
                p = p.substr(0, slash);
                if (!parents.emplace(p).second) {
                    break; // its ancestors are in already
                }
            }
        };
        for (std::uint32_t ei = 0; ei < entries.size(); ++ei) {
            const LayerEntry &e = entries[ei];
            if (e.is(EntryEscapes) || e.path.empty()) {
                continue;
            }
            if (e.isPlainEntry()) {
                storedEntryBytes += e.size;
            }
            bool cut = false;
            const std::string_view kept = beforeMetaComponent(e.path, &cut);
            if (cut) {
                // Opaque and aufs markers: only the directories above them exist.
                if (!kept.empty()) {
                    nodes.try_emplace(std::string(kept), std::string(kept), 0);
                    addAncestors(kept);
                }
                continue;
            }
            if (e.is(EntryWhiteout)) {
                const auto it = stack.changes[li].whiteoutBytes.find(ei);
                const qint64 bytes = it == stack.changes[li].whiteoutBytes.end() ? 0 : it->second;
                // The stripped path: dive strips ".wh." from the leaf's name only.
                nodes[e.path] = {e.whiteoutTarget(), bytes};
            } else {
                nodes[e.path] = {e.path, e.size};
            }
            addAncestors(e.path);
        }
        for (const auto &[layerPath, leaf] : nodes) {
            if (parents.count(layerPath)) {
                continue; // not a leaf
            }
            const qint64 size = leaf.second;
            PathData &d = paths["/" + leaf.first];
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
            eff.inefficientFiles.push_back({path, d.count, d.cumulative});
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

} // namespace dockscope
