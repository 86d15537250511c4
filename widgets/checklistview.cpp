#include "checklistview.h"

#include "checklistmodel.h"
#include "roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dockscope {

namespace {

constexpr int FilterDelayMs = 300;

int widthFor(const QWidget *widget, const QString &sample, int extra = 0)
{
    return widget->fontMetrics().horizontalAdvance(sample) + 24 + extra;
}

} // namespace

ChecklistView::ChecklistView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(this))
    , m_statusProxy(new QSortFilterProxyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_filterTimer(new QTimer(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    // Status first (typed role on the status column), then text and sorting on top.
    m_statusProxy->setSourceModel(m_model);
    m_statusProxy->setFilterRole(StatusRole);
    m_statusProxy->setFilterKeyColumn(ChecklistModel::StatusColumn);
    m_proxy->setSourceModel(m_statusProxy);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter checks"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the checks whose container, ID, title, value or source "
                            "contains this text (case-insensitive)."));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_proxy->setFilterFixedString(m_filter->text()); });

    // The regular expressions match the Status value (Fail 0, Warn 1, Pass 2, n/a 3).
    using Status = ChecklistItem::Status;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Shows only checks with this outcome"));
    m_status->addItem(tr("All outcomes"), QString());
    m_status->addItem(ChecklistModel::statusIcon(Status::Fail), tr("Fail and warn"),
                      QStringLiteral("^[01]$"));
    m_status->addItem(ChecklistModel::statusIcon(Status::Fail), tr("Fail"), QStringLiteral("^0$"));
    m_status->addItem(ChecklistModel::statusIcon(Status::Warn), tr("Warn"), QStringLiteral("^1$"));
    m_status->addItem(ChecklistModel::statusIcon(Status::Pass), tr("Pass"), QStringLiteral("^2$"));
    m_status->addItem(ChecklistModel::statusIcon(Status::NotApplicable), tr("Not applicable"),
                      QStringLiteral("^3$"));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ChecklistView::applyStatusFilter);

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
    header->resizeSection(ChecklistModel::ContainerColumn, widthFor(this, QString(16, u'n')));
    header->resizeSection(ChecklistModel::IdColumn, widthFor(this, QStringLiteral("RT-00")));
    header->resizeSection(ChecklistModel::TitleColumn, widthFor(this, QString(36, u'n')));
    header->resizeSection(ChecklistModel::StatusColumn, widthFor(this, tr("warn"), 20));
    header->resizeSection(ChecklistModel::SeverityColumn, widthFor(this, tr("critical"), 20));
    header->resizeSection(ChecklistModel::ValueColumn, widthFor(this, QString(24, u'n')));
    // Failed checks first; the sort is stable, so container and RT order hold within a status.
    header->setSortIndicator(ChecklistModel::StatusColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(12);
    m_empty->setText(tr("No checklist: the runtime configuration checks (RT-01 to RT-20) of "
                        "containers read from inspect output or a Docker data root arrive with "
                        "the checklist engine."));

    auto *content = new QWidget(m_stack);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_status);
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

void ChecklistView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    updateEmptyState();
}

void ChecklistView::applyStatusFilter()
{
    m_statusProxy->setFilterRegularExpression(QRegularExpression(m_status->currentData().toString()));
}

void ChecklistView::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
}

const ChecklistItem *ChecklistView::currentItem(QString *containerId) const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        return nullptr;
    }
    const QModelIndex source = m_statusProxy->mapToSource(m_proxy->mapToSource(index));
    *containerId = m_model->containerId(source);
    return m_model->item(source);
}

} // namespace dockscope
