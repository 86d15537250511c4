#include "packagesview.h"

#include "packagesmodel.h"
#include "roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace dockscope {

namespace {

constexpr int FilterDelayMs = 300;

} // namespace

PackagesView::PackagesView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PackagesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_filter(new QLineEdit(this))
    , m_filterTimer(new QTimer(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter packages"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows the packages whose name, version, type, image, layer or "
                            "database contains this text (case-insensitive)."));
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this,
            [this] { m_proxy->setFilterFixedString(m_filter->text()); });

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
    header->resizeSection(PackagesModel::NameColumn, fontMetrics().horizontalAdvance(QString(24, u'n')));
    header->resizeSection(PackagesModel::VersionColumn, fontMetrics().horizontalAdvance(QString(20, u'n')));
    header->setSortIndicator(PackagesModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (const Package *p = m_model->package(source)) {
            Q_EMIT packageActivated(source.data(ImageIdRole).toString(), *p);
        }
    });

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(12);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_filter);
    contentLayout->addWidget(m_table, 1);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setAnalysis(Analysis());
}

void PackagesView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    if (analysis.images.empty()) {
        m_empty->setText(tr("No image analysed yet: the packages each layer installed (dpkg, apk, "
                            "rpm, Python, npm, Go, Java) are listed here."));
    } else {
        m_empty->setText(tr("No packages: no package database or manifest was found in the "
                            "images' file systems."));
    }
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
}

} // namespace dockscope
