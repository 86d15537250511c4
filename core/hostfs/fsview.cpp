#include "fsview.h"

#include "util/membername.h"

#include <QCoreApplication>

namespace dockscope {

const std::string *FsStat::xattr(std::string_view name) const
{
    for (const auto &[k, v] : xattrs) {
        if (k == name) {
            return &v;
        }
    }
    return nullptr;
}

bool FsView::isDir(std::string_view path) const
{
    const auto s = stat(path);
    return s && s->type == EntryType::Directory;
}

std::string FsView::join(std::string_view dir, std::string_view name)
{
    if (dir.empty()) {
        return std::string(name);
    }
    std::string out(dir);
    out += '/';
    out.append(name);
    return out;
}

std::optional<QByteArray> FsView::read(std::string_view path, qint64 limit, QString *error) const
{
    const auto s = stat(path);
    if (!s || s->type != EntryType::File) {
        if (error) {
            *error = QCoreApplication::translate("Diagnostic", "not a regular file");
        }
        return std::nullopt;
    }
    if (s->size > limit) {
        if (error) {
            *error = QCoreApplication::translate("Diagnostic", "file of %1 bytes is larger than "
                                                               "the %2 bytes allowed here")
                         .arg(s->size)
                         .arg(limit);
        }
        return std::nullopt;
    }
    auto source = open(path, error);
    if (!source) {
        return std::nullopt;
    }
    QByteArray data(s->size, Qt::Uninitialized);
    data.resize(source->readFully(data.data(), data.size()));
    return data;
}

std::optional<std::string> FsView::resolve(std::string_view path) const
{
    std::string current = normalizeMemberName(path).path;
    for (int hops = 0; hops < 40; ++hops) {
        const auto s = stat(current);
        if (!s) {
            return std::nullopt;
        }
        if (s->type != EntryType::Symlink) {
            return current;
        }
        current = resolveLinkTarget(current, s->linkTarget).path; // '/' is the view's root
    }
    return std::nullopt;
}

} // namespace dockscope
