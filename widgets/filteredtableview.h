#pragma once

#include <QWidget>

#include <set>
#include <vector>

class QAbstractItemModel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace dockscope {

// What the table docks (findings, checklist, timeline, warnings, packages) share: a tool bar
// with a debounced text filter over every column ("filter") and any number of combo filters,
// each a proxy that keeps the rows whose value of one column and role matches the regular
// expression the chosen item carries; a sortable table ("table") over the last proxy, which
// also does the text filter and the sorting; and a label shown instead when the model is empty
// ("emptyState"). Rows flow: model → combo proxies in the order they were added → proxy().
class FilteredTableView : public QWidget
{
    Q_OBJECT
public:
    // The table's model: text filter and sorting, on top of the combo filters.
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

protected:
    explicit FilteredTableView(QWidget *parent = nullptr);

    // Sets the filter box's placeholder and tool tip.
    void setTextFilterHints(const QString &placeholder, const QString &toolTip);
    // A combo in the tool bar filtering `column` by `role`; its items' data are regular
    // expressions, an empty one (or none) lets every row through. Add them before
    // setSourceModel(); the proxy is filterProxy(n) in the order added.
    QComboBox *addComboFilter(const QString &objectName, int column, int role);
    QSortFilterProxyModel *filterProxy(std::size_t n) const { return m_filters[n].proxy; }
    // Builds the chain of proxies over `model` and hands the top one to the table.
    void setSourceModel(QAbstractItemModel *model);

    // Fills `combo` with an "all" item and one item per value (its data), matched whole and
    // literally; the choice made before stays when its value is still there.
    void setExactChoices(QComboBox *combo, const QString &allLabel, const std::set<QString> &values);

    // The index of the model under a row of proxy(), and back.
    QModelIndex toSource(const QModelIndex &proxyIndex) const;
    QModelIndex fromSource(const QModelIndex &sourceIndex) const;
    // Every combo back to its first item and the text filter cleared, at once.
    void clearFilters();

    QLabel *emptyLabel() const { return m_empty; }
    // Shows the empty-state label when the model has no rows, else the table.
    void updateEmptyState();
    // A column width that fits `sample` in this widget's font.
    int widthFor(const QString &sample, int extra = 0) const;

private:
    void applyComboFilter(QComboBox *combo);

    struct ComboFilter
    {
        QComboBox *combo = nullptr;
        QSortFilterProxyModel *proxy = nullptr;
    };

    QAbstractItemModel *m_model = nullptr;
    std::vector<ComboFilter> m_filters;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHBoxLayout *m_bar = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace dockscope
