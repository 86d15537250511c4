#pragma once

#include "model/package.h"

#include <atomic>
#include <set>
#include <string>

namespace dockscope {

struct Image;

// Builds an image's package inventory from its stacked file system: reads the package
// databases and manifests (each layer's copy of a database, so that every package version is
// attributed to the lowest layer whose copy already lists it), the OS from os-release, and
// verifies package files against the checksums the databases record where a later layer wrote
// them (or every file, with verifyAllFiles). Only the few files needed are read, one walk per
// layer. Safe to call from worker threads.
class InventoryBuilder
{
public:
    struct Options
    {
        const std::atomic_bool *cancel = nullptr;
        bool verifyAllFiles = false;   // hash every checksummed package file, not only rewritten ones
        qint64 maxDatabaseBytes = qint64(128) << 20;
        // Go binaries and Java archives read up to this (each dropped once looked at); the Go build
        // info sits at the start of the data segment, near the end of the file.
        qint64 maxBinaryBytes = qint64(256) << 20;
        qint64 maxVerifyBytes = qint64(64) << 20;  // package files hashed up to this size
        // Paths verified whatever layer wrote them: a container's changes read from its export.
        std::set<std::string> alsoVerify;
    };

    static PackageInventory build(const Image &image, const Options &options);
};

} // namespace dockscope
