#pragma once

#include "model/container.h"
#include "model/filetree.h"

#include <vector>

namespace dockscope {

// Estimates a container's changes from its `docker export` and the image it was started from:
// a path only in the export is A, only in the image D (the topmost one), in both but with a
// different type, size, mode, owner, link target or content C, and every directory above a
// change C, like `docker diff`. The files Docker writes into every container (its init layer:
// /.dockerenv, /etc/hosts, /etc/hostname, /etc/resolv.conf, /etc/mtab, /dev, /proc, /sys) are
// left out as docker diff leaves them out. Changes that only touched a modification time are
// not seen: the result is an estimate.
class ExportDiff
{
public:
    static std::vector<Change> estimate(const FileTree &image, const FileTree &exported);
};

} // namespace dockscope
