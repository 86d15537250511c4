#pragma once

#include "model/package.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

// A path as package databases write it ("/usr/bin/x") in the inventory's form: no leading '/'.
inline QString packagePath(QString path)
{
    while (path.startsWith(u'/')) {
        path.remove(0, 1);
    }
    return path;
}

// A checksum a package database records for one of the package's files.
struct FileChecksum
{
    QString path;      // normalised, no leading '/'
    QString algorithm; // "md5" (dpkg md5sums, old rpm), "sha1" (apk Q1), "sha256" (rpm), "sha224/384/512"
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
