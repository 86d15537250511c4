#pragma once

#include <QStringList>

namespace dockscope::cli {

// dockscope-cli ci EVIDENCE [--ci-config FILE] [--lowest-efficiency R]
//     [--highest-wasted-bytes N|disabled] [--highest-user-wasted-percent R]
int runCi(const QStringList &arguments);

} // namespace dockscope::cli
