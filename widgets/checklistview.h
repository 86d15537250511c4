#pragma once

#include "filteredtableview.h"
#include "model/analysis.h"

class QComboBox;

namespace dockscope {

class ChecklistModel;

// The "Security checklist" dock: the runtime-configuration checks (RT-01 … RT-20) of every
// container, failed checks first, with a text filter over every column, a status filter and a
// filter by check (RT-xx).
class ChecklistView final : public FilteredTableView
{
    Q_OBJECT
public:
    explicit ChecklistView(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);

    ChecklistModel *model() const { return m_model; }
    QSortFilterProxyModel *statusProxy() const { return filterProxy(0); }
    QSortFilterProxyModel *checkProxy() const { return filterProxy(1); }
    // The check of the current row and its container, or nullptr.
    const ChecklistItem *currentItem(QString *containerId) const;

private:
    ChecklistModel *m_model = nullptr;
    QComboBox *m_check = nullptr;
};

} // namespace dockscope
