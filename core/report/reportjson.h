#pragma once

#include "report.h"

#include <QByteArray>

namespace dockscope {

// The report as JSON: the analysis contract of `dockscope-cli analyze` (every key of
// "dockscope.analysis/1" unchanged) plus "report" (id, time, options, the findings it keeps)
// and "case" (metadata, evidence with intake digests, verifications, notes, tags, analyses,
// reports, the audit log and its chain check). Deterministic for the same inputs and time.
class ReportJson
{
public:
    static QByteArray write(const Report &report);
};

} // namespace dockscope
