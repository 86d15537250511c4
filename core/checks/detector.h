#pragma once

#include "model/analysis.h"

#include <QList>

#include <vector>

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

    // The same with the image layers' file-system and content findings already taken, one
    // list a layer in FileSetBuilder::imageLayers order (LayerChecks::take).
    static void run(Analysis &analysis, const RuleSet &rules, QList<std::vector<Finding>> layerFindings);
};

} // namespace dockscope
