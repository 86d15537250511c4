#include "caseactions.h"

#include "evidenceintake.h"
#include "report/analysisjson.h"
#include "report/report.h"
#include "report/reportwriter.h"
#include "util/digest.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dockscope {

std::vector<CaseActions::Added> CaseActions::addEvidence(CaseStore &store, const QStringList &paths,
                                                         const QString &notes,
                                                         std::atomic<qint64> *progress,
                                                         const std::atomic_bool *cancel)
{
    std::vector<Added> out;
    const QStringList known = evidencePaths(store);
    for (const QString &path : paths) {
        Added a;
        a.path = QFileInfo(path).absoluteFilePath();
        if (known.contains(a.path)) {
            a.error = QStringLiteral("already in the case");
            out.push_back(a);
            continue;
        }
        const EvidenceIntake::Result r = EvidenceIntake::intake(path, notes, progress, cancel);
        if (r.cancelled) {
            a.cancelled = true;
            out.push_back(a);
            break;
        }
        if (!r.ok) {
            a.error = r.error;
            out.push_back(a);
            continue;
        }
        Diagnostic error;
        a.id = store.addEvidence(r.item, &error);
        if (a.id == 0) {
            a.error = error.message();
        }
        out.push_back(a);
    }
    return out;
}

std::vector<CaseVerification> CaseActions::verifyEvidence(CaseStore &store,
                                                          std::atomic<qint64> *progress,
                                                          const std::atomic_bool *cancel)
{
    std::vector<CaseVerification> out;
    for (const CaseEvidence &item : store.evidence()) {
        std::optional<CaseVerification> v = EvidenceIntake::verify(item, progress, cancel);
        if (!v) {
            return {};
        }
        v->id = store.recordVerification(*v);
        out.push_back(*v);
    }
    return out;
}

QString CaseActions::settingsJson(const AnalyzeOptions &options, const Analysis &analysis)
{
    QJsonObject o{{QStringLiteral("platform"), options.platform},
                  {QStringLiteral("container"), options.container},
                  {QStringLiteral("ruleDirs"), QJsonArray::fromStringList(options.ruleDirs)},
                  {QStringLiteral("maxScanBytes"), double(options.maxScanBytes)},
                  {QStringLiteral("contentRules"), options.contentRules},
                  {QStringLiteral("detections"), options.detections},
                  {QStringLiteral("yaraRules"), analysis.rules.yaraRules}};
    QJsonArray evidence;
    for (const EvidenceItem &e : analysis.evidence) {
        evidence.append(QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("sha256"), e.sha256}});
    }
    o.insert(QStringLiteral("evidence"), evidence);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

qint64 CaseActions::recordAnalysis(CaseStore &store, const Analysis &analysis,
                                   const AnalyzeOptions &options)
{
    CaseAnalysisRun run;
    run.toolVersion = analysis.toolVersion;
    run.rulesVersion = analysis.rules.version;
    run.rulesSha256 = analysis.rules.sha256;
    run.settings = settingsJson(options, analysis);
    run.resultSha256 = Sha256::of(AnalysisJson::write(analysis, {})).hex();
    run.findings = int(analysis.findings.size());
    return store.recordAnalysis(run);
}

qint64 CaseActions::recordReport(CaseStore &store, const Report &report, const ReportFile &file)
{
    CaseReportRecord r;
    r.reportId = report.id;
    r.format = file.format;
    r.path = file.path;
    r.sha256 = file.sha256;
    return store.recordReport(r);
}

QStringList CaseActions::evidencePaths(const CaseStore &store)
{
    QStringList out;
    for (const CaseEvidence &e : store.evidence()) {
        out << e.path;
    }
    return out;
}

} // namespace dockscope
