#pragma once

#include "model/package.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

// A checksum a package database records for one of the package's files.
struct FileChecksum
{
    QString path;      // normalised, no leading '/'
    QString algorithm; // "md5" (dpkg md5sums), "sha1" (apk Q1)
    QString expected;  // lower-case hex
};

// What a database reader found about one package, beyond the model's Package: the checksums
// of its files and the configuration files it declares (legitimately edited by examiners' peers).
struct PackageRecord
{
    Package package;
    std::vector<FileChecksum> checksums;
    QStringList configFiles; // normalised paths
    QString checksumSource;  // the file the checksums come from, when not the database itself
    int checksumLayer = -1;  // the layer that wrote that file
};

} // namespace dockscope
