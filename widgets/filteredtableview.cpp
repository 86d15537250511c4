#include "filteredtableview.h"

#include "roles.h"

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

namespace dockscope {

namespace {

constexpr int FilterDelayMs = 300;
// Items of setExactChoices() carry their value as data and the pattern that matches it here.
constexpr int PatternRole = Qt::UserRole + 1;

} // namespace

FilteredTableView::FilteredTableView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_bar(new QHBoxLayout)
    , m_filter(new QLineEdit(this))
    , m_filterTimer(new QTimer(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
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
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(12);

    auto *content = new QWidget(m_stack);
    m_bar->addWidget(m_filter, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(m_bar);
    contentLayout->addWidget(m_table, 1);
    m_stack->addWidget(content);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void FilteredTableView::setTextFilterHints(const QString &placeholder, const QString &toolTip)
{
    m_filter->setPlaceholderText(placeholder);
    m_filter->setToolTip(toolTip);
}

QComboBox *FilteredTableView::addComboFilter(const QString &objectName, int column, int role)
{
    ComboFilter f;
    f.combo = new QComboBox(this);
    f.combo->setObjectName(objectName);
    f.proxy = new QSortFilterProxyModel(this);
    f.proxy->setFilterRole(role);
    f.proxy->setFilterKeyColumn(column);
    QComboBox *combo = f.combo;
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { applyComboFilter(combo); });
    m_bar->addWidget(combo);
    m_filters.push_back(f);
    return combo;
}

void FilteredTableView::setSourceModel(QAbstractItemModel *model)
{
    m_model = model;
    QAbstractItemModel *below = model;
    for (const ComboFilter &f : m_filters) {
        f.proxy->setSourceModel(below);
        below = f.proxy;
    }
    m_proxy->setSourceModel(below);
}

void FilteredTableView::applyComboFilter(QComboBox *combo)
{
    for (const ComboFilter &f : m_filters) {
        if (f.combo == combo) {
            const QVariant exact = combo->currentData(PatternRole);
            f.proxy->setFilterRegularExpression(
                QRegularExpression(exact.isValid() ? exact.toString() : combo->currentData().toString()));
        }
    }
}

void FilteredTableView::setExactChoices(QComboBox *combo, const QString &allLabel,
                                        const std::set<QString> &values)
{
    const QString current = combo->currentData().toString();
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(allLabel, QString());
        for (const QString &value : values) {
            QString label = value;
            label.replace(u'\n', u' ');
            combo->addItem(label, value);
            combo->setItemData(combo->count() - 1,
                               QRegularExpression::anchoredPattern(QRegularExpression::escape(value)), PatternRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
    // The blocked signal would have done this; a vanished choice must not keep filtering.
    applyComboFilter(combo);
}

QModelIndex FilteredTableView::toSource(const QModelIndex &proxyIndex) const
{
    QModelIndex index = m_proxy->mapToSource(proxyIndex);
    for (auto it = m_filters.rbegin(); it != m_filters.rend(); ++it) {
        index = it->proxy->mapToSource(index);
    }
    return index;
}

QModelIndex FilteredTableView::fromSource(const QModelIndex &sourceIndex) const
{
    QModelIndex index = sourceIndex;
    for (const ComboFilter &f : m_filters) {
        index = f.proxy->mapFromSource(index);
    }
    return m_proxy->mapFromSource(index);
}

void FilteredTableView::clearFilters()
{
    for (const ComboFilter &f : m_filters) {
        f.combo->setCurrentIndex(0);
    }
    m_filter->clear();
    m_filterTimer->stop();
    m_proxy->setFilterFixedString(QString());
}

void FilteredTableView::updateEmptyState()
{
    m_stack->setCurrentIndex(!m_model || m_model->rowCount() == 0 ? 1 : 0);
}

int FilteredTableView::widthFor(const QString &sample, int extra) const
{
    return fontMetrics().horizontalAdvance(sample) + 24 + extra;
}

} // namespace dockscope
