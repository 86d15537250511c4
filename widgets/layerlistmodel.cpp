#include "layerlistmodel.h"

#include "roles.h"
#include "util/format.h"

#include <QApplication>
#include <QStyle>

namespace dockscope {

LayerListModel::LayerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LayerListModel::setImage(const Image *image)
{
    beginResetModel();
    m_image = image;
    endResetModel();
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return (parent.isValid() || !m_image) ? 0 : int(m_image->layers.size());
}

int LayerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_image) {
        return {};
    }
    const Layer &l = m_image->layers[std::size_t(index.row())];
    const QString command = l.createdBy.simplified();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IndexColumn:
            return l.index;
        case SizeColumn:
            return humanBytes(l.sizeBytes);
        case AddedColumn:
            return l.changes.added;
        case ModifiedColumn:
            return l.changes.modified;
        case RemovedColumn:
            return l.changes.removed;
        case VerifiedColumn:
            if (!l.readable) {
                return tr("unreadable");
            }
            return l.verified ? tr("verified") : tr("not verified");
        case CommandColumn:
            return command.isEmpty() ? tr("(no build command recorded)") : command;
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case SizeColumn:
            return l.sizeBytes;
        case VerifiedColumn:
            return int(l.verified);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DecorationRole && index.column() == VerifiedColumn) {
        return QApplication::style()->standardIcon(l.verified ? QStyle::SP_DialogApplyButton
                                                              : QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::TextAlignmentRole && index.column() <= RemovedColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        lines << tr("Layer %1 (%2)").arg(l.index).arg(l.member);
        lines << tr("Blob digest: %1").arg(l.digest);
        if (!l.expectedDigest.isEmpty()) {
            lines << tr("Descriptor digest: %1").arg(l.expectedDigest);
        }
        lines << tr("diff_id: %1").arg(l.diffId);
        if (!l.expectedDiffId.isEmpty()) {
            lines << tr("Config diff_id: %1").arg(l.expectedDiffId);
        }
        lines << tr("Compression: %1, stored %2").arg(compressionName(l.compression), humanBytes(l.storedSize));
        if (!l.created.isEmpty()) {
            lines << tr("Created: %1").arg(l.created);
        }
        if (!command.isEmpty()) {
            lines << command;
        }
        return lines.join(u'\n');
    }
    if (role == LayerRole) {
        return l.index;
    }
    return {};
}

QVariant LayerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IndexColumn:
        return tr("#");
    case SizeColumn:
        return tr("Size");
    case AddedColumn:
        return tr("Added");
    case ModifiedColumn:
        return tr("Modified");
    case RemovedColumn:
        return tr("Removed");
    case VerifiedColumn:
        return tr("Digest");
    case CommandColumn:
        return tr("Created by");
    default:
        return {};
    }
}

} // namespace dockscope
