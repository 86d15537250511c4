#pragma once

#include "model/finding.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <set>

namespace dockscope {

// The parts of a report, in the order they appear.
enum class ReportSection {
    Summary,     // executive summary
    Evidence,    // evidence items, hashes, verifications
    Methodology, // tool and rule versions, settings
    Findings,
    Checklist,
    Layers,
    Changes,     // container changes
    Timeline,
    Notes,       // examiner notes and tagged items
    Limitations,
    Audit,       // the audit log, as an appendix
};

struct ReportOptions
{
    enum class PageSize { A4, Letter };

    bool taggedOnly = false;               // only findings the examiner tagged or bookmarked
    Severity minSeverity = Severity::Info; // leave out findings below this
    std::set<ReportSection> excluded;      // sections switched off
    PageSize pageSize = PageSize::A4;      // PDF only
    QDateTime generated;                   // report time; invalid: now, or $SOURCE_DATE_EPOCH
    int maxTimelineEvents = 2000;          // the rest is in the CSV and JSON renderings

    bool includes(ReportSection s) const { return !excluded.count(s); }

    static QString sectionName(ReportSection s); // summary | evidence | … (command line, JSON)
    static std::optional<ReportSection> sectionFromName(const QString &name);
    static QStringList sectionNames();
};

} // namespace dockscope
