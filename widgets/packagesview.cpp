#include "packagesview.h"

#include "packagesmodel.h"
#include "roles.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace dockscope {

PackagesView::PackagesView(QWidget *parent)
    : FilteredTableView(parent)
    , m_model(new PackagesModel(this))
{
    setTextFilterHints(tr("Filter packages"),
                       tr("Shows the packages whose name, version, type, image, layer or "
                          "database contains this text (case-insensitive)."));
    setSourceModel(m_model);

    QTableView *view = table();
    view->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(PackagesModel::NameColumn, fontMetrics().horizontalAdvance(QString(24, u'n')));
    header->resizeSection(PackagesModel::VersionColumn, fontMetrics().horizontalAdvance(QString(20, u'n')));
    header->setSortIndicator(PackagesModel::NameColumn, Qt::AscendingOrder);
    view->setSortingEnabled(true);

    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = toSource(index);
        if (const Package *p = m_model->package(source)) {
            Q_EMIT packageActivated(source.data(ImageIdRole).toString(), *p);
        }
    });
    setAnalysis(Analysis());
}

void PackagesView::setAnalysis(const Analysis &analysis)
{
    m_model->setAnalysis(analysis);
    if (analysis.images.empty()) {
        emptyLabel()->setText(tr("No image analysed yet: the packages each layer installed (dpkg, apk, "
                                 "rpm, Python, npm, Go, Java) are listed here."));
    } else {
        emptyLabel()->setText(tr("No packages: no package database or manifest was found in the "
                                 "images' file systems."));
    }
    updateEmptyState();
}

} // namespace dockscope
