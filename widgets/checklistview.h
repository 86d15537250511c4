#pragma once

#include "model/analysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace dockscope {

class ChecklistModel;

// The "Security checklist" dock: the runtime-configuration checks (RT-01 … RT-20) of every
// container, failed checks first, with a text filter over every column and a status filter.
class ChecklistView final : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistView(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);

    ChecklistModel *model() const { return m_model; }
    QSortFilterProxyModel *statusProxy() const { return m_statusProxy; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // The check of the current row and its container, or nullptr.
    const ChecklistItem *currentItem(QString *containerId) const;

private:
    void applyStatusFilter();
    void updateEmptyState();

    ChecklistModel *m_model = nullptr;
    QSortFilterProxyModel *m_statusProxy = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace dockscope
