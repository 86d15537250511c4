#pragma once

#include <QStringList>

namespace dockscope {
class CaseStore;
}

namespace dockscope::cli {

// dockscope-cli report [--case FILE] --format pdf|html|json|csv -o OUT EVIDENCE...
int runReport(const QStringList &arguments);

// The report of a case's evidence (`case report`); verifies the evidence first, records the
// analysis and the report in the case.
int runCaseReport(const QStringList &arguments);

} // namespace dockscope::cli
