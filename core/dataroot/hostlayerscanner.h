#pragma once

#include "archive/contentinspector.h"
#include "hostfs/fsview.h"
#include "model/layerscan.h"

#include <atomic>

namespace dockscope {

// Reads one layer (or a container's read-write layer) from its folder in a Docker data root
// into the same entries a layer tar gives, so the same stacking applies: overlay whiteouts
// (character devices 0/0) become `.wh.NAME` entries, directories marked opaque with the
// trusted.overlay.opaque (or user.overlay.opaque) attribute get a `.wh..wh..opq` entry, aufs
// keeps its own `.wh.` names. With the layer's tar-split metadata the layer's tar is rebuilt and
// hashed: that is its diff_id as the host would compute it, and changed files are named.
class HostLayerScanner
{
public:
    // Plain: a folder that is no layer (a volume's _data, a bind source): taken as it is.
    enum class Driver { Overlay, Aufs, Plain };

    struct Request
    {
        std::string dir;            // the layer's folder in the view
        Driver driver = Driver::Overlay;
        std::string tarSplit;       // path of tar-split.json.gz in the view, empty when none
        const std::atomic_bool *cancel = nullptr;
        const ContentInspector *inspector = nullptr; // content rules, run as files are read
        LayerRole role = LayerRole::Container;
    };

    static LayerScan scan(const FsView &fs, const Request &request);
};

} // namespace dockscope
