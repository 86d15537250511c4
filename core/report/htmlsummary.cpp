#include "htmlsummary.h"

#include "util/format.h"
#include "util/membername.h"

#include <QHash>

namespace dockscope {

namespace {

constexpr int MaxInefficientFiles = 20;

// Escapes markup and shows control characters as their Unicode control pictures (U+2400…),
// so that nothing in the evidence can become markup or vanish from the page.
QString esc(const QString &text)
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
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">\n");
}

QString percent(double ratio)
{
    return QStringLiteral("%1 %").arg(ratio * 100.0, 0, 'f', 4);
}

QString bytes(qint64 n)
{
    return HtmlSummary::tr("%1 (%2 B)").arg(humanBytes(n)).arg(n);
}

QString severityText(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return HtmlSummary::tr("critical");
    case Severity::High:
        return HtmlSummary::tr("high");
    case Severity::Medium:
        return HtmlSummary::tr("medium");
    case Severity::Low:
        return HtmlSummary::tr("low");
    case Severity::Info:
        break;
    }
    return HtmlSummary::tr("info");
}

QString statusText(ChecklistItem::Status s)
{
    switch (s) {
    case ChecklistItem::Status::Fail:
        return HtmlSummary::tr("fail");
    case ChecklistItem::Status::Warn:
        return HtmlSummary::tr("warn");
    case ChecklistItem::Status::Pass:
        return HtmlSummary::tr("pass");
    case ChecklistItem::Status::NotApplicable:
        break;
    }
    return HtmlSummary::tr("n/a");
}

QString diagnosticText(Diagnostic::Severity s)
{
    switch (s) {
    case Diagnostic::Severity::Info:
        return HtmlSummary::tr("info");
    case Diagnostic::Severity::Warning:
        return HtmlSummary::tr("warning");
    case Diagnostic::Severity::Error:
        break;
    }
    return HtmlSummary::tr("error");
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

void writeEvidence(QString &out, const Analysis &analysis)
{
    out += QStringLiteral("<h2>") + esc(HtmlSummary::tr("Evidence")) + QStringLiteral("</h2>\n");
    if (analysis.evidence.empty()) {
        out += QStringLiteral("<p class=\"note\">") + esc(HtmlSummary::tr("No evidence."))
            + QStringLiteral("</p>\n");
        return;
    }
    out += openTable();
    out += headerRow({HtmlSummary::tr("Path"), HtmlSummary::tr("Kind"), HtmlSummary::tr("Size"),
                      HtmlSummary::tr("SHA-256")});
    for (const EvidenceItem &e : analysis.evidence) {
        QString kind = e.kind;
        if (!e.format.isEmpty() && e.format != e.kind) {
            kind += QStringLiteral(" (") + e.format + u')';
        }
        if (!e.readable) {
            kind += QStringLiteral(", ") + HtmlSummary::tr("unreadable");
        }
        out += QStringLiteral("<tr>") + cell(e.path, QStringLiteral("wrap")) + cell(kind)
            + cell(bytes(e.sizeBytes), QStringLiteral("num"))
            + cell(e.sha256.isEmpty() ? HtmlSummary::tr("not hashed") : e.sha256,
                   QStringLiteral("mono"))
            + QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
}

void writeIntegrity(QString &out, const std::vector<IntegrityCheck> &checks)
{
    int failed = 0;
    for (const IntegrityCheck &c : checks) {
        failed += c.ok ? 0 : 1;
    }
    out += QStringLiteral("<p><b>") + esc(HtmlSummary::tr("Integrity:")) + QStringLiteral("</b> ");
    if (checks.empty()) {
        out += QStringLiteral("<span class=\"note\">")
            + esc(HtmlSummary::tr("nothing in the evidence declares digests")) + QStringLiteral("</span>");
    } else if (failed == 0) {
        out += QStringLiteral("<span class=\"ok\">")
            + esc(HtmlSummary::tr("OK (%1 checks passed)").arg(checks.size())) + QStringLiteral("</span>");
    } else {
        out += QStringLiteral("<span class=\"bad\">")
            + esc(HtmlSummary::tr("FAILED (%1 of %2 checks)").arg(failed).arg(checks.size()))
            + QStringLiteral("</span>");
    }
    out += QStringLiteral("</p>\n");
    if (failed == 0) {
        return;
    }
    out += openTable();
    out += headerRow({HtmlSummary::tr("Check"), HtmlSummary::tr("Expected"), HtmlSummary::tr("Found")});
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
        ? HtmlSummary::tr("Container file system (docker export)")
        : HtmlSummary::tr("Image");
    const QString tags = image.repoTags.isEmpty() ? HtmlSummary::tr("(untagged)")
                                                  : image.repoTags.join(QStringLiteral(", "));
    out += QStringLiteral("<h2>") + esc(title) + u' ' + esc(tags) + QStringLiteral("</h2>\n");
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" border=\"0\" class=\"facts\">\n");
    const auto fact = [&out](const QString &name, const QString &value, const QString &cls = {}) {
        if (!value.isEmpty()) {
            out += QStringLiteral("<tr><th>") + esc(name) + QStringLiteral("</th>") + cell(value, cls)
                + QStringLiteral("</tr>\n");
        }
    };
    fact(HtmlSummary::tr("Id"), image.id, QStringLiteral("mono"));
    fact(HtmlSummary::tr("Evidence"), image.evidence, QStringLiteral("wrap"));
    fact(HtmlSummary::tr("Format"), image.format);
    fact(HtmlSummary::tr("Platform"), image.platform);
    fact(HtmlSummary::tr("Created"), image.config.created);
    out += QStringLiteral("</table>\n");

    out += QStringLiteral("<h3>") + esc(HtmlSummary::tr("Layers")) + QStringLiteral("</h3>\n");
    out += openTable();
    out += headerRow({HtmlSummary::tr("#"), HtmlSummary::tr("Size"), HtmlSummary::tr("Added"),
                      HtmlSummary::tr("Modified"), HtmlSummary::tr("Removed"),
                      HtmlSummary::tr("Verified"), HtmlSummary::tr("Command")});
    for (const Layer &l : image.layers) {
        const QString verified = !l.readable ? HtmlSummary::tr("unread")
                                             : (l.verified ? HtmlSummary::tr("yes") : HtmlSummary::tr("NO"));
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
    out += QStringLiteral("<h3>") + esc(HtmlSummary::tr("Efficiency")) + QStringLiteral("</h3>\n");
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\" border=\"0\" class=\"facts\">\n");
    fact(HtmlSummary::tr("Efficiency score (dive)"), percent(e.score));
    fact(HtmlSummary::tr("Image size"), bytes(e.sizeBytes));
    fact(HtmlSummary::tr("Wasted (dive)"), bytes(e.wastedBytes));
    fact(HtmlSummary::tr("User wasted (dive)"),
         e.userWastedPercent ? percent(*e.userWastedPercent)
                             : HtmlSummary::tr("n/a (no bytes above the base layer)"));
    fact(HtmlSummary::tr("Truly wasted"), bytes(e.trulyWastedBytes));
    out += QStringLiteral("</table>\n");
    if (!e.inefficientFiles.empty()) {
        out += QStringLiteral("<p>") + esc(HtmlSummary::tr("Inefficient files (dive):"))
            + QStringLiteral("</p>\n");
        out += openTable();
        out += headerRow({HtmlSummary::tr("Count"), HtmlSummary::tr("Wasted"), HtmlSummary::tr("Path")});
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
                + esc(HtmlSummary::tr("… and %1 more").arg(e.inefficientFiles.size() - MaxInefficientFiles))
                + QStringLiteral("</p>\n");
        }
    }
    writeIntegrity(out, image.integrity);
}

void writeFindings(QString &out, const Analysis &analysis)
{
    if (analysis.findings.empty()) {
        return;
    }
    QHash<QString, QString> containers;
    for (const Container &c : analysis.containers) {
        containers.insert(c.id, containerLabel(c));
    }
    // Images by their first tag, else by the short id; the full ids are in the image sections.
    const auto shortId = [](const QString &id) {
        return id.startsWith(QStringLiteral("sha256:")) ? id.left(7 + 12) : id.left(12);
    };
    QHash<QString, QString> images;
    for (const Image &image : analysis.images) {
        if (!image.id.isEmpty()) {
            images.insert(image.id, image.repoTags.isEmpty() ? shortId(image.id) : image.repoTags.constFirst());
        }
    }
    out += QStringLiteral("<h2>") + esc(HtmlSummary::tr("Findings")) + QStringLiteral("</h2>\n");
    out += openTable();
    out += headerRow({HtmlSummary::tr("Severity"), HtmlSummary::tr("Rule"), HtmlSummary::tr("Title"),
                      HtmlSummary::tr("Path"), HtmlSummary::tr("Where"), HtmlSummary::tr("Evidence"),
                      HtmlSummary::tr("SHA-256")});
    for (const Finding &f : analysis.findings) {
        QStringList where;
        if (!f.container.isEmpty()) {
            where << HtmlSummary::tr("container %1").arg(containers.value(f.container, f.container.left(12)));
        }
        if (!f.image.isEmpty()) {
            where << HtmlSummary::tr("image %1").arg(images.value(f.image, shortId(f.image)));
        }
        if (f.layer >= 0) {
            where << HtmlSummary::tr("layer %1").arg(f.layer);
        }
        if (f.line >= 0) {
            where << HtmlSummary::tr("line %1").arg(f.line);
        }
        out += QStringLiteral("<tr>") + cell(severityText(f.severity), severityClass(f.severity))
            + cell(f.rule) + cell(f.title) + cell(f.path, QStringLiteral("mono wrap"))
            + cell(where.join(QStringLiteral(", ")), QStringLiteral("wrap"))
            + cell(f.evidence, QStringLiteral("mono wrap")) + cell(f.sha256, QStringLiteral("mono wrap"))
            + QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
}

void writeChecklists(QString &out, const Analysis &analysis)
{
    bool any = false;
    for (const Container &c : analysis.containers) {
        any = any || !c.checklist.empty();
    }
    if (!any) {
        return;
    }
    out += QStringLiteral("<h2>") + esc(HtmlSummary::tr("Security checklist")) + QStringLiteral("</h2>\n");
    for (const Container &c : analysis.containers) {
        if (c.checklist.empty()) {
            continue;
        }
        out += QStringLiteral("<h3>") + esc(HtmlSummary::tr("Container %1").arg(containerLabel(c)));
        if (!c.id.isEmpty()) {
            out += QStringLiteral(" <span class=\"mono note\">") + esc(c.id) + QStringLiteral("</span>");
        }
        out += QStringLiteral("</h3>\n");
        out += openTable();
        out += headerRow({HtmlSummary::tr("ID"), HtmlSummary::tr("Title"), HtmlSummary::tr("Status"),
                          HtmlSummary::tr("Severity"), HtmlSummary::tr("Value"),
                          HtmlSummary::tr("Source")});
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

void writeWarnings(QString &out, const Analysis &analysis)
{
    bool evidenceIntegrityFailed = false;
    for (const IntegrityCheck &c : analysis.integrity) {
        evidenceIntegrityFailed = evidenceIntegrityFailed || !c.ok;
    }
    if (evidenceIntegrityFailed) {
        out += QStringLiteral("<h2>") + esc(HtmlSummary::tr("Evidence integrity")) + QStringLiteral("</h2>\n");
        writeIntegrity(out, analysis.integrity);
    }
    if (analysis.diagnostics.empty()) {
        return;
    }
    out += QStringLiteral("<h2>") + esc(HtmlSummary::tr("Warnings")) + QStringLiteral("</h2>\n");
    out += openTable();
    out += headerRow({HtmlSummary::tr("Severity"), HtmlSummary::tr("Evidence"), HtmlSummary::tr("Where"),
                      HtmlSummary::tr("Offset"), HtmlSummary::tr("Message")});
    for (const Diagnostic &d : analysis.diagnostics) {
        const QString cls = Diagnostic::severityName(d.severity); // info | warning | error
        out += QStringLiteral("<tr>") + cell(diagnosticText(d.severity), cls)
            + cell(d.evidence, QStringLiteral("wrap")) + cell(d.where, QStringLiteral("mono wrap"))
            + cell(d.offset >= 0 ? QString::number(d.offset) : QString(), QStringLiteral("num"))
            + cell(d.translatedMessage()) + QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");
}

} // namespace

QString HtmlSummary::write(const Analysis &analysis)
{
    const QString title = tr("Dockscope report");
    QString out;
    out.reserve(64 * 1024);
    out += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
    // Nothing in the report may load anything: no scripts, images, fonts or frames.
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'\">\n");
    out += QStringLiteral("<title>") + esc(title) + QStringLiteral("</title>\n");
    out += style();
    out += QStringLiteral("</head>\n<body>\n<h1>") + esc(title) + QStringLiteral("</h1>\n");
    if (!analysis.toolVersion.isEmpty()) {
        out += QStringLiteral("<p class=\"note\">")
            + esc(tr("Written by Dockscope %1.").arg(analysis.toolVersion)) + QStringLiteral("</p>\n");
    }
    if (analysis.cancelled) {
        out += QStringLiteral("<p class=\"bad\">")
            + esc(tr("Cancelled: the results are incomplete.")) + QStringLiteral("</p>\n");
    }
    writeEvidence(out, analysis);
    for (const Image &image : analysis.images) {
        writeImage(out, image);
    }
    writeFindings(out, analysis);
    writeChecklists(out, analysis);
    writeWarnings(out, analysis);
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

} // namespace dockscope
