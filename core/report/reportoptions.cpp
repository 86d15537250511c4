#include "reportoptions.h"

#include <array>
#include <utility>

namespace dockscope {

namespace {

constexpr std::array<std::pair<ReportSection, const char *>, 11> Names{{
    {ReportSection::Summary, "summary"},
    {ReportSection::Evidence, "evidence"},
    {ReportSection::Methodology, "methodology"},
    {ReportSection::Findings, "findings"},
    {ReportSection::Checklist, "checklist"},
    {ReportSection::Layers, "layers"},
    {ReportSection::Changes, "changes"},
    {ReportSection::Timeline, "timeline"},
    {ReportSection::Notes, "notes"},
    {ReportSection::Limitations, "limitations"},
    {ReportSection::Audit, "audit"},
}};

} // namespace

QString ReportOptions::sectionName(ReportSection s)
{
    for (const auto &[section, name] : Names) {
        if (section == s) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<ReportSection> ReportOptions::sectionFromName(const QString &text)
{
    for (const auto &[section, name] : Names) {
        if (text.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0) {
            return section;
        }
    }
    return std::nullopt;
}

QStringList ReportOptions::sectionNames()
{
    QStringList out;
    for (const auto &[section, name] : Names) {
        out << QString::fromLatin1(name);
    }
    return out;
}

} // namespace dockscope
