#pragma once

#include "util/digest.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <string>

class QFileDevice;

namespace dockscope {

class EvidenceStore;

// The content of one file version read from a layer blob.
struct FileContent
{
    QByteArray data; // at most maxBytes of the content, from its start
    qint64 size = 0; // bytes of content read (holes of sparse files included)
    bool truncated = false; // the content is longer than data
    bool found = false; // the entry exists in the layer
    Digest sha256; // of the whole content; not valid when it could not be read whole
    QString error; // translated text; empty when everything was read
};

// Reads single files out of a layer blob, never to disk: the blob is opened read-only from the
// evidence, decompressed by its magic bytes and walked with libarchive like LayerScanner does.
// Hard links are followed to the earlier entry of the same layer that holds their bytes. Safe to
// call from worker threads.
class LayerFileReader
{
public:
    static constexpr qint64 NoLimit = -1;

    // The last entry at entryPath (normalised, no leading '/'): a later duplicate wins, as on
    // extraction; entries whose name climbs above the root are never applied and are skipped.
    // At most maxBytes (NoLimit: all) are kept in data; sha256 always covers the whole content.
    static FileContent read(const EvidenceStore &store, const QString &layerMember,
        const std::string &entryPath, qint64 maxBytes, const std::atomic_bool *cancel = nullptr);

    // Exactly the version whose tar header starts at headerOffset of the decompressed layer
    // (LayerEntry::headerOffset); the walk stops right after it. Falls back to read() when no
    // entry with that path starts there.
    static FileContent readAt(const EvidenceStore &store, const QString &layerMember,
        const std::string &entryPath, qint64 headerOffset, qint64 maxBytes,
        const std::atomic_bool *cancel = nullptr);

    // Streams the whole content into out as it is read (nothing is held in memory); out must be
    // open for writing and positioned at its start; it is rewound and emptied when a later
    // duplicate of the entry turns up. headerOffset as for readAt(), -1 for the last entry.
    // The result's data stays empty; size and sha256 describe what was written.
    static FileContent exportTo(const EvidenceStore &store, const QString &layerMember,
        const std::string &entryPath, QFileDevice &out, const std::atomic_bool *cancel = nullptr,
        qint64 headerOffset = -1);
};

} // namespace dockscope
