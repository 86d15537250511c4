#include "layerstack.h"

#include "analysis/filetreebuilder.h"
#include "util/membername.h"

#include <QtGlobal>

#include <algorithm>
#include <string_view>

namespace dockscope {

namespace {

bool sameDirectoryMetadata(const LayerEntry *previous, const LayerEntry &next)
{
    if (!previous) {
        return true; // an implied directory made explicit
    }
    return previous->type == EntryType::Directory && next.type == EntryType::Directory
        && previous->mode == next.mode && previous->uid == next.uid && previous->gid == next.gid;
}

} // namespace

StackResult LayerStack::build(const std::vector<LayerScanPtr> &layers, const QString &evidence,
                              const QStringList &layerNames)
{
    auto tree = std::make_shared<FileTree>();
    tree->m_layers = layers;
    StackResult result;
    result.changes.resize(layers.size());
    FileTreeBuilder b(*tree);
    std::size_t allEntries = 0;
    for (const LayerScanPtr &scan : layers) {
        allEntries += scan->entries.size();
    }
    b.reserve(allEntries);

    for (std::size_t li = 0; li < layers.size(); ++li) {
        const int layer = int(li);
        const auto &entries = layers[li]->entries;
        LayerChanges &changes = result.changes[li];
        DiagnosticSink sink(evidence, li < std::size_t(layerNames.size()) ? layerNames.at(int(li))
                                                                           : QString());
        int missingWhiteouts = 0;

        // 1. Whiteouts and opaque markers act on the layers below only.
        for (std::uint32_t ei = 0; ei < entries.size(); ++ei) {
            const LayerEntry &e = entries[ei];
            if (e.is(EntryEscapes) || !(e.flags & (EntryWhiteout | EntryOpaque))) {
                continue;
            }
            const std::string target = e.whiteoutTarget();
            const std::uint32_t node = b.lookup(target);
            if (e.is(EntryOpaque)) {
                if (node != FileTree::NoNode && b.visible(node)) {
                    changes.removed += b.removeSubtree(node, layer, FileTree::Cause::Opaque, false);
                }
                continue;
            }
            if (node == FileTree::NoNode || !b.visible(node) || target.empty()) {
                changes.whiteoutBytes[ei] = 0;
                if (++missingWhiteouts <= 20) {
                    sink.info(QT_TRANSLATE_NOOP("Diagnostic",
                                                "whiteout for a path that no lower layer has"),
                              {}, displayName(e.path), e.headerOffset);
                }
                continue;
            }
            const LayerEntry *was = b.current(node);
            changes.whiteoutBytes[ei] =
                (was && was->type == EntryType::Directory) ? b.subtreeBytes(node) : 0;
            changes.removed += b.removeSubtree(node, layer, FileTree::Cause::Whiteout, true);
        }
        if (missingWhiteouts > 20) {
            sink.info(QT_TRANSLATE_NOOP("Diagnostic",
                                        "%1 more whiteouts for paths that no lower layer has"),
                      {QString::number(missingWhiteouts - 20)});
        }

        // 2. The layer's own entries, in archive order (a later duplicate wins).
        for (std::uint32_t ei = 0; ei < entries.size(); ++ei) {
            const LayerEntry &e = entries[ei];
            if (!e.isPlainEntry()) {
                continue;
            }
            if (e.path.empty()) {
                // The root directory itself ("./"): metadata only.
                b.event(FileTree::Root, layer, ei, FileTree::EventKind::Retouched,
                        FileTree::Cause::Entry);
                tree->m_nodes[FileTree::Root].removedLayer = -1;
                continue;
            }
            const std::uint32_t parent = b.ensureDir(dirName(e.path), layer, changes);
            const std::string_view base = baseName(e.path);
            const std::uint32_t node = b.child(parent, base);
            if (!b.visible(node)) {
                b.event(node, layer, ei, FileTree::EventKind::Added, FileTree::Cause::Entry);
                ++changes.added;
            } else if (tree->m_nodes[node].layer == layer
                       || (tree->m_nodes[node].layer < 0 && tree->m_nodes[node].addedLayer == layer)) {
                // A duplicate within this layer (or an implied parent listed later): the
                // latest entry becomes the current version without counting twice.
                const LayerEntry *previous = b.current(node);
                if (previous && previous->type == EntryType::Directory
                    && e.type != EntryType::Directory) {
                    changes.removed += b.removeSubtree(node, layer, FileTree::Cause::Replaced, false);
                }
                auto &last = tree->m_events.back();
                if (last.node == node && last.layer == layer && last.kind != FileTree::EventKind::Removed) {
                    last.entry = ei;
                    last.cause = FileTree::Cause::Entry;
                    tree->m_nodes[node].layer = layer;
                    tree->m_nodes[node].entry = ei;
                } else {
                    b.event(node, layer, ei, FileTree::EventKind::Retouched, FileTree::Cause::Entry);
                }
            } else {
                const LayerEntry *previous = b.current(node);
                const bool wasDir = !previous || previous->type == EntryType::Directory;
                if (wasDir && e.type != EntryType::Directory) {
                    changes.removed += b.removeSubtree(node, layer, FileTree::Cause::Replaced, false);
                }
                if (e.type == EntryType::Directory && sameDirectoryMetadata(previous, e)) {
                    b.event(node, layer, ei, FileTree::EventKind::Retouched, FileTree::Cause::Entry);
                } else {
                    b.event(node, layer, ei, FileTree::EventKind::Modified, FileTree::Cause::Entry);
                    ++changes.modified;
                }
            }
            if (e.type == EntryType::Hardlink && !e.sha256.valid) {
                const std::uint32_t target = b.lookup(e.linkTarget);
                if (target != FileTree::NoNode && b.visible(target)) {
                    const Digest d = tree->sha256(target);
                    if (d.valid) {
                        tree->m_linkDigests[(std::uint64_t(li) << 32) | ei] = d;
                    }
                } else {
                    sink.warning(QT_TRANSLATE_NOOP("Diagnostic",
                                                   "hard link to \"%1\", which does not exist"),
                                 {displayName(e.linkTarget)}, displayName(e.path), e.headerOffset);
                }
            }
        }
        append(result.diagnostics, sink.items());
    }
    b.finalize();
    result.tree = std::move(tree);
    return result;
}

} // namespace dockscope
