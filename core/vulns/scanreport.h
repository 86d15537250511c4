#pragma once

#include "model/package.h"
#include "util/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

// A vulnerability report made elsewhere by Trivy (JSON, SchemaVersion 2) or Grype (JSON), as
// read from an evidence item; tied to an analysed image later (VulnerabilityMatcher).
struct ScanReport
{
    enum class Tool { None, Trivy, Grype };

    Tool tool = Tool::None;
    QString file;           // the evidence path as the examiner gave it
    QString artifactName;   // Trivy ArtifactName, Grype source.target.userInput
    QString imageId;        // "sha256:…" of the config blob
    QStringList manifestDigests; // Grype source.target.manifestDigest, repo digests
    QStringList diffIds;    // the image's layers, bottom first
    std::vector<Vulnerability> vulnerabilities; // layerIndex still -1, image and evidence empty

    static QString toolName(Tool tool); // trivy | grype
};

class ScanReportReader
{
public:
    // From the first bytes of a JSON file: its first key is Trivy's "SchemaVersion" or Grype's
    // "matches" (how both tools write their JSON). Used by the evidence probe.
    static bool headLooksLikeReport(const QByteArray &head);
    // Which tool wrote this document, from its structure: Trivy needs SchemaVersion 2 and a
    // Results array; Grype a matches array and a source or descriptor object.
    static ScanReport::Tool detect(const QByteArray &bytes);
    static ScanReport read(const QByteArray &bytes, const QString &file, DiagnosticSink &diag);
};

} // namespace dockscope
