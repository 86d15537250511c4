#pragma once

#include "analysis/efficiency.h"
#include "filetree.h"
#include "imageconfig.h"
#include "layerscan.h"
#include "package.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace dockscope {

// One link of the integrity chain: a value the evidence declares against the value we computed.
struct IntegrityCheck
{
    QString subject;  // "layer 2 diff_id", "config digest", …
    QString expected;
    QString actual;
    bool ok = false;
    QString evidence; // the evidence item it concerns
};

struct Layer
{
    int index = 0;
    QString member;         // where the blob lives inside the evidence
    QString digest;         // SHA-256 of the stored blob, as computed
    QString expectedDigest; // from a descriptor, when the format has one
    qint64 expectedSize = -1;
    QString diffId;         // SHA-256 of the decompressed tar, as computed
    QString expectedDiffId; // rootfs.diff_ids[index]
    QString chainId;        // from the computed diff_ids
    QString mediaType;
    Compression compression = Compression::None;
    qint64 storedSize = 0;
    qint64 sizeBytes = 0;   // Σ tar header sizes (dive)
    QString createdBy;
    QString created;
    bool verified = false;
    bool readable = false;
    LayerChanges changes;
    LayerScanPtr scan;
};

class EvidenceStore;

struct Image
{
    QString evidence;
    // The evidence it was read from, kept open read-only so views can read single files.
    std::shared_ptr<const EvidenceStore> store;
    QString kind;      // "image", or "container-export" for a flat root file system
    QString format;    // docker-archive, docker-archive+oci, oci-layout, container-export
    QString id;        // "sha256:…" of the config blob; empty when there is none
    QString configSource; // member that holds the config
    bool configRebuilt = false; // rebuilt from legacy v1 metadata
    QStringList repoTags;
    QString platform;  // os/arch[/variant] chosen
    QString manifestDigest;
    ImageConfig config;
    std::vector<Layer> layers;
    std::shared_ptr<const FileTree> tree;
    Efficiency efficiency;
    PackageInventory packages; // what the stacked file system has installed (filled by packages/)
    std::vector<IntegrityCheck> integrity;
    Diagnostics diagnostics;
};

} // namespace dockscope
