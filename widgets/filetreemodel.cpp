#include "filetreemodel.h"

#include "changeicons.h"
#include "roles.h"
#include "timeformat.h"
#include "util/format.h"
#include "util/membername.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace dockscope {

namespace {

QChar typeLetter(EntryType t)
{
    switch (t) {
    case EntryType::Directory:
        return u'd';
    case EntryType::Symlink:
        return u'l';
    case EntryType::CharDevice:
        return u'c';
    case EntryType::BlockDevice:
        return u'b';
    case EntryType::Fifo:
        return u'p';
    case EntryType::File:
    case EntryType::Hardlink:
        break;
    }
    return u'-';
}

} // namespace

FileTreeModel::FileTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString FileTreeModel::kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return tr("added");
    case ChangeKind::Modified:
        return tr("modified");
    case ChangeKind::Removed:
        return tr("removed");
    case ChangeKind::Unmodified:
        break;
    }
    return tr("unmodified");
}

void FileTreeModel::setTree(std::shared_ptr<const FileTree> tree, int layer, Mode mode)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_layer = layer;
    m_mode = mode;
    recompute();
    endResetModel();
}

void FileTreeModel::setLayer(int layer)
{
    if (layer == m_layer) {
        return;
    }
    beginResetModel();
    m_layer = layer;
    recompute();
    endResetModel();
}

void FileTreeModel::setMode(Mode mode)
{
    if (mode == m_mode) {
        return;
    }
    beginResetModel();
    m_mode = mode;
    recompute();
    endResetModel();
}

void FileTreeModel::recompute()
{
    m_children.clear();
    m_row.clear();
    m_kind.clear();
    m_included.clear();
    m_opaque.clear();
    if (!m_tree) {
        return;
    }
    const FileTree &t = *m_tree;
    const std::size_t n = t.size();
    m_children.resize(n);
    m_row.assign(n, -1);
    m_kind.assign(n, std::uint8_t(ChangeKind::Unmodified));
    m_included.assign(n, 0);
    std::vector<std::uint8_t> changedHere(n, 0);
    for (std::uint32_t i = 0; i < n; ++i) {
        bool exists = false;
        bool added = false;
        bool modified = false;
        bool removed = false;
        bool existedBefore = false;
        for (const auto &e : t.events(i)) {
            if (e.layer < m_layer) {
                existedBefore = e.kind != FileTree::EventKind::Removed;
                exists = existedBefore;
            } else if (e.layer == m_layer) {
                switch (e.kind) {
                case FileTree::EventKind::Added:
                    added = true;
                    exists = true;
                    break;
                case FileTree::EventKind::Modified:
                    modified = true;
                    exists = true;
                    break;
                case FileTree::EventKind::Retouched:
                    exists = true;
                    break;
                case FileTree::EventKind::Removed:
                    removed = true;
                    exists = false;
                    break;
                }
            }
        }
        ChangeKind kind = ChangeKind::Unmodified;
        if (removed && exists) {
            kind = ChangeKind::Modified; // deleted and written again within the layer
        } else if (removed) {
            kind = ChangeKind::Removed;
        } else if (added) {
            kind = existedBefore ? ChangeKind::Modified : ChangeKind::Added;
        } else if (modified) {
            kind = ChangeKind::Modified;
        }
        m_kind[i] = std::uint8_t(kind);
        changedHere[i] = kind != ChangeKind::Unmodified;
        if (m_mode == Mode::Aggregated) {
            m_included[i] = exists || kind == ChangeKind::Removed;
        }
    }
    if (m_mode == Mode::LayerChanges) {
        // A node is listed when it or anything below it changed in this layer. Children always
        // have larger indices than their parents, so one backward pass carries marks upwards.
        for (std::uint32_t i = std::uint32_t(n); i-- > 1;) {
            if (changedHere[i]) {
                m_included[i] = 1;
            }
            if (m_included[i]) {
                m_included[t.node(i).parent] = 1;
            }
        }
    }
    m_included[FileTree::Root] = 1;
    // Directories this layer made opaque.
    if (m_layer >= 0 && std::size_t(m_layer) < t.layers().size()) {
        for (const LayerEntry &e : t.layers()[std::size_t(m_layer)]->entries) {
            if (e.is(EntryOpaque)) {
                const std::uint32_t dir = t.find(e.whiteoutTarget());
                if (dir != FileTree::NoNode) {
                    m_opaque.insert(dir);
                }
            }
        }
    }
}

FileTreeModel::ChangeKind FileTreeModel::changeKind(std::uint32_t node) const
{
    return node < m_kind.size() ? ChangeKind(m_kind[node]) : ChangeKind::Unmodified;
}

bool FileTreeModel::included(std::uint32_t node) const
{
    return node < m_included.size() && m_included[node];
}

const std::vector<std::uint32_t> &FileTreeModel::childrenOf(std::uint32_t node) const
{
    auto &slot = m_children[node];
    if (!slot) {
        slot = std::make_unique<std::vector<std::uint32_t>>();
        for (std::uint32_t c : m_tree->children(node)) {
            if (m_included[c]) {
                m_row[c] = std::int32_t(slot->size());
                slot->push_back(c);
            }
        }
    }
    return *slot;
}

const FileTree::Event *FileTreeModel::versionEvent(std::uint32_t node) const
{
    const FileTree::Event *version = nullptr;
    for (const auto &e : m_tree->events(node)) {
        if (e.layer > m_layer) {
            break;
        }
        if (e.kind != FileTree::EventKind::Removed) {
            version = &e;
        }
    }
    return version;
}

const LayerEntry *FileTreeModel::entryAtLayer(std::uint32_t node) const
{
    const FileTree::Event *v = m_tree ? versionEvent(node) : nullptr;
    return v ? m_tree->entryOf(*v) : nullptr;
}

int FileTreeModel::lastWriter(std::uint32_t node) const
{
    const FileTree::Event *v = m_tree ? versionEvent(node) : nullptr;
    return (v && v->entry != FileTree::NoEntry) ? v->layer : -1;
}

std::uint32_t FileTreeModel::nodeOf(const QModelIndex &index)
{
    return index.isValid() ? std::uint32_t(index.internalId()) : FileTree::Root;
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    const auto &kids = childrenOf(nodeOf(parent));
    if (row >= int(kids.size())) {
        return {};
    }
    return createIndex(row, column, quintptr(kids[std::size_t(row)]));
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_tree) {
        return {};
    }
    const std::uint32_t p = m_tree->node(nodeOf(child)).parent;
    if (p == FileTree::Root || p == FileTree::NoNode) {
        return {};
    }
    if (m_row[p] < 0) {
        childrenOf(m_tree->node(p).parent);
    }
    return createIndex(m_row[p], 0, quintptr(p));
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree || parent.column() > 0) {
        return 0;
    }
    return int(childrenOf(nodeOf(parent)).size());
}

int FileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool FileTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!m_tree || parent.column() > 0) {
        return false;
    }
    const std::uint32_t node = nodeOf(parent);
    if (m_children[node]) {
        return !m_children[node]->empty();
    }
    for (std::uint32_t c : m_tree->children(node)) {
        if (m_included[c]) {
            return true;
        }
    }
    return false;
}

QModelIndex FileTreeModel::indexOfNode(std::uint32_t node) const
{
    if (!m_tree || node == FileTree::Root || node >= m_tree->size() || !m_included[node]) {
        return {};
    }
    const std::uint32_t p = m_tree->node(node).parent;
    if (m_row[node] < 0) {
        childrenOf(p);
    }
    return createIndex(m_row[node], 0, quintptr(node));
}

QModelIndex FileTreeModel::indexOfPath(const QString &path) const
{
    if (!m_tree) {
        return {};
    }
    return indexOfNode(m_tree->find(path.toStdString()));
}

QVariant FileTreeModel::displayData(std::uint32_t node, int column) const
{
    const LayerEntry *e = entryAtLayer(node);
    const EntryType type = e ? e->type : EntryType::Directory;
    switch (column) {
    case NameColumn: {
        QString name = displayName(m_tree->name(node));
        if (e && e->type == EntryType::Symlink) {
            name += QStringLiteral(" → ") + displayName(e->linkTarget);
        } else if (e && e->type == EntryType::Hardlink) {
            name += QStringLiteral(" ⇒ /") + displayName(e->linkTarget);
        }
        if (isOpaqueHere(node)) {
            name += u' ' + tr("[opaque]");
        }
        return name;
    }
    case SizeColumn:
        return (e && type != EntryType::Directory) ? humanBytes(e->size) : QString();
    case ModeColumn:
        return e ? QString(typeLetter(type) + symbolicMode(e->mode)) : QStringLiteral("d?????????");
    case OwnerColumn:
        return e ? QStringLiteral("%1:%2").arg(e->uid).arg(e->gid) : QString();
    case MtimeColumn:
        return e ? TimeFormat::fromEpoch(e->mtime, e->mtimeNsec) : QString();
    case LayerColumn: {
        const int writer = lastWriter(node);
        return writer >= 0 ? QVariant(writer) : QVariant(QString());
    }
    default:
        return {};
    }
}

QString FileTreeModel::toolTip(std::uint32_t node) const
{
    QStringList lines;
    lines << QStringLiteral("/") + displayName(m_tree->path(node));
    lines << tr("In layer %1: %2").arg(m_layer).arg(kindName(changeKind(node)));
    for (const auto &ev : m_tree->events(node)) {
        if (ev.layer != m_layer || ev.kind != FileTree::EventKind::Removed) {
            continue;
        }
        switch (ev.cause) {
        case FileTree::Cause::Whiteout:
            lines << tr("Deleted by a whiteout (.wh.%1)").arg(displayName(m_tree->name(node)));
            break;
        case FileTree::Cause::Opaque:
            lines << tr("Hidden because its directory was made opaque (.wh..wh..opq)");
            break;
        case FileTree::Cause::Replaced:
            lines << tr("Removed because a file replaced its directory");
            break;
        default:
            break;
        }
        break;
    }
    if (isOpaqueHere(node)) {
        lines << tr("This layer made the directory opaque: lower layers' contents are hidden");
    }
    const int writer = lastWriter(node);
    if (writer >= 0) {
        lines << tr("Last written by layer %1").arg(writer);
    } else {
        lines << tr("Directory implied by the paths below it (no layer lists it)");
    }
    if (const LayerEntry *e = entryAtLayer(node); e && e->sha256.valid) {
        lines << QStringLiteral("SHA-256 %1").arg(e->sha256.hex());
    }
    return lines.join(u'\n');
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_tree) {
        return {};
    }
    const std::uint32_t node = nodeOf(index);
    const ChangeKind kind = changeKind(node);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(node, index.column());
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            const LayerEntry *e = entryAtLayer(node);
            return ChangeIcons::icon(kind, !e || e->type == EntryType::Directory);
        }
        return {};
    case Qt::ForegroundRole:
        return kind == ChangeKind::Unmodified ? QVariant() : QBrush(ChangeIcons::color(kind));
    case Qt::FontRole:
        if (kind == ChangeKind::Removed) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        return (index.column() == SizeColumn || index.column() == LayerColumn)
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case SortRole:
        if (index.column() == SizeColumn) {
            const LayerEntry *e = entryAtLayer(node);
            return e ? e->size : 0;
        }
        if (index.column() == MtimeColumn) {
            const LayerEntry *e = entryAtLayer(node);
            return e ? e->mtime : 0;
        }
        if (index.column() == LayerColumn) {
            return lastWriter(node);
        }
        return displayData(node, index.column());
    case NodeRole:
        return node;
    case ChangeKindRole:
        return int(kind);
    case PathRole:
        return QString(QStringLiteral("/") + displayName(m_tree->path(node)));
    case LayerRole:
        return lastWriter(node);
    default:
        return {};
    }
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModeColumn:
        return tr("Mode");
    case OwnerColumn:
        return tr("UID:GID");
    case MtimeColumn:
        return tr("Modified");
    case LayerColumn:
        return tr("Layer");
    default:
        return {};
    }
}

} // namespace dockscope
