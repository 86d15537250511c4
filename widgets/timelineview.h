#pragma once

#include "model/analysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace dockscope {

class TimelineModel;

// The "Timeline and logs" dock: every dated event of the analysis (image history, layers,
// containers, logs, findings) in time order, with a text filter over every column and a filter
// by source. Activating a row (double-click or Enter) hands out the event.
class TimelineView final : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // Formats the times again, after the time display setting changed.
    void refreshTimes();

    TimelineModel *model() const { return m_model; }
    QSortFilterProxyModel *sourceProxy() const { return m_sourceProxy; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // The event of the current row, or nullptr.
    const TimelineEvent *currentEvent() const;

Q_SIGNALS:
    void eventActivated(const dockscope::TimelineEvent &event);

private:
    const TimelineEvent *eventAt(const QModelIndex &proxyIndex) const;
    void fillSources(const Analysis &analysis);
    void applySourceFilter();
    void updateEmptyState();

    TimelineModel *m_model = nullptr;
    QSortFilterProxyModel *m_sourceProxy = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_source = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace dockscope
