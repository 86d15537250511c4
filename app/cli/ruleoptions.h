#pragma once

#include "analysis/analyzer.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace dockscope::cli {

// The detection options that analyze, report, case report and timeline share: --rules DIR
// (repeatable), --max-scan-size SIZE, --no-content-rules and --vuln-db DIR.
class RuleOptions
{
public:
    RuleOptions();
    void addTo(QCommandLineParser &parser) const;
    // Fills the options from a parsed command line; an error message when a value is wrong.
    std::optional<QString> apply(const QCommandLineParser &parser, AnalyzeOptions &options) const;

    // "16M", "512k", "1G" or bytes; -1 when not a size.
    static qint64 parseSize(const QString &text);

private:
    QCommandLineOption m_rules;
    QCommandLineOption m_maxScanSize;
    QCommandLineOption m_noContentRules;
    QCommandLineOption m_vulnDb;
};

} // namespace dockscope::cli
