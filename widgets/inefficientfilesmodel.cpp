#include "inefficientfilesmodel.h"

#include "roles.h"
#include "util/format.h"
#include "util/membername.h"

namespace dockscope {

InefficientFilesModel::InefficientFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InefficientFilesModel::setEfficiency(const Efficiency &efficiency)
{
    beginResetModel();
    m_files = efficiency.inefficientFiles;
    endResetModel();
}

int InefficientFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int InefficientFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InefficientFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const InefficientFile &f = m_files[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CountColumn:
            return f.count;
        case WastedColumn:
            return humanBytes(f.sizeBytes);
        case PathColumn:
            return displayName(f.path);
        default:
            return {};
        }
    case SortRole:
        return index.column() == WastedColumn ? QVariant(f.sizeBytes) : data(index, Qt::DisplayRole);
    case PathRole:
        return displayName(f.path);
    case Qt::TextAlignmentRole:
        return index.column() == PathColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant InefficientFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CountColumn:
        return tr("Count");
    case WastedColumn:
        return tr("Total space");
    case PathColumn:
        return tr("Path");
    default:
        return {};
    }
}

} // namespace dockscope
