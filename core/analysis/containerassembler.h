#pragma once

#include "analysis/evidenceopener.h"
#include "model/analysis.h"

#include <vector>

namespace dockscope {

// Turns what the evidence says about containers into Analysis::containers: a data root's
// containers get their file system as layers (the image's layers, the init layer, the
// read-write layer on top — an Image of kind "container" the layer views can show) and their
// exact `docker diff`; `docker inspect` output, logs, `docker diff` text and `docker export`
// tarballs given separately are tied to their container by id (or to the only container).
class ContainerAssembler
{
public:
    // `firstImage`: index in analysis.images of the data root's first image.
    static void addDataRoot(Analysis &analysis, const OpenedEvidence &evidence,
                            const DataRootContent &root, std::size_t firstImage,
                            const LayerScanner::Options &options);
    // Containers from inspect output, then ties logs, diff text and exports to containers.
    static void tie(Analysis &analysis, const std::vector<OpenedEvidence> &opened);
    // Container lifecycle times and log lines as timeline events, sorted.
    static void addToTimeline(Analysis &analysis);
    // Selects containers by id prefix or name; an unknown or ambiguous prefix is an error.
    static void select(Analysis &analysis, const QString &prefix);
};

} // namespace dockscope
