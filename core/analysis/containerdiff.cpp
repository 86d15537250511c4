#include "containerdiff.h"

#include "util/membername.h"

#include <algorithm>

namespace dockscope {

namespace {

// The version of a node in effect after `layer`, or nullptr when it is absent then. An implied
// directory (no entry) counts as a directory with no recorded metadata.
struct Version
{
    bool present = false;
    const LayerEntry *entry = nullptr;
};

Version versionAt(const FileTree &tree, std::uint32_t node, int layer)
{
    Version v;
    for (const auto &e : tree.events(node)) {
        if (e.layer > layer) {
            break;
        }
        if (e.kind == FileTree::EventKind::Removed) {
            v = {};
        } else {
            v.present = true;
            v.entry = tree.entryOf(e);
        }
    }
    return v;
}

bool isDir(const Version &v)
{
    return !v.entry || v.entry->type == EntryType::Directory;
}

std::string capability(const LayerEntry *e)
{
    if (e) {
        for (const auto &[k, val] : e->xattrs) {
            if (k == "security.capability") {
                return val;
            }
        }
    }
    return {};
}

bool statDifferent(const Version &oldV, const Version &newV)
{
    const LayerEntry *o = oldV.entry;
    const LayerEntry *n = newV.entry;
    if (!o || !n) {
        return isDir(oldV) != isDir(newV);
    }
    if (o->type != n->type || o->mode != n->mode || o->uid != n->uid || o->gid != n->gid
        || o->devMajor != n->devMajor || o->devMinor != n->devMinor) {
        return true;
    }
    if (n->type != EntryType::Directory
        && (o->mtime != n->mtime || o->mtimeNsec != n->mtimeNsec || o->size != n->size)) {
        return true;
    }
    return capability(o) != capability(n);
}

class Walk
{
public:
    Walk(const FileTree &tree, int layer, std::vector<Change> &out)
        : m_tree(tree)
        , m_layer(layer)
        , m_out(out)
    {
    }

    // Mirrors FileInfo.addChanges: `hasOld` says whether the node existed below.
    void add(std::uint32_t node, bool hasOld, bool oldIsDir, bool added, const std::string &path)
    {
        const std::size_t sizeAtEntry = m_out.size();
        for (std::uint32_t child : m_tree.children(node)) {
            const Version newV = versionAt(m_tree, child, m_layer);
            const Version oldV = (hasOld && oldIsDir) ? versionAt(m_tree, child, m_layer - 1) : Version{};
            const std::string childPath = path + '/' + std::string(m_tree.name(child));
            if (newV.present) {
                bool childAdded = false;
                if (oldV.present) {
                    if (statDifferent(oldV, newV)) {
                        m_out.push_back({QString::fromStdString(childPath), Change::Kind::Changed});
                        childAdded = true;
                    }
                } else {
                    m_out.push_back({QString::fromStdString(childPath), Change::Kind::Added});
                    childAdded = true;
                }
                if (isDir(newV)) {
                    add(child, oldV.present, isDir(oldV), childAdded, childPath);
                }
            } else if (oldV.present) {
                m_out.push_back({QString::fromStdString(childPath), Change::Kind::Deleted});
            }
        }
        if (m_out.size() > sizeAtEntry && !added && node != FileTree::Root) {
            m_out.insert(m_out.begin() + std::ptrdiff_t(sizeAtEntry),
                         Change{QString::fromStdString(path), Change::Kind::Changed});
        }
    }

private:
    const FileTree &m_tree;
    int m_layer;
    std::vector<Change> &m_out;
};

} // namespace

std::vector<Change> ContainerDiff::naive(const FileTree &tree, int layer)
{
    std::vector<Change> out;
    if (layer < 0) {
        return out;
    }
    Walk(tree, layer, out).add(FileTree::Root, true, true, false, std::string());
    for (Change &c : out) {
        c.path = displayName(c.path.toStdString());
    }
    std::sort(out.begin(), out.end(), [](const Change &a, const Change &b) { return a.path < b.path; });
    return out;
}

} // namespace dockscope
