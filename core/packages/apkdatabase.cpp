#include "apkdatabase.h"

#include "purl.h"

#include <QList>

namespace dockscope {

QString ApkDatabase::checksumHex(const QByteArray &z, QString *algorithm)
{
    if (z.startsWith("Q1")) {
        const QByteArray raw = QByteArray::fromBase64(z.mid(2));
        if (raw.size() == 20) {
            *algorithm = QStringLiteral("sha1");
            return QString::fromLatin1(raw.toHex());
        }
        return {};
    }
    if (z.size() == 32) {
        *algorithm = QStringLiteral("md5");
        return QString::fromLatin1(z.toLower());
    }
    return {};
}

std::vector<PackageRecord> ApkDatabase::parse(const QByteArray &text, const QString &osId,
                                              const QString &distro)
{
    std::vector<PackageRecord> out;
    PackageRecord r;
    QString folder;
    QString lastFile;
    auto flush = [&] {
        Package &p = r.package;
        if (!p.name.isEmpty() && !p.version.isEmpty()) {
            p.ecosystem = QStringLiteral("apk");
            if (p.sourceName.isEmpty()) {
                p.sourceName = p.name;
            }
            p.sourceVersion = p.version;
            p.purl = Purl::make(QStringLiteral("apk"), osId.isEmpty() ? QStringLiteral("alpine") : osId,
                                p.name, p.version,
                                {{QStringLiteral("arch"), p.architecture}, {QStringLiteral("distro"), distro}});
            out.push_back(std::move(r));
        }
        r = PackageRecord{};
        folder.clear();
        lastFile.clear();
    };
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (line.size() < 2 || line[1] != ':') {
            continue;
        }
        const QString value = QString::fromUtf8(line.mid(2));
        Package &p = r.package;
        switch (line[0]) {
        case 'P': p.name = value; break;
        case 'V': p.version = value; break;
        case 'A': p.architecture = value; break;
        case 'L': p.license = value; break;
        case 'o': p.sourceName = value; break;
        case 'F': folder = value; break;
        case 'R':
            lastFile = folder.isEmpty() ? value : folder + u'/' + value;
            p.files << lastFile;
            break;
        case 'Z':
            if (!lastFile.isEmpty()) {
                QString algorithm;
                const QString hex = checksumHex(line.mid(2), &algorithm);
                if (!hex.isEmpty()) {
                    r.checksums.push_back({lastFile, algorithm, hex});
                }
                lastFile.clear();
            }
            break;
        default: break;
        }
    }
    flush();
    return out;
}

} // namespace dockscope
