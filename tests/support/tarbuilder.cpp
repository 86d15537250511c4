#include "tarbuilder.h"

#include "util/digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <stdexcept>

namespace dockscope::test {

TarBuilder::TarBuilder(Format format)
    : m_format(format)
{
}

TarBuilder &TarBuilder::file(const std::string &path, const QByteArray &content, std::uint32_t mode,
                             std::uint32_t uid, std::uint32_t gid, std::int64_t mtime)
{
    Entry e;
    e.path = path;
    e.content = content;
    e.type = AE_IFREG;
    e.mode = mode;
    e.uid = uid;
    e.gid = gid;
    e.mtime = mtime;
    e.xattrs = std::exchange(m_pendingXattrs, {});
    m_entries.push_back(std::move(e));
    return *this;
}

TarBuilder &TarBuilder::dir(const std::string &path, std::uint32_t mode, std::uint32_t uid,
                            std::uint32_t gid)
{
    Entry e;
    e.path = path;
    e.type = AE_IFDIR;
    e.mode = mode;
    e.uid = uid;
    e.gid = gid;
    e.xattrs = std::exchange(m_pendingXattrs, {});
    m_entries.push_back(std::move(e));
    return *this;
}

TarBuilder &TarBuilder::symlink(const std::string &path, const std::string &target)
{
    Entry e;
    e.path = path;
    e.link = target;
    e.type = AE_IFLNK;
    e.mode = 0777;
    m_entries.push_back(std::move(e));
    return *this;
}

TarBuilder &TarBuilder::hardlink(const std::string &path, const std::string &target)
{
    Entry e;
    e.path = path;
    e.link = target;
    e.type = AE_IFREG;
    e.mode = 0644;
    e.hardlink = true;
    m_entries.push_back(std::move(e));
    return *this;
}

TarBuilder &TarBuilder::charDevice(const std::string &path, std::uint32_t major, std::uint32_t minor)
{
    Entry e;
    e.path = path;
    e.type = AE_IFCHR;
    e.mode = 0;
    e.major = major;
    e.minor = minor;
    m_entries.push_back(std::move(e));
    return *this;
}

TarBuilder &TarBuilder::fifo(const std::string &path)
{
    Entry e;
    e.path = path;
    e.type = AE_IFIFO;
    e.mode = 0644;
    m_entries.push_back(std::move(e));
    return *this;
}

TarBuilder &TarBuilder::whiteout(const std::string &path)
{
    const auto slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
    return file(dir + ".wh." + base, {}, 0644);
}

TarBuilder &TarBuilder::opaque(const std::string &dirPath)
{
    return file(dirPath + "/.wh..wh..opq", {}, 0644);
}

TarBuilder &TarBuilder::xattr(const std::string &name, const QByteArray &value)
{
    m_pendingXattrs.emplace_back(name, value);
    return *this;
}

namespace {
la_ssize_t appendCallback(struct archive *, void *out, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(out)->append(static_cast<const char *>(buffer), qsizetype(length));
    return la_ssize_t(length);
}
} // namespace

QByteArray TarBuilder::bytes() const
{
    QByteArray out;
    struct archive *a = archive_write_new();
    switch (m_format) {
    case Format::Pax:
        archive_write_set_format_pax_restricted(a);
        break;
    case Format::Gnu:
        archive_write_set_format_gnutar(a);
        break;
    case Format::Ustar:
        archive_write_set_format_ustar(a);
        break;
    }
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open(a, &out, nullptr, appendCallback, nullptr);
    for (const Entry &e : m_entries) {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.path.c_str());
        archive_entry_set_filetype(entry, e.type);
        archive_entry_set_perm(entry, e.mode);
        archive_entry_set_uid(entry, e.uid);
        archive_entry_set_gid(entry, e.gid);
        archive_entry_set_mtime(entry, e.mtime, 0);
        if (e.type == AE_IFLNK) {
            archive_entry_set_symlink(entry, e.link.c_str());
        }
        if (e.hardlink) {
            archive_entry_set_hardlink(entry, e.link.c_str());
            archive_entry_set_size(entry, 0);
        } else if (e.type == AE_IFREG) {
            archive_entry_set_size(entry, e.content.size());
        }
        if (e.type == AE_IFCHR) {
            archive_entry_set_rdevmajor(entry, e.major);
            archive_entry_set_rdevminor(entry, e.minor);
        }
        for (const auto &[k, v] : e.xattrs) {
            archive_entry_xattr_add_entry(entry, k.c_str(), v.constData(), size_t(v.size()));
        }
        if (archive_write_header(a, entry) != ARCHIVE_OK) {
            throw std::runtime_error(archive_error_string(a));
        }
        if (e.type == AE_IFREG && !e.hardlink && !e.content.isEmpty()) {
            archive_write_data(a, e.content.constData(), size_t(e.content.size()));
        }
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

namespace {
QByteArray compress(const QByteArray &data, int filter)
{
    QByteArray out;
    struct archive *a = archive_write_new();
    archive_write_add_filter(a, filter);
    archive_write_set_format_raw(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open(a, &out, nullptr, appendCallback, nullptr);
    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_pathname(entry, "data");
    archive_write_header(a, entry);
    archive_write_data(a, data.constData(), size_t(data.size()));
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    return out;
}
} // namespace

QByteArray TarBuilder::gzip(const QByteArray &data, int members)
{
    if (members <= 1) {
        return compress(data, ARCHIVE_FILTER_GZIP);
    }
    QByteArray out;
    const qsizetype chunk = (data.size() + members - 1) / members;
    for (int i = 0; i < members; ++i) {
        out += compress(data.mid(i * chunk, chunk), ARCHIVE_FILTER_GZIP);
    }
    return out;
}

QByteArray TarBuilder::zstd(const QByteArray &data)
{
    return compress(data, ARCHIVE_FILTER_ZSTD);
}

QByteArray ImageArchive::configFor(const std::vector<QByteArray> &tars, const QString &extra)
{
    QStringList ids;
    QStringList history;
    for (const QByteArray &t : tars) {
        ids << QStringLiteral("\"%1\"").arg(Sha256::of(t).prefixed());
        history << QStringLiteral("{\"created\":\"2024-01-01T00:00:00Z\",\"created_by\":\"layer %1\"}")
                       .arg(history.size());
    }
    return QStringLiteral("{\"architecture\":\"amd64\",\"os\":\"linux\",\"created\":"
                          "\"2024-01-01T00:00:00Z\",\"config\":{\"User\":\"app\"%1},"
                          "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[%2]},\"history\":[%3]}")
        .arg(extra, ids.join(u','), history.join(u','))
        .toUtf8();
}

QByteArray ImageArchive::bytes() const
{
    TarBuilder outer(TarBuilder::Format::Pax);
    const QString cfgName = configName.isEmpty()
        ? Sha256::of(config).hex() + QStringLiteral(".json")
        : configName;
    QStringList names = layerNames;
    for (std::size_t i = names.size(); i < layers.size(); ++i) {
        names << QStringLiteral("%1/layer.tar").arg(i);
    }
    outer.file(cfgName.toStdString(), config);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        outer.file(names.at(qsizetype(i)).toStdString(), layers[i]);
    }
    QStringList quotedLayers;
    for (const QString &n : names) {
        quotedLayers << u'"' + n + u'"';
    }
    QStringList quotedTags;
    for (const QString &t : repoTags) {
        quotedTags << u'"' + t + u'"';
    }
    const QString manifest = QStringLiteral("[{\"Config\":\"%1\",\"RepoTags\":[%2],\"Layers\":[%3]}]")
                                 .arg(cfgName, quotedTags.join(u','), quotedLayers.join(u','));
    outer.file("manifest.json", manifest.toUtf8());
    return outer.bytes();
}

QString writeTemp(const QByteArray &data, const QString &name)
{
    static QTemporaryDir dir;
    const QString path = dir.path() + u'/' + name;
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        throw std::runtime_error("cannot write temp file");
    }
    f.write(data);
    return path;
}

} // namespace dockscope::test
