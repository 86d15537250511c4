#pragma once

#include "analysis/layerstack.h"
#include "model/layerscan.h"

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dockscope {

struct InefficientFile
{
    std::string path; // "/etc/nginx/nginx.conf", as dive prints it
    int count = 0;
    qint64 sizeBytes = 0; // dive's cumulative size over every layer that wrote the path
};

// The leaves of one layer's own tree as dive builds it (see docs/engine.md). Computed per layer,
// independently of the stack, so layers can be done in parallel while the stack is built.
struct LayerLeaves
{
    struct Leaf
    {
        std::string_view path;   // path dive reports, without the leading '/'
        qint64 size = 0;         // tar header size; for whiteouts see whiteoutEntry
        std::uint32_t whiteoutEntry = UINT32_MAX; // entry index of a whiteout leaf
    };
    std::vector<Leaf> leaves;
    std::deque<std::string> owned; // storage for paths that are not entry paths
    qint64 storedEntryBytes = 0;   // Σ sizes of the layer's plain entries

    LayerLeaves() = default;
    LayerLeaves(LayerLeaves &&) = default;
    LayerLeaves &operator=(LayerLeaves &&) = default;
    LayerLeaves(const LayerLeaves &) = delete; // leaves point into `owned`
    LayerLeaves &operator=(const LayerLeaves &) = delete;

    static std::shared_ptr<const LayerLeaves> of(const LayerScan &layer);
};
using LayerLeavesPtr = std::shared_ptr<const LayerLeaves>;

// dive's image metrics, exactly as dive v0.13 computes them, plus our own figure of the bytes
// that are stored in layers but not visible in the final image.
struct Efficiency
{
    double score = 1.0;
    qint64 sizeBytes = 0;
    qint64 userSizeBytes = 0;
    qint64 wastedBytes = 0;
    std::optional<double> userWastedPercent; // empty where dive gets NaN
    std::vector<InefficientFile> inefficientFiles; // largest first, then by path
    qint64 trulyWastedBytes = 0;

    static Efficiency compute(const std::vector<LayerScanPtr> &layers,
                              const std::vector<LayerLeavesPtr> &leaves, const StackResult &stack);
    // Convenience: computes the leaves too (sequentially).
    static Efficiency compute(const std::vector<LayerScanPtr> &layers, const StackResult &stack);
};

} // namespace dockscope
