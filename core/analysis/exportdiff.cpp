#include "exportdiff.h"

#include "util/membername.h"

#include <algorithm>
#include <set>

namespace dockscope {

namespace {

bool initLayerPath(const std::string &p)
{
    static const std::set<std::string> files = {".dockerenv", "etc/hosts", "etc/hostname",
                                                "etc/resolv.conf", "etc/mtab"};
    if (files.count(p)) {
        return true;
    }
    for (const char *dir : {"dev", "proc", "sys"}) {
        const std::string d(dir);
        if (p == d || p.rfind(d + '/', 0) == 0) {
            return true;
        }
    }
    return false;
}

bool differs(const FileTree &a, std::uint32_t na, const FileTree &b, std::uint32_t nb)
{
    const LayerEntry *ea = a.entry(na);
    const LayerEntry *eb = b.entry(nb);
    const EntryType ta = a.type(na);
    const EntryType tb = b.type(nb);
    auto kind = [](EntryType t) { return t == EntryType::Hardlink ? EntryType::File : t; };
    if (kind(ta) != kind(tb)) {
        return true;
    }
    if (!ea || !eb) {
        return false; // implied directories carry no metadata to compare
    }
    if (ea->mode != eb->mode || ea->uid != eb->uid || ea->gid != eb->gid) {
        return true;
    }
    if (ta == EntryType::Symlink) {
        return ea->linkTarget != eb->linkTarget;
    }
    if (kind(ta) == EntryType::File) {
        const Digest da = a.sha256(na);
        const Digest db = b.sha256(nb);
        return (da.valid && db.valid) ? da != db : ea->size != eb->size;
    }
    return false;
}

void collect(const FileTree &t, std::uint32_t node, const std::string &path,
             std::vector<std::pair<std::string, std::uint32_t>> &out)
{
    for (std::uint32_t c : t.children(node)) {
        if (!t.visible(c)) {
            continue;
        }
        const std::string p = path.empty() ? std::string(t.name(c)) : path + '/' + std::string(t.name(c));
        out.emplace_back(p, c);
        collect(t, c, p, out);
    }
}

} // namespace

std::vector<Change> ExportDiff::estimate(const FileTree &image, const FileTree &exported)
{
    std::vector<std::pair<std::string, std::uint32_t>> imagePaths;
    std::vector<std::pair<std::string, std::uint32_t>> exportPaths;
    collect(image, FileTree::Root, {}, imagePaths);
    collect(exported, FileTree::Root, {}, exportPaths);

    std::set<std::string> added;
    std::set<std::string> changed;
    std::set<std::string> deleted;
    for (const auto &[p, n] : exportPaths) {
        if (initLayerPath(p)) {
            continue;
        }
        const std::uint32_t in = image.find(p);
        if (in == FileTree::NoNode || !image.visible(in)) {
            added.insert(p);
        } else if (differs(image, in, exported, n)) {
            changed.insert(p);
        }
    }
    for (const auto &[p, n] : imagePaths) {
        if (initLayerPath(p)) {
            continue;
        }
        const std::uint32_t ex = exported.find(p);
        if (ex == FileTree::NoNode || !exported.visible(ex)) {
            deleted.insert(p);
        }
    }
    // Only the topmost deletion is reported, as docker diff does.
    std::set<std::string> topDeleted;
    for (const std::string &p : deleted) {
        const std::string parent(dirName(p));
        if (parent.empty() || !deleted.count(parent)) {
            topDeleted.insert(p);
        }
    }
    // Every directory above a change is changed, up to but not including '/'.
    std::set<std::string> parents;
    for (const auto *set : {&added, &changed, &topDeleted}) {
        for (const std::string &p : *set) {
            for (std::string_view d = dirName(p); !d.empty(); d = dirName(d)) {
                if (added.count(std::string(d))) {
                    break;
                }
                parents.insert(std::string(d));
            }
        }
    }
    std::vector<Change> out;
    for (const std::string &p : added) {
        out.push_back({u'/' + displayName(p), Change::Kind::Added});
    }
    for (const std::string &p : changed) {
        out.push_back({u'/' + displayName(p), Change::Kind::Changed});
    }
    for (const std::string &p : parents) {
        if (!changed.count(p)) {
            out.push_back({u'/' + displayName(p), Change::Kind::Changed});
        }
    }
    for (const std::string &p : topDeleted) {
        out.push_back({u'/' + displayName(p), Change::Kind::Deleted});
    }
    std::sort(out.begin(), out.end(), [](const Change &a, const Change &b) { return a.path < b.path; });
    return out;
}

} // namespace dockscope
