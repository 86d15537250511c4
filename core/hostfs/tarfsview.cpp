#include "tarfsview.h"

#include "archive/layerscanner.h"
#include "util/membername.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace dockscope {

std::unique_ptr<TarFsView> TarFsView::load(const QString &name,
                                           const std::shared_ptr<const ReadOnlyFile> &file,
                                           const Budget &budget, const LayerScanner::Options &options)
{
    std::unique_ptr<TarFsView> view(new TarFsView);
    view->m_name = name;
    qint64 kept = 0;
    std::unordered_map<std::uint32_t, QByteArray> content;
    std::set<std::uint32_t> dropped;
    LayerScanner::Options scanOptions = options;
    scanOptions.diagnosticsPerKind = 50;
    scanOptions.inspector = nullptr; // the copy as a whole is not matched: its layers are, one by one
    scanOptions.onContent = [&](std::size_t entry, const char *data, std::size_t length) {
        const auto e = std::uint32_t(entry);
        if (dropped.count(e)) {
            return;
        }
        QByteArray &bytes = content[e];
        if (bytes.size() + qint64(length) > budget.perFile || kept + qint64(length) > budget.total) {
            kept -= bytes.size();
            content.erase(e);
            dropped.insert(e);
            return;
        }
        bytes.append(data, qsizetype(length));
        kept += qint64(length);
    };
    FileRangeSource source(file, 0, file->size());
    view->m_scan = LayerScanner::scan(source, name, QString(), scanOptions);
    view->m_content = std::move(content);
    if (!dropped.empty()) {
        DiagnosticSink sink(name);
        sink.warning(QT_TRANSLATE_NOOP("Diagnostic", "%1 files of this archive were too large to "
                                                     "keep in memory: their metadata and SHA-256 "
                                                     "are known but their contents cannot be "
                                                     "read (mount or unpack the copy to read "
                                                     "them)"),
                     {QString::number(dropped.size())});
        append(view->m_scan.diagnostics, sink.items());
    }

    std::set<std::string> dirs;
    const auto &entries = view->m_scan.entries;
    for (std::uint32_t i = 0; i < entries.size(); ++i) {
        const LayerEntry &e = entries[i];
        if (e.is(EntryEscapes) || e.path.empty()) {
            continue;
        }
        view->m_index[e.path] = i;
        view->m_anyXattr = view->m_anyXattr || !e.xattrs.empty();
        // Every ancestor is a directory, listed or not.
        std::string_view p = e.path;
        std::string child(baseName(p));
        for (std::string_view dir = dirName(p);; dir = dirName(dir)) {
            auto &list = view->m_children[std::string(dir)];
            list.push_back(child);
            if (dir.empty() || !dirs.insert(std::string(dir)).second) {
                break;
            }
            child = std::string(baseName(dir));
        }
    }
    for (const LayerEntry &e : entries) {
        if (e.type == EntryType::Hardlink) {
            if (const auto target = view->m_index.find(e.linkTarget); target != view->m_index.end()) {
                view->m_linked.insert(target->second + 1);
            }
        }
    }
    for (auto &[dir, names] : view->m_children) {
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
    }
    return view;
}

const LayerEntry *TarFsView::entry(std::string_view path) const
{
    const auto it = m_index.find(std::string(path));
    return it == m_index.end() ? nullptr : &m_scan.entries[it->second];
}

std::optional<FsStat> TarFsView::stat(std::string_view rawPath) const
{
    std::string path = normalizeMemberName(rawPath).path;
    // Directories in the middle of the path resolve links inside the view.
    const auto slash = path.rfind('/');
    if (slash != std::string::npos) {
        if (auto dir = resolve(path.substr(0, slash))) {
            path = join(*dir, std::string_view(path).substr(slash + 1));
        } else {
            return std::nullopt;
        }
    }
    const LayerEntry *e = entry(path);
    if (!e) {
        if (path.empty() || m_children.count(path)) {
            FsStat dir; // implied by the paths below it
            dir.type = EntryType::Directory;
            dir.mode = 0755;
            return dir;
        }
        return std::nullopt;
    }
    FsStat s;
    s.type = e->type == EntryType::Hardlink ? EntryType::File : e->type;
    s.mode = e->mode;
    s.uid = e->uid;
    s.gid = e->gid;
    s.size = e->size;
    const auto self = m_index.find(path);
    s.inode = self == m_index.end() ? 0 : self->second + 1;
    if (e->type == EntryType::Hardlink) {
        if (const auto target = m_index.find(e->linkTarget); target != m_index.end()) {
            s.size = m_scan.entries[target->second].size;
            s.inode = target->second + 1;
        }
        s.links = 2;
    } else if (s.type == EntryType::File && m_linked.count(s.inode)) {
        s.links = 2;
    }
    s.mtime = e->mtime;
    s.mtimeNsec = e->mtimeNsec;
    s.devMajor = e->devMajor;
    s.devMinor = e->devMinor;
    s.linkTarget = e->type == EntryType::Symlink ? e->linkTarget : std::string();
    s.xattrs = e->xattrs;
    return s;
}

std::vector<std::string> TarFsView::children(std::string_view dir) const
{
    const auto resolved = resolve(dir);
    if (!resolved) {
        return {};
    }
    const auto it = m_children.find(*resolved);
    return it == m_children.end() ? std::vector<std::string>{} : it->second;
}

std::unique_ptr<ByteSource> TarFsView::open(std::string_view rawPath, QString *error) const
{
    const auto s = stat(rawPath);
    std::string path = normalizeMemberName(rawPath).path;
    if (const auto slash = path.rfind('/'); slash != std::string::npos) {
        if (auto dir = resolve(path.substr(0, slash))) {
            path = join(*dir, std::string_view(path).substr(slash + 1));
        }
    }
    const auto it = m_index.find(path);
    if (!s || s->type != EntryType::File || it == m_index.end()) {
        if (error) {
            *error = QCoreApplication::translate("Diagnostic", "not a regular file");
        }
        return {};
    }
    std::uint32_t index = it->second;
    const LayerEntry &e = m_scan.entries[index];
    if (e.type == EntryType::Hardlink) {
        const auto target = m_index.find(e.linkTarget);
        if (target != m_index.end()) {
            index = target->second;
        }
    }
    if (m_scan.entries[index].size == 0) {
        return std::make_unique<MemorySource>(QByteArray());
    }
    const auto content = m_content.find(index);
    if (content == m_content.end()) {
        if (error) {
            *error = QCoreApplication::translate("Diagnostic", "the content of this file was not "
                                                               "kept (too large for memory)");
        }
        return {};
    }
    return std::make_unique<MemorySource>(content->second);
}

} // namespace dockscope
