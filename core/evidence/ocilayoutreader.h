#pragma once

#include "evidencestore.h"
#include "imageplan.h"

namespace dockscope {

// OCI image layouts (folder or tar): index.json → nested indexes and manifests → config and
// layers. Multi-platform indexes list every platform; one is chosen per reference (the
// requested one, else the only one, else linux/amd64). Tags come from
// org.opencontainers.image.ref.name. Artifacts are reported, cycles are broken and reported.
class OciLayoutReader
{
public:
    struct Options
    {
        QString platform; // "os/arch[/variant]"; empty = default choice
        QString tag;      // only the reference with this tag; empty = all
    };

    static constexpr qint64 MaxMetadata = 64 << 20;
    static constexpr int MaxDepth = 16;
    static constexpr int MaxDescriptors = 20000;

    static ReadResult read(const EvidenceStore &store, const Options &options, DiagnosticSink &diag);
};

bool isImageIndexType(const QString &mediaType);
bool isImageManifestType(const QString &mediaType);
bool isImageConfigType(const QString &mediaType);
bool isLayerType(const QString &mediaType);

} // namespace dockscope
