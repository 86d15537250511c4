#pragma once

#include "report/reportoptions.h"
#include "report/reportwriter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace dockscope::cli {

// The options that `report` and `case report` share: --format, -o, --page-size,
// --min-severity, --tagged-only, --sections and --no-sections.
class ReportCliOptions
{
public:
    ReportCliOptions();
    void addTo(QCommandLineParser &parser) const;
    // An error message when a value is wrong.
    std::optional<QString> apply(const QCommandLineParser &parser, ReportOptions &options,
                                 ReportWriter::Format &format, QString &output) const;

private:
    QCommandLineOption m_format;
    QCommandLineOption m_output;
    QCommandLineOption m_pageSize;
    QCommandLineOption m_minSeverity;
    QCommandLineOption m_taggedOnly;
    QCommandLineOption m_sections;
    QCommandLineOption m_noSections;
};

} // namespace dockscope::cli
