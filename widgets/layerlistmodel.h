#pragma once

#include "model/image.h"

#include <QAbstractTableModel>

namespace dockscope {

// The layers of one image, like dive's layer list, with the digest-verified mark.
class LayerListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IndexColumn, SizeColumn, AddedColumn, ModifiedColumn, RemovedColumn,
                  VerifiedColumn, CommandColumn, ColumnCount };

    explicit LayerListModel(QObject *parent = nullptr);
    void setImage(const Image *image); // the image must outlive the model's use of it

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const Image *m_image = nullptr;
};

} // namespace dockscope
