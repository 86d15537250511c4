#pragma once

#include "filteredtableview.h"
#include "model/analysis.h"

class QComboBox;
class QModelIndex;

namespace dockscope {

class TimelineModel;

// The "Timeline and logs" dock: every dated event of the analysis (image history, layers,
// containers, logs, findings) in time order, with a text filter over every column, a filter by
// source and one by event type. Activating a row (double-click or Enter) hands out the event.
class TimelineView final : public FilteredTableView
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // Formats the times again, after the time display setting changed.
    void refreshTimes();

    TimelineModel *model() const { return m_model; }
    QSortFilterProxyModel *sourceProxy() const { return filterProxy(0); }
    QSortFilterProxyModel *typeProxy() const { return filterProxy(1); }
    // The event of the current row, or nullptr.
    const TimelineEvent *currentEvent() const;

Q_SIGNALS:
    void eventActivated(const dockscope::TimelineEvent &event);

private:
    const TimelineEvent *eventAt(const QModelIndex &proxyIndex) const;

    TimelineModel *m_model = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_type = nullptr;
};

} // namespace dockscope
