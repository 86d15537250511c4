#pragma once

#include <QStringList>

namespace dockscope::cli {

// dockscope-cli acquire --host unix:///var/run/docker.sock --container ID|NAME -o DIR
// [--examiner NAME] [--paths P,P...] [--commit] [--exec-netstat]: preserves a container from a
// live engine into a new, hashed, read-only acquisition folder.
int runAcquire(const QStringList &arguments);

} // namespace dockscope::cli
