#pragma once

#include "checks/findingsink.h"
#include "model/analysis.h"

namespace dockscope {

// Findings from the package inventories: FS-08 for package files whose content no longer matches
// the checksum their database records (in an image layer or a container's changes), FS-15 naming
// the packages a container installed, removed or changed compared with its image.
class PackageChecks
{
public:
    static void run(const Analysis &analysis, FindingSink &sink);
};

} // namespace dockscope
