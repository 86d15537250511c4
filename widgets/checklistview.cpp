#include "checklistview.h"

#include "checklistmodel.h"
#include "roles.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace dockscope {

ChecklistView::ChecklistView(QWidget *parent)
    : FilteredTableView(parent)
    , m_model(new ChecklistModel(this))
{
    setTextFilterHints(tr("Filter checks"),
                       tr("Shows the checks whose container, ID, title, value or source "
                          "contains this text (case-insensitive)."));

    // The regular expressions match the Status value (Fail 0, Warn 1, Pass 2, n/a 3).
    using Status = ChecklistItem::Status;
    QComboBox *status = addComboFilter(QStringLiteral("statusFilter"), ChecklistModel::StatusColumn, StatusRole);
    status->setToolTip(tr("Shows only checks with this outcome"));
    status->addItem(tr("All outcomes"), QString());
    status->addItem(ChecklistModel::statusIcon(Status::Fail), tr("Fail and warn"),
                    QStringLiteral("^[01]$"));
    status->addItem(ChecklistModel::statusIcon(Status::Fail), tr("Fail"), QStringLiteral("^0$"));
    status->addItem(ChecklistModel::statusIcon(Status::Warn), tr("Warn"), QStringLiteral("^1$"));
    status->addItem(ChecklistModel::statusIcon(Status::Pass), tr("Pass"), QStringLiteral("^2$"));
    status->addItem(ChecklistModel::statusIcon(Status::NotApplicable), tr("Not applicable"),
                    QStringLiteral("^3$"));

    // The check IDs of this analysis, matched whole against the ID column.
    m_check = addComboFilter(QStringLiteral("checkFilter"), ChecklistModel::IdColumn, SortRole);
    m_check->setToolTip(tr("Shows only this check, for every container"));
    m_check->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setSourceModel(m_model);

    QTableView *view = table();
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(ChecklistModel::ContainerColumn, widthFor(QString(16, u'n')));
    header->resizeSection(ChecklistModel::IdColumn, widthFor(QStringLiteral("RT-00")));
    header->resizeSection(ChecklistModel::TitleColumn, widthFor(QString(36, u'n')));
    header->resizeSection(ChecklistModel::StatusColumn, widthFor(tr("warn"), 20));
    header->resizeSection(ChecklistModel::SeverityColumn, widthFor(tr("critical"), 20));
    header->resizeSection(ChecklistModel::ValueColumn, widthFor(QString(24, u'n')));
    // Failed checks first; the sort is stable, so container and RT order hold within a status.
    header->setSortIndicator(ChecklistModel::StatusColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);

    emptyLabel()->setText(tr("No checklist: the runtime configuration checks (RT-01 to RT-20) of "
                             "containers read from inspect output or a Docker data root arrive with "
                             "the checklist engine."));
    setExactChoices(m_check, tr("All checks"), {});
    updateEmptyState();
}

void ChecklistView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    std::set<QString> ids;
    for (const Container &c : analysis.containers) {
        for (const ChecklistItem &item : c.checklist) {
            ids.insert(item.id);
        }
    }
    setExactChoices(m_check, tr("All checks"), ids);
    updateEmptyState();
}

const ChecklistItem *ChecklistView::currentItem(QString *containerId) const
{
    const QModelIndex index = table()->currentIndex();
    if (!index.isValid()) {
        return nullptr;
    }
    const QModelIndex source = toSource(index);
    *containerId = m_model->containerId(source);
    return m_model->item(source);
}

} // namespace dockscope
