#pragma once

#include "bytesource.h"
#include "contentinspector.h"
#include "model/layerscan.h"
#include "util/diagnostic.h"

#include <atomic>
#include <functional>

namespace dockscope {

// Reads one layer blob exactly once, never to disk: stored digest, decompression by magic
// bytes, diff_id, every tar entry with its metadata and the SHA-256 of its content, in one pass.
class LayerScanner
{
public:
    // Zeros hashed for the holes of one sparse file at most; beyond, its hash is not computed.
    static constexpr qint64 MaxSparseHoleBytes = qint64(1) << 30;

    struct Options
    {
        const std::atomic_bool *cancel = nullptr;
        // Called with the stored bytes read so far (for progress), from the scanning thread.
        std::function<void(qint64)> progress;
        // At most this many diagnostics of one kind per layer; the rest are counted.
        int diagnosticsPerKind = 20;
        // Called with each block of a regular file's content, in order, for the entry that
        // will have index `entry` in the result (for readers that keep contents).
        std::function<void(std::size_t entry, const char *data, std::size_t length)> onContent;
        // Content rules run on each regular file in the same pass (may be null).
        const ContentInspector *inspector = nullptr;
        // What the layer is, for the rules that differ between image and container layers.
        LayerRole role = LayerRole::Container;
    };

    // `evidence` and `where` name the blob in diagnostics.
    static LayerScan scan(ByteSource &blob, const QString &evidence, const QString &where,
                          const Options &options);
    static LayerScan scan(ByteSource &blob, const QString &evidence, const QString &where)
    {
        return scan(blob, evidence, where, Options{});
    }
};

} // namespace dockscope
