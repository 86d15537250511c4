#pragma once

#include "model/analysis.h"

namespace dockscope {

class RuleSet;

// Runs every check of the catalogue over a finished analysis: the checklist of each container,
// the image, file-system, content and log checks; then deduplicates, correlates (an exposure
// plus matching evidence raises the severity), ranks the findings, gives them stable ids and
// puts them, the image history and the container's file changes on the timeline.
class Detector
{
public:
    static void run(Analysis &analysis, const RuleSet &rules);
};

} // namespace dockscope
