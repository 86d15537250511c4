#pragma once

#include "model/analysis.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>

#include <vector>

namespace dockscope {

// The findings of an analysis ("Suspicious files"), one row per finding, in the analysis' order
// (most severe first). Reset whole when a new analysis arrives; SortRole carries raw values
// (severity as its enum value, Critical = 0, so an ascending sort puts critical first).
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        TitleColumn,
        PathColumn,
        WhereColumn,
        EvidenceColumn,
        Sha256Column,
        ColumnCount
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // The finding of a row of this model (not of a proxy), or nullptr.
    const Finding *finding(const QModelIndex &index) const;
    QModelIndex indexOfFinding(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "critical" … "info" for people; colour, and an icon whose filled bars count the level.
    static QString severityText(Severity severity);
    static QColor severityColor(Severity severity);
    static QIcon severityIcon(Severity severity);

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QString toolTip(int row) const;

    std::vector<Finding> m_findings;
    std::vector<QString> m_where; // "web, layer 3", per finding
};

} // namespace dockscope
