#include "findingsview.h"

#include "findingsmodel.h"
#include "roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
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

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_severityProxy(new QSortFilterProxyModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_filter(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_filterTimer(new QTimer(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    // Severity first (typed role on the severity column), then text and sorting on top.
    m_severityProxy->setSourceModel(m_model);
    m_severityProxy->setFilterRole(SeverityRole);
    m_severityProxy->setFilterKeyColumn(FindingsModel::SeverityColumn);
    m_proxy->setSourceModel(m_severityProxy);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter findings"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the findings whose rule, title, path, location, evidence or "
                            "hash contains this text (case-insensitive)."));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_proxy->setFilterFixedString(m_filter->text()); });

    // The regular expressions match the Severity value (Critical = 0 … Info = 4).
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setToolTip(tr("Shows only findings of this severity or above"));
    m_severity->addItem(tr("All severities"), QString());
    m_severity->addItem(FindingsModel::severityIcon(Severity::Critical), tr("Critical"),
                        QStringLiteral("^0$"));
    m_severity->addItem(FindingsModel::severityIcon(Severity::High), tr("High and above"),
                        QStringLiteral("^[01]$"));
    m_severity->addItem(FindingsModel::severityIcon(Severity::Medium), tr("Medium and above"),
                        QStringLiteral("^[012]$"));
    m_severity->addItem(FindingsModel::severityIcon(Severity::Low), tr("Low and above"),
                        QStringLiteral("^[0123]$"));
    connect(m_severity, &QComboBox::currentIndexChanged, this, &FindingsView::applySeverityFilter);

    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->resizeSection(FindingsModel::SeverityColumn, widthFor(this, tr("critical"), 20));
    header->resizeSection(FindingsModel::RuleColumn, widthFor(this, QStringLiteral("RT-00-000")));
    header->resizeSection(FindingsModel::TitleColumn, widthFor(this, QString(32, u'n')));
    header->resizeSection(FindingsModel::PathColumn, widthFor(this, QString(36, u'n')));
    header->resizeSection(FindingsModel::WhereColumn, widthFor(this, QString(24, u'n')));
    header->resizeSection(FindingsModel::EvidenceColumn, widthFor(this, QString(36, u'n')));
    // Most severe first; the sort is stable, so the analysis' ranking holds within a severity.
    header->setSortIndicator(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Finding *f = findingAt(index)) {
            Q_EMIT findingActivated(*f);
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const Finding *f = findingAt(current);
                Q_EMIT currentFindingChanged(f ? *f : Finding());
            });

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(12);
    m_empty->setText(tr("No findings: content and configuration checks arrive with the findings "
                        "engine."));

    auto *content = new QWidget(m_stack);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_severity);
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

void FindingsView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    updateEmptyState();
}

bool FindingsView::selectFinding(const QString &findingId)
{
    const QModelIndex source = m_model->indexOfFinding(findingId);
    if (!source.isValid()) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_severityProxy->mapFromSource(source));
    if (!index.isValid()) {
        m_severity->setCurrentIndex(0);
        m_filter->clear();
        m_filterTimer->stop();
        m_proxy->setFilterFixedString(QString());
        index = m_proxy->mapFromSource(m_severityProxy->mapFromSource(source));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return index.isValid();
}

Finding FindingsView::currentFinding() const
{
    const Finding *f = findingAt(m_table->currentIndex());
    return f ? *f : Finding{};
}

const Finding *FindingsView::findingAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid()) {
        return nullptr;
    }
    return m_model->finding(m_severityProxy->mapToSource(m_proxy->mapToSource(proxyIndex)));
}

void FindingsView::applySeverityFilter()
{
    m_severityProxy->setFilterRegularExpression(
        QRegularExpression(m_severity->currentData().toString()));
}

void FindingsView::updateEmptyState()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
}

} // namespace dockscope
