#include "textsummary.h"

#include "util/format.h"
#include "util/membername.h"
#include "vulns/vulnerabilitymatcher.h"

#include <QCoreApplication>

#include <array>

namespace dockscope {

namespace {

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, u' ');
}

QString rpad(const QString &s, int width)
{
    return s.rightJustified(width, u' ');
}

QString oneLine(QString s, int max)
{
    s.replace(u'\n', u' ');
    s.replace(u'\t', u' ');
    s = s.simplified();
    if (s.size() > max) {
        s = s.left(max - 1) + QChar(0x2026);
    }
    return s;
}

QString percent(double ratio)
{
    return QStringLiteral("%1 %").arg(ratio * 100.0, 0, 'f', 4);
}

// "14: apk 14" or "93: deb 90, pypi 3"; the packages are sorted by ecosystem.
QString packageCounts(const PackageInventory &inventory)
{
    if (inventory.packages.empty()) {
        return QCoreApplication::translate("TextSummary", "none found");
    }
    QStringList parts;
    QString ecosystem;
    int count = 0;
    auto flush = [&] {
        if (count > 0) {
            parts << QStringLiteral("%1 %2").arg(ecosystem, QString::number(count));
        }
    };
    for (const Package &p : inventory.packages) {
        if (p.ecosystem != ecosystem) {
            flush();
            ecosystem = p.ecosystem;
            count = 0;
        }
        ++count;
    }
    flush();
    return QStringLiteral("%1: %2").arg(QString::number(inventory.packages.size()), parts.join(QStringLiteral(", ")));
}

void writePackages(QString &out, const Image &image, const std::vector<const Vulnerability *> &vulnerabilities)
{
    out += QStringLiteral("  %1 %2\n").arg(pad(QCoreApplication::translate("TextSummary", "Packages:"), 26),
                                           packageCounts(image.packages));
    std::vector<const Vulnerability *> own;
    for (const Vulnerability *v : vulnerabilities) {
        if (v->image == image.id && v->evidence == image.evidence) {
            own.push_back(v);
        }
    }
    if (!own.empty()) {
        const std::array<int, 5> n = VulnerabilityMatcher::severityCounts(own);
        out += QStringLiteral("  %1 %2\n")
                   .arg(pad(QCoreApplication::translate("TextSummary", "Vulnerabilities:"), 26),
                        QCoreApplication::translate("TextSummary", "%1 (critical %2, high %3, medium %4, low %5, unknown %6)")
                            .arg(QString::number(own.size()), QString::number(n[0]), QString::number(n[1]),
                                 QString::number(n[2]), QString::number(n[3]), QString::number(n[4])));
    }
}

void writeImage(QString &out, const Image &image, const std::vector<const Vulnerability *> &vulnerabilities)
{
    const QString title = image.kind == u"container-export"
        ? QCoreApplication::translate("TextSummary", "Container file system (docker export)")
        : QCoreApplication::translate("TextSummary", "Image");
    out += QStringLiteral("%1 %2\n").arg(title, image.repoTags.isEmpty()
                                                    ? QStringLiteral("<untagged>")
                                                    : image.repoTags.join(QStringLiteral(", ")));
    if (!image.id.isEmpty()) {
        out += QStringLiteral("  %1 %2\n").arg(pad(QCoreApplication::translate("TextSummary", "Id:"), 10), image.id);
    }
    out += QStringLiteral("  %1 %2\n").arg(pad(QCoreApplication::translate("TextSummary", "Evidence:"), 10), image.evidence);
    if (!image.platform.isEmpty()) {
        out += QStringLiteral("  %1 %2\n").arg(pad(QCoreApplication::translate("TextSummary", "Platform:"), 10), image.platform);
    }
    if (!image.config.created.isEmpty()) {
        out += QStringLiteral("  %1 %2\n").arg(pad(QCoreApplication::translate("TextSummary", "Created:"), 10), image.config.created);
    }
    out += u'\n';
    out += QStringLiteral("  %1 %2 %3 %4 %5 %6  %7\n")
               .arg(rpad(QCoreApplication::translate("TextSummary", "#"), 3), rpad(QCoreApplication::translate("TextSummary", "Size"), 9), rpad(QCoreApplication::translate("TextSummary", "Added"), 7),
                    rpad(QCoreApplication::translate("TextSummary", "Modif."), 7), rpad(QCoreApplication::translate("TextSummary", "Remov."), 7), pad(QCoreApplication::translate("TextSummary", "Verified"), 8),
                    QCoreApplication::translate("TextSummary", "Command"));
    for (const Layer &l : image.layers) {
        const QString verified = !l.readable ? QCoreApplication::translate("TextSummary", "UNREAD") : (l.verified ? QCoreApplication::translate("TextSummary", "yes") : QCoreApplication::translate("TextSummary", "NO"));
        out += QStringLiteral("  %1 %2 %3 %4 %5 %6  %7\n")
                   .arg(rpad(QString::number(l.index), 3), rpad(humanBytes(l.sizeBytes), 9),
                        rpad(QString::number(l.changes.added), 7),
                        rpad(QString::number(l.changes.modified), 7),
                        rpad(QString::number(l.changes.removed), 7), pad(verified, 8),
                        oneLine(l.createdBy.isEmpty() ? l.member : l.createdBy, 70));
    }
    const Efficiency &e = image.efficiency;
    out += u'\n';
    out += QStringLiteral("  %1 %2\n").arg(pad(QCoreApplication::translate("TextSummary", "Efficiency:"), 26), percent(e.score));
    out += QStringLiteral("  %1 %2\n").arg(pad(QCoreApplication::translate("TextSummary", "Image size:"), 26), humanBytes(e.sizeBytes));
    out += QStringLiteral("  %1 %2 (%3 B)\n")
               .arg(pad(QCoreApplication::translate("TextSummary", "Wasted (dive):"), 26), humanBytes(e.wastedBytes))
               .arg(e.wastedBytes);
    out += QStringLiteral("  %1 %2\n")
               .arg(pad(QCoreApplication::translate("TextSummary", "User wasted (dive):"), 26),
                    e.userWastedPercent ? percent(*e.userWastedPercent) : QCoreApplication::translate("TextSummary", "n/a (no bytes above the base layer)"));
    out += QStringLiteral("  %1 %2 (%3 B)\n")
               .arg(pad(QCoreApplication::translate("TextSummary", "Truly wasted:"), 26), humanBytes(e.trulyWastedBytes))
               .arg(e.trulyWastedBytes);
    if (!e.inefficientFiles.empty()) {
        out += u'\n' + QStringLiteral("  %1\n").arg(QCoreApplication::translate("TextSummary", "Inefficient files (dive):"));
        out += QStringLiteral("  %1 %2  %3\n").arg(rpad(QCoreApplication::translate("TextSummary", "Count"), 6), rpad(QCoreApplication::translate("TextSummary", "Wasted"), 10),
                                                   QCoreApplication::translate("TextSummary", "Path"));
        int shown = 0;
        for (const InefficientFile &f : e.inefficientFiles) {
            if (++shown > 20) {
                out += QStringLiteral("  %1\n").arg(QCoreApplication::translate("TextSummary", "… and %1 more").arg(e.inefficientFiles.size() - 20));
                break;
            }
            out += QStringLiteral("  %1 %2  %3\n")
                       .arg(rpad(QString::number(f.count), 6), rpad(humanBytes(f.sizeBytes), 10),
                            displayName(f.path));
        }
    }
    int failed = 0;
    for (const IntegrityCheck &c : image.integrity) {
        if (!c.ok) {
            ++failed;
        }
    }
    out += u'\n';
    if (image.integrity.empty()) {
        out += QStringLiteral("  %1 %2\n").arg(pad(QCoreApplication::translate("TextSummary", "Integrity:"), 26),
                                                QCoreApplication::translate("TextSummary", "nothing in the evidence declares digests"));
    } else if (failed == 0) {
        out += QStringLiteral("  %1 %2\n").arg(pad(QCoreApplication::translate("TextSummary", "Integrity:"), 26),
                                                QCoreApplication::translate("TextSummary", "OK (%1 checks passed)").arg(image.integrity.size()));
    } else {
        out += QStringLiteral("  %1 %2\n")
                   .arg(pad(QCoreApplication::translate("TextSummary", "Integrity:"), 26),
                        QCoreApplication::translate("TextSummary", "FAILED (%1 of %2 checks)").arg(failed).arg(image.integrity.size()));
        for (const IntegrityCheck &c : image.integrity) {
            if (!c.ok) {
                out += QStringLiteral("    %1: %2 %3, %4 %5\n")
                           .arg(c.subject, QCoreApplication::translate("TextSummary", "expected"), c.expected, QCoreApplication::translate("TextSummary", "found"), c.actual);
            }
        }
    }
    writePackages(out, image, vulnerabilities);
    out += u'\n';
}

} // namespace

QString TextSummary::write(const Analysis &analysis)
{
    QString out;
    out += QCoreApplication::translate("TextSummary", "Evidence") + u'\n';
    for (const EvidenceItem &e : analysis.evidence) {
        QString kind = e.kind;
        if (!e.format.isEmpty() && e.format != e.kind) {
            kind += QStringLiteral(" (") + e.format + u')';
        }
        out += QStringLiteral("  %1\n    %2, %3, %4\n")
                   .arg(e.path, kind, humanBytes(e.sizeBytes),
                        e.sha256.isEmpty() ? QCoreApplication::translate("TextSummary", "not hashed") : e.sha256);
        if (e.platforms.size() > 1) {
            out += QStringLiteral("    %1 %2\n").arg(QCoreApplication::translate("TextSummary", "platforms:"), e.platforms.join(QStringLiteral(", ")));
        }
    }
    out += u'\n';
    const std::vector<const Vulnerability *> vulnerabilities = VulnerabilityMatcher::distinct(analysis.vulnerabilities);
    for (const Image &image : analysis.images) {
        writeImage(out, image, vulnerabilities);
    }
    for (const IntegrityCheck &c : analysis.integrity) {
        if (!c.ok) {
            out += QStringLiteral("%1 %2: %3 %4, %5 %6\n")
                       .arg(QCoreApplication::translate("TextSummary", "Integrity FAILED:"), c.subject, QCoreApplication::translate("TextSummary", "expected"), c.expected,
                            QCoreApplication::translate("TextSummary", "found"), c.actual);
        }
    }
    int shown = 0;
    for (const Diagnostic &d : analysis.diagnostics) {
        if (shown++ == 0) {
            out += QCoreApplication::translate("TextSummary", "Warnings") + u'\n';
        }
        out += QStringLiteral("  [%1] %2\n").arg(Diagnostic::severityName(d.severity), d.toString());
    }
    if (analysis.cancelled) {
        out += QCoreApplication::translate("TextSummary", "Cancelled: the results are incomplete.") + u'\n';
    }
    return out;
}

} // namespace dockscope
