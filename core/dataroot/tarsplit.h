#pragma once

#include "hostfs/fsview.h"
#include "util/diagnostic.h"
#include "util/digest.h"

#include <QByteArray>
#include <QString>

#include <string>
#include <unordered_map>
#include <vector>

namespace dockscope {

// Rebuilds a layer's tar stream from Docker's tar-split metadata (tar-split.json.gz: the raw
// header bytes of the original tar, and for each file its name, size and CRC-64) and the files
// of the layer's folder, without writing it anywhere: the SHA-256 of the stream is the layer's
// diff_id as the host would rebuild it. Files whose size or CRC-64 differ from what tar-split
// recorded are named: they were changed on disk after the layer was unpacked.
class TarSplit
{
public:
    struct Mismatch
    {
        std::string path;
        QString reason; // "content changed", "missing", "size changed"
    };
    struct Result
    {
        bool ok = false;          // the stream could be rebuilt (a mismatch still rebuilds)
        Digest diffId;            // SHA-256 of the rebuilt tar
        qint64 size = 0;
        std::vector<Mismatch> mismatches;
        // SHA-256 of each file content read on the way, by layer path (saves a second read).
        std::unordered_map<std::string, Digest> contentDigests;
    };

    static constexpr qint64 MaxMetadata = qint64(256) << 20;

    // `tarSplitGz` is the gzip file's bytes; `layerDir` the folder of the layer in `fs`.
    static Result rebuild(const QByteArray &tarSplitGz, const FsView &fs,
                          const std::string &layerDir, DiagnosticSink &diag);
    // CRC-64 with the ISO polynomial, as Go's hash/crc64 with crc64.ISO computes it.
    static quint64 crc64(quint64 crc, const char *data, std::size_t length);
};

} // namespace dockscope
