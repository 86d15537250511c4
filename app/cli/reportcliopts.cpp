#include "reportcliopts.h"

#include <QCoreApplication>

namespace dockscope::cli {

ReportCliOptions::ReportCliOptions()
    : m_format(QStringLiteral("format"),
               QCoreApplication::translate("cli", "pdf, html, json or csv."),
               QCoreApplication::translate("cli", "FORMAT"))
    , m_output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
               QCoreApplication::translate("cli", "Write the report to FILE."),
               QCoreApplication::translate("cli", "FILE"))
    , m_pageSize(QStringLiteral("page-size"),
                 QCoreApplication::translate("cli", "PDF page size: a4 (default) or letter."),
                 QCoreApplication::translate("cli", "SIZE"), QStringLiteral("a4"))
    , m_minSeverity(QStringLiteral("min-severity"),
                    QCoreApplication::translate("cli", "Leave out findings below this severity "
                                                       "(critical, high, medium, low, info)."),
                    QCoreApplication::translate("cli", "SEVERITY"), QStringLiteral("info"))
    , m_taggedOnly(QStringLiteral("tagged-only"),
                   QCoreApplication::translate("cli", "Only the findings tagged or bookmarked in "
                                                      "the case."))
    , m_sections(QStringLiteral("sections"),
                 QCoreApplication::translate("cli", "Only these sections, comma-separated (%1).")
                     .arg(ReportOptions::sectionNames().join(QStringLiteral(", "))),
                 QCoreApplication::translate("cli", "LIST"))
    , m_noSections(QStringLiteral("no-sections"),
                   QCoreApplication::translate("cli", "Leave out these sections, comma-separated."),
                   QCoreApplication::translate("cli", "LIST"))
{
}

void ReportCliOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_format, m_output, m_pageSize, m_minSeverity, m_taggedOnly, m_sections,
                       m_noSections});
}

std::optional<QString> ReportCliOptions::apply(const QCommandLineParser &parser,
                                               ReportOptions &options,
                                               ReportWriter::Format &format, QString &output) const
{
    if (!parser.isSet(m_format)) {
        return QCoreApplication::translate("cli", "--format is required (pdf, html, json or csv)");
    }
    const auto f = ReportWriter::formatFromName(parser.value(m_format));
    if (!f) {
        return QCoreApplication::translate("cli", "unknown format \"%1\" (pdf, html, json or csv)")
            .arg(parser.value(m_format));
    }
    format = *f;
    output = parser.value(m_output);
    if (output.isEmpty()) {
        return QCoreApplication::translate("cli", "-o FILE is required");
    }
    const QString page = parser.value(m_pageSize).toLower();
    if (page == u"letter") {
        options.pageSize = ReportOptions::PageSize::Letter;
    } else if (page == u"a4") {
        options.pageSize = ReportOptions::PageSize::A4;
    } else {
        return QCoreApplication::translate("cli", "unknown page size \"%1\" (a4 or letter)")
            .arg(parser.value(m_pageSize));
    }
    const QString severity = parser.value(m_minSeverity).toLower();
    const Severity parsed = severityFromName(severity, Severity::Info);
    if (severityName(parsed) != severity) {
        return QCoreApplication::translate("cli", "unknown severity \"%1\"").arg(parser.value(m_minSeverity));
    }
    options.minSeverity = parsed;
    options.taggedOnly = parser.isSet(m_taggedOnly);
    const auto sectionList = [](const QString &text, std::set<ReportSection> &into) -> std::optional<QString> {
        for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
            const auto s = ReportOptions::sectionFromName(name.trimmed());
            if (!s) {
                return QCoreApplication::translate("cli", "unknown section \"%1\" (%2)")
                    .arg(name.trimmed(), ReportOptions::sectionNames().join(QStringLiteral(", ")));
            }
            into.insert(*s);
        }
        return std::nullopt;
    };
    if (parser.isSet(m_sections)) {
        std::set<ReportSection> wanted;
        if (auto e = sectionList(parser.value(m_sections), wanted)) {
            return e;
        }
        for (const QString &name : ReportOptions::sectionNames()) {
            const ReportSection s = *ReportOptions::sectionFromName(name);
            if (!wanted.count(s)) {
                options.excluded.insert(s);
            }
        }
    }
    if (parser.isSet(m_noSections)) {
        if (auto e = sectionList(parser.value(m_noSections), options.excluded)) {
            return e;
        }
    }
    return std::nullopt;
}

} // namespace dockscope::cli
