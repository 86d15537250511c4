#pragma once

#include "report.h"

#include <QCoreApplication>
#include <QString>

namespace dockscope {

// The report as one self-contained HTML file (inline CSS, nothing loaded from anywhere, a table
// of contents, printable), also the source of the PDF (QTextDocument reads the same markup).
// Every value from the evidence or the case is HTML-escaped: names and paths in evidence are
// hostile data.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    static QString write(const Report &report);
    // The live preview of an analysis without a case: a report with the default options.
    static QString write(const Analysis &analysis);
    // Escapes markup; control characters become their Unicode control pictures (U+2400…).
    static QString escape(const QString &text);
};

} // namespace dockscope
