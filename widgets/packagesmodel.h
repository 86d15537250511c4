#pragma once

#include "model/analysis.h"

#include <QAbstractTableModel>

#include <vector>

namespace dockscope {

// The installed packages of every image (Image::packages), one row each, with the layer that
// brought it and how many of the analysis's vulnerabilities concern it (same image, name and
// version). SortRole carries raw values (layer index, count); LayerRole and ImageIdRole the
// typed ones.
class PackagesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, EcosystemColumn, ImageColumn, LayerColumn, LocationColumn,
                  VulnerabilitiesColumn, ColumnCount };

    explicit PackagesModel(QObject *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // The package of a row of this model (not of a proxy), or nullptr.
    const Package *package(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        Package package;
        QString imageId;
        QString imageName;
        int vulnerabilities = 0;
    };
    QVariant displayData(const Row &row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace dockscope
