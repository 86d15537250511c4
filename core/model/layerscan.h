#pragma once

#include "archive/blobdecoder.h"
#include "archive/contentinspector.h"
#include "layerentry.h"
#include "util/diagnostic.h"
#include "util/digest.h"

#include <QString>

#include <memory>
#include <vector>

namespace dockscope {

// Everything one read of a layer blob found: digests, compression, entries and problems.
struct LayerScan
{
    QString source;              // member or file it came from
    Compression compression = Compression::None;
    Digest storedDigest;         // SHA-256 of the stored (possibly compressed) bytes
    qint64 storedSize = 0;
    Digest diffId;               // SHA-256 of the decompressed tar
    qint64 diffSize = 0;
    qint64 tarSize = 0;          // Σ of the entries' header sizes (dive's layer size)
    std::vector<LayerEntry> entries;
    ContentResults content;      // content rules that matched, files kept for the checks
    bool complete = false;       // read to the end without a fatal error
    bool cancelled = false;
    Diagnostics diagnostics;
};

using LayerScanPtr = std::shared_ptr<const LayerScan>;

} // namespace dockscope
