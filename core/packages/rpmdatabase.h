#pragma once

#include "packagerecord.h"
#include "util/diagnostic.h"

#include <QByteArray>

#include <optional>

namespace dockscope {

// rpm's package database. The SQLite form (rpmdb.sqlite, table Packages(hnum, blob)) is read;
// each blob is an rpm header without its magic (RpmHeader). A package's files come from
// BASENAMES, DIRNAMES and DIRINDEXES (directories left out, as FILEMODES says), the checksums
// of its regular files from FILEDIGESTS in the FILEDIGESTALGO algorithm (MD5 when absent);
// %ghost files are not checked, %config files are kept as configuration files, not checked.
// BerkeleyDB (Packages) and ndb (Packages.db) databases are recognised and reported, not read.
class RpmDatabase
{
public:
    static constexpr qint64 MaxDatabaseBytes = qint64(512) << 20;

    // One header blob; nullopt when it is malformed (bounds, types) or has no name or version.
    static std::optional<PackageRecord> parseHeader(const QByteArray &blob, const QString &osId,
                                                    const QString &distro);
    // The database's bytes (copied to a private temporary file, opened read-only).
    static std::vector<PackageRecord> parseSqlite(const QByteArray &database, const QString &osId,
                                                  const QString &distro, DiagnosticSink &diag);
};

} // namespace dockscope
