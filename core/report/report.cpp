#include "report.h"

#include "analysisjson.h"
#include "case/casetargets.h"
#include "util/digest.h"

#include <QSet>
#include <QTimeZone>

namespace dockscope {

namespace {

QDateTime reportTime(const ReportOptions &options)
{
    if (options.generated.isValid()) {
        return options.generated.toUTC();
    }
    // Reproducible builds' convention: a fixed time makes the report reproducible too.
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok) {
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    }
    return QDateTime::currentDateTimeUtc();
}

} // namespace

std::vector<const CaseTag *> Report::tagsOf(const Finding &finding) const
{
    std::vector<const CaseTag *> out;
    if (!caseData) {
        return out;
    }
    const QString key = CaseTargets::findingKey(finding);
    for (const CaseTag &t : caseData->tags) {
        if (t.targetType == u"finding" && t.target == key) {
            out.push_back(&t);
        }
    }
    return out;
}

bool Report::evidenceProblem() const
{
    return caseData && caseData->anyVerificationFailed();
}

Report ReportBuilder::build(const Analysis &analysis, const std::optional<CaseSnapshot> &caseData,
                            const ReportOptions &options)
{
    Report r;
    r.options = options;
    r.analysis = &analysis;
    r.caseData = caseData;
    const QDateTime time = reportTime(options);
    r.generated = time.toString(Qt::ISODate);
    r.options.generated = time;
    r.resultSha256 = Sha256::of(AnalysisJson::write(analysis, {})).hex();
    const QString caseId = caseData ? caseData->info.uuid : QString();
    r.id = QStringLiteral("DSR-")
        + Sha256::of((caseId + u'|' + r.generated + u'|' + r.resultSha256).toUtf8()).hex().left(16).toUpper();

    QSet<QString> tagged;
    if (caseData) {
        for (const CaseTag &t : caseData->tags) {
            if (t.targetType == u"finding") {
                tagged.insert(t.target);
            }
        }
    }
    for (const Finding &f : analysis.findings) {
        // Severity runs Critical (0) … Info (4): keep what is at least as severe as asked.
        const bool severe = int(f.severity) <= int(options.minSeverity);
        const bool wanted = !options.taggedOnly || tagged.contains(CaseTargets::findingKey(f));
        if (severe && wanted) {
            r.findings.push_back(f);
        } else {
            ++r.omittedFindings;
        }
    }
    const std::size_t limit = std::size_t(std::max(0, options.maxTimelineEvents));
    const std::size_t n = std::min(limit, analysis.timeline.size());
    r.timeline.assign(analysis.timeline.begin(), analysis.timeline.begin() + qsizetype(n));
    r.omittedTimelineEvents = int(analysis.timeline.size() - n);
    return r;
}

} // namespace dockscope
