#pragma once

#include <QStringList>

namespace dockscope::cli {

// dockscope-cli case new|add|verify|show|note|report …
int runCase(const QStringList &arguments);

} // namespace dockscope::cli
