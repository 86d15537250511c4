#pragma once

#include "model/layerentry.h"

#include <QString>

#include <memory>

namespace dockscope {

class EvidenceStore;

// Where one file version lives, everything a viewer needs to read and describe it: the open
// evidence store, the layer blob member and the tar entry as the layer stored it.
struct FileLocation
{
    std::shared_ptr<const EvidenceStore> store;
    QString evidence;     // evidence path as given
    QString imageId;      // "sha256:…", empty for a container export
    int layer = -1;       // layer index in the image
    QString layerMember;  // member holding that layer's blob
    LayerEntry entry;     // metadata of this version (a copy)
    // For a hard link whose target was written by a lower layer: where the bytes are.
    QString contentMember;
    std::string contentPath;
    qint64 highlightLine = -1; // 1-based line to highlight (a finding's line), -1 for none

    bool isValid() const { return store != nullptr && !layerMember.isEmpty(); }
};

} // namespace dockscope
