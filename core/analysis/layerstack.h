#pragma once

#include "model/filetree.h"
#include "model/layerscan.h"
#include "util/diagnostic.h"

#include <memory>
#include <unordered_map>
#include <vector>

namespace dockscope {

// Per-layer outcome of stacking.
struct LayerChanges
{
    int added = 0;    // paths that appear (including implied parent directories)
    int modified = 0; // existing paths written again (a directory re-listed unchanged is not)
    int removed = 0;  // visible paths hidden by whiteouts, opaque directories or replacement
    // dive's size of each whiteout entry: the bytes of the subtree it deletes when the deleted
    // path was an explicit directory in the layers below, else 0. Keyed by entry index.
    std::unordered_map<std::uint32_t, qint64> whiteoutBytes;
};

struct StackResult
{
    std::shared_ptr<const FileTree> tree;
    std::vector<LayerChanges> changes;
    Diagnostics diagnostics;
};

// Applies layers in order as the OCI image spec's "Representing Changes" says: within layer i,
// `.wh.NAME` deletes NAME (and its subtree) from layers 0..i-1 and `.wh..wh..opq` hides the
// lower children of its directory, before the layer's own entries are applied, so a whiteout
// and a new entry of the same name in one layer leave the new entry. Member names that escape
// the root are never applied.
class LayerStack
{
public:
    static StackResult build(const std::vector<LayerScanPtr> &layers, const QString &evidence,
                             const QStringList &layerNames);
};

} // namespace dockscope
