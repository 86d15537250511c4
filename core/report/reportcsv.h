#pragma once

#include "report.h"

#include <QByteArray>

namespace dockscope {

// The report as one CSV file in Timesketch's columns (message, datetime, timestamp_desc,
// timestamp first): the findings the report keeps, every container change and the whole
// timeline, told apart by the "record" column. Fields that a spreadsheet would take for a
// formula (starting with = + - @) are prefixed with an apostrophe, since they come from hostile
// evidence. Deterministic; CRLF line ends (RFC 4180).
class ReportCsv
{
public:
    static QByteArray write(const Report &report);
};

} // namespace dockscope
