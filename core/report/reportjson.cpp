#include "reportjson.h"

#include "analysisjson.h"

#include <nlohmann/json.hpp>

namespace dockscope {

namespace {

using Json = nlohmann::ordered_json;

std::string s(const QString &text)
{
    return text.toStdString();
}

Json caseJson(const CaseSnapshot &c)
{
    Json out = Json::object();
    out["file"] = s(c.path);
    out["folder"] = s(c.folder);
    out["uuid"] = s(c.info.uuid);
    out["number"] = s(c.info.number);
    out["name"] = s(c.info.name);
    out["examiner"] = s(c.info.examiner);
    out["organisation"] = s(c.info.organisation);
    out["description"] = s(c.info.description);
    out["timeZone"] = s(c.info.timeZone);
    out["created"] = s(c.info.created);
    Json evidence = Json::array();
    for (const CaseEvidence &e : c.evidence) {
        const CaseVerification *latest = c.latestVerification(e.id);
        evidence.push_back({{"id", e.id},
                            {"path", s(e.path)},
                            {"kind", s(e.kind)},
                            {"sizeBytes", e.sizeBytes},
                            {"folder", e.folder},
                            {"sha256", s(e.sha256)},
                            {"sha1", s(e.sha1)},
                            {"md5", s(e.md5)},
                            {"addedAt", s(e.addedAt)},
                            {"addedBy", s(e.addedBy)},
                            {"notes", s(e.notes)},
                            {"verification", latest ? Json(s(CaseVerification::resultName(latest->result)))
                                                    : Json(nullptr)}});
    }
    out["evidence"] = std::move(evidence);
    Json verifications = Json::array();
    for (const CaseVerification &v : c.verifications) {
        verifications.push_back({{"id", v.id},
                                 {"evidence", v.evidenceId},
                                 {"time", s(v.time)},
                                 {"result", s(CaseVerification::resultName(v.result))},
                                 {"sha256", s(v.sha256)},
                                 {"examiner", s(v.examiner)},
                                 {"detail", s(v.detail)}});
    }
    out["verifications"] = std::move(verifications);
    Json notes = Json::array();
    for (const CaseNote &n : c.notes) {
        notes.push_back({{"id", n.id},
                         {"time", s(n.time)},
                         {"examiner", s(n.examiner)},
                         {"targetType", s(n.targetType)},
                         {"target", s(n.target)},
                         {"text", s(n.text)}});
    }
    out["notes"] = std::move(notes);
    Json tags = Json::array();
    for (const CaseTag &t : c.tags) {
        tags.push_back({{"id", t.id},
                        {"time", s(t.time)},
                        {"examiner", s(t.examiner)},
                        {"targetType", s(t.targetType)},
                        {"target", s(t.target)},
                        {"label", s(t.label)},
                        {"comment", s(t.comment)},
                        {"title", s(t.title)}});
    }
    out["tags"] = std::move(tags);
    Json analyses = Json::array();
    for (const CaseAnalysisRun &a : c.analyses) {
        analyses.push_back({{"id", a.id},
                            {"time", s(a.time)},
                            {"examiner", s(a.examiner)},
                            {"toolVersion", s(a.toolVersion)},
                            {"rulesVersion", s(a.rulesVersion)},
                            {"rulesSha256", s(a.rulesSha256)},
                            {"settings", Json::parse(a.settings.toStdString(), nullptr, false)},
                            {"resultSha256", s(a.resultSha256)},
                            {"findings", a.findings}});
    }
    out["analyses"] = std::move(analyses);
    Json reports = Json::array();
    for (const CaseReportRecord &r : c.reports) {
        reports.push_back({{"id", r.id},
                           {"time", s(r.time)},
                           {"reportId", s(r.reportId)},
                           {"format", s(r.format)},
                           {"path", s(r.path)},
                           {"sha256", s(r.sha256)}});
    }
    out["reports"] = std::move(reports);
    Json audit = Json::array();
    for (const AuditEntry &e : c.audit) {
        audit.push_back({{"seq", e.seq},
                         {"time", s(e.time)},
                         {"examiner", s(e.examiner)},
                         {"action", s(e.action)},
                         {"details", s(e.details)},
                         {"prevHash", s(e.prevHash)},
                         {"hash", s(e.hash)}});
    }
    out["audit"] = std::move(audit);
    out["auditChain"] = {{"ok", c.chain.ok},
                         {"entries", c.chain.entries},
                         {"brokenEntry", c.chain.ok ? Json(nullptr) : Json(c.chain.brokenSeq)},
                         {"reason", s(c.chain.reason())}};
    return out;
}

} // namespace

QByteArray ReportJson::write(const Report &report)
{
    const QByteArray analysis = AnalysisJson::write(*report.analysis, {});
    Json root = Json::parse(analysis.constData(), analysis.constData() + analysis.size(), nullptr, false);
    if (root.is_discarded()) {
        root = Json::object();
    }
    Json sections = Json::array();
    for (const QString &name : ReportOptions::sectionNames()) {
        if (report.includes(*ReportOptions::sectionFromName(name))) {
            sections.push_back(s(name));
        }
    }
    Json kept = Json::array();
    for (const Finding &f : report.findings) {
        kept.push_back(s(f.id));
    }
    Json rechecks = Json::array();
    for (const EvidenceRecheck &r : report.rechecks) {
        rechecks.push_back({{"path", s(r.path)}, {"expected", s(r.expected)}, {"actual", s(r.actual)},
                            {"ok", r.ok}, {"detail", s(r.detail)}});
    }
    root["report"] = {{"schema", "dockscope.report/1"},
                      {"id", s(report.id)},
                      {"generated", s(report.generated)},
                      {"resultSha256", s(report.resultSha256)},
                      {"options",
                       {{"taggedOnly", report.options.taggedOnly},
                        {"minSeverity", s(severityName(report.options.minSeverity))},
                        {"sections", std::move(sections)},
                        {"pageSize", report.options.pageSize == ReportOptions::PageSize::Letter ? "letter" : "a4"}}},
                      {"findings", std::move(kept)},
                      {"omittedFindings", report.omittedFindings},
                      {"evidenceVerificationFailed", report.evidenceProblem()},
                      {"rechecks", std::move(rechecks)}};
    root["case"] = report.caseData ? caseJson(*report.caseData) : Json(nullptr);
    const std::string text = root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    return QByteArray(text.data(), qsizetype(text.size()));
}

} // namespace dockscope
