#pragma once

#include "packagerecord.h"

#include <QByteArray>

#include <map>
#include <utility>

namespace dockscope {

// dpkg's database: the status file (deb-control paragraphs, also one per file in the status.d
// folder of distroless images) and the per-package lists in var/lib/dpkg/info.
class DpkgDatabase
{
public:
    // Only packages whose Status says "installed"; Source: with an optional "(version)".
    // Conffiles are kept as configFiles. Purls use distro (e.g. "debian-12").
    static std::vector<PackageRecord> parseStatus(const QByteArray &text, const QString &osId,
                                                  const QString &distro);
    // "<md5>  <path>" lines of info/<package>.md5sums.
    static std::vector<FileChecksum> parseMd5sums(const QByteArray &text);
    // var/lib/dpkg/diversions: lines in threes (from, to, diverting package; ":" for a local one).
    static std::map<QString, std::pair<QString, QString>> parseDiversions(const QByteArray &text);
    // info/<package>.list: one absolute path a line.
    static QStringList parseList(const QByteArray &text);
};

} // namespace dockscope
