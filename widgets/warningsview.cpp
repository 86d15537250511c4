#include "warningsview.h"

#include "roles.h"
#include "warningsmodel.h"

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

WarningsView::WarningsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new WarningsModel(this))
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
    m_severityProxy->setFilterRole(DiagnosticSeverityRole);
    m_severityProxy->setFilterKeyColumn(WarningsModel::SeverityColumn);
    m_proxy->setSourceModel(m_severityProxy);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter warnings"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the warnings whose evidence, place or message contains this "
                            "text (case-insensitive)."));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_proxy->setFilterFixedString(m_filter->text()); });

    // The regular expressions match the Diagnostic::Severity value (info 0, warning 1, error 2).
    using Level = Diagnostic::Severity;
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_severity->setToolTip(tr("Shows only problems of this severity"));
    m_severity->addItem(tr("All severities"), QString());
    m_severity->addItem(WarningsModel::severityIcon(Level::Error), tr("Errors"),
                        QStringLiteral("^2$"));
    m_severity->addItem(WarningsModel::severityIcon(Level::Warning), tr("Errors and warnings"),
                        QStringLiteral("^[12]$"));
    m_severity->addItem(WarningsModel::severityIcon(Level::Info), tr("Information"),
                        QStringLiteral("^0$"));
    connect(m_severity, &QComboBox::currentIndexChanged, this, &WarningsView::applySeverityFilter);

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
    header->resizeSection(WarningsModel::SeverityColumn, widthFor(this, tr("warning"), 20));
    header->resizeSection(WarningsModel::EvidenceColumn, widthFor(this, QString(20, u'n')));
    header->resizeSection(WarningsModel::WhereColumn, widthFor(this, QString(28, u'n')));
    header->resizeSection(WarningsModel::OffsetColumn, widthFor(this, QStringLiteral("0000000000")));
    // Errors first; the sort is stable, so the reading order holds within a severity.
    header->setSortIndicator(WarningsModel::SeverityColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Diagnostic *d = diagnosticAt(index)) {
            Q_EMIT diagnosticActivated(*d);
        }
    });

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(12);

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
    setAnalysis(Analysis());
}

void WarningsView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    if (analysis.evidence.empty()) {
        m_empty->setText(tr("No evidence analysed yet: problems met while reading evidence "
                            "(broken archives, digests that do not match, unreadable members) "
                            "are listed here."));
    } else if (analysis.cancelled) {
        m_empty->setText(tr("No warnings so far: the analysis was cancelled before all evidence "
                            "was read."));
    } else {
        m_empty->setText(tr("No warnings: every evidence item was read without problems."));
    }
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
}

const Diagnostic *WarningsView::diagnosticAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid()) {
        return nullptr;
    }
    return m_model->diagnostic(m_severityProxy->mapToSource(m_proxy->mapToSource(proxyIndex)));
}

void WarningsView::applySeverityFilter()
{
    m_severityProxy->setFilterRegularExpression(
        QRegularExpression(m_severity->currentData().toString()));
}

} // namespace dockscope
