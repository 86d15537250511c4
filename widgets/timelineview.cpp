#include "timelineview.h"

#include "roles.h"
#include "timelinemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace dockscope {

namespace {

constexpr int FilterDelayMs = 300;

int widthFor(const QWidget *widget, const QString &sample, int extra = 0)
{
    return widget->fontMetrics().horizontalAdvance(sample) + 24 + extra;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_sourceProxy(new QSortFilterProxyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_filter(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_filterTimer(new QTimer(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    // Source first (the raw source text of the source column), then text and sorting on top.
    m_sourceProxy->setSourceModel(m_model);
    m_sourceProxy->setFilterRole(SortRole);
    m_sourceProxy->setFilterKeyColumn(TimelineModel::SourceColumn);
    m_proxy->setSourceModel(m_sourceProxy);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter events"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the events whose time, type, source, message or path "
                            "contains this text (case-insensitive)."));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_proxy->setFilterFixedString(m_filter->text()); });

    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_source->setToolTip(tr("Shows only events from this source"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->addItem(tr("All sources"), QString());
    connect(m_source, &QComboBox::currentIndexChanged, this, &TimelineView::applySourceFilter);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->resizeSection(TimelineModel::TimeColumn,
                          widthFor(this, QStringLiteral("0000-00-00 00:00:00 UTC+00:00")));
    header->resizeSection(TimelineModel::TypeColumn,
                          widthFor(this, QStringLiteral("Content Modification Time")));
    header->resizeSection(TimelineModel::SourceColumn, widthFor(this, QString(14, u'n')));
    header->resizeSection(TimelineModel::MessageColumn, widthFor(this, QString(48, u'n')));
    header->setSortIndicator(TimelineModel::TimeColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const TimelineEvent *e = eventAt(index)) {
            Q_EMIT eventActivated(*e);
        }
    });

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(12);
    m_empty->setText(tr("No timeline events: the times of image history, layers, containers and "
                        "logs arrive with the timeline engine."));

    auto *content = new QWidget(m_stack);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_source);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_table, 1);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updateEmptyState();
}

void TimelineView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    fillSources(analysis);
    updateEmptyState();
}

void TimelineView::refreshTimes()
{
    m_model->refreshTimes();
}

void TimelineView::fillSources(const Analysis &analysis)
{
    std::set<QString> sources;
    for (const TimelineEvent &e : analysis.timeline) {
        if (!e.source.isEmpty()) {
            sources.insert(e.source);
        }
    }
    const QString current = m_source->currentData().toString();
    {
        const QSignalBlocker blocker(m_source);
        m_source->clear();
        m_source->addItem(tr("All sources"), QString());
        for (const QString &source : sources) {
            QString label = source;
            label.replace(u'\n', u' ');
            m_source->addItem(label, source);
        }
        m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
    }
    applySourceFilter();
}

const TimelineEvent *TimelineView::currentEvent() const
{
    return eventAt(m_table->currentIndex());
}

const TimelineEvent *TimelineView::eventAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid()) {
        return nullptr;
    }
    return m_model->event(m_sourceProxy->mapToSource(m_proxy->mapToSource(proxyIndex)));
}

void TimelineView::applySourceFilter()
{
    const QString source = m_source->currentData().toString();
    m_sourceProxy->setFilterRegularExpression(
        source.isEmpty() ? QRegularExpression()
                         : QRegularExpression(QRegularExpression::anchoredPattern(
                             QRegularExpression::escape(source))));
}

void TimelineView::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
}

} // namespace dockscope
