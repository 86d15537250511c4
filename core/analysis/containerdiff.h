#pragma once

#include "model/container.h"
#include "model/filetree.h"

#include <vector>

namespace dockscope {

// A container's changes in `docker diff` form, computed the way the daemon's "naive" diff does
// (pkg/archive ChangesDirs): the file system after the read-write layer against the one below
// it, entry by entry. A changed entry differs in type, mode, owner or device, or — for
// non-directories — in modification time or size, or in its file capabilities; an added
// directory lists everything below it as added; a deleted directory is one D; every directory
// with a change below it is C, up to but not including "/".
class ContainerDiff
{
public:
    // `layer` is the read-write layer's index in the tree.
    static std::vector<Change> naive(const FileTree &tree, int layer);
};

} // namespace dockscope
