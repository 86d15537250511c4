#pragma once

#include "model/filetree.h"

#include <string>

namespace dockscope {

// Finds a path in a stacked file system the way the kernel would: symbolic links in its parent
// directories are followed (usr-merged images list "bin/sh" where bin -> usr/bin), inside the
// root only. The final component is not followed.
class PathResolver
{
public:
    static std::uint32_t find(const FileTree &tree, const std::string &path);
};

} // namespace dockscope
