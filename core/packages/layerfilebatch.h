#pragma once

#include "archive/layerfilereader.h"

#include <QString>

#include <atomic>
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

    // One FileContent per want, in the same order; at most maxBytes of each are kept.
    static std::vector<FileContent> read(const EvidenceStore &store, const QString &layerMember,
        const std::vector<Want> &wants, qint64 maxBytes, const std::atomic_bool *cancel = nullptr);
};

} // namespace dockscope
