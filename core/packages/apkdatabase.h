#pragma once

#include "packagerecord.h"

#include <QByteArray>

namespace dockscope {

// apk's lib/apk/db/installed: records of "X:value" lines separated by blank lines
// (P name, V version, A arch, L license, o origin, F folder, R file, Z checksum of that file).
class ApkDatabase
{
public:
    static std::vector<PackageRecord> parse(const QByteArray &text, const QString &osId,
                                            const QString &distro);
    // "Q1" + base64 SHA-1 → lower-case hex; empty for other forms (MD5 hex is passed through).
    static QString checksumHex(const QByteArray &z, QString *algorithm);
};

} // namespace dockscope
