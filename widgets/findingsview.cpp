#include "findingsview.h"

#include "findingsmodel.h"
#include "roles.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace dockscope {

FindingsView::FindingsView(QWidget *parent)
    : FilteredTableView(parent)
    , m_model(new FindingsModel(this))
{
    setTextFilterHints(tr("Filter findings"),
                       tr("Shows the findings whose rule, title, path, location, evidence or "
                          "hash contains this text (case-insensitive)."));

    // The regular expressions match the Severity value (Critical = 0 … Info = 4).
    QComboBox *severity = addComboFilter(QStringLiteral("severityFilter"), FindingsModel::SeverityColumn,
                                         SeverityRole);
    severity->setToolTip(tr("Shows only findings of this severity or above"));
    severity->addItem(tr("All severities"), QString());
    severity->addItem(FindingsModel::severityIcon(Severity::Critical), tr("Critical"),
                      QStringLiteral("^0$"));
    severity->addItem(FindingsModel::severityIcon(Severity::High), tr("High and above"),
                      QStringLiteral("^[01]$"));
    severity->addItem(FindingsModel::severityIcon(Severity::Medium), tr("Medium and above"),
                      QStringLiteral("^[012]$"));
    severity->addItem(FindingsModel::severityIcon(Severity::Low), tr("Low and above"),
                      QStringLiteral("^[0123]$"));

    // The rule IDs of this analysis' findings, matched whole against the rule column.
    m_rule = addComboFilter(QStringLiteral("ruleFilter"), FindingsModel::RuleColumn, SortRole);
    m_rule->setToolTip(tr("Shows only findings of this rule"));
    m_rule->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setSourceModel(m_model);

    QTableView *view = table();
    view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(FindingsModel::SeverityColumn, widthFor(tr("critical"), 20));
    header->resizeSection(FindingsModel::RuleColumn, widthFor(QStringLiteral("RT-00-000")));
    header->resizeSection(FindingsModel::TitleColumn, widthFor(QString(32, u'n')));
    header->resizeSection(FindingsModel::PathColumn, widthFor(QString(36, u'n')));
    header->resizeSection(FindingsModel::WhereColumn, widthFor(QString(24, u'n')));
    header->resizeSection(FindingsModel::EvidenceColumn, widthFor(QString(36, u'n')));
    // Most severe first; the sort is stable, so the analysis' ranking holds within a severity.
    header->setSortIndicator(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);

    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Finding *f = findingAt(index)) {
            Q_EMIT findingActivated(*f);
        }
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const Finding *f = findingAt(current);
                Q_EMIT currentFindingChanged(f ? *f : Finding());
            });

    emptyLabel()->setText(tr("No findings: content and configuration checks arrive with the findings "
                             "engine."));
    setExactChoices(m_rule, tr("All rules"), {});
    updateEmptyState();
}

void FindingsView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    std::set<QString> rules;
    for (const Finding &f : analysis.findings) {
        rules.insert(f.rule);
    }
    setExactChoices(m_rule, tr("All rules"), rules);
    updateEmptyState();
}

bool FindingsView::selectFinding(const QString &findingId)
{
    const QModelIndex source = m_model->indexOfFinding(findingId);
    if (!source.isValid()) {
        return false;
    }
    QModelIndex index = fromSource(source);
    if (!index.isValid()) {
        clearFilters();
        index = fromSource(source);
    }
    table()->setCurrentIndex(index);
    table()->scrollTo(index);
    return index.isValid();
}

Finding FindingsView::currentFinding() const
{
    const Finding *f = findingAt(table()->currentIndex());
    return f ? *f : Finding{};
}

const Finding *FindingsView::findingAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid()) {
        return nullptr;
    }
    return m_model->finding(toSource(proxyIndex));
}

} // namespace dockscope
