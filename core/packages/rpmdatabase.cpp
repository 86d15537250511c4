#include "rpmdatabase.h"

#include "purl.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <map>

namespace dockscope {

namespace {

enum Tag : quint32 {
    TagName = 1000, TagVersion = 1001, TagRelease = 1002, TagEpoch = 1003, TagLicense = 1014,
    TagArch = 1022, TagSourceRpm = 1044,
};
enum Type : quint32 { TypeInt32 = 4, TypeString = 6, TypeStringArray = 8, TypeI18nString = 9 };

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
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
    if (blob.size() < 8) {
        return std::nullopt;
    }
    const quint32 il = be32(blob.constData());
    const quint32 dl = be32(blob.constData() + 4);
    const qint64 dataStart = 8 + qint64(il) * 16;
    if (il == 0 || il > 0x10000 || dl > 0x10000000 || dataStart + qint64(dl) > blob.size()) {
        return std::nullopt;
    }
    const char *data = blob.constData() + dataStart;
    std::map<quint32, QString> strings;
    std::optional<quint32> epoch;
    for (quint32 i = 0; i < il; ++i) {
        const char *e = blob.constData() + 8 + qint64(i) * 16;
        const quint32 tag = be32(e), type = be32(e + 4), offset = be32(e + 8), count = be32(e + 12);
        if (offset >= dl) {
            continue;
        }
        if (tag == TagEpoch && type == TypeInt32 && count >= 1 && qint64(offset) + 4 <= qint64(dl)) {
            epoch = be32(data + offset);
        } else if (type == TypeString || type == TypeI18nString || type == TypeStringArray) {
            const char *s = data + offset;
            const qsizetype max = qsizetype(dl - offset);
            const qsizetype len = qstrnlen(s, size_t(max));
            if (len >= max) {
                return std::nullopt; // not terminated inside the data store
            }
            strings[tag] = QString::fromUtf8(s, len);
        }
    }
    PackageRecord r;
    Package &p = r.package;
    p.ecosystem = QStringLiteral("rpm");
    p.name = strings[TagName];
    const QString version = strings[TagVersion];
    const QString release = strings[TagRelease];
    if (p.name.isEmpty() || version.isEmpty()) {
        return std::nullopt;
    }
    p.version = release.isEmpty() ? version : version + u'-' + release;
    if (epoch && *epoch != 0) {
        p.version = QString::number(*epoch) + u':' + p.version;
    }
    p.architecture = strings[TagArch];
    p.license = strings[TagLicense];
    std::tie(p.sourceName, p.sourceVersion) = splitSourceRpm(strings[TagSourceRpm]);
    std::vector<std::pair<QString, QString>> q{{QStringLiteral("arch"), p.architecture},
                                              {QStringLiteral("distro"), distro}};
    if (epoch && *epoch != 0) {
        q.emplace_back(QStringLiteral("epoch"), QString::number(*epoch));
    }
    p.purl = Purl::make(QStringLiteral("rpm"), osId, p.name,
                        release.isEmpty() ? version : version + u'-' + release, std::move(q));
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
