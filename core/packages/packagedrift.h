#pragma once

#include "model/package.h"

#include <vector>

namespace dockscope {

// A package that a container's file system has in another version than its image (FS-15).
struct PackageChange
{
    enum class Kind { Installed, Removed, Upgraded };
    Kind kind = Kind::Installed;
    QString ecosystem;
    QString name;
    QString before;   // version in the image, empty when installed
    QString after;    // version in the container, empty when removed
    QString location; // the database or manifest that shows it

    QString text() const; // "installed curl 7.88.1-10", "upgraded libc6 2.36-9 -> 2.36-9+deb12u4"
};

class PackageDrift
{
public:
    // Sorted by location, then name.
    static std::vector<PackageChange> compare(const PackageInventory &image, const PackageInventory &container);
};

} // namespace dockscope
