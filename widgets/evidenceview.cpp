#include "evidenceview.h"

#include "evidencemodel.h"
#include "roles.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dockscope {

EvidenceView::EvidenceView(QWidget *parent)
    : QWidget(parent)
    , m_model(new EvidenceModel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_empty->setText(tr("No evidence yet. Drop docker save archives, OCI layouts or docker export "
                        "tarballs here, or use File ▸ Add Evidence."));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->setRootIsDecorated(true);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid()) {
                    return;
                }
                const QModelIndex first = current.siblingAtColumn(0);
                if (m_model->kindOf(first) == EvidenceModel::ItemKind::Image) {
                    Q_EMIT imageSelected(m_model->itemIndex(first));
                }
                Q_EMIT evidenceSelected(first.data(EvidenceRole).toString());
            });
}

void EvidenceView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    m_view->expandAll();
    for (int c = 0; c < EvidenceModel::ColumnCount - 1; ++c) {
        m_view->resizeColumnToContents(c);
    }
    m_empty->setVisible(analysis.evidence.empty());
}

QStringList EvidenceView::selectedEvidence() const
{
    QStringList out;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString path = index.data(EvidenceRole).toString();
        if (!path.isEmpty() && !out.contains(path)) {
            out << path;
        }
    }
    return out;
}

} // namespace dockscope
