#pragma once

#include "checks/findingsink.h"
#include "model/image.h"

namespace dockscope {

class RuleSet;

// IMG-01 … IMG-10 on an image's configuration and build history.
class ImageChecks
{
public:
    static void run(const Image &image, const RuleSet &rules, FindingSink &sink);
};

} // namespace dockscope
