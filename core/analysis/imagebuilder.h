#pragma once

#include "evidence/evidencestore.h"
#include "evidence/imageplan.h"
#include "model/image.h"

#include <functional>

namespace dockscope {

// Turns a reader's plan and the scanned layers into an Image: config and history paired with
// layers, the integrity chain, the stacked file system and dive's metrics. layersPaired, if
// given, sees the image once its layers are paired and verified, before they are stacked.
class ImageBuilder
{
public:
    static Image build(const ImagePlan &plan, const std::shared_ptr<const EvidenceStore> &store,
                       const LayerScanner::Options &options,
                       const std::function<void(const Image &)> &layersPaired = {});
};

// ChainID(L0) = DiffID(L0); ChainID(L0..n) = sha256(ChainID(L0..n-1) + " " + DiffID(Ln)).
QStringList chainIds(const QStringList &diffIds);

} // namespace dockscope
