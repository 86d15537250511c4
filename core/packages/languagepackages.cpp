#include "languagepackages.h"

#include "purl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <archive.h>
#include <archive_entry.h>

namespace dockscope {

namespace {

constexpr qint64 MaxNestedJarBytes = qint64(64) << 20;
constexpr qint64 MaxPomBytes = 64 << 10;

// "ABC" headers of an RFC 822-style block, up to the first blank line.
QString header(const QByteArray &text, const QByteArray &key)
{
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty()) {
            break;
        }
        if (line.size() > key.size() && line.startsWith(key) && line[key.size()] == ':') {
            return QString::fromUtf8(line.mid(key.size() + 1).trimmed());
        }
    }
    return {};
}

// Reads an unsigned LEB128 varint at pos; false when it runs off the end.
bool varint(const QByteArray &d, qsizetype &pos, quint64 &value)
{
    value = 0;
    for (int shift = 0; shift < 64 && pos < d.size(); shift += 7) {
        const auto b = quint8(d[pos++]);
        value |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            return true;
        }
    }
    return false;
}

Package goPackage(const QString &path, const QString &version)
{
    Package p;
    p.ecosystem = QStringLiteral("golang");
    p.name = path;
    p.version = version;
    const qsizetype slash = path.lastIndexOf(u'/');
    p.purl = Purl::make(QStringLiteral("golang"), slash > 0 ? path.left(slash) : QString(),
                        slash > 0 ? path.mid(slash + 1) : path, version);
    return p;
}

} // namespace

std::vector<Package> LanguagePackages::python(const QByteArray &metadata)
{
    Package p;
    p.ecosystem = QStringLiteral("pypi");
    p.name = header(metadata, "Name");
    p.version = header(metadata, "Version");
    p.license = header(metadata, "License");
    if (p.license.isEmpty() || p.license == u"UNKNOWN") {
        p.license = header(metadata, "License-Expression");
    }
    if (p.name.isEmpty() || p.version.isEmpty()) {
        return {};
    }
    // PEP 503 normalised name, as the purl spec asks for pypi.
    QString normal = p.name.toLower();
    normal.replace(u'_', u'-').replace(u'.', u'-');
    p.purl = Purl::make(QStringLiteral("pypi"), {}, normal, p.version);
    return {p};
}

std::vector<Package> LanguagePackages::npm(const QByteArray &packageJson)
{
    const QJsonObject o = QJsonDocument::fromJson(packageJson).object();
    Package p;
    p.ecosystem = QStringLiteral("npm");
    p.name = o.value(u"name").toString();
    p.version = o.value(u"version").toString();
    const QJsonValue license = o.value(u"license");
    p.license = license.isObject() ? license.toObject().value(u"type").toString() : license.toString();
    if (p.name.isEmpty() || p.version.isEmpty()) {
        return {};
    }
    QString scope;
    QString name = p.name;
    if (name.startsWith(u'@') && name.contains(u'/')) {
        scope = name.section(u'/', 0, 0);
        name = name.section(u'/', 1);
    }
    // The namespace keeps its '@' percent-encoded: pkg:npm/%40scope/name@1.0.0.
    p.purl = Purl::make(QStringLiteral("npm"), scope, name, p.version);
    return {p};
}

std::vector<Package> LanguagePackages::goBinary(const QByteArray &elf, bool complete, DiagnosticSink &diag)
{
    static const QByteArray magic("\xff Go buildinf:", 14);
    qsizetype at = -1;
    for (qsizetype from = 0; (from = elf.indexOf(magic, from)) >= 0; ++from) {
        if (from % 16 == 0) {
            at = from;
            break;
        }
    }
    if (at < 0) {
        Q_UNUSED(complete);
        return {};
    }
    if (at + 32 > elf.size()) {
        diag.info(QT_TRANSLATE_NOOP("Diagnostic", "Go build info header cut off"));
        return {};
    }
    const auto flags = quint8(elf[at + 15]);
    if (!(flags & 2)) {
        diag.info(QT_TRANSLATE_NOOP("Diagnostic", "Go build info in the format before Go 1.18 (pointers) is not read"));
        return {};
    }
    qsizetype pos = at + 32;
    quint64 len = 0;
    if (!varint(elf, pos, len) || pos + qint64(len) > elf.size()) {
        return {};
    }
    const QString goVersion = QString::fromUtf8(elf.mid(pos, qsizetype(len)));
    pos += qsizetype(len);
    if (!varint(elf, pos, len) || pos + qint64(len) > elf.size()) {
        return {};
    }
    QByteArray info = elf.mid(pos, qsizetype(len));
    if (info.size() >= 33 && info[info.size() - 17] == '\n') {
        info = info.mid(16, info.size() - 32); // the sentinels around the module info
    }
    std::vector<Package> out;
    for (const QByteArray &line : info.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() >= 3 && (f[0] == "mod" || f[0] == "dep")) {
            out.push_back(goPackage(QString::fromUtf8(f[1]), QString::fromUtf8(f[2])));
        } else if (f.size() >= 4 && f[0] == "=>" && !out.empty()) {
            out.back() = goPackage(QString::fromUtf8(f[1]), QString::fromUtf8(f[2]));
        }
    }
    if (!goVersion.isEmpty()) {
        Package stdlib = goPackage(QStringLiteral("stdlib"), goVersion.startsWith(u"go") ? goVersion.mid(2) : goVersion);
        out.push_back(std::move(stdlib));
    }
    return out;
}

std::vector<Package> LanguagePackages::javaArchive(const QByteArray &zip, DiagnosticSink &diag, int depth)
{
    std::vector<Package> out;
    struct archive *a = archive_read_new();
    archive_read_support_format_zip(a);
    if (archive_read_open_memory(a, zip.constData(), size_t(zip.size())) != ARCHIVE_OK) {
        diag.info(QT_TRANSLATE_NOOP("Diagnostic", "not a readable Java archive: %1"),
                  {QString::fromUtf8(archive_error_string(a))});
        archive_read_free(a);
        return out;
    }
    struct archive_entry *e = nullptr;
    int rc = ARCHIVE_OK;
    while ((rc = archive_read_next_header(a, &e)) == ARCHIVE_OK || rc == ARCHIVE_WARN) {
        const char *raw = archive_entry_pathname(e);
        const QString name = raw ? QString::fromUtf8(raw) : QString();
        const qint64 size = archive_entry_size_is_set(e) ? archive_entry_size(e) : -1;
        const bool pom = name.startsWith(u"META-INF/maven/") && name.endsWith(u"/pom.properties");
        const bool nested = depth == 0 && (name.endsWith(u".jar") || name.endsWith(u".war"));
        if (!pom && !nested) {
            continue;
        }
        const qint64 limit = pom ? MaxPomBytes : MaxNestedJarBytes;
        if (size > limit) {
            diag.info(QT_TRANSLATE_NOOP("Diagnostic", "%1 inside the archive is larger than %2 bytes: not read"),
                      {name, QString::number(limit)});
            continue;
        }
        QByteArray data;
        char buffer[65536];
        for (la_ssize_t n; (n = archive_read_data(a, buffer, sizeof buffer)) > 0;) {
            data.append(buffer, n);
            if (data.size() > limit) {
                break;
            }
        }
        if (nested) {
            for (Package &p : javaArchive(data, diag, depth + 1)) {
                p.location = name;
                out.push_back(std::move(p));
            }
            continue;
        }
        QString group, artifact, version;
        for (const QByteArray &line : data.split('\n')) {
            const QByteArray l = line.trimmed();
            const qsizetype eq = l.indexOf('=');
            if (l.startsWith('#') || eq <= 0) {
                continue;
            }
            const QByteArray key = l.left(eq).trimmed();
            const QString value = QString::fromUtf8(l.mid(eq + 1).trimmed());
            if (key == "groupId") {
                group = value;
            } else if (key == "artifactId") {
                artifact = value;
            } else if (key == "version") {
                version = value;
            }
        }
        if (artifact.isEmpty() || version.isEmpty()) {
            continue;
        }
        Package p;
        p.ecosystem = QStringLiteral("maven");
        p.name = group.isEmpty() ? artifact : group + u':' + artifact;
        p.version = version;
        p.sourceName = group;
        p.purl = Purl::make(QStringLiteral("maven"), group, artifact, version);
        out.push_back(std::move(p));
    }
    if (rc == ARCHIVE_FATAL) {
        diag.info(QT_TRANSLATE_NOOP("Diagnostic", "damaged Java archive: %1"),
                  {QString::fromUtf8(archive_error_string(a))});
    }
    archive_read_free(a);
    return out;
}

} // namespace dockscope
