#include "report.h"

#include "analysisjson.h"
#include "case/casetargets.h"
#include "case/evidencehasher.h"
#include "util/digest.h"

#include <algorithm>

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
    if (caseData && caseData->anyVerificationFailed()) {
        return true;
    }
    return std::any_of(rechecks.begin(), rechecks.end(), [](const EvidenceRecheck &r) { return !r.ok; });
}

void Report::recheck(const std::atomic_bool *cancel)
{
    rechecks.clear();
    for (const EvidenceItem &e : analysis->evidence) {
        if (e.sha256.isEmpty()) {
            continue; // a data root or a mounted disk: its files are hashed one by one
        }
        EvidenceRecheck r;
        r.path = e.path;
        r.expected = e.sha256;
        const EvidenceHashes h = EvidenceHasher::hash(e.path, EvidenceHasher::Sha256Only, nullptr, cancel);
        if (h.ok) {
            r.actual = QStringLiteral("sha256:") + h.sha256;
            r.ok = r.actual == r.expected;
        } else {
            r.detail = h.cancelled ? QStringLiteral("cancelled") : h.error;
        }
        rechecks.push_back(r);
    }
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
