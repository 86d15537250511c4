#pragma once

#include "case/casedata.h"
#include "model/analysis.h"
#include "reportoptions.h"

#include <QString>

#include <atomic>
#include <optional>
#include <vector>

namespace dockscope {

// An evidence item hashed again just before a report without a case was written.
struct EvidenceRecheck
{
    QString path;
    QString expected; // "sha256:…" when analysed
    QString actual;   // "sha256:…" now; empty when it could not be read
    bool ok = false;
    QString detail;   // why it could not be read
};

// One report, the model the four renderings (HTML, PDF, JSON, CSV) share: the analysis, the
// case it belongs to (if any), the findings chosen by the options, and who, when and what.
// It refers to the analysis; keep that alive while rendering.
struct Report
{
    QString id;            // "DSR-" + 16 hex: from the case, the time and the result digest
    QString generated;     // UTC, ISO 8601
    QString resultSha256;  // SHA-256 of the analysis JSON (`dockscope-cli analyze --json`)
    ReportOptions options;
    const Analysis *analysis = nullptr;
    std::optional<CaseSnapshot> caseData;
    std::vector<Finding> findings; // those the options keep, ranked
    int omittedFindings = 0;       // left out by the options
    std::vector<TimelineEvent> timeline; // at most options.maxTimelineEvents
    int omittedTimelineEvents = 0;
    // Without a case: each evidence item hashed again right before writing (see recheck()).
    std::vector<EvidenceRecheck> rechecks;

    bool includes(ReportSection s) const { return options.includes(s); }
    // Tags and bookmarks on a finding (by CaseTargets::findingKey).
    std::vector<const CaseTag *> tagsOf(const Finding &finding) const;
    // Verification problems: evidence whose latest verification failed, or any failure ever.
    bool evidenceProblem() const;
    // Hashes every evidence item of the analysis again (files and folders; data roots are not
    // hashed as a whole) and keeps the result in rechecks. Slow: call it on a worker.
    void recheck(const std::atomic_bool *cancel = nullptr);
};

class ReportBuilder
{
public:
    static Report build(const Analysis &analysis, const std::optional<CaseSnapshot> &caseData,
                        const ReportOptions &options);
};

} // namespace dockscope
