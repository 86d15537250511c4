#pragma once

#include "model/analysis.h"

#include <QAbstractTableModel>

#include <vector>

namespace dockscope {

// The timeline of an analysis, one row per event, in the analysis' (chronological) order.
// Times are shown as the settings say (UTC or local); SortRole of the time column is the raw
// RFC 3339 text in UTC, which sorts chronologically.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TypeColumn, SourceColumn, MessageColumn, PathColumn, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // Formats the times again, after the time display setting changed.
    void refreshTimes();
    // The event of a row of this model (not of a proxy), or nullptr.
    const TimelineEvent *event(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QString toolTip(int row) const;

    std::vector<TimelineEvent> m_events;
    std::vector<QString> m_times; // formatted once: TimeFormat reads the settings
};

} // namespace dockscope
