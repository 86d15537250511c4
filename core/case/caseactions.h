#pragma once

#include "casestore.h"

#include "analysis/analyzer.h"

#include <QStringList>

#include <atomic>
#include <vector>

namespace dockscope {

struct Report;
struct ReportFile;

// The steps the CLI and the window take on a case, each recorded in its audit log: evidence
// intake, verification, an analysis run, a report written. They run on the store's thread; the
// window hashes on a worker with EvidenceIntake and records with the store instead.
class CaseActions
{
public:
    struct Added
    {
        QString path;
        qint64 id = 0;      // 0 when not added
        QString error;      // untranslated reason when not added
        bool cancelled = false;
    };
    static std::vector<Added> addEvidence(CaseStore &store, const QStringList &paths,
                                          const QString &notes = {},
                                          std::atomic<qint64> *progress = nullptr,
                                          const std::atomic_bool *cancel = nullptr);

    // Hashes every evidence item again and records each result; empty when cancelled.
    static std::vector<CaseVerification> verifyEvidence(CaseStore &store,
                                                        std::atomic<qint64> *progress = nullptr,
                                                        const std::atomic_bool *cancel = nullptr);

    // The settings of an analysis as compact JSON, for the case and the methodology.
    static QString settingsJson(const AnalyzeOptions &options, const Analysis &analysis);
    static qint64 recordAnalysis(CaseStore &store, const Analysis &analysis,
                                 const AnalyzeOptions &options);
    static qint64 recordReport(CaseStore &store, const Report &report, const ReportFile &file);

    static QStringList evidencePaths(const CaseStore &store);
};

} // namespace dockscope
