#pragma once

#include "model/filetree.h"

#include <QAbstractItemModel>

#include <memory>
#include <unordered_set>
#include <vector>

namespace dockscope {

// The file tree of one image at one layer, like dive's layer view, over the immutable FileTree
// arena: no object per node, children listed lazily when a parent is first asked for them.
// LayerChanges mode shows what layer i did (its added, modified and removed paths and the
// directories above them); Aggregated mode shows the file system after layers 0..i, with the
// paths layer i removed still listed and marked.
class FileTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ModeColumn, OwnerColumn, MtimeColumn, LayerColumn, ColumnCount };
    enum class Mode { LayerChanges, Aggregated };
    enum class ChangeKind { Unmodified, Added, Modified, Removed };

    explicit FileTreeModel(QObject *parent = nullptr);

    void setTree(std::shared_ptr<const FileTree> tree, int layer, Mode mode);
    void setLayer(int layer);
    void setMode(Mode mode);
    const std::shared_ptr<const FileTree> &tree() const { return m_tree; }
    int layer() const { return m_layer; }
    Mode mode() const { return m_mode; }

    // State of a node at the current layer.
    ChangeKind changeKind(std::uint32_t node) const;
    bool included(std::uint32_t node) const;
    bool isOpaqueHere(std::uint32_t node) const { return m_opaque.count(node) != 0; }
    // The version current at the layer (for removed paths: the one removed), or nullptr.
    const LayerEntry *entryAtLayer(std::uint32_t node) const;
    // Layer of that version (the layer that last wrote the path), -1 for implied directories.
    int lastWriter(std::uint32_t node) const;

    QModelIndex indexOfNode(std::uint32_t node) const;
    QModelIndex indexOfPath(const QString &path) const;
    static std::uint32_t nodeOf(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString kindName(ChangeKind kind);

private:
    void recompute();
    const std::vector<std::uint32_t> &childrenOf(std::uint32_t node) const;
    const FileTree::Event *versionEvent(std::uint32_t node) const;
    QVariant displayData(std::uint32_t node, int column) const;
    QString toolTip(std::uint32_t node) const;

    std::shared_ptr<const FileTree> m_tree;
    int m_layer = 0;
    Mode m_mode = Mode::Aggregated;
    std::vector<std::uint8_t> m_kind;     // ChangeKind per node at m_layer
    std::vector<std::uint8_t> m_included; // shown in the current mode
    std::unordered_set<std::uint32_t> m_opaque; // directories layer m_layer made opaque
    mutable std::vector<std::unique_ptr<std::vector<std::uint32_t>>> m_children;
    mutable std::vector<std::int32_t> m_row; // row of a node under its parent, -1 unknown
};

} // namespace dockscope
