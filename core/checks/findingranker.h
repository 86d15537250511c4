#pragma once

#include "model/finding.h"

#include <vector>

namespace dockscope {

// Turns the raw findings of every check into the list the examiner reads: one finding per rule
// and place (several matchers of one rule on one file are merged), correlations between an
// exposure and the evidence that it was used (both are linked, the weaker raised), ranked by
// severity with the container's own changes before the image, and stable ids F0001, F0002, …
class FindingRanker
{
public:
    static std::vector<Finding> rank(std::vector<Finding> findings);
};

} // namespace dockscope
