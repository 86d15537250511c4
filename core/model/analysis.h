#pragma once

#include "container.h"
#include "finding.h"
#include "image.h"
#include "util/diagnostic.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

struct EvidenceItem
{
    QString path;        // as the examiner gave it
    QString kind;        // docker-archive | oci-layout | container-export | … | unknown
    QString format;      // finer: docker-archive+oci, legacy, folder, gzip-compressed, …
    QString sha256;      // "sha256:…" of the file (folders: of their sorted file list, see docs)
    qint64 sizeBytes = 0;
    bool readable = false;
    QString tag;         // the tag asked for with "PATH:TAG", if any
    QStringList platforms;
    QStringList artifacts;
};

// The rules an analysis ran with, for the methodology of a report.
struct RuleSetInfo
{
    QString version;
    QString sha256;      // of every rule file, in name order
    QStringList files;
    int yaraRules = 0;
    qint64 maxScanBytes = 0;
    bool contentRules = true;
    Diagnostics diagnostics; // rule files that could not be used
};

// One immutable result per analysis: the only thing views, reports and the CLI see.
struct Analysis
{
    QString toolVersion;
    std::vector<EvidenceItem> evidence;
    std::vector<Image> images;
    std::vector<Container> containers;
    std::vector<Finding> findings;       // ranked, most severe first
    std::vector<TimelineEvent> timeline; // sorted by datetime
    std::vector<IntegrityCheck> integrity; // evidence-level checks (indexes, manifests)
    std::vector<Vulnerability> vulnerabilities; // matched offline or imported (Trivy, Grype)
    Diagnostics diagnostics;
    RuleSetInfo rules;
    bool cancelled = false;

    bool hasWarnings() const;
    bool anyEvidenceRead() const;

    // This analysis with another's evidence and results appended (evidence added to a case).
    Analysis mergedWith(const Analysis &other) const;
    // This analysis without everything that came from one evidence item.
    Analysis without(const QString &evidence) const;
};

} // namespace dockscope
