#include "fileset.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace dockscope {

namespace {

// The content results of one layer, by entry index.
struct LayerContent
{
    std::unordered_map<std::uint32_t, std::vector<const ContentHit *>> hits;
    std::unordered_map<std::uint32_t, const QByteArray *> kept;

    explicit LayerContent(const LayerScan *scan)
    {
        if (!scan) {
            return;
        }
        for (const ContentHit &h : scan->content.hits) {
            hits[h.entry].push_back(&h);
        }
        for (const KeptContent &k : scan->content.kept) {
            kept[k.entry] = &k.data;
        }
    }

    void fill(FileView &f, std::uint32_t entry) const
    {
        if (const auto it = hits.find(entry); it != hits.end()) {
            f.hits = it->second;
        }
        if (const auto it = kept.find(entry); it != kept.end()) {
            f.content = it->second;
        }
    }
};

const Image *findImage(const Analysis &a, const QString &kind, const QString &id, const QString &evidence = {})
{
    for (const Image &i : a.images) {
        if (i.kind == kind && (id.isEmpty() || i.id == id) && (evidence.isEmpty() || i.evidence == evidence)) {
            return &i;
        }
    }
    return nullptr;
}

// The changes of a container, read in the given image's tree; only versions written by one of
// the `own` layers count as the container's.
void fromTree(FileSet &set, const Container &c, const Image &fs, int firstOwnLayer, bool allFiles)
{
    const FileTree &tree = *fs.tree;
    std::map<int, LayerContent> contents;
    auto contentOf = [&](int layer) -> const LayerContent & {
        auto it = contents.find(layer);
        if (it == contents.end()) {
            it = contents.emplace(layer, LayerContent(fs.layers[std::size_t(layer)].scan.get())).first;
        }
        return it->second;
    };
    auto view = [&](const std::string &rel, Change::Kind kind) {
        FileView f;
        f.rel = rel;
        f.path = u'/' + QString::fromStdString(rel);
        f.kind = kind;
        const std::uint32_t node = tree.find(rel);
        if (node != FileTree::NoNode && kind != Change::Kind::Deleted) {
            const FileTree::Node &n = tree.node(node);
            if (n.layer >= firstOwnLayer && n.entry != FileTree::NoEntry) {
                f.entry = tree.entry(node);
                f.layer = n.layer;
                const Layer &l = fs.layers[std::size_t(n.layer)];
                f.layerDigest = l.diffId;
                f.member = l.member;
                contentOf(n.layer).fill(f, n.entry);
            }
        }
        set.files.push_back(std::move(f));
    };
    if (allFiles) {
        for (std::uint32_t i = 1; i < tree.size(); ++i) {
            if (tree.visible(i) && tree.entry(i)) {
                view(tree.path(i), Change::Kind::Added);
            }
        }
        return;
    }
    for (const Change &ch : c.changes) {
        view(ch.path.mid(1).toStdString(), ch.kind);
    }
}

// What the container's mounts hold, at their paths in the container: whatever is in a volume or
// a bind source was put there from the container or the host, never by the image.
void addMountContents(FileSet &set, const Container &c)
{
    for (const MountContent &m : c.mountContents) {
        if (!m.scan) {
            continue;
        }
        const LayerContent content(m.scan.get());
        const std::string destination = m.mount.destination.mid(1).toStdString();
        for (std::uint32_t e = 0; e < m.scan->entries.size(); ++e) {
            const LayerEntry &entry = m.scan->entries[e];
            if (!entry.isPlainEntry() || entry.path.empty()) {
                continue;
            }
            FileView f;
            f.rel = destination.empty() ? entry.path : destination + '/' + entry.path;
            f.path = u'/' + QString::fromStdString(f.rel);
            f.kind = Change::Kind::Added;
            f.entry = &entry;
            f.member = m.member;
            f.mount = m.label();
            content.fill(f, e);
            set.files.push_back(std::move(f));
        }
    }
}

} // namespace

const FileView *FileSet::find(std::string_view rel) const
{
    for (const FileView &f : files) {
        if (f.rel == rel) {
            return &f;
        }
    }
    return nullptr;
}

std::vector<FileSet> FileSetBuilder::containers(const Analysis &analysis)
{
    std::vector<FileSet> out;
    for (const Container &c : analysis.containers) {
        FileSet set;
        set.container = true;
        set.containerId = c.id;
        set.imageId = c.imageId;
        set.evidence = c.evidenceFile;
        set.startedAt = c.startedAt;
        set.estimated = c.changesEstimated;
        if (const Image *fs = findImage(analysis, QStringLiteral("container"), c.id); fs && fs->tree && !fs->layers.empty()) {
            // The read-write layer is the top one; the init layer below it is Docker's own.
            fromTree(set, c, *fs, int(fs->layers.size()) - 1, false);
            set.evidence = fs->evidence;
        } else if (const Image *exported = c.exportEvidence.isEmpty()
                       ? nullptr
                       : findImage(analysis, QStringLiteral("container-export"), {}, c.exportEvidence);
                   exported && exported->tree) {
            fromTree(set, c, *exported, 0, c.changes.empty());
            set.evidence = exported->evidence;
            set.estimated = true;
        } else {
            for (const Change &ch : c.changes) {
                FileView f;
                f.rel = ch.path.mid(1).toStdString();
                f.path = ch.path;
                f.kind = ch.kind;
                set.files.push_back(std::move(f));
            }
        }
        addMountContents(set, c);
        out.push_back(std::move(set));
    }
    return out;
}

std::vector<FileSetBuilder::LayerRef> FileSetBuilder::imageLayers(const Analysis &analysis)
{
    std::vector<LayerRef> out;
    std::set<QString> seen; // layers shared by several images are checked once
    // Tagged images first, so a shared layer is reported under a name.
    std::vector<const Image *> images;
    for (const Image &i : analysis.images) {
        if (i.kind == u"image" && i.tree) {
            images.push_back(&i);
        }
    }
    std::stable_sort(images.begin(), images.end(), [](const Image *a, const Image *b) {
        return !a->repoTags.isEmpty() && b->repoTags.isEmpty();
    });
    for (const Image *image : images) {
        for (std::size_t li = 0; li < image->layers.size(); ++li) {
            const Layer &layer = image->layers[li];
            if (!layer.scan || (!layer.diffId.isEmpty() && !seen.insert(layer.diffId).second)) {
                continue;
            }
            out.push_back({image, li});
        }
    }
    return out;
}

FileSetBuilder::LayerSource FileSetBuilder::source(const Image &image, std::size_t layer)
{
    const Layer &l = image.layers[layer];
    return {l.scan, image.id, image.evidence, layer, l.diffId, l.member};
}

FileSet FileSetBuilder::imageLayer(const LayerSource &layer)
{
    FileSet set;
    set.imageId = layer.imageId;
    set.evidence = layer.evidence;
    const LayerContent content(layer.scan.get());
    const auto &entries = layer.scan->entries;
    // A later duplicate wins: each plain entry is looked up once, and marks the earlier entry
    // of its path superseded.
    std::vector<bool> superseded(entries.size());
    {
        std::unordered_map<std::string_view, std::uint32_t> last;
        last.reserve(entries.size());
        for (std::uint32_t e = 0; e < entries.size(); ++e) {
            if (entries[e].isPlainEntry() && !entries[e].path.empty()) {
                const auto [it, added] = last.try_emplace(entries[e].path, e);
                if (!added) {
                    superseded[it->second] = true;
                    it->second = e;
                }
            }
        }
    }
    for (std::uint32_t e = 0; e < entries.size(); ++e) {
        const LayerEntry &entry = entries[e];
        if (!entry.isPlainEntry() || entry.path.empty() || superseded[e]) {
            continue;
        }
        FileView f;
        f.rel = entry.path;
        f.path = u'/' + QString::fromStdString(entry.path);
        f.entry = &entry;
        f.layer = int(layer.layer);
        f.layerDigest = layer.diffId;
        f.member = layer.member;
        content.fill(f, e);
        set.files.push_back(std::move(f));
    }
    return set;
}

} // namespace dockscope
