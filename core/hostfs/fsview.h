#pragma once

#include "archive/bytesource.h"
#include "model/layerentry.h"
#include "util/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dockscope {

// What lstat(2) and the extended attributes say about one path.
struct FsStat
{
    EntryType type = EntryType::File;
    std::uint32_t mode = 0; // permission bits with setuid, setgid and sticky (07777)
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    qint64 size = 0;
    qint64 mtime = 0;
    std::uint32_t mtimeNsec = 0;
    std::uint32_t devMajor = 0;
    std::uint32_t devMinor = 0;
    std::string linkTarget;
    std::vector<std::pair<std::string, std::string>> xattrs;
    // File identity: paths with the same non-zero inode are hard links of one file.
    std::uint64_t inode = 0;
    std::uint32_t links = 1;

    const std::string *xattr(std::string_view name) const;
};

// A read-only view of a file system tree: a folder on disk (a mounted forensic image) or the
// contents of an archive of one (a data root copied with tar). Paths are relative to the view's
// root, '/'-separated, without leading '/'; "" is the root. Symbolic links are never followed
// out of the view: the final component is not followed (lstat), and links in the middle of a
// path resolve as if the view's root were '/'.
class FsView
{
public:
    virtual ~FsView() = default;

    // The evidence this view reads, for diagnostics.
    virtual QString name() const = 0;
    virtual std::optional<FsStat> stat(std::string_view path) const = 0;
    // Names of the entries of a directory, sorted; empty when it is not a directory.
    virtual std::vector<std::string> children(std::string_view dir) const = 0;
    virtual std::unique_ptr<ByteSource> open(std::string_view path, QString *error) const = 0;
    // False when the view cannot carry extended attributes or device nodes faithfully (a copy
    // made without --xattrs, a file system that does not show trusted.* to this user).
    virtual bool carriesXattrs() const = 0;

    bool exists(std::string_view path) const { return stat(path).has_value(); }
    bool isDir(std::string_view path) const;
    // Reads a whole file of at most `limit` bytes.
    std::optional<QByteArray> read(std::string_view path, qint64 limit, QString *error) const;
    // Follows symbolic links inside the view (also the last component); nullopt on a loop or
    // a dangling link.
    std::optional<std::string> resolve(std::string_view path) const;

    static std::string join(std::string_view dir, std::string_view name);
};

} // namespace dockscope
