#pragma once

#include <QString>
#include <QStringList>

namespace dockscope {

// The kind of an evidence item, decided from its content, never from its name.
enum class EvidenceKind {
    Unknown,
    Missing,
    ImageArchive,    // docker save (legacy or hybrid) or OCI layout in a tar
    OciLayoutFolder,
    DockerArchiveFolder,
    ContainerExport, // flat root file system tar (docker export)
    InspectJson,
    JsonFileLog,
    TextLog,
    DockerDiffText,
    DockerRootFolder,
    AcquisitionFolder, // written by `dockscope-cli acquire`: manifest.json of dockscope.acquisition/1
    VulnerabilityReport, // Trivy (SchemaVersion 2) or Grype JSON
};

struct ProbeResult
{
    EvidenceKind kind = EvidenceKind::Unknown;
    bool compressed = false; // the file itself is gzip/zstd/xz compressed
    QString compression;
    QString detail; // why, for diagnostics
};

class EvidenceProbe
{
public:
    static ProbeResult probe(const QString &path);
    // Decides between an image archive and a root file system from member names.
    static bool namesLookLikeImageArchive(const QStringList &names);
    // A copy of a Docker data root (or of a disk holding one): containers/ and image/ side by
    // side, at the top, under docker/ or under var/lib/docker/.
    static bool namesLookLikeDataRoot(const QStringList &names);
};

QString evidenceKindName(EvidenceKind kind);

} // namespace dockscope
