#pragma once

#include "report.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dockscope {

// The report as PDF: the HTML rendering laid out by QTextDocument on a QPdfWriter page (A4 or
// Letter), fonts embedded, with the case number and report id at the top and "page N of M" at
// the foot of every page. Needs a QGuiApplication (the CLI uses the offscreen platform).
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    static QByteArray write(const Report &report);
};

} // namespace dockscope
