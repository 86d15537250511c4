#pragma once

#include "model/analysis.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>

#include <vector>

namespace dockscope {

// The security-configuration checklist of every container of an analysis, one row per check.
// Reset whole when a new analysis arrives; SortRole carries raw values (status and severity as
// their enum values, which are ordered most important first).
class ChecklistModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ContainerColumn,
        IdColumn,
        TitleColumn,
        StatusColumn,
        SeverityColumn,
        ValueColumn,
        SourceColumn,
        ColumnCount
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    const ChecklistItem *item(const QModelIndex &index) const;
    QString containerId(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "fail", "warn", "pass", "n/a" for people; colour and a shape that reads without colour.
    static QString statusText(ChecklistItem::Status status);
    static QColor statusColor(ChecklistItem::Status status);
    static QIcon statusIcon(ChecklistItem::Status status);

private:
    struct Row
    {
        QString containerId;
        QString containerLabel; // name without the leading '/', or the short id
        ChecklistItem item;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QString toolTip(const Row &row) const;

    std::vector<Row> m_rows;
};

} // namespace dockscope
