#pragma once

#include "archive/layerfilereader.h"

#include <QString>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace dockscope {

class EvidenceStore;

// Reads several file versions of one layer in a single walk of its blob (never to disk): the
// package readers need a few database files, file lists and checksummed files per layer, and a
// walk per file would decompress the layer once for each. Safe to call from worker threads.
class LayerFileBatch
{
public:
    struct Want
    {
        std::string path;        // normalised entry path
        qint64 headerOffset = -1; // LayerEntry::headerOffset of exactly this version
        bool hardlink = false;   // the entry is a hard link: read through LayerFileReader
        qint64 maxBytes = -1;    // kept of this file; -1: the call's maxBytes
    };

    // Handed each content as soon as it is read (with its want's index); when it returns true the
    // content is dropped from the result (only found and the error stay), so large files read for
    // a quick look are never all held at once.
    using Consumer = std::function<bool(std::size_t index, const FileContent &content)>;

    // One FileContent per want, in the same order; at most maxBytes of each are kept.
    static std::vector<FileContent> read(const EvidenceStore &store, const QString &layerMember,
        const std::vector<Want> &wants, qint64 maxBytes, const std::atomic_bool *cancel = nullptr,
        const Consumer &consume = {});
};

} // namespace dockscope
