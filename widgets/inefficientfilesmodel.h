#pragma once

#include "analysis/efficiency.h"

#include <QAbstractTableModel>

namespace dockscope {

// dive's inefficient files: paths written by more than one layer.
class InefficientFilesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CountColumn, WastedColumn, PathColumn, ColumnCount };

    explicit InefficientFilesModel(QObject *parent = nullptr);
    void setEfficiency(const Efficiency &efficiency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<InefficientFile> m_files;
};

} // namespace dockscope
