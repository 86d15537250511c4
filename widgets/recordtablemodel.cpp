#include "recordtablemodel.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QStyle>

namespace dockscope {

RecordTableModel::RecordTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{
}

void RecordTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    for (Row &r : m_rows) {
        while (r.cells.size() < m_headers.size()) {
            r.cells << QString();
        }
    }
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        // One line in the table; the whole text is in the tooltip.
        return r.cells.at(index.column()).section(u'\n', 0, 0);
    case Qt::ToolTipRole:
        return r.toolTip.isEmpty() ? r.cells.at(index.column()) : r.toolTip;
    case Qt::ForegroundRole:
        if (r.problem) {
            return QBrush(Qt::red);
        }
        return {};
    case Qt::DecorationRole:
        if (r.problem && index.column() == 0) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    case RecordIdRole:
        return r.id;
    case ProblemRole:
        return r.problem;
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size()) {
        return m_headers.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace dockscope
