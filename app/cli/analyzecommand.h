#pragma once

#include <QStringList>

namespace dockscope::cli {

// dockscope-cli analyze [--files] [--json FILE|-] [--platform P] EVIDENCE...
int runAnalyze(const QStringList &arguments);

} // namespace dockscope::cli
