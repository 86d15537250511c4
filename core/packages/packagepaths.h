#pragma once

#include "model/layerentry.h"

#include <optional>
#include <string_view>

namespace dockscope {

// The files the package readers look at, told apart by their path in the stacked file system
// (and, for executables, by what the layer scan found out about their content).
enum class PackageFile {
    OsRelease, UsrOsRelease, DpkgStatus, DpkgStatusD, DpkgList, DpkgMd5sums, DpkgDiversions, ApkInstalled,
    RpmSqlite, RpmBerkeley, RpmNdb, Python, Npm, Java, GoElf,
};

class PackagePaths
{
public:
    static std::optional<PackageFile> classify(std::string_view path, const LayerEntry &entry);
    // A database whose every layer's copy is read, for layer attribution.
    static bool isDatabase(PackageFile kind);
};

} // namespace dockscope
