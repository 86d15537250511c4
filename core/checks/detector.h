#pragma once

#include "model/analysis.h"

#include <QFuture>

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

    // The file-system and content findings of every distinct image layer, checked on the
    // global pool, one result a layer in a stable order. They need the images' layers only,
    // not their inventories or the containers' checks: the analyzer starts them before it
    // builds the package inventories and hands their results to run().
    using LayerFindings = QList<std::vector<Finding>>;
    static QFuture<std::vector<Finding>> checkImageLayers(const Analysis &analysis, const RuleSet &rules);
    static void run(Analysis &analysis, const RuleSet &rules, LayerFindings layerFindings);
};

} // namespace dockscope
