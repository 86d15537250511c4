#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <string>

namespace dockscope::test {

// Copies a (compressed) tar archive into a new plain pax tar in memory, entry by entry, with
// libarchive, so a test can damage a real evidence copy in one readable line: drop a member,
// replace a file's bytes, add entries. Metadata, xattrs and device numbers are kept.
//     TarRewriter(path).drop("docker/containers/<id>/hostconfig.json").bytes()
class TarRewriter
{
public:
    explicit TarRewriter(QString source);

    TarRewriter &drop(const std::string &path);          // the entry, or every entry below it
    TarRewriter &replace(const std::string &path, const QByteArray &content);
    TarRewriter &symlink(const std::string &path, const std::string &target); // added at the end
    TarRewriter &file(const std::string &path, const QByteArray &content);  // added at the end

    QByteArray bytes() const;

private:
    struct Added
    {
        std::string path;
        std::string link;
        QByteArray content;
    };
    QString m_source;
    std::vector<std::string> m_drops;
    std::vector<std::pair<std::string, QByteArray>> m_replacements;
    std::vector<Added> m_added;
};

} // namespace dockscope::test
