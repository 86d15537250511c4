#include "timelineview.h"

#include "roles.h"
#include "timelinemodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace dockscope {

TimelineView::TimelineView(QWidget *parent)
    : FilteredTableView(parent)
    , m_model(new TimelineModel(this))
{
    setTextFilterHints(tr("Filter events"),
                       tr("Shows the events whose time, type, source, message or path "
                          "contains this text (case-insensitive)."));

    // Source and type: the raw texts of their columns, matched whole.
    m_source = addComboFilter(QStringLiteral("sourceFilter"), TimelineModel::SourceColumn, SortRole);
    m_source->setToolTip(tr("Shows only events from this source"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type = addComboFilter(QStringLiteral("typeFilter"), TimelineModel::TypeColumn, SortRole);
    m_type->setToolTip(tr("Shows only events of this type"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setSourceModel(m_model);

    QTableView *view = table();
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(TimelineModel::TimeColumn, widthFor(QStringLiteral("0000-00-00 00:00:00 UTC+00:00")));
    header->resizeSection(TimelineModel::TypeColumn, widthFor(QStringLiteral("Content Modification Time")));
    header->resizeSection(TimelineModel::SourceColumn, widthFor(QString(14, u'n')));
    header->resizeSection(TimelineModel::MessageColumn, widthFor(QString(48, u'n')));
    header->setSortIndicator(TimelineModel::TimeColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);

    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const TimelineEvent *e = eventAt(index)) {
            Q_EMIT eventActivated(*e);
        }
    });

    emptyLabel()->setText(tr("No timeline events: the times of image history, layers, containers and "
                             "logs arrive with the timeline engine."));
    setExactChoices(m_source, tr("All sources"), {});
    setExactChoices(m_type, tr("All event types"), {});
    updateEmptyState();
}

void TimelineView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    std::set<QString> sources;
    std::set<QString> types;
    for (const TimelineEvent &e : analysis.timeline) {
        if (!e.source.isEmpty()) {
            sources.insert(e.source);
        }
        if (!e.timestampDesc.isEmpty()) {
            types.insert(e.timestampDesc);
        }
    }
    setExactChoices(m_source, tr("All sources"), sources);
    setExactChoices(m_type, tr("All event types"), types);
    updateEmptyState();
}

void TimelineView::refreshTimes()
{
    m_model->refreshTimes();
}

const TimelineEvent *TimelineView::currentEvent() const
{
    return eventAt(table()->currentIndex());
}

const TimelineEvent *TimelineView::eventAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid()) {
        return nullptr;
    }
    return m_model->event(toSource(proxyIndex));
}

} // namespace dockscope
