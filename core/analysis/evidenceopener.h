#pragma once

#include "analysis/analyzer.h"
#include "dataroot/datarootreader.h"
#include "evidence/evidencestore.h"
#include "evidence/imageplan.h"
#include "model/analysis.h"
#include "vulns/scanreport.h"

#include <functional>
#include <memory>
#include <vector>

namespace dockscope {

class ReadOnlyFile;

// One evidence item, probed (kind from content) and opened read-only, with its metadata read:
// image plans, data-root contents, containers from inspect output, logs and diff text. The
// expensive parts (hashing, layer scans) are left to the analyzer's parallel stage.
struct OpenedEvidence
{
    EvidenceItem item;
    std::shared_ptr<EvidenceStore> store;
    std::shared_ptr<const ReadOnlyFile> file; // to hash, when the store does not hash it
    bool hashFolder = false;
    QString root;                             // the folder on disk, for folders
    ReadResult read;                          // image plans
    std::vector<DataRootContent> dataRoots;
    std::vector<Container> containers;        // from `docker inspect` output
    std::vector<Change> diffText;             // from `docker diff` output
    std::vector<LogRecord> logs;              // from a log file
    ScanReport scanReport;                    // from a Trivy or Grype JSON report
    Diagnostics diagnostics;
};

class EvidenceOpener
{
public:
    static OpenedEvidence open(const QString &given, const AnalyzeOptions &options,
                               const LayerScanner::Options &scanOptions,
                               const std::function<void(const QString &)> &report);
};

} // namespace dockscope
