#pragma once

#include "archive/contentinspector.h"
#include "model/analysis.h"

#include <string>
#include <vector>

namespace dockscope {

// One file the file-system and content checks look at, with its proof: the layer it is in,
// its entry (metadata and hash), the content rules that matched it and, for small files the
// checks read whole, its bytes.
struct FileView
{
    std::string rel;          // "etc/passwd"
    QString path;             // "/etc/passwd"
    Change::Kind kind = Change::Kind::Added;
    const LayerEntry *entry = nullptr; // current version; null for deletions or unknown metadata
    const QByteArray *content = nullptr; // whole content, when kept
    std::vector<const ContentHit *> hits;
    int layer = -1;           // index of the layer holding this version
    QString layerDigest;      // its diff id
    QString member;           // where the layer lives in the evidence
    QString mount;            // the volume or bind mount it is in (MountContent::label), if any
};

// The files of one container's changes, or of one image layer.
struct FileSet
{
    bool container = false;
    QString containerId;
    QString imageId;
    QString evidence;
    QString startedAt;       // container start, RFC 3339 (files older came from the image)
    bool estimated = false;  // changes estimated from an export
    std::vector<FileView> files;

    const FileView *find(std::string_view rel) const;
};

// Builds the file sets of an analysis: every container's changes (from its read-write layer,
// else from its export, else the paths of a docker diff) with the contents of its volumes and
// bind mounts that the evidence holds (as added files at their paths in the container), and
// every distinct image layer.
class FileSetBuilder
{
public:
    static std::vector<FileSet> containers(const Analysis &analysis);

    // One layer of one image. A layer's file set is built when it is checked, so that only the
    // layers being checked at a time take memory, not every file of every layer at once.
    struct LayerRef
    {
        const Image *image = nullptr;
        std::size_t layer = 0;
    };
    // Every distinct image layer (shared ones once, under a tagged image first), in a stable order.
    static std::vector<LayerRef> imageLayers(const Analysis &analysis);

    // All that an image layer's file set is made of, copied from its image: a set can be built
    // from it while the image is still being put together or moved.
    struct LayerSource
    {
        LayerScanPtr scan;
        QString imageId;
        QString evidence;
        std::size_t layer = 0;
        QString diffId;
        QString member;
        bool operator==(const LayerSource &) const = default;
    };
    static LayerSource source(const Image &image, std::size_t layer);
    static FileSet imageLayer(const LayerSource &source);
};

} // namespace dockscope
