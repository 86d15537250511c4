#pragma once

#include "evidencestore.h"
#include "imageplan.h"

namespace dockscope {

// docker save archives: legacy (manifest.json with one or more images; configs named
// "<hex>.json" or kaniko's "sha256:<hex>"; "<id>/layer.tar" or "<hex>.tar.gz" layers; symlinked
// layer members), Docker ≥ 25 hybrids whose manifest.json points into an OCI layout, and the
// oldest form with no manifest.json, rebuilt from `repositories` and each `<id>/json` chain.
class DockerArchiveReader
{
public:
    static constexpr qint64 MaxMetadata = 64 << 20;

    static ReadResult read(const EvidenceStore &store, const LayerScanner::Options &options,
                           DiagnosticSink &diag);

private:
    static ReadResult fromManifest(const EvidenceStore &store, const QByteArray &manifest,
                                   DiagnosticSink &diag);
    static ReadResult fromRepositories(const EvidenceStore &store,
                                       const LayerScanner::Options &options, DiagnosticSink &diag);
};

// "sha256:<hex>" from names such as "<hex>.json", "sha256:<hex>", "blobs/sha256/<hex>",
// "<hex>.tar.gz"; empty when the name carries no digest.
QString digestFromMemberName(const QString &member);

} // namespace dockscope
