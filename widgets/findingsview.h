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

class FindingsModel;

// The "Suspicious files" dock: the findings of the analysis in a sortable table, most severe
// first, with a text filter over every column and a minimum-severity filter. Activating a row
// (double-click or Enter) asks for the finding's file to be opened.
class FindingsView final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsView(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // Selects the finding with this id (clearing the filters if they hide it).
    bool selectFinding(const QString &findingId);

    // The finding of the current row; an empty Finding (no id) when there is none.
    Finding currentFinding() const;

    FindingsModel *model() const { return m_model; }
    QSortFilterProxyModel *severityProxy() const { return m_severityProxy; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void findingActivated(const dockscope::Finding &finding);
    // The finding now selected; an empty Finding (no id) when nothing is.
    void currentFindingChanged(const dockscope::Finding &finding);

private:
    const Finding *findingAt(const QModelIndex &proxyIndex) const;
    void applySeverityFilter();
    void updateEmptyState();

    FindingsModel *m_model = nullptr;
    QSortFilterProxyModel *m_severityProxy = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_severity = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace dockscope
