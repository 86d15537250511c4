#pragma once

#include <QStringList>

namespace dockscope::cli {

// dockscope-cli sbom: the package inventory of one image as CycloneDX 1.5 or SPDX 2.3 JSON.
int runSbom(const QStringList &arguments);

} // namespace dockscope::cli
