#include "mainwindow.h"

#include "analysis/analyzer.h"
#include "util/format.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace dockscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_layers(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Dockscope"));
    m_layers->setHeaderLabels({tr("Layer"), tr("Size"), tr("Added"), tr("Modified"),
                               tr("Removed"), tr("Verified"), tr("Command")});
    m_layers->header()->setStretchLastSection(true);
    setCentralWidget(m_layers);
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Give evidence on the command line to analyse it."));
    resize(1100, 650);
}

void MainWindow::analyse(const QStringList &evidence)
{
    m_status->setText(tr("Analysing %n evidence item(s)…", nullptr, int(evidence.size())));
    auto *watcher = new QFutureWatcher<Analysis>(this);
    connect(watcher, &QFutureWatcher<Analysis>::finished, this, [this, watcher] {
        showAnalysis(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([evidence] {
        return Analyzer::run(evidence, AnalyzeOptions{});
    }));
}

void MainWindow::showAnalysis(const Analysis &analysis)
{
    m_layers->clear();
    for (const Image &image : analysis.images) {
        auto *top = new QTreeWidgetItem(m_layers);
        top->setText(0, image.repoTags.isEmpty() ? image.evidence : image.repoTags.join(u", "));
        top->setText(1, humanBytes(image.efficiency.sizeBytes));
        top->setText(6, tr("efficiency %1 %").arg(image.efficiency.score * 100.0, 0, 'f', 2));
        for (const Layer &l : image.layers) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, QString::number(l.index));
            item->setText(1, humanBytes(l.sizeBytes));
            item->setText(2, QString::number(l.changes.added));
            item->setText(3, QString::number(l.changes.modified));
            item->setText(4, QString::number(l.changes.removed));
            item->setText(5, l.verified ? tr("yes") : tr("no"));
            item->setText(6, l.createdBy.simplified());
        }
        top->setExpanded(true);
    }
    m_status->setText(tr("%n image(s), %1 warning(s)", nullptr, int(analysis.images.size()))
                          .arg(analysis.diagnostics.size()));
}

} // namespace dockscope
