#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace dockscope::test {

// Builds small tar archives in memory with libarchive's writer, so each test case can show its
// layers in a few readable lines:
//     TarBuilder().file("etc/passwd", "root:x:0:0\n").dir("tmp", 01777).whiteout("etc/old").bytes()
class TarBuilder
{
public:
    enum class Format { Pax, Gnu, Ustar };
    explicit TarBuilder(Format format = Format::Pax);

    TarBuilder &file(const std::string &path, const QByteArray &content, std::uint32_t mode = 0644,
                     std::uint32_t uid = 0, std::uint32_t gid = 0, std::int64_t mtime = 1700000000);
    TarBuilder &dir(const std::string &path, std::uint32_t mode = 0755, std::uint32_t uid = 0,
                    std::uint32_t gid = 0);
    TarBuilder &symlink(const std::string &path, const std::string &target);
    TarBuilder &hardlink(const std::string &path, const std::string &target);
    TarBuilder &charDevice(const std::string &path, std::uint32_t major, std::uint32_t minor);
    TarBuilder &fifo(const std::string &path);
    // ".wh.NAME" next to NAME; "dir/.wh..wh..opq" for opaque(dir).
    TarBuilder &whiteout(const std::string &path);
    TarBuilder &opaque(const std::string &dir);
    TarBuilder &xattr(const std::string &name, const QByteArray &value); // on the next entry

    // The archive; gzip()/zstd() compress it (gzipMembers > 1 writes a multi-member stream).
    QByteArray bytes() const;
    static QByteArray gzip(const QByteArray &data, int members = 1);
    static QByteArray zstd(const QByteArray &data);

private:
    struct Entry
    {
        std::string path;
        std::string link;
        QByteArray content;
        std::uint32_t type = 0;
        std::uint32_t mode = 0;
        std::uint32_t uid = 0;
        std::uint32_t gid = 0;
        std::uint32_t major = 0;
        std::uint32_t minor = 0;
        std::int64_t mtime = 1700000000;
        bool hardlink = false;
        std::vector<std::pair<std::string, QByteArray>> xattrs;
    };
    Format m_format;
    std::vector<Entry> m_entries;
    std::vector<std::pair<std::string, QByteArray>> m_pendingXattrs;
};

// A docker-save-style outer archive assembled from layers in a test.
struct ImageArchive
{
    QByteArray config;             // the config JSON
    std::vector<QByteArray> layers; // layer blobs as stored
    QString configName;            // default "<sha256 of config>.json"
    QStringList layerNames;        // default "<n>/layer.tar"
    QStringList repoTags{QStringLiteral("test/image:1")};

    // A config whose rootfs.diff_ids match the given (uncompressed) layer tars.
    static QByteArray configFor(const std::vector<QByteArray> &tars, const QString &extra = {});
    QByteArray bytes() const;
};

// Writes data into a temporary file that lives as long as the test object; returns its path.
QString writeTemp(const QByteArray &data, const QString &name);

} // namespace dockscope::test
