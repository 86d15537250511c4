#include "rpmdatabase.h"

#include "purl.h"
#include "rpmheader.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace dockscope {

namespace {

enum Tag : quint32 {
    TagName = 1000, TagVersion = 1001, TagRelease = 1002, TagEpoch = 1003, TagLicense = 1014,
    TagArch = 1022, TagFileModes = 1030, TagFileDigests = 1035, TagFileFlags = 1037,
    TagSourceRpm = 1044, TagDirIndexes = 1116, TagBasenames = 1117, TagDirNames = 1118,
    TagFileDigestAlgo = 5011,
};

// rpmfileAttrs and the PGPHASHALGO values rpm records in FILEDIGESTALGO.
constexpr quint32 FileConfig = 1, FileGhost = 64;
constexpr quint16 ModeTypeMask = 0170000, ModeDirectory = 0040000, ModeRegular = 0100000;

QString digestAlgorithm(quint32 algo)
{
    switch (algo) {
    case 1: return QStringLiteral("md5");
    case 2: return QStringLiteral("sha1");
    case 8: return QStringLiteral("sha256");
    case 9: return QStringLiteral("sha384");
    case 10: return QStringLiteral("sha512");
    case 11: return QStringLiteral("sha224");
    default: return {};
    }
}

// The package's files (not its directories) and the digests of its regular files, except
// %ghost files (not shipped) and %config files (meant to be edited).
void readFiles(const RpmHeader &h, PackageRecord &r)
{
    const QStringList basenames = h.strings(TagBasenames);
    const QStringList dirnames = h.strings(TagDirNames);
    const std::vector<quint32> dirIndexes = h.int32s(TagDirIndexes);
    if (basenames.isEmpty() || std::size_t(basenames.size()) != dirIndexes.size()) {
        return;
    }
    const QStringList digests = h.strings(TagFileDigests);
    const std::vector<quint16> modes = h.int16s(TagFileModes);
    const std::vector<quint32> flags = h.int32s(TagFileFlags);
    const QString algorithm = digestAlgorithm(h.int32(TagFileDigestAlgo).value_or(1));
    const bool perFile = digests.size() == basenames.size() && modes.size() == dirIndexes.size()
        && flags.size() == dirIndexes.size() && !algorithm.isEmpty();
    for (qsizetype i = 0; i < basenames.size(); ++i) {
        const std::size_t k = std::size_t(i);
        if (dirIndexes[k] >= std::size_t(dirnames.size())) {
            continue;
        }
        const QString path = packagePath(dirnames[qsizetype(dirIndexes[k])] + basenames[i]);
        const quint16 type = k < modes.size() ? quint16(modes[k] & ModeTypeMask) : 0;
        if (path.isEmpty() || type == ModeDirectory) {
            continue;
        }
        r.package.files << path;
        if (!perFile || type != ModeRegular || digests[i].isEmpty()) {
            continue;
        }
        if (flags[k] & FileConfig) {
            r.configFiles << path;
        } else if (!(flags[k] & FileGhost)) {
            r.checksums.push_back({path, algorithm, digests[i].toLower()});
        }
    }
}

// "bash-5.1.8-6.el9.src.rpm" → name "bash", version "5.1.8-6.el9".
std::pair<QString, QString> splitSourceRpm(QString s)
{
    if (s.endsWith(u".src.rpm")) {
        s.chop(8);
    } else if (s.endsWith(u".nosrc.rpm")) {
        s.chop(10);
    }
    const qsizetype release = s.lastIndexOf(u'-');
    const qsizetype version = release > 0 ? s.lastIndexOf(u'-', release - 1) : -1;
    if (version <= 0) {
        return {s, {}};
    }
    return {s.left(version), s.mid(version + 1)};
}

} // namespace

std::optional<PackageRecord> RpmDatabase::parseHeader(const QByteArray &blob, const QString &osId,
                                                      const QString &distro)
{
    const std::optional<RpmHeader> header = RpmHeader::parse(blob);
    if (!header) {
        return std::nullopt;
    }
    const RpmHeader &h = *header;
    const std::optional<quint32> epoch = h.int32(TagEpoch);
    PackageRecord r;
    Package &p = r.package;
    p.ecosystem = QStringLiteral("rpm");
    p.name = h.string(TagName);
    const QString version = h.string(TagVersion);
    const QString release = h.string(TagRelease);
    if (p.name.isEmpty() || version.isEmpty()) {
        return std::nullopt;
    }
    p.version = release.isEmpty() ? version : version + u'-' + release;
    if (epoch && *epoch != 0) {
        p.version = QString::number(*epoch) + u':' + p.version;
    }
    p.architecture = h.string(TagArch);
    p.license = h.string(TagLicense);
    std::tie(p.sourceName, p.sourceVersion) = splitSourceRpm(h.string(TagSourceRpm));
    std::vector<std::pair<QString, QString>> q{{QStringLiteral("arch"), p.architecture},
                                              {QStringLiteral("distro"), distro}};
    if (epoch && *epoch != 0) {
        q.emplace_back(QStringLiteral("epoch"), QString::number(*epoch));
    }
    p.purl = Purl::make(QStringLiteral("rpm"), osId, p.name,
                        release.isEmpty() ? version : version + u'-' + release, std::move(q));
    readFiles(h, r);
    return r;
}

std::vector<PackageRecord> RpmDatabase::parseSqlite(const QByteArray &database, const QString &osId,
                                                    const QString &distro, DiagnosticSink &diag)
{
    std::vector<PackageRecord> out;
    QTemporaryDir dir;
    QFile copy(dir.filePath(QStringLiteral("rpmdb.sqlite")));
    if (!dir.isValid() || !copy.open(QIODevice::WriteOnly) || copy.write(database) != database.size()) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "cannot make a private copy of the rpm database: %1"),
                     {copy.errorString()});
        return out;
    }
    copy.close();
    static QAtomicInt serial;
    const QString connection = QStringLiteral("dockscope-rpmdb-%1").arg(serial.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy.fileName());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "the rpm database cannot be opened: %1"),
                         {db.lastError().text()});
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT hnum, blob FROM Packages ORDER BY hnum"))) {
                diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "the rpm database has no readable Packages table: %1"),
                             {query.lastError().text()});
            }
            int bad = 0;
            while (query.next()) {
                if (auto r = parseHeader(query.value(1).toByteArray(), osId, distro)) {
                    out.push_back(std::move(*r));
                } else {
                    ++bad;
                }
            }
            if (bad > 0) {
                diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "%1 malformed package headers in the rpm database were skipped"),
                             {QString::number(bad)});
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

} // namespace dockscope
