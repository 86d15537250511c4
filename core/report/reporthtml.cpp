#include "reporthtml.h"

#include "case/casetargets.h"
#include "util/format.h"
#include "util/membername.h"
#include "vulns/vulnerabilitymatcher.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <functional>

namespace dockscope {

namespace {

constexpr int MaxInefficientFiles = 20;

QString esc(const QString &text)
{
    return ReportHtml::escape(text);
}

QString cell(const QString &text, const QString &cssClass = {})
{
    if (cssClass.isEmpty()) {
        return QStringLiteral("<td>") + esc(text) + QStringLiteral("</td>");
    }
    return QStringLiteral("<td class=\"") + cssClass + QStringLiteral("\">") + esc(text)
        + QStringLiteral("</td>");
}

QString headerRow(const QStringList &titles)
{
    QString out = QStringLiteral("<tr>");
    for (const QString &t : titles) {
        out += QStringLiteral("<th>") + esc(t) + QStringLiteral("</th>");
    }
    return out + QStringLiteral("</tr>\n");
}

QString openTable()
{
    // The attributes are for QTextDocument (the preview and the PDF), the CSS for browsers.
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n");
}

QString percent(double ratio)
{
    return QStringLiteral("%1 %").arg(ratio * 100.0, 0, 'f', 4);
}

QString bytes(qint64 n)
{
    return ReportHtml::tr("%1 (%2 B)").arg(humanBytes(n)).arg(n);
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return ReportHtml::tr("critical");
    case Severity::High:
        return ReportHtml::tr("high");
    case Severity::Medium:
        return ReportHtml::tr("medium");
    case Severity::Low:
        return ReportHtml::tr("low");
    case Severity::Info:
        break;
    }
    return ReportHtml::tr("info");
}

QString statusText(ChecklistItem::Status s)
{
    switch (s) {
    case ChecklistItem::Status::Fail:
        return ReportHtml::tr("fail");
    case ChecklistItem::Status::Warn:
        return ReportHtml::tr("warn");
    case ChecklistItem::Status::Pass:
        return ReportHtml::tr("pass");
    case ChecklistItem::Status::NotApplicable:
        break;
    }
    return ReportHtml::tr("n/a");
}

QString diagnosticText(Diagnostic::Severity s)
{
    switch (s) {
    case Diagnostic::Severity::Info:
        return ReportHtml::tr("info");
    case Diagnostic::Severity::Warning:
        return ReportHtml::tr("warning");
    case Diagnostic::Severity::Error:
        break;
    }
    return ReportHtml::tr("error");
}

QString containerLabel(const Container &c)
{
    QString name = c.name;
    if (name.startsWith(u'/')) {
        name.remove(0, 1);
    }
    return name.isEmpty() ? c.id.left(12) : name;
}

QString style()
{
    return QStringLiteral(
        "<style>\n"
        "body { font-family: sans-serif; font-size: 10pt; color: #1a1a1a; }\n"
        "h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 18px; }"
        " h3 { font-size: 11pt; }\n"
        "table { border-collapse: collapse; margin: 4px 0 10px 0; border-color: #b0b0b0; }\n"
        "th, td { border: 1px solid #b0b0b0; padding: 2px 6px; vertical-align: top;"
        " text-align: left; }\n"
        "th { background-color: #ececec; }\n"
        "table.facts th, table.facts td { border: none; background-color: transparent; }\n"
        "td.num { text-align: right; }\n"
        "table.finding { margin-top: 8px; page-break-inside: avoid; }\n"
        "td.label { color: #505050; white-space: nowrap; }\n"
        "h4 { font-size: 10pt; }\n"
        "td.mono, span.mono { font-family: monospace; }\n"
        "td.wrap { word-break: break-all; }\n"
        ".bad, .critical, .fail, .error { color: #9c0e2e; font-weight: bold; }\n"
        ".high { color: #d03a1b; font-weight: bold; }\n"
        ".medium, .warn, .warning { color: #b36b00; }\n"
        ".low { color: #1c62b8; }\n"
        ".ok, .pass { color: #1b8a3a; }\n"
        ".info, .na, .note { color: #606060; }\n"
        "</style>\n");
}

QString severityClass(Severity s)
{
    return severityName(s); // critical | high | medium | low | info: fixed ASCII, safe as a class
}

QString statusClass(ChecklistItem::Status s)
{
    return s == ChecklistItem::Status::NotApplicable ? QStringLiteral("na")
                                                     : ChecklistItem::statusName(s);
}

void writeIntegrity(QString &out, const std::vector<IntegrityCheck> &checks)
{
    int failed = 0;
    for (const IntegrityCheck &c : checks) {
        failed += c.ok ? 0 : 1;
    }
    out += QStringLiteral("<p><b>") + esc(ReportHtml::tr("Integrity:")) + QStringLiteral("</b> ");
    if (checks.empty()) {
        out += QStringLiteral("<span class=\"note\">")
            + esc(ReportHtml::tr("nothing in the evidence declares digests")) + QStringLiteral("</span>");
    } else if (failed == 0) {
        out += QStringLiteral("<span class=\"ok\">")
            + esc(ReportHtml::tr("OK (%1 checks passed)").arg(checks.size())) + QStringLiteral("</span>");
    } else {
        out += QStringLiteral("<span class=\"bad\">")
            + esc(ReportHtml::tr("FAILED (%1 of %2 checks)").arg(failed).arg(checks.size()))
            + QStringLiteral("</span>");
    }
    out += QStringLiteral("</p>\n");
    if (failed == 0) {
        return;
    }
    out += openTable();
    out += headerRow({ReportHtml::tr("Check"), ReportHtml::tr("Expected"), ReportHtml::tr("Found")});
    for (const IntegrityCheck &c : checks) {
        if (!c.ok) {
            out += QStringLiteral("<tr>") + cell(c.subject, QStringLiteral("bad"))
                + cell(c.expected, QStringLiteral("mono wrap")) + cell(c.actual, QStringLiteral("mono wrap"))
                + QStringLiteral("</tr>\n");
        }
    }
    out += QStringLiteral("</table>\n");
}

void writeImage(QString &out, const Image &image)
{
    const QString title = image.kind == u"container-export"
        ? ReportHtml::tr("Container file system (docker export)")
        : ReportHtml::tr("Image");
    const QString tags = image.repoTags.isEmpty() ? ReportHtml::tr("(untagged)")
                                                  : image.repoTags.join(QStringLiteral(", "));
    out += QStringLiteral("<h3>") + esc(title) + u' ' + esc(tags) + QStringLiteral("</h3>\n");
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" border=\"0\" class=\"facts\">\n");
    const auto fact = [&out](const QString &name, const QString &value, const QString &cls = {}) {
        if (!value.isEmpty()) {
            out += QStringLiteral("<tr><th>") + esc(name) + QStringLiteral("</th>") + cell(value, cls)
                + QStringLiteral("</tr>\n");
        }
    };
    fact(ReportHtml::tr("Id"), image.id, QStringLiteral("mono"));
    fact(ReportHtml::tr("Evidence"), image.evidence, QStringLiteral("wrap"));
    fact(ReportHtml::tr("Format"), image.format);
    fact(ReportHtml::tr("Platform"), image.platform);
    fact(ReportHtml::tr("Created"), image.config.created);
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<h4>") + esc(ReportHtml::tr("Layers")) + QStringLiteral("</h4>\n");
    out += openTable();
    out += headerRow({ReportHtml::tr("#"), ReportHtml::tr("Size"), ReportHtml::tr("Added"),
                      ReportHtml::tr("Modified"), ReportHtml::tr("Removed"),
                      ReportHtml::tr("Verified"), ReportHtml::tr("Command")});
    for (const Layer &l : image.layers) {
        const QString verified = !l.readable ? ReportHtml::tr("unread")
                                             : (l.verified ? ReportHtml::tr("yes") : ReportHtml::tr("NO"));
        const QString verifiedClass = l.readable && l.verified ? QStringLiteral("ok") : QStringLiteral("bad");
        out += QStringLiteral("<tr>") + cell(QString::number(l.index), QStringLiteral("num"))
            + cell(humanBytes(l.sizeBytes), QStringLiteral("num"))
            + cell(QString::number(l.changes.added), QStringLiteral("num"))
            + cell(QString::number(l.changes.modified), QStringLiteral("num"))
            + cell(QString::number(l.changes.removed), QStringLiteral("num"))
            + cell(verified, verifiedClass)
            + cell(l.createdBy.isEmpty() ? l.member : l.createdBy, QStringLiteral("mono wrap"))
            + QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");

    const Efficiency &e = image.efficiency;
    out += QStringLiteral("<h4>") + esc(ReportHtml::tr("Efficiency")) + QStringLiteral("</h4>\n");
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" border=\"0\" class=\"facts\">\n");
    fact(ReportHtml::tr("Efficiency score (dive)"), percent(e.score));
    fact(ReportHtml::tr("Image size"), bytes(e.sizeBytes));
    fact(ReportHtml::tr("Wasted (dive)"), bytes(e.wastedBytes));
    fact(ReportHtml::tr("User wasted (dive)"),
         e.userWastedPercent ? percent(*e.userWastedPercent)
                             : ReportHtml::tr("n/a (no bytes above the base layer)"));
    fact(ReportHtml::tr("Truly wasted"), bytes(e.trulyWastedBytes));
    out += QStringLiteral("</table>\n");
    if (!e.inefficientFiles.empty()) {
        out += QStringLiteral("<p>") + esc(ReportHtml::tr("Inefficient files (dive):"))
            + QStringLiteral("</p>\n");
        out += openTable();
        out += headerRow({ReportHtml::tr("Count"), ReportHtml::tr("Wasted"), ReportHtml::tr("Path")});
        int shown = 0;
        for (const InefficientFile &f : e.inefficientFiles) {
            if (++shown > MaxInefficientFiles) {
                break;
            }
            out += QStringLiteral("<tr>") + cell(QString::number(f.count), QStringLiteral("num"))
                + cell(humanBytes(f.sizeBytes), QStringLiteral("num"))
                + cell(displayName(f.path), QStringLiteral("mono wrap")) + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
        if (e.inefficientFiles.size() > std::size_t(MaxInefficientFiles)) {
            out += QStringLiteral("<p class=\"note\">")
                + esc(ReportHtml::tr("… and %1 more").arg(e.inefficientFiles.size() - MaxInefficientFiles))
                + QStringLiteral("</p>\n");
        }
    }
    writeIntegrity(out, image.integrity);
}

void writeWarnings(QString &out, const Analysis &analysis)
{
    bool evidenceIntegrityFailed = false;
    for (const IntegrityCheck &c : analysis.integrity) {
        evidenceIntegrityFailed = evidenceIntegrityFailed || !c.ok;
    }
    if (evidenceIntegrityFailed) {
        out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Evidence integrity")) + QStringLiteral("</h3>\n");
        writeIntegrity(out, analysis.integrity);
    }
    if (analysis.diagnostics.empty()) {
        return;
    }
    out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Warnings")) + QStringLiteral("</h3>\n");
    out += openTable();
    out += headerRow({ReportHtml::tr("Severity"), ReportHtml::tr("Evidence"), ReportHtml::tr("Where"),
                      ReportHtml::tr("Offset"), ReportHtml::tr("Message")});
    for (const Diagnostic &d : analysis.diagnostics) {
        const QString cls = Diagnostic::severityName(d.severity); // info | warning | error
        out += QStringLiteral("<tr>") + cell(diagnosticText(d.severity), cls)
            + cell(d.evidence, QStringLiteral("wrap")) + cell(d.where, QStringLiteral("mono wrap"))
            + cell(d.offset >= 0 ? QString::number(d.offset) : QString(), QStringLiteral("num"))
            + cell(d.translatedMessage()) + QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
}

QString h2(const QString &anchor, const QString &title)
{
    return QStringLiteral("<h2><a name=\"") + anchor + QStringLiteral("\"></a>") + esc(title)
        + QStringLiteral("</h2>\n");
}

QString para(const QString &text, const QString &cls = {})
{
    if (cls.isEmpty()) {
        return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>\n");
    }
    return QStringLiteral("<p class=\"") + cls + QStringLiteral("\">") + esc(text)
        + QStringLiteral("</p>\n");
}

QString openFacts()
{
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" border=\"0\" class=\"facts\">\n");
}

void fact(QString &out, const QString &name, const QString &value, const QString &cls = {})
{
    if (!value.isEmpty()) {
        out += QStringLiteral("<tr><th>") + esc(name) + QStringLiteral("</th>") + cell(value, cls)
            + QStringLiteral("</tr>\n");
    }
}

// Cells whose lines come from the evidence: each line escaped, joined by <br>.
QString linesCell(const QStringList &lines, const QString &cls)
{
    QStringList escaped;
    for (const QString &l : lines) {
        escaped << esc(l);
    }
    return QStringLiteral("<td class=\"") + cls + QStringLiteral("\">")
        + escaped.join(QStringLiteral("<br>")) + QStringLiteral("</td>");
}

QString sectionTitle(ReportSection s)
{
    switch (s) {
    case ReportSection::Summary:
        return ReportHtml::tr("Executive summary");
    case ReportSection::Evidence:
        return ReportHtml::tr("Evidence and its verification");
    case ReportSection::Methodology:
        return ReportHtml::tr("Methodology");
    case ReportSection::Findings:
        return ReportHtml::tr("Findings");
    case ReportSection::Checklist:
        return ReportHtml::tr("Security checklist");
    case ReportSection::Layers:
        return ReportHtml::tr("Image layers");
    case ReportSection::Changes:
        return ReportHtml::tr("Container changes");
    case ReportSection::Timeline:
        return ReportHtml::tr("Timeline");
    case ReportSection::Notes:
        return ReportHtml::tr("Examiner notes and tagged items");
    case ReportSection::Limitations:
        return ReportHtml::tr("Limitations");
    case ReportSection::Audit:
        break;
    }
    return ReportHtml::tr("Appendix: audit log");
}

QString anchorOf(ReportSection s)
{
    return QStringLiteral("sec-") + ReportOptions::sectionName(s);
}

QString verificationText(CaseVerification::Result r)
{
    switch (r) {
    case CaseVerification::Result::Match:
        return ReportHtml::tr("match");
    case CaseVerification::Result::Mismatch:
        return ReportHtml::tr("MISMATCH");
    case CaseVerification::Result::Missing:
        return ReportHtml::tr("MISSING");
    case CaseVerification::Result::Unreadable:
        break;
    }
    return ReportHtml::tr("UNREADABLE");
}

QString verificationClass(CaseVerification::Result r)
{
    return r == CaseVerification::Result::Match ? QStringLiteral("ok") : QStringLiteral("bad");
}

QString shortId(const QString &id)
{
    return id.startsWith(QStringLiteral("sha256:")) ? id.mid(7, 12) : id.left(12);
}

QString imageLabel(const Image &image)
{
    return image.repoTags.isEmpty() ? shortId(image.id) : image.repoTags.constFirst();
}

// What a finding points at: (label, value) pairs, one pointer each.
std::vector<std::pair<QString, QString>> proofOf(const Finding &f, const QHash<QString, QString> &containers,
                                                 const QHash<QString, QString> &images)
{
    std::vector<std::pair<QString, QString>> out;
    const auto add = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty()) {
            out.emplace_back(label, value);
        }
    };
    add(ReportHtml::tr("Evidence file"), f.evidenceFile);
    if (!f.container.isEmpty()) {
        add(ReportHtml::tr("Container"), containers.value(f.container, shortId(f.container))
                + QStringLiteral(" (") + f.container + u')');
    }
    if (!f.image.isEmpty()) {
        add(ReportHtml::tr("Image"), images.value(f.image, shortId(f.image)) + QStringLiteral(" (") + f.image + u')');
    }
    if (f.layer >= 0) {
        add(ReportHtml::tr("Layer"), f.layerDigest.isEmpty() ? QString::number(f.layer)
                                                             : QString::number(f.layer) + QStringLiteral(": ") + f.layerDigest);
    }
    add(ReportHtml::tr("Path"), f.path);
    add(ReportHtml::tr("Source"), f.source);
    if (f.line >= 0) {
        // A finding that gathers log lines: first – last, and the first few as pointers.
        QString lines = QString::number(f.line);
        if (f.lastLine > f.line) {
            lines += QStringLiteral(" – ") + QString::number(f.lastLine);
        }
        if (f.proofLines.size() > 1) {
            QStringList pointers;
            for (const qint64 n : f.proofLines) {
                pointers << QString::number(n);
            }
            lines += QStringLiteral(" (") + pointers.join(QStringLiteral(", "))
                + (f.count > f.proofLines.size() ? QStringLiteral(", …)") : QStringLiteral(")"));
        }
        add(ReportHtml::tr("Line"), lines);
    }
    if (f.offset >= 0) {
        add(ReportHtml::tr("Offset"), QString::number(f.offset));
    }
    add(ReportHtml::tr("Time"), f.lastTimestamp.isEmpty() || f.lastTimestamp == f.timestamp
                                    ? f.timestamp
                                    : f.timestamp + QStringLiteral(" – ") + f.lastTimestamp);
    add(ReportHtml::tr("SHA-256"), f.sha256);
    add(ReportHtml::tr("Matched by"), f.detail);
    add(ReportHtml::tr("Evidence"), f.evidence);
    return out;
}

struct Labels
{
    QHash<QString, QString> containers;
    QHash<QString, QString> images;

    explicit Labels(const Analysis &a)
    {
        for (const Container &c : a.containers) {
            containers.insert(c.id, containerLabel(c));
        }
        for (const Image &image : a.images) {
            if (!image.id.isEmpty()) {
                images.insert(image.id, imageLabel(image));
            }
        }
    }
};

void writeTitle(QString &out, const Report &r)
{
    const Analysis &a = *r.analysis;
    out += QStringLiteral("<h1>") + esc(ReportHtml::tr("Forensic examination report")) + QStringLiteral("</h1>\n");
    out += openFacts();
    if (r.caseData) {
        const CaseInfo &c = r.caseData->info;
        fact(out, ReportHtml::tr("Case number"), c.number);
        fact(out, ReportHtml::tr("Case name"), c.name);
        fact(out, ReportHtml::tr("Examiner"), c.examiner);
        fact(out, ReportHtml::tr("Organisation"), c.organisation);
        fact(out, ReportHtml::tr("Description"), c.description);
    } else {
        fact(out, ReportHtml::tr("Case"), ReportHtml::tr("none (evidence reported without a case file)"));
    }
    fact(out, ReportHtml::tr("Report date"), r.generated);
    if (r.caseData && !r.caseData->info.timeZone.isEmpty() && r.caseData->info.timeZone != u"UTC") {
        const QTimeZone zone(r.caseData->info.timeZone.toUtf8());
        if (zone.isValid()) {
            fact(out, ReportHtml::tr("Report date (%1)").arg(r.caseData->info.timeZone),
                 r.options.generated.toTimeZone(zone).toString(Qt::ISODate));
        }
    }
    fact(out, ReportHtml::tr("Report ID"), r.id, QStringLiteral("mono"));
    fact(out, ReportHtml::tr("Tool"), ReportHtml::tr("Dockscope %1").arg(a.toolVersion));
    if (r.caseData) {
        fact(out, ReportHtml::tr("Case file"), r.caseData->path, QStringLiteral("wrap"));
        fact(out, ReportHtml::tr("Case ID"), r.caseData->info.uuid, QStringLiteral("mono"));
    }
    fact(out, ReportHtml::tr("Analysis result SHA-256"), r.resultSha256, QStringLiteral("mono wrap"));
    out += QStringLiteral("</table>\n");
    if (r.evidenceProblem()) {
        out += para(ReportHtml::tr("EVIDENCE VERIFICATION FAILED: at least one evidence item did "
                                   "not match the digests taken at intake. See \"%1\".")
                        .arg(sectionTitle(ReportSection::Evidence)),
                    QStringLiteral("bad"));
    }
    if (r.caseData && !r.caseData->chain.ok) {
        out += para(ReportHtml::tr("AUDIT LOG BROKEN at entry %1: %2")
                        .arg(r.caseData->chain.brokenSeq)
                        .arg(r.caseData->chain.translatedReason()),
                    QStringLiteral("bad"));
    }
    if (a.cancelled) {
        out += para(ReportHtml::tr("Cancelled: the results are incomplete."), QStringLiteral("bad"));
    }
    out += QStringLiteral("<h2>") + esc(ReportHtml::tr("Contents")) + QStringLiteral("</h2>\n<ol>\n");
    for (const QString &name : ReportOptions::sectionNames()) {
        const ReportSection s = *ReportOptions::sectionFromName(name);
        if (r.includes(s)) {
            out += QStringLiteral("<li><a href=\"#") + anchorOf(s) + QStringLiteral("\">")
                + esc(sectionTitle(s)) + QStringLiteral("</a></li>\n");
        }
    }
    out += QStringLiteral("</ol>\n");
}

// Paths of this container with a finding, for "suspicious" counts.
QSet<QString> suspiciousPaths(const Report &r, const QString &containerId)
{
    QSet<QString> paths;
    for (const Finding &f : r.analysis->findings) {
        if (f.container == containerId && !f.path.isEmpty()) {
            paths.insert(f.path);
        }
    }
    return paths;
}

void writeTopFindings(QString &out, const Report &r, const std::function<bool(const Finding &)> &keep)
{
    constexpr int Shown = 10;
    int shown = 0;
    int more = 0;
    QString rows;
    for (const Finding &f : r.findings) {
        if (!keep(f)) {
            continue;
        }
        if (shown == Shown) {
            ++more;
            continue;
        }
        ++shown;
        rows += QStringLiteral("<tr>") + cell(severityText(f.severity), severityClass(f.severity))
            + cell(f.rule) + cell(f.title) + cell(f.path.isEmpty() ? f.source : f.path,
                                                  QStringLiteral("mono wrap"))
            + QStringLiteral("</tr>\n");
    }
    if (shown == 0) {
        out += para(ReportHtml::tr("No suspicious findings."), QStringLiteral("note"));
        return;
    }
    out += openTable();
    out += headerRow({ReportHtml::tr("Severity"), ReportHtml::tr("Rule"), ReportHtml::tr("Title"),
                      ReportHtml::tr("Where")});
    out += rows + QStringLiteral("</table>\n");
    if (more > 0) {
        out += para(ReportHtml::tr("… and %1 more in \"%2\".").arg(more).arg(sectionTitle(ReportSection::Findings)),
                    QStringLiteral("note"));
    }
}

void writeSummary(QString &out, const Report &r)
{
    const Analysis &a = *r.analysis;
    out += h2(anchorOf(ReportSection::Summary), sectionTitle(ReportSection::Summary));
    std::array<int, 5> bySeverity{};
    for (const Finding &f : r.findings) {
        ++bySeverity[std::size_t(f.severity)];
    }
    out += para(ReportHtml::tr("%n finding(s) reported: critical %1, high %2, medium %3, low %4, info %5.",
                               nullptr, int(r.findings.size()))
                    .arg(bySeverity[0])
                    .arg(bySeverity[1])
                    .arg(bySeverity[2])
                    .arg(bySeverity[3])
                    .arg(bySeverity[4]));
    for (const Container &c : a.containers) {
        out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Container %1").arg(containerLabel(c)))
            + QStringLiteral("</h3>\n");
        out += openFacts();
        fact(out, ReportHtml::tr("Container"), containerLabel(c) + QStringLiteral(" (") + c.id + u')',
             QStringLiteral("wrap"));
        fact(out, ReportHtml::tr("Image"),
             c.image + (c.imageId.isEmpty() ? QString() : QStringLiteral(" (") + c.imageId + u')'),
             QStringLiteral("wrap"));
        QString status = c.status.isEmpty() ? (c.running ? QStringLiteral("running") : QString()) : c.status;
        if (!c.running && !c.finishedAt.isEmpty()) {
            status += ReportHtml::tr(", exit code %1").arg(c.exitCode);
        }
        fact(out, ReportHtml::tr("Status"), status);
        fact(out, ReportHtml::tr("Host"), c.hostname);
        fact(out, ReportHtml::tr("Created"), c.created);
        fact(out, ReportHtml::tr("Started"), c.startedAt);
        fact(out, ReportHtml::tr("Finished"), c.finishedAt);
        out += QStringLiteral("</table>\n");

        out += QStringLiteral("<p><b>") + esc(ReportHtml::tr("Security configuration")) + QStringLiteral("</b></p>\n");
        QString items;
        int failed = 0;
        for (const ChecklistItem &i : c.checklist) {
            if (i.status == ChecklistItem::Status::Fail || i.status == ChecklistItem::Status::Warn) {
                ++failed;
                items += QStringLiteral("<li><span class=\"") + statusClass(i.status) + QStringLiteral("\">")
                    + esc(statusText(i.status)) + QStringLiteral("</span> ") + esc(i.id + QStringLiteral(" ") + i.title)
                    + QStringLiteral(": <span class=\"mono\">") + esc(i.value) + QStringLiteral("</span></li>\n");
            }
        }
        if (failed == 0) {
            out += para(c.checklist.empty() ? ReportHtml::tr("No configuration in the evidence.")
                                             : ReportHtml::tr("All %1 checks passed or do not apply.").arg(c.checklist.size()),
                        QStringLiteral("note"));
        } else {
            out += QStringLiteral("<ul>\n") + items + QStringLiteral("</ul>\n");
        }

        const QSet<QString> suspicious = suspiciousPaths(r, c.id);
        std::array<int, 3> counts{};
        std::array<int, 3> flagged{};
        for (const Change &ch : c.changes) {
            ++counts[std::size_t(ch.kind)];
            flagged[std::size_t(ch.kind)] += suspicious.contains(ch.path) ? 1 : 0;
        }
        out += QStringLiteral("<p><b>") + esc(ReportHtml::tr("File changes")) + QStringLiteral("</b></p>\n<ul>\n");
        out += QStringLiteral("<li>") + esc(ReportHtml::tr("Added: %1 (suspicious: %2)").arg(counts[0]).arg(flagged[0])) + QStringLiteral("</li>\n");
        out += QStringLiteral("<li>") + esc(ReportHtml::tr("Changed: %1 (suspicious: %2)").arg(counts[1]).arg(flagged[1])) + QStringLiteral("</li>\n");
        out += QStringLiteral("<li>") + esc(ReportHtml::tr("Deleted: %1 (suspicious: %2)").arg(counts[2]).arg(flagged[2])) + QStringLiteral("</li>\n</ul>\n");
        if (c.changesEstimated) {
            out += para(ReportHtml::tr("The changes are estimated (%1).").arg(c.changesSource), QStringLiteral("note"));
        }
        out += QStringLiteral("<p><b>") + esc(ReportHtml::tr("Suspicious findings")) + QStringLiteral("</b></p>\n");
        const QString id = c.id;
        writeTopFindings(out, r, [&id](const Finding &f) { return f.container == id; });
    }
    // Images not already described by a container.
    QSet<QString> containerImages;
    for (const Container &c : a.containers) {
        containerImages.insert(c.imageId);
    }
    for (const Image &image : a.images) {
        if (!image.id.isEmpty() && containerImages.contains(image.id) && a.containers.size() > 0) {
            continue;
        }
        out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Image %1").arg(imageLabel(image))) + QStringLiteral("</h3>\n");
        out += openFacts();
        fact(out, ReportHtml::tr("Image"), image.id, QStringLiteral("mono wrap"));
        fact(out, ReportHtml::tr("Tags"), image.repoTags.join(QStringLiteral(", ")));
        fact(out, ReportHtml::tr("Layers"), QString::number(image.layers.size()));
        fact(out, ReportHtml::tr("Size"), bytes(image.efficiency.sizeBytes));
        out += QStringLiteral("</table>\n");
        out += QStringLiteral("<p><b>") + esc(ReportHtml::tr("Suspicious findings")) + QStringLiteral("</b></p>\n");
        const QString id = image.id;
        const QString evidence = image.evidence;
        writeTopFindings(out, r, [&](const Finding &f) {
            return f.container.isEmpty() && (id.isEmpty() ? f.evidenceFile == evidence : f.image == id);
        });
    }

    out += QStringLiteral("<p><b>") + esc(ReportHtml::tr("Vulnerability scan")) + QStringLiteral("</b></p>\n");
    // Each vulnerability once per image and package, however many sources (OSV, Trivy,
    // Grype) name it; counted by severity in the seed's format.
    const std::vector<const Vulnerability *> counted = VulnerabilityMatcher::distinct(a.vulnerabilities);
    const std::array<int, 5> vulns = VulnerabilityMatcher::severityCounts(counted);
    std::vector<const Vulnerability *> serious;
    for (const Vulnerability *v : counted) {
        if (VulnerabilityMatcher::severityRank(v->severity) <= 1) {
            serious.push_back(v);
        }
    }
    if (counted.empty()) {
        out += para(ReportHtml::tr("No vulnerability data in this analysis (no scanner report was "
                                   "imported and no vulnerability database was given)."),
                    QStringLiteral("note"));
    } else {
        out += para(ReportHtml::tr("Critical: %1, High: %2, Medium: %3, Low: %4, Unknown: %5")
                        .arg(vulns[0]).arg(vulns[1]).arg(vulns[2]).arg(vulns[3]).arg(vulns[4]));
    }
    if (!serious.empty()) {
        out += openTable();
        out += headerRow({ReportHtml::tr("Vulnerability"), ReportHtml::tr("Severity"),
                          ReportHtml::tr("Package"), ReportHtml::tr("Installed"),
                          ReportHtml::tr("Fixed"), ReportHtml::tr("Layer")});
        for (const Vulnerability *v : serious) {
            const QString layer = v->layerIndex < 0 ? ReportHtml::tr("unknown")
                                                    : QString::number(v->layerIndex) + u' '
                    + v->layerDiffId.left(19);
            out += QStringLiteral("<tr>") + cell(v->id, QStringLiteral("mono"))
                + cell(v->severity) + cell(v->packageName)
                + cell(v->installedVersion, QStringLiteral("mono"))
                + cell(v->fixedVersion.isEmpty() ? ReportHtml::tr("no fix known") : v->fixedVersion,
                       QStringLiteral("mono"))
                + cell(layer, QStringLiteral("mono wrap")) + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }

    out += QStringLiteral("<p><b>") + esc(ReportHtml::tr("Where the evidence is")) + QStringLiteral("</b></p>\n<ul>\n");
    for (const EvidenceItem &e : a.evidence) {
        out += QStringLiteral("<li><span class=\"mono\">") + esc(e.path) + QStringLiteral("</span> ")
            + esc(e.sha256) + QStringLiteral("</li>\n");
    }
    if (r.caseData) {
        out += QStringLiteral("<li>") + esc(ReportHtml::tr("Case folder (exports, reports): %1").arg(r.caseData->folder))
            + QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ul>\n");
}

void writeEvidence(QString &out, const Report &r)
{
    const Analysis &a = *r.analysis;
    out += h2(anchorOf(ReportSection::Evidence), sectionTitle(ReportSection::Evidence));
    if (r.caseData) {
        const CaseSnapshot &cs = *r.caseData;
        out += para(ReportHtml::tr("Digests taken when each item was added to the case, and the "
                                   "latest verification."));
        out += openTable();
        out += headerRow({ReportHtml::tr("#"), ReportHtml::tr("Evidence"), ReportHtml::tr("Digests at intake"),
                          ReportHtml::tr("Added"), ReportHtml::tr("Latest verification")});
        for (const CaseEvidence &e : cs.evidence) {
            const CaseVerification *v = cs.latestVerification(e.id);
            QStringList what{e.path, ReportHtml::tr("kind: %1").arg(e.kind), bytes(e.sizeBytes)};
            if (!e.notes.isEmpty()) {
                what << ReportHtml::tr("notes: %1").arg(e.notes);
            }
            out += QStringLiteral("<tr>") + cell(QString::number(e.id), QStringLiteral("num"))
                + linesCell(what, QStringLiteral("wrap"))
                + linesCell({QStringLiteral("SHA-256 ") + e.sha256, QStringLiteral("SHA-1 ") + e.sha1,
                             QStringLiteral("MD5 ") + e.md5},
                            QStringLiteral("mono wrap"))
                + linesCell({e.addedAt, e.addedBy}, QStringLiteral("wrap"))
                + (v ? linesCell({verificationText(v->result), v->time}, verificationClass(v->result))
                     : cell(ReportHtml::tr("never verified"), QStringLiteral("warn")))
                + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
        if (!cs.verifications.empty()) {
            out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Verifications")) + QStringLiteral("</h3>\n");
            out += openTable();
            out += headerRow({ReportHtml::tr("Time"), ReportHtml::tr("Evidence #"), ReportHtml::tr("Result"),
                              ReportHtml::tr("SHA-256 found"), ReportHtml::tr("Examiner"), ReportHtml::tr("Detail")});
            for (const CaseVerification &v : cs.verifications) {
                out += QStringLiteral("<tr>") + cell(v.time) + cell(QString::number(v.evidenceId), QStringLiteral("num"))
                    + cell(verificationText(v.result), verificationClass(v.result))
                    + cell(v.sha256, QStringLiteral("mono wrap")) + cell(v.examiner) + cell(v.detail, QStringLiteral("wrap"))
                    + QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
        }
    }
    if (!r.rechecks.empty()) {
        out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Verified again before this report was written"))
            + QStringLiteral("</h3>\n");
        out += openTable();
        out += headerRow({ReportHtml::tr("Evidence"), ReportHtml::tr("SHA-256 when analysed"),
                          ReportHtml::tr("SHA-256 now"), ReportHtml::tr("Result")});
        for (const EvidenceRecheck &c : r.rechecks) {
            const QString result = c.ok ? ReportHtml::tr("match")
                : c.actual.isEmpty()    ? ReportHtml::tr("UNREADABLE: %1").arg(c.detail)
                                        : ReportHtml::tr("MISMATCH");
            out += QStringLiteral("<tr>") + cell(c.path, QStringLiteral("wrap")) + cell(c.expected, QStringLiteral("mono wrap"))
                + cell(c.actual, QStringLiteral("mono wrap")) + cell(result, c.ok ? QStringLiteral("ok") : QStringLiteral("bad"))
                + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Evidence read by this analysis")) + QStringLiteral("</h3>\n");
    if (a.evidence.empty()) {
        out += para(ReportHtml::tr("No evidence."), QStringLiteral("note"));
        return;
    }
    out += openTable();
    out += headerRow({ReportHtml::tr("Path"), ReportHtml::tr("Kind"), ReportHtml::tr("Size"),
                      ReportHtml::tr("SHA-256 when analysed"), ReportHtml::tr("Case intake")});
    for (const EvidenceItem &e : a.evidence) {
        QString kind = e.kind;
        if (!e.format.isEmpty() && e.format != e.kind) {
            kind += QStringLiteral(" (") + e.format + u')';
        }
        if (!e.readable) {
            kind += QStringLiteral(", ") + ReportHtml::tr("unreadable");
        }
        QString intake = ReportHtml::tr("not in a case");
        QString intakeClass = QStringLiteral("note");
        if (r.caseData) {
            intake = ReportHtml::tr("not in the case");
            for (const CaseEvidence &c : r.caseData->evidence) {
                if (c.path == QFileInfo(e.path).absoluteFilePath()) {
                    const bool same = e.sha256 == QStringLiteral("sha256:") + c.sha256;
                    intake = same ? ReportHtml::tr("same digest (item %1)").arg(c.id)
                                  : ReportHtml::tr("DIFFERENT digest (item %1)").arg(c.id);
                    intakeClass = same ? QStringLiteral("ok") : QStringLiteral("bad");
                }
            }
        }
        out += QStringLiteral("<tr>") + cell(e.path, QStringLiteral("wrap")) + cell(kind)
            + cell(bytes(e.sizeBytes), QStringLiteral("num"))
            + cell(e.sha256.isEmpty() ? ReportHtml::tr("not hashed") : e.sha256, QStringLiteral("mono wrap"))
            + cell(intake, intakeClass) + QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
    if (!a.integrity.empty()) {
        writeIntegrity(out, a.integrity);
    }
}

void writeMethodology(QString &out, const Report &r)
{
    const Analysis &a = *r.analysis;
    out += h2(anchorOf(ReportSection::Methodology), sectionTitle(ReportSection::Methodology));
    out += para(ReportHtml::tr(
        "The evidence was opened read-only and never extracted to disk. Each evidence file was "
        "hashed with SHA-256 when it was read. Image layers were read from the archives as they "
        "are, stacked in the order of the image configuration with whiteouts and opaque "
        "directories applied, and their digests checked against the manifest and the "
        "configuration. Container changes were taken from the read-write layer or the exported "
        "file system, and configuration, files, file contents and logs were checked against the "
        "rule set named below. Every finding names the evidence, place and content digest it "
        "rests on."));
    out += openFacts();
    fact(out, ReportHtml::tr("Tool"), ReportHtml::tr("Dockscope %1").arg(a.toolVersion));
    fact(out, ReportHtml::tr("Rule set version"), a.rules.version);
    fact(out, ReportHtml::tr("Rule set SHA-256"), a.rules.sha256, QStringLiteral("mono wrap"));
    fact(out, ReportHtml::tr("Rule files"), QString::number(a.rules.files.size()));
    fact(out, ReportHtml::tr("YARA rules"), QString::number(a.rules.yaraRules));
    fact(out, ReportHtml::tr("Content rules"), a.rules.contentRules ? ReportHtml::tr("on") : ReportHtml::tr("off"));
    fact(out, ReportHtml::tr("Content scan limit"), bytes(a.rules.maxScanBytes));
    fact(out, ReportHtml::tr("Analysis result SHA-256"), r.resultSha256, QStringLiteral("mono wrap"));
    fact(out, ReportHtml::tr("Minimum severity reported"), severityText(r.options.minSeverity));
    fact(out, ReportHtml::tr("Tagged findings only"), r.options.taggedOnly ? ReportHtml::tr("yes") : ReportHtml::tr("no"));
    QStringList off;
    for (const ReportSection s : r.options.excluded) {
        off << sectionTitle(s);
    }
    fact(out, ReportHtml::tr("Sections left out"), off.join(QStringLiteral(", ")));
    out += QStringLiteral("</table>\n");
    out += para(ReportHtml::tr("To reproduce the result: dockscope-cli analyze --json - EVIDENCE... "
                               "| sha256sum gives the analysis result SHA-256 above for the same "
                               "evidence, tool version and rule set."),
                QStringLiteral("note"));
    if (r.caseData && !r.caseData->analyses.empty()) {
        out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Analyses recorded in the case")) + QStringLiteral("</h3>\n");
        out += openTable();
        out += headerRow({ReportHtml::tr("Time"), ReportHtml::tr("Examiner"), ReportHtml::tr("Tool"),
                          ReportHtml::tr("Rules"), ReportHtml::tr("Result SHA-256"), ReportHtml::tr("Findings")});
        for (const CaseAnalysisRun &run : r.caseData->analyses) {
            out += QStringLiteral("<tr>") + cell(run.time) + cell(run.examiner) + cell(run.toolVersion)
                + linesCell({run.rulesVersion, run.rulesSha256}, QStringLiteral("mono wrap"))
                + cell(run.resultSha256, QStringLiteral("mono wrap"))
                + cell(QString::number(run.findings), QStringLiteral("num")) + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
}

void writeFindings(QString &out, const Report &r)
{
    out += h2(anchorOf(ReportSection::Findings), sectionTitle(ReportSection::Findings));
    if (r.omittedFindings > 0) {
        out += para(ReportHtml::tr("%1 finding(s) left out by the report options (minimum severity, "
                                   "tagged only).").arg(r.omittedFindings),
                    QStringLiteral("note"));
    }
    if (r.findings.empty()) {
        out += para(ReportHtml::tr("No findings."), QStringLiteral("note"));
        return;
    }
    const Labels labels(*r.analysis);
    int n = 0;
    // One small table per finding: its title, then each pointer to its proof on a row.
    for (const Finding &f : r.findings) {
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" class=\"finding\">\n");
        out += QStringLiteral("<tr><th colspan=\"2\"><span class=\"") + severityClass(f.severity) + QStringLiteral("\">")
            + esc(QStringLiteral("%1. ").arg(++n) + severityText(f.severity)) + QStringLiteral("</span> ")
            + esc(f.rule + QStringLiteral(": ") + f.title) + QStringLiteral("</th></tr>\n");
        const auto row = [&out](const QString &label, const QString &value, const QString &cls) {
            out += QStringLiteral("<tr><td width=\"18%\" class=\"label\">") + esc(label) + QStringLiteral("</td>")
                + cell(value, cls) + QStringLiteral("</tr>\n");
        };
        if (!f.rationale.isEmpty()) {
            row(ReportHtml::tr("Why it matters"), f.rationale, QStringLiteral("wrap"));
        }
        if (!f.escalation.isEmpty()) {
            row(ReportHtml::tr("Severity raised"), f.escalation, QStringLiteral("wrap"));
        }
        if (f.count > 1) {
            row(ReportHtml::tr("Places"), QString::number(f.count), QString());
        }
        for (const auto &[label, value] : proofOf(f, labels.containers, labels.images)) {
            row(label, value, QStringLiteral("mono wrap"));
        }
        if (!f.attack.isEmpty() || !f.basis.isEmpty()) {
            row(ReportHtml::tr("Basis"), QStringList{f.basis, f.attack}.join(QStringLiteral(" · ")), QString());
        }
        for (const CaseTag *t : r.tagsOf(f)) {
            row(ReportHtml::tr("Tag"), ReportHtml::tr("%1 (%2): %3").arg(t->label, t->examiner, t->comment),
                QStringLiteral("wrap"));
        }
        out += QStringLiteral("</table>\n");
    }
}

void writeChanges(QString &out, const Report &r)
{
    out += h2(anchorOf(ReportSection::Changes), sectionTitle(ReportSection::Changes));
    bool any = false;
    for (const Container &c : r.analysis->containers) {
        if (c.changes.empty()) {
            continue;
        }
        any = true;
        QHash<QString, QStringList> rulesByPath;
        for (const Finding &f : r.analysis->findings) {
            if (f.container == c.id && !f.path.isEmpty() && !rulesByPath.value(f.path).contains(f.rule)) {
                rulesByPath[f.path] << f.rule;
            }
        }
        out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Container %1").arg(containerLabel(c))) + QStringLiteral("</h3>\n");
        out += para(ReportHtml::tr("%1 changes, from %2%3.")
                        .arg(c.changes.size())
                        .arg(c.changesSource)
                        .arg(c.changesEstimated ? ReportHtml::tr(" (estimated)") : QString()),
                    QStringLiteral("note"));
        out += openTable();
        out += headerRow({ReportHtml::tr("Change"), ReportHtml::tr("Path"), ReportHtml::tr("Findings")});
        for (const Change &ch : c.changes) {
            const QStringList rules = rulesByPath.value(ch.path);
            out += QStringLiteral("<tr>") + cell(QString(Change::kindLetter(ch.kind)))
                + cell(ch.path, QStringLiteral("mono wrap"))
                + cell(rules.join(QStringLiteral(", ")), rules.isEmpty() ? QString() : QStringLiteral("bad"))
                + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    if (!any) {
        out += para(ReportHtml::tr("No container changes in the evidence."), QStringLiteral("note"));
    }
}

void writeTimeline(QString &out, const Report &r)
{
    out += h2(anchorOf(ReportSection::Timeline), sectionTitle(ReportSection::Timeline));
    if (r.timeline.empty()) {
        out += para(ReportHtml::tr("No dated events."), QStringLiteral("note"));
        return;
    }
    if (r.omittedTimelineEvents > 0) {
        out += para(ReportHtml::tr("The first %1 events; %2 more are in the CSV and JSON renderings "
                                   "of this report.").arg(r.timeline.size()).arg(r.omittedTimelineEvents),
                    QStringLiteral("note"));
    }
    out += openTable();
    out += headerRow({ReportHtml::tr("Time (UTC)"), ReportHtml::tr("Event"), ReportHtml::tr("Source"),
                      ReportHtml::tr("Message")});
    for (const TimelineEvent &e : r.timeline) {
        out += QStringLiteral("<tr>") + cell(e.datetime, QStringLiteral("mono")) + cell(e.timestampDesc)
            + cell(e.source) + cell(e.message, QStringLiteral("wrap")) + QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
}

QString targetText(const QString &type, const QString &target, const QString &title)
{
    if (type.isEmpty()) {
        return ReportHtml::tr("the case");
    }
    return (title.isEmpty() ? CaseTargets::describe(type, target) : title) + QStringLiteral(" [") + type + u']';
}

void writeNotes(QString &out, const Report &r)
{
    out += h2(anchorOf(ReportSection::Notes), sectionTitle(ReportSection::Notes));
    if (!r.caseData || (r.caseData->notes.empty() && r.caseData->tags.empty())) {
        out += para(ReportHtml::tr("No notes or tags."), QStringLiteral("note"));
        return;
    }
    if (!r.caseData->notes.empty()) {
        out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Notes")) + QStringLiteral("</h3>\n");
        out += openTable();
        out += headerRow({ReportHtml::tr("Time"), ReportHtml::tr("Examiner"), ReportHtml::tr("About"),
                          ReportHtml::tr("Note")});
        for (const CaseNote &n : r.caseData->notes) {
            out += QStringLiteral("<tr>") + cell(n.time) + cell(n.examiner)
                + cell(targetText(n.targetType, n.target, {}), QStringLiteral("wrap"))
                + cell(n.text, QStringLiteral("wrap")) + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    if (!r.caseData->tags.empty()) {
        out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Tags and bookmarks")) + QStringLiteral("</h3>\n");
        out += openTable();
        out += headerRow({ReportHtml::tr("Tag"), ReportHtml::tr("Item"), ReportHtml::tr("Comment"),
                          ReportHtml::tr("Examiner"), ReportHtml::tr("Time")});
        for (const CaseTag &t : r.caseData->tags) {
            out += QStringLiteral("<tr>") + cell(t.label)
                + cell(targetText(t.targetType, t.target, t.title), QStringLiteral("mono wrap"))
                + cell(t.comment, QStringLiteral("wrap")) + cell(t.examiner) + cell(t.time)
                + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
}

void writeLimitations(QString &out, const Report &r)
{
    const Analysis &a = *r.analysis;
    out += h2(anchorOf(ReportSection::Limitations), sectionTitle(ReportSection::Limitations));
    QStringList items{
        ReportHtml::tr("Only the evidence listed was examined; the running host, its memory and "
                       "other containers were not."),
        ReportHtml::tr("File contents larger than %1 were hashed but not scanned by the content "
                       "rules.").arg(humanBytes(a.rules.maxScanBytes)),
        ReportHtml::tr("The absence of a finding does not show the absence of compromise: the "
                       "rules find known patterns only."),
    };
    if (!a.rules.contentRules) {
        items << ReportHtml::tr("Content rules were switched off: files were classified by name only.");
    }
    for (const Container &c : a.containers) {
        if (c.changesEstimated) {
            items << ReportHtml::tr("The changes of container %1 are estimated from %2, not read from "
                                    "its read-write layer.").arg(containerLabel(c), c.changesSource);
        }
    }
    if (a.cancelled) {
        items << ReportHtml::tr("The analysis was cancelled: its results are incomplete.");
    }
    if (r.omittedFindings > 0) {
        items << ReportHtml::tr("%1 finding(s) are not in this report because of its options.").arg(r.omittedFindings);
    }
    if (!r.caseData) {
        items << ReportHtml::tr("No case file: the evidence digests were taken during this analysis, "
                                "not at intake, and no audit log exists.");
    }
    out += QStringLiteral("<ul>\n");
    for (const QString &i : items) {
        out += QStringLiteral("<li>") + esc(i) + QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ul>\n");
    writeWarnings(out, a);
}

void writeAudit(QString &out, const Report &r)
{
    out += QStringLiteral("<h2 style=\"page-break-before: always\"><a name=\"")
        + anchorOf(ReportSection::Audit) + QStringLiteral("\"></a>")
        + esc(sectionTitle(ReportSection::Audit)) + QStringLiteral("</h2>\n");
    if (!r.caseData) {
        out += para(ReportHtml::tr("No case file, so no audit log."), QStringLiteral("note"));
        return;
    }
    const ChainCheck &chain = r.caseData->chain;
    if (chain.ok) {
        out += para(ReportHtml::tr("The hash chain of all %1 entries is intact. Each entry's hash is "
                                   "the SHA-256 of the compact JSON array [seq, time, examiner, "
                                   "action, details, previous hash]; the first entry's previous "
                                   "hash is 64 zeros.").arg(chain.entries),
                    QStringLiteral("ok"));
    } else {
        out += para(ReportHtml::tr("THE AUDIT LOG IS BROKEN at entry %1: %2")
                        .arg(chain.brokenSeq).arg(chain.translatedReason()),
                    QStringLiteral("bad"));
    }
    out += openTable();
    out += headerRow({ReportHtml::tr("#"), ReportHtml::tr("Time"), ReportHtml::tr("Examiner"),
                      ReportHtml::tr("Action"), ReportHtml::tr("Details"), ReportHtml::tr("Hash")});
    for (const AuditEntry &e : r.caseData->audit) {
        out += QStringLiteral("<tr>") + cell(QString::number(e.seq), QStringLiteral("num")) + cell(e.time)
            + cell(e.examiner) + cell(e.action) + cell(e.details, QStringLiteral("mono wrap"))
            + cell(e.hash, QStringLiteral("mono wrap")) + QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
}

void writeChecklists(QString &out, const Analysis &analysis)
{
    out += h2(anchorOf(ReportSection::Checklist), sectionTitle(ReportSection::Checklist));
    bool any = false;
    for (const Container &c : analysis.containers) {
        any = any || !c.checklist.empty();
    }
    if (!any) {
        out += para(ReportHtml::tr("No container configuration in the evidence."), QStringLiteral("note"));
        return;
    }
    for (const Container &c : analysis.containers) {
        if (c.checklist.empty()) {
            continue;
        }
        out += QStringLiteral("<h3>") + esc(ReportHtml::tr("Container %1").arg(containerLabel(c)));
        if (!c.id.isEmpty()) {
            out += QStringLiteral(" <span class=\"mono note\">") + esc(c.id) + QStringLiteral("</span>");
        }
        out += QStringLiteral("</h3>\n");
        out += openTable();
        out += headerRow({ReportHtml::tr("ID"), ReportHtml::tr("Title"), ReportHtml::tr("Status"),
                          ReportHtml::tr("Severity"), ReportHtml::tr("Value"),
                          ReportHtml::tr("Source")});
        for (const ChecklistItem &i : c.checklist) {
            out += QStringLiteral("<tr>") + cell(i.id) + cell(i.title)
                + cell(statusText(i.status), statusClass(i.status))
                + cell(severityText(i.severity), severityClass(i.severity))
                + cell(i.value, QStringLiteral("mono wrap")) + cell(i.source, QStringLiteral("mono wrap"))
                + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
}

} // namespace

QString ReportHtml::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            if (u < 0x20 && u != u'\n' && u != u'\t') {
                out += QChar(char16_t(0x2400 + u));
            } else if (u == 0x7f) {
                out += QChar(char16_t(0x2421));
            } else {
                out += c;
            }
        }
    }
    return out;
}

QString ReportHtml::write(const Report &r)
{
    QString title = tr("Forensic examination report");
    if (r.caseData && !r.caseData->info.number.isEmpty()) {
        title += QStringLiteral(" ") + r.caseData->info.number;
    }
    QString out;
    out.reserve(128 * 1024);
    out += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
    // Nothing in the report may load anything: no scripts, images, fonts or frames.
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'\">\n");
    out += QStringLiteral("<meta name=\"dockscope-report-id\" content=\"") + esc(r.id) + QStringLiteral("\">\n");
    out += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title>\n");
    out += style();
    out += QStringLiteral("</head>\n<body>\n");
    writeTitle(out, r);
    const Analysis &a = *r.analysis;
    for (const QString &name : ReportOptions::sectionNames()) {
        const ReportSection s = *ReportOptions::sectionFromName(name);
        if (!r.includes(s)) {
            continue;
        }
        switch (s) {
        case ReportSection::Summary:
            writeSummary(out, r);
            break;
        case ReportSection::Evidence:
            writeEvidence(out, r);
            break;
        case ReportSection::Methodology:
            writeMethodology(out, r);
            break;
        case ReportSection::Findings:
            writeFindings(out, r);
            break;
        case ReportSection::Checklist:
            writeChecklists(out, a);
            break;
        case ReportSection::Layers:
            out += h2(anchorOf(s), sectionTitle(s));
            if (a.images.empty()) {
                out += para(tr("No images in the evidence."), QStringLiteral("note"));
            }
            for (const Image &image : a.images) {
                writeImage(out, image);
            }
            break;
        case ReportSection::Changes:
            writeChanges(out, r);
            break;
        case ReportSection::Timeline:
            writeTimeline(out, r);
            break;
        case ReportSection::Notes:
            writeNotes(out, r);
            break;
        case ReportSection::Limitations:
            writeLimitations(out, r);
            break;
        case ReportSection::Audit:
            writeAudit(out, r);
            break;
        }
    }
    out += QStringLiteral("<p class=\"note\">") + esc(tr("End of report %1.").arg(r.id)) + QStringLiteral("</p>\n");
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

QString ReportHtml::write(const Analysis &analysis)
{
    return write(ReportBuilder::build(analysis, std::nullopt, {}));
}

} // namespace dockscope
