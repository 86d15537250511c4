#pragma once

#include "util/diagnostic.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

// The operating system an image declares in etc/os-release (or usr/lib/os-release).
struct OperatingSystem
{
    QString id;          // "debian", "alpine", … (ID=)
    QString versionId;   // "12", "3.11.6" (VERSION_ID=)
    QString prettyName;  // PRETTY_NAME=
    QString path;        // the file it was read from, "etc/os-release"
    int layerIndex = -1; // the layer that last wrote that file
};

// One installed package (or library) found in the stacked file system.
struct Package
{
    QString ecosystem;     // "deb", "apk", "rpm", "pypi", "npm", "golang", "maven"
    QString name;
    QString version;       // exactly as the database writes it ("1:2.36-9+deb12u4", "1.31.1-r9")
    QString sourceName;    // the source package, when the database names one
    QString sourceVersion;
    QString architecture;
    QString license;
    QString purl;          // package URL (purl spec), e.g. "pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64"
    QString location;      // the database or manifest it was read from: "var/lib/dpkg/status"
    int layerIndex = -1;   // the layer that brought this package (version), -1: container changes
    QString layerDiffId;   // that layer's diff id
    QStringList files;     // files the package owns, when the database lists them
};

// A known vulnerability matched to one package, with its source (OSV folder, Trivy, Grype).
struct Vulnerability
{
    QString id;               // "CVE-2023-1234", "GHSA-…", "DSA-…"
    QStringList aliases;
    QString ecosystem;
    QString packageName;
    QString installedVersion;
    QString fixedVersion;     // empty when no fix is known
    QString severity;         // critical | high | medium | low | unknown
    QString title;
    QString source;           // "osv:<file>", "trivy:<file>", "grype:<file>"
    QString evidence;         // the evidence item of that image
    QString image;            // image id it concerns
    int layerIndex = -1;
    QString layerDiffId;
};

// A file whose content does not match the checksum its package database records (FS-08).
struct AlteredFile
{
    QString ecosystem;   // "deb" (md5sums), "apk" (Z: checksums), "rpm" (FILEDIGESTS)
    QString package;
    QString version;
    QString path;        // "usr/bin/x"
    QString algorithm;   // "md5", "sha1", "sha256", …
    QString expected;    // hex, as the database records it
    QString actual;      // hex, of the content found
    QString sha256;      // of the content found
    QString database;    // the file that records the checksum: "var/lib/dpkg/info/x.md5sums"
    int layerIndex = -1; // the layer that wrote the altered version
    QString layerDiffId;
    int packageLayer = -1; // the layer that brought the package
    bool configFile = false; // a configuration file the package lets the administrator edit
};

struct PackageInventory
{
    OperatingSystem os;
    std::vector<Package> packages; // sorted by ecosystem, name, version, location
    std::vector<AlteredFile> alteredFiles; // sorted by path
    int verifiedFiles = 0;         // package files whose content was hashed against the database
    Diagnostics diagnostics;       // databases that could not be read, BerkeleyDB rpmdb, …
};

} // namespace dockscope
