#pragma once

#include "checks/fileset.h"
#include "model/analysis.h"

#include <vector>

namespace dockscope {

// The one timeline of an analysis, in the shape plaso and Timesketch use (datetime,
// timestamp_desc, source, message): image creation and build history, the container's lifecycle
// and log lines (ContainerAssembler adds those), the modification times of the container's
// changed files, and findings with a time. The modification times of every file of every image
// layer are many; they are made on demand (imageFileEvents) for the timeline export.
class TimelineBuilder
{
public:
    static void addAnalysisEvents(Analysis &analysis, const std::vector<FileSet> &containerChanges);
    static std::vector<TimelineEvent> imageFileEvents(const Analysis &analysis);
    // Sorted by time, then source and message, so the same evidence gives the same order.
    static void sort(std::vector<TimelineEvent> &events);
};

} // namespace dockscope
