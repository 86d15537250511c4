#pragma once

#include "dataroot/datarootstore.h"
#include "evidence/imageplan.h"

#include <functional>
#include <string>
#include <vector>

namespace dockscope {

// Images of a Docker 1.x data root: `graph/<id>/json` holds each layer's v1 metadata with its
// parent, the storage driver's folder its files (`aufs/diff/<id>`), `graph/<id>/tar-data.json.gz`
// its tar-split metadata, and `repositories-<driver>` the tags. An image is every tagged layer
// and every layer that is nobody's parent; its config is rebuilt from the chain's v1 metadata,
// and its id is the layer id, as Docker 1.x named images.
class LegacyGraphReader
{
public:
    using LayerDir = std::function<std::string(const QString &layerId)>;

    static std::vector<ImagePlan> read(DataRootStore &store, const std::string &root,
                                       const QString &driver, const LayerDir &layerDir,
                                       HostLayerScanner::Driver scanner, DiagnosticSink &diag);
};

} // namespace dockscope
