#pragma once

#include <QStringList>

namespace dockscope::cli {

// dockscope-cli containers EVIDENCE... : a table of every container the evidence holds (like
// docker-explorer's `list all_containers`).
int runContainers(const QStringList &arguments);

} // namespace dockscope::cli
