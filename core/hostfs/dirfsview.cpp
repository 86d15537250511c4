#include "dirfsview.h"

#include "util/membername.h"

#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace dockscope {

namespace {

std::vector<std::string> split(std::string_view path)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string_view::npos) {
            end = path.size();
        }
        if (end > start) {
            parts.emplace_back(path.substr(start, end - start));
        }
        start = end + 1;
    }
    return parts;
}

} // namespace

DirFsView::DirFsView(QString name, const QString &root)
    : m_name(std::move(name))
    , m_root(QFileInfo(root).canonicalFilePath().toStdString())
{
    // trusted.* attributes are visible to root only: say so when we cannot see them.
    char probe[4];
    errno = 0;
    const ssize_t n = ::lgetxattr(m_root.c_str(), "trusted.overlay.opaque", probe, sizeof probe);
    m_xattrs = !(n < 0 && (errno == EPERM || errno == ENOTSUP)) && ::geteuid() == 0;
}

std::string DirFsView::hostPath(std::string_view path) const
{
    std::vector<std::string> pending = split(normalizeMemberName(path).path);
    std::reverse(pending.begin(), pending.end());
    std::vector<std::string> done;
    int hops = 0;
    while (!pending.empty()) {
        std::string part = std::move(pending.back());
        pending.pop_back();
        if (part == "..") {
            if (!done.empty()) {
                done.pop_back();
            }
            continue;
        }
        if (part == ".") {
            continue;
        }
        done.push_back(part);
        if (pending.empty()) {
            break; // the last component is not followed
        }
        std::string host = m_root;
        for (const auto &d : done) {
            host += '/';
            host += d;
        }
        struct stat st{};
        if (::lstat(host.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) {
            continue;
        }
        if (++hops > 40) {
            return {};
        }
        std::string target(size_t(st.st_size) + 1, '\0');
        const ssize_t n = ::readlink(host.c_str(), target.data(), target.size());
        if (n < 0) {
            return {};
        }
        target.resize(size_t(n));
        done.pop_back();
        if (!target.empty() && target.front() == '/') {
            done.clear(); // absolute links start at the view's root
        }
        std::vector<std::string> more = split(target);
        for (auto it = more.rbegin(); it != more.rend(); ++it) {
            pending.push_back(*it);
        }
    }
    std::string host = m_root;
    for (const auto &d : done) {
        host += '/';
        host += d;
    }
    return host;
}

std::optional<FsStat> DirFsView::stat(std::string_view path) const
{
    const std::string host = hostPath(path);
    if (host.empty()) {
        return std::nullopt;
    }
    struct stat st{};
    if (::lstat(host.c_str(), &st) != 0) {
        return std::nullopt;
    }
    FsStat s;
    switch (st.st_mode & S_IFMT) {
    case S_IFDIR:
        s.type = EntryType::Directory;
        break;
    case S_IFLNK: {
        s.type = EntryType::Symlink;
        std::string target(size_t(st.st_size) + 1, '\0');
        const ssize_t n = ::readlink(host.c_str(), target.data(), target.size());
        target.resize(size_t(std::max<ssize_t>(n, 0)));
        s.linkTarget = std::move(target);
        break;
    }
    case S_IFCHR:
        s.type = EntryType::CharDevice;
        break;
    case S_IFBLK:
        s.type = EntryType::BlockDevice;
        break;
    case S_IFIFO:
        s.type = EntryType::Fifo;
        break;
    default:
        s.type = EntryType::File;
        break;
    }
    s.mode = std::uint32_t(st.st_mode & 07777);
    s.uid = st.st_uid;
    s.gid = st.st_gid;
    s.size = s.type == EntryType::File ? qint64(st.st_size) : 0;
    s.inode = (std::uint64_t(st.st_dev) << 40) ^ std::uint64_t(st.st_ino);
    s.links = std::uint32_t(st.st_nlink);
    s.mtime = st.st_mtim.tv_sec;
    s.mtimeNsec = std::uint32_t(st.st_mtim.tv_nsec);
    if (s.type == EntryType::CharDevice || s.type == EntryType::BlockDevice) {
        s.devMajor = major(st.st_rdev);
        s.devMinor = minor(st.st_rdev);
    }
    char names[4096];
    const ssize_t len = ::llistxattr(host.c_str(), names, sizeof names);
    for (ssize_t i = 0; i < len;) {
        const char *name = names + i;
        const std::size_t nameLen = std::strlen(name);
        char value[4096];
        const ssize_t vlen = ::lgetxattr(host.c_str(), name, value, sizeof value);
        if (vlen >= 0) {
            s.xattrs.emplace_back(name, std::string(value, size_t(vlen)));
        }
        i += ssize_t(nameLen) + 1;
    }
    return s;
}

std::vector<std::string> DirFsView::children(std::string_view dir) const
{
    std::vector<std::string> out;
    const auto s = stat(dir);
    if (!s || s->type != EntryType::Directory) {
        return out;
    }
    const std::string host = hostPath(dir);
    DIR *d = ::opendir(host.c_str());
    if (!d) {
        return out;
    }
    while (const dirent *e = ::readdir(d)) {
        const std::string_view n(e->d_name);
        if (n != "." && n != "..") {
            out.emplace_back(n);
        }
    }
    ::closedir(d);
    std::sort(out.begin(), out.end());
    return out;
}

std::unique_ptr<ByteSource> DirFsView::open(std::string_view path, QString *error) const
{
    const std::string host = hostPath(path);
    const auto s = stat(path);
    if (host.empty() || !s || s->type != EntryType::File) {
        if (error) {
            *error = QStringLiteral("not a regular file");
        }
        return {};
    }
    auto file = ReadOnlyFile::open(QString::fromStdString(host), error);
    if (!file) {
        return {};
    }
    const qint64 size = file->size();
    return std::make_unique<FileRangeSource>(std::move(file), 0, size);
}

} // namespace dockscope
