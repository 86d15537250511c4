#include "dpkgdatabase.h"

#include "purl.h"

#include <QList>
#include <QMap>

namespace dockscope {

namespace {

// Fields of one paragraph; continuation lines are joined with '\n'.
QMap<QByteArray, QByteArray> fieldsOf(const QList<QByteArray> &lines)
{
    QMap<QByteArray, QByteArray> fields;
    QByteArray current;
    for (const QByteArray &line : lines) {
        if ((line.startsWith(' ') || line.startsWith('\t')) && !current.isEmpty()) {
            fields[current] += '\n' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        current = line.left(colon).trimmed().toLower();
        fields[current] = line.mid(colon + 1).trimmed();
    }
    return fields;
}

} // namespace

std::vector<PackageRecord> DpkgDatabase::parseStatus(const QByteArray &text, const QString &osId,
                                                     const QString &distro)
{
    std::vector<PackageRecord> out;
    QList<QByteArray> paragraph;
    auto flush = [&] {
        const QMap<QByteArray, QByteArray> f = fieldsOf(paragraph);
        paragraph.clear();
        const QList<QByteArray> status = f.value("status").simplified().split(' ');
        const QString name = QString::fromUtf8(f.value("package"));
        const QString version = QString::fromUtf8(f.value("version"));
        if (name.isEmpty() || version.isEmpty()) {
            return;
        }
        // Distroless status.d files carry no Status field: everything listed is installed.
        if (f.contains("status") && (status.size() < 3 || status.at(2) != "installed")) {
            return;
        }
        PackageRecord r;
        Package &p = r.package;
        p.ecosystem = QStringLiteral("deb");
        p.name = name;
        p.version = version;
        p.architecture = QString::fromUtf8(f.value("architecture"));
        const QString source = QString::fromUtf8(f.value("source")).simplified();
        if (!source.isEmpty()) {
            const qsizetype paren = source.indexOf(u'(');
            p.sourceName = (paren >= 0 ? source.left(paren) : source).trimmed();
            if (paren >= 0) {
                p.sourceVersion = source.mid(paren + 1).chopped(source.endsWith(u')') ? 1 : 0).trimmed();
            }
        }
        if (p.sourceName.isEmpty()) {
            p.sourceName = p.name;
        }
        if (p.sourceVersion.isEmpty()) {
            p.sourceVersion = p.version;
        }
        std::vector<std::pair<QString, QString>> q{{QStringLiteral("arch"), p.architecture},
                                                  {QStringLiteral("distro"), distro}};
        p.purl = Purl::make(QStringLiteral("deb"), osId.isEmpty() ? QStringLiteral("debian") : osId,
                            p.name, p.version, std::move(q));
        for (const QByteArray &line : f.value("conffiles").split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (!parts.isEmpty() && parts.front().startsWith('/')) {
                r.configFiles << packagePath(QString::fromUtf8(parts.front()));
            }
        }
        out.push_back(std::move(r));
    };
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l.trimmed().isEmpty()) {
            if (!paragraph.isEmpty()) {
                flush();
            }
            continue;
        }
        paragraph << l;
    }
    if (!paragraph.isEmpty()) {
        flush();
    }
    return out;
}

std::vector<FileChecksum> DpkgDatabase::parseMd5sums(const QByteArray &text)
{
    std::vector<FileChecksum> out;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        if (space != 32) {
            continue;
        }
        const QString path = packagePath(QString::fromUtf8(line.mid(space).trimmed()));
        if (!path.isEmpty()) {
            out.push_back({path, QStringLiteral("md5"), QString::fromLatin1(line.left(32)).toLower()});
        }
    }
    return out;
}

std::map<QString, std::pair<QString, QString>> DpkgDatabase::parseDiversions(const QByteArray &text)
{
    std::map<QString, std::pair<QString, QString>> out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i + 2 < lines.size(); i += 3) {
        out[packagePath(QString::fromUtf8(lines[i].trimmed()))]
            = {packagePath(QString::fromUtf8(lines[i + 1].trimmed())), QString::fromUtf8(lines[i + 2].trimmed())};
    }
    return out;
}

QStringList DpkgDatabase::parseList(const QByteArray &text)
{
    QStringList out;
    for (const QByteArray &line : text.split('\n')) {
        const QString path = packagePath(QString::fromUtf8(line.trimmed()));
        if (!path.isEmpty() && path != QLatin1String(".")) {
            out << path;
        }
    }
    return out;
}

} // namespace dockscope
