#pragma once

#include "filteredtableview.h"
#include "model/analysis.h"

class QComboBox;
class QModelIndex;

namespace dockscope {

class FindingsModel;

// The "Suspicious files" dock: the findings of the analysis in a sortable table, most severe
// first, with a text filter over every column, a minimum-severity filter and a filter by rule
// (the rules that found something in this analysis). Activating a row (double-click or Enter)
// asks for the finding's file to be opened.
class FindingsView final : public FilteredTableView
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
    QSortFilterProxyModel *severityProxy() const { return filterProxy(0); }
    QSortFilterProxyModel *ruleProxy() const { return filterProxy(1); }

Q_SIGNALS:
    void findingActivated(const dockscope::Finding &finding);
    // The finding now selected; an empty Finding (no id) when nothing is.
    void currentFindingChanged(const dockscope::Finding &finding);

private:
    const Finding *findingAt(const QModelIndex &proxyIndex) const;

    FindingsModel *m_model = nullptr;
    QComboBox *m_rule = nullptr;
};

} // namespace dockscope
