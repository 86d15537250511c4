#include "warningsview.h"

#include "roles.h"
#include "warningsmodel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace dockscope {

WarningsView::WarningsView(QWidget *parent)
    : FilteredTableView(parent)
    , m_model(new WarningsModel(this))
{
    setTextFilterHints(tr("Filter warnings"),
                       tr("Shows the warnings whose evidence, place or message contains this "
                          "text (case-insensitive)."));

    // The regular expressions match the Diagnostic::Severity value (info 0, warning 1, error 2).
    using Level = Diagnostic::Severity;
    QComboBox *severity = addComboFilter(QStringLiteral("severityFilter"), WarningsModel::SeverityColumn,
                                         DiagnosticSeverityRole);
    severity->setToolTip(tr("Shows only problems of this severity"));
    severity->addItem(tr("All severities"), QString());
    severity->addItem(WarningsModel::severityIcon(Level::Error), tr("Errors"), QStringLiteral("^2$"));
    severity->addItem(WarningsModel::severityIcon(Level::Warning), tr("Errors and warnings"),
                      QStringLiteral("^[12]$"));
    severity->addItem(WarningsModel::severityIcon(Level::Info), tr("Information"), QStringLiteral("^0$"));
    setSourceModel(m_model);

    QTableView *view = table();
    view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(WarningsModel::SeverityColumn, widthFor(tr("warning"), 20));
    header->resizeSection(WarningsModel::EvidenceColumn, widthFor(QString(20, u'n')));
    header->resizeSection(WarningsModel::WhereColumn, widthFor(QString(28, u'n')));
    header->resizeSection(WarningsModel::OffsetColumn, widthFor(QStringLiteral("0000000000")));
    // Errors first; the sort is stable, so the reading order holds within a severity.
    header->setSortIndicator(WarningsModel::SeverityColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);

    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const Diagnostic *d = diagnosticAt(index)) {
            Q_EMIT diagnosticActivated(*d);
        }
    });
    setAnalysis(Analysis());
}

void WarningsView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    if (analysis.evidence.empty()) {
        emptyLabel()->setText(tr("No evidence analysed yet: problems met while reading evidence "
                                 "(broken archives, digests that do not match, unreadable members) "
                                 "are listed here."));
    } else if (analysis.cancelled) {
        emptyLabel()->setText(tr("No warnings so far: the analysis was cancelled before all evidence "
                                 "was read."));
    } else {
        emptyLabel()->setText(tr("No warnings: every evidence item was read without problems."));
    }
    updateEmptyState();
}

const Diagnostic *WarningsView::diagnosticAt(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid()) {
        return nullptr;
    }
    return m_model->diagnostic(toSource(proxyIndex));
}

} // namespace dockscope
