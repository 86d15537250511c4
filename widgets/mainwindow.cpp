#include "mainwindow.h"

#include "analysisjob.h"
#include "case/casestore.h"
#include "casesession.h"
#include "caseview.h"
#include "checklistview.h"
#include "evidence/evidenceprobe.h"
#include "evidenceview.h"
#include "fileviewer.h"
#include "filelocation.h"
#include "filetreefilterproxy.h"
#include "findingsview.h"
#include "layersview.h"
#include "reportpreview.h"
#include "settings.h"
#include "settingsdialog.h"
#include "timelineview.h"
#include "util/format.h"
#include "packagesview.h"
#include "warningsview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

namespace dockscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_job(new AnalysisJob(this))
    , m_case(new CaseSession(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Dockscope"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks
                   | QMainWindow::AllowTabbedDocks | QMainWindow::GroupedDragging);
    resize(1400, 900);

    createDocks();
    createActions();
    createMenus();

    m_statusLabel = new QLabel(this);
    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setDefaultAction(m_cancelAction);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    updateBusy();

    connect(m_job, &AnalysisJob::finished, this, &MainWindow::onFinished);
    connect(m_job, &AnalysisJob::progressChanged, this, &MainWindow::onProgress);
    connect(m_case, &CaseSession::progressChanged, this,
            [this](qint64 done, qint64 total, const QString &text) { onProgress(done, total, text, -1); });
    connect(m_case, &CaseSession::busyChanged, this, &MainWindow::updateBusy);
    connect(m_case, &CaseSession::changed, this, &MainWindow::onCaseChanged);
    connect(m_case, &CaseSession::verificationFinished, this, &MainWindow::onVerificationFinished);
    connect(m_case, &CaseSession::intakeFinished, this, &MainWindow::onIntakeFinished);
    connect(m_case, &CaseSession::failed, this,
            [this](const QString &message) { notify(QMessageBox::Critical, tr("Case file"), message); });
    connect(m_viewer, &FileViewer::exported, m_case, &CaseSession::logExport);
    connect(m_job, &AnalysisJob::cancelled, this, [this] {
        m_pending.clear();
        setBusy(false);
        statusBar()->showMessage(tr("Analysis cancelled; its results were dropped."), 5000);
    });

    // The layout as built is the default one, for "Restore Default Layout".
    m_defaultState = saveState(Settings::WindowStateVersion);
    updateStatus();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addDock(QWidget *content, const QString &objectName, const QString &title,
                                 Qt::DockWidgetArea area, const QKeySequence &shortcut)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // stable and untranslated: saveState() keys on it
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                      | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    dock->toggleViewAction()->setShortcut(shortcut);
    m_docks << dock;
    return dock;
}

void MainWindow::createDocks()
{
    m_evidence = new EvidenceView(this);
    m_layers = new LayersView(this);
    m_viewer = new FileViewer(this);
    m_checklist = new ChecklistView(this);
    m_findings = new FindingsView(this);
    m_timeline = new TimelineView(this);
    m_report = new ReportPreview(this);
    m_warnings = new WarningsView(this);
    m_caseView = new CaseView(this);
    m_packages = new PackagesView(this);

    // No central widget: every view is a dock the examiner can arrange.
    setCentralWidget(nullptr);
    QDockWidget *evidence = addDock(m_evidence, QStringLiteral("EvidenceDock"), tr("Evidence"),
                                    Qt::LeftDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_1));
    QDockWidget *layers = addDock(m_layers, QStringLiteral("LayersDock"), tr("Layers"),
                                  Qt::RightDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_2));
    QDockWidget *viewer = addDock(m_viewer, QStringLiteral("FileViewerDock"), tr("File Viewer"),
                                  Qt::RightDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_3));
    QDockWidget *checklist = addDock(m_checklist, QStringLiteral("ChecklistDock"),
                                     tr("Security Checklist"), Qt::BottomDockWidgetArea,
                                     QKeySequence(Qt::ALT | Qt::Key_4));
    QDockWidget *findings = addDock(m_findings, QStringLiteral("FindingsDock"),
                                    tr("Suspicious Files"), Qt::BottomDockWidgetArea,
                                    QKeySequence(Qt::ALT | Qt::Key_5));
    QDockWidget *timeline = addDock(m_timeline, QStringLiteral("TimelineDock"),
                                    tr("Timeline and Logs"), Qt::BottomDockWidgetArea,
                                    QKeySequence(Qt::ALT | Qt::Key_6));
    QDockWidget *report = addDock(m_report, QStringLiteral("ReportPreviewDock"),
                                  tr("Report Preview"), Qt::BottomDockWidgetArea,
                                  QKeySequence(Qt::ALT | Qt::Key_7));
    QDockWidget *warnings = addDock(m_warnings, QStringLiteral("WarningsDock"), tr("Warnings"),
                                    Qt::LeftDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_8));
    QDockWidget *caseDock = addDock(m_caseView, QStringLiteral("CaseDock"), tr("Case"),
                                    Qt::LeftDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_9));
    QDockWidget *packages = addDock(m_packages, QStringLiteral("PackagesDock"), tr("Packages"),
                                    Qt::BottomDockWidgetArea, QKeySequence(Qt::ALT | Qt::Key_0));

    splitDockWidget(layers, viewer, Qt::Horizontal);
    splitDockWidget(evidence, warnings, Qt::Vertical);
    tabifyDockWidget(warnings, caseDock);
    warnings->raise();
    tabifyDockWidget(findings, checklist);
    tabifyDockWidget(checklist, timeline);
    tabifyDockWidget(timeline, report);
    tabifyDockWidget(report, packages);
    findings->raise();
    resizeDocks({evidence, layers, viewer}, {320, 700, 380}, Qt::Horizontal);
    resizeDocks({layers, findings}, {680, 200}, Qt::Vertical);

    connect(m_evidence, &EvidenceView::imageSelected, m_layers, &LayersView::selectImage);
    connect(m_layers, &LayersView::fileSelected, m_viewer, &FileViewer::showFile);
    connect(m_findings, &FindingsView::findingActivated, this, &MainWindow::openFinding);
    connect(m_packages, &PackagesView::packageActivated, this, [this](const QString &imageId, const Package &p) {
        // The database or manifest the package was read from, in its image's layer tree.
        for (int i = 0; i < int(m_analysis.images.size()); ++i) {
            if (m_analysis.images[std::size_t(i)].id == imageId) {
                dock(QStringLiteral("LayersDock"))->raise();
                if (m_layers->selectPath(i, u'/' + p.location.section(u'!', 0, 0), -1, -1)) {
                    dock(QStringLiteral("FileViewerDock"))->raise();
                }
                return;
            }
        }
    });
    connect(m_report, &ReportPreview::exportRequested, this, &MainWindow::exportReportDialog);
    connect(m_caseView, &CaseView::propertiesRequested, this, &MainWindow::editCaseProperties);
    connect(m_caseView, &CaseView::addNoteRequested, this, &MainWindow::addCaseNote);
    connect(m_caseView, &CaseView::verifyRequested, this, &MainWindow::verifyCaseEvidence);
    connect(m_caseView, &CaseView::openFolderRequested, this, [this] {
        if (m_case->isOpen()) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_case->folder()));
        }
    });
    connect(m_caseView, &CaseView::removeNoteRequested, m_case, &CaseSession::removeNote);
    connect(m_caseView, &CaseView::removeTagRequested, m_case, &CaseSession::removeTag);
}

void MainWindow::createActions()
{
    auto style = QApplication::style();
    m_addAction = new QAction(style->standardIcon(QStyle::SP_DialogOpenButton), tr("&Add Evidence…"), this);
    m_addAction->setShortcut(QKeySequence::Open);
    m_addAction->setStatusTip(tr("Add image archives, OCI layouts, exports or logs to the case"));
    connect(m_addAction, &QAction::triggered, this, [this] { addEvidenceDialog(false); });

    m_addFolderAction = new QAction(style->standardIcon(QStyle::SP_DirOpenIcon), tr("Add Evidence &Folder…"), this);
    m_addFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_addFolderAction, &QAction::triggered, this, [this] { addEvidenceDialog(true); });

    m_acquireAction = new QAction(tr("Ac&quire from Docker Host…"), this);
    m_acquireAction->setObjectName(QStringLiteral("acquireAction"));
    connect(m_acquireAction, &QAction::triggered, this, &MainWindow::acquireFromHost);

    m_removeAction = new QAction(style->standardIcon(QStyle::SP_TrashIcon), tr("&Remove Evidence"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_evidence->addAction(m_removeAction);
    connect(m_removeAction, &QAction::triggered, this, [this] { removeEvidence(m_evidence->selectedEvidence()); });

    m_revealAction = new QAction(tr("Show in File &Manager"), this);
    connect(m_revealAction, &QAction::triggered, this, &MainWindow::showInFileManager);

    m_reanalyseAction = new QAction(style->standardIcon(QStyle::SP_BrowserReload), tr("Re-&analyse"), this);
    m_reanalyseAction->setShortcut(QKeySequence::Refresh);
    connect(m_reanalyseAction, &QAction::triggered, this, &MainWindow::reanalyse);

    m_cancelAction = new QAction(style->standardIcon(QStyle::SP_BrowserStop), tr("&Cancel Analysis"), this);
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelAnalysis);

    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            setAnalysis(m_analysis); // times may now show differently
        }
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_restoreLayoutAction = new QAction(tr("Restore &Default Layout"), this);
    connect(m_restoreLayoutAction, &QAction::triggered, this, &MainWindow::restoreDefaultLayout);

    m_findAction = new QAction(tr("&Filter Files…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        dock(QStringLiteral("LayersDock"))->raise();
        if (auto *edit = m_layers->findChild<QLineEdit *>()) {
            edit->setFocus();
            edit->selectAll();
        }
    });

    m_toggleModeAction = new QAction(tr("Toggle &Layer Changes / Aggregated"), this);
    m_toggleModeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_toggleModeAction, &QAction::triggered, this, [this] {
        m_layers->setMode(m_layers->fileModel()->mode() == FileTreeModel::Mode::Aggregated
                              ? FileTreeModel::Mode::LayerChanges
                              : FileTreeModel::Mode::Aggregated);
    });

    m_aboutAction = new QAction(tr("&About Dockscope"), this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Dockscope"),
                           tr("<h3>Dockscope %1</h3><p>Offline forensic workbench for Docker "
                              "images and containers.</p><p>Evidence is opened read-only and "
                              "never extracted; every file is hashed with SHA-256 on intake.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    createCaseActions();

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->addAction(m_addAction);
    toolbar->addAction(m_addFolderAction);
    toolbar->addAction(m_removeAction);
    toolbar->addSeparator();
    toolbar->addAction(m_reanalyseAction);
    toolbar->addAction(m_cancelAction);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newCaseAction);
    file->addAction(m_openCaseAction);
    file->addAction(m_saveCaseAction);
    file->addAction(m_closeCaseAction);
    file->addSeparator();
    file->addAction(m_addAction);
    file->addAction(m_addFolderAction);
    file->addAction(m_acquireAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_removeAction);
    file->addAction(m_revealAction);
    file->addSeparator();
    file->addAction(m_reanalyseAction);
    file->addAction(m_cancelAction);
    file->addSeparator();
    file->addAction(m_exportPdfAction);
    file->addAction(m_exportHtmlAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addAction(m_casePropertiesAction);
    caseMenu->addAction(m_addNoteAction);
    caseMenu->addAction(m_verifyAction);
    caseMenu->addSeparator();
    for (QAction *a : m_caseOnlyActions) {
        if (a->property("tagging").toBool()) {
            caseMenu->addAction(a);
        }
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findAction);
    view->addAction(m_toggleModeAction);

    m_windowMenu = menuBar()->addMenu(tr("&Window"));
    for (QDockWidget *d : m_docks) {
        m_windowMenu->addAction(d->toggleViewAction());
    }
    m_windowMenu->addSeparator();
    m_windowMenu->addAction(m_restoreLayoutAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks) {
        if (d->objectName() == objectName) {
            return d;
        }
    }
    return nullptr;
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = Settings::windowGeometry();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    const QByteArray state = Settings::windowState();
    if (!state.isEmpty()) {
        restoreState(state, Settings::WindowStateVersion); // another version: default layout
    }
}

void MainWindow::restoreDefaultLayout()
{
    for (QDockWidget *d : m_docks) {
        d->setFloating(false);
        d->show();
    }
    restoreState(m_defaultState, Settings::WindowStateVersion);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_job->cancel();
    m_case->close();
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState(Settings::WindowStateVersion));
    QMainWindow::closeEvent(event);
}

namespace {
QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls()) {
        return paths;
    }
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    return paths;
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        openPaths(paths);
    }
}

void MainWindow::addEvidenceDialog(bool folder)
{
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Add an evidence folder (OCI layout, extracted docker save)"));
        if (!dir.isEmpty()) {
            paths << dir;
        }
    } else {
        paths = QFileDialog::getOpenFileNames(
            this, tr("Add evidence"), QString(),
            tr("Evidence (*.tar *.tar.gz *.tgz *.tar.zst *.oci *.json *.log);;All files (*)"));
    }
    addEvidence(paths);
}

void MainWindow::openPaths(const QStringList &paths)
{
    QStringList evidence;
    QStringList cases;
    for (const QString &p : paths) {
        (CaseStore::isCaseFile(p) ? cases : evidence) << p;
    }
    if (cases.size() > 1) {
        notify(QMessageBox::Warning, tr("Open case"),
               tr("Only one case can be open at a time; opening %1.").arg(QDir::toNativeSeparators(cases.front())));
    }
    if (!cases.isEmpty() && !openCase(cases.front())) {
        return;
    }
    if (!evidence.isEmpty()) {
        addEvidence(evidence);
    }
}

void MainWindow::addEvidence(const QStringList &paths)
{
    QStringList fresh;
    for (const QString &p : paths) {
        bool known = m_pending.contains(p);
        for (const EvidenceItem &e : m_analysis.evidence) {
            known = known || e.path == p;
        }
        if (!known && !fresh.contains(p)) {
            fresh << p;
            Settings::addRecentFile(p);
        }
    }
    updateRecentMenu();
    if (fresh.isEmpty()) {
        return;
    }
    if (m_case->isOpen()) {
        // Into the case first: hashed at intake (SHA-256, SHA-1, MD5), then analysed.
        if (m_case->isBusy()) {
            notify(QMessageBox::Information, tr("Add evidence"),
                   tr("The case is busy hashing evidence; add the new items when it has finished."));
            return;
        }
        m_case->intake(fresh);
        return;
    }
    startAnalysis(fresh);
}

void MainWindow::startAnalysis(const QStringList &paths)
{
    QStringList fresh = paths;
    if (m_job->isRunning()) {
        // Restart with everything still waiting plus the new items; the old run's result is
        // dropped by the job.
        fresh = m_pending + fresh;
    }
    // A Trivy or Grype report is tied to its image inside one analysis: when a report comes
    // to images already analysed (or images to a report), everything is analysed together.
    bool report = false;
    for (const QString &p : fresh) {
        report = report || EvidenceProbe::probe(p).kind == EvidenceKind::VulnerabilityReport;
    }
    for (const EvidenceItem &e : m_analysis.evidence) {
        report = report || e.kind == u"vulnerability-report";
    }
    if (report && !m_analysis.evidence.empty()) {
        QStringList all;
        for (const EvidenceItem &e : m_analysis.evidence) {
            if (!fresh.contains(e.path)) {
                all << e.path;
            }
        }
        fresh = all + fresh;
        m_analysis = Analysis{};
    }
    m_pending = fresh;
    setBusy(true);
    m_job->start(fresh, analyzeOptions());
}

void MainWindow::removeEvidence(const QStringList &paths)
{
    Analysis next = m_analysis;
    for (const QString &p : paths) {
        next = next.without(p);
    }
    setAnalysis(next);
}

void MainWindow::reanalyse()
{
    QStringList all;
    for (const EvidenceItem &e : m_analysis.evidence) {
        all << e.path;
    }
    all += m_pending;
    if (all.isEmpty()) {
        return;
    }
    m_analysis = Analysis{};
    m_pending = all;
    setBusy(true);
    m_job->start(all, analyzeOptions());
}

void MainWindow::cancelAnalysis()
{
    m_job->cancel();
    m_case->cancel();
}

bool MainWindow::isBusy() const
{
    return m_job->isRunning();
}

void MainWindow::onFinished(int jobId, const Analysis &result)
{
    if (jobId != m_job->currentId()) {
        return;
    }
    m_pending.clear();
    setBusy(false);
    setAnalysis(m_analysis.mergedWith(result));
    if (m_case->isOpen()) {
        m_case->recordAnalysis(m_analysis, analyzeOptions());
    }
}

void MainWindow::onProgress(qint64 done, qint64 total, const QString &text, qint64 msLeft)
{
    m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    QString line = text;
    if (total > 0) {
        line += QStringLiteral(": ") + tr("%1 of %2").arg(humanBytes(done), humanBytes(total));
    }
    if (msLeft >= 0) {
        line += QStringLiteral(", ") + tr("%1 s left").arg((msLeft + 999) / 1000);
    }
    m_progressLabel->setText(line);
}

void MainWindow::setBusy(bool busy)
{
    m_analysing = busy;
    updateBusy();
}

void MainWindow::updateBusy()
{
    const bool busy = m_analysing || m_case->isBusy() || m_writingReport;
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelAction->setEnabled(busy);
    m_progress->setValue(0);
    m_progressLabel->setText(busy ? tr("Starting…") : QString());
}

void MainWindow::setAnalysis(const Analysis &analysis)
{
    m_analysis = analysis;
    m_evidence->setAnalysis(m_analysis);
    m_layers->setAnalysis(m_analysis);
    m_checklist->setAnalysis(m_analysis);
    m_findings->setAnalysis(m_analysis);
    m_timeline->setAnalysis(m_analysis);
    m_report->setReport(m_analysis, m_case->isOpen() ? std::optional<CaseSnapshot>(m_case->snapshot()) : std::nullopt);
    m_warnings->setAnalysis(m_analysis);
    m_packages->setAnalysis(m_analysis);
    m_viewer->clear();
    updateStatus();
    Q_EMIT analysisChanged();
}

void MainWindow::updateStatus()
{
    int problems = 0;
    int unreadable = 0;
    for (const EvidenceItem &e : m_analysis.evidence) {
        unreadable += e.readable ? 0 : 1;
    }
    for (const Diagnostic &d : m_analysis.diagnostics) {
        problems += d.severity == Diagnostic::Severity::Info ? 0 : 1;
    }
    int failedChecks = 0;
    for (const Image &i : m_analysis.images) {
        for (const IntegrityCheck &c : i.integrity) {
            failedChecks += c.ok ? 0 : 1;
        }
    }
    QString text = tr("%n evidence item(s)", nullptr, int(m_analysis.evidence.size())) + QStringLiteral(" · ")
        + tr("%n image(s)", nullptr, int(m_analysis.images.size())) + QStringLiteral(" · ")
        + (failedChecks == 0 ? tr("integrity verified") : tr("%n integrity check(s) FAILED", nullptr, failedChecks));
    if (unreadable > 0) {
        text += QStringLiteral(" · ") + tr("%n unreadable", nullptr, unreadable);
    }
    if (problems > 0) {
        text += QStringLiteral(" · ") + tr("%n warning(s)", nullptr, problems);
    }
    if (m_case->isOpen()) {
        bool problem = false;
        const QString verification = CaseView::verificationText(m_case->snapshot(), &problem);
        text = tr("Case %1").arg(m_case->snapshot().info.number) + QStringLiteral(" · ") + text;
        if (problem || !m_case->snapshot().chain.ok) {
            text += QStringLiteral(" · ")
                + (problem ? verification : tr("AUDIT LOG CHAIN BROKEN at entry %1").arg(m_case->snapshot().chain.brokenSeq));
        }
        m_statusLabel->setStyleSheet(problem || !m_case->snapshot().chain.ok ? QStringLiteral("color: #b00020; font-weight: bold;")
                                                                             : QString());
    } else {
        m_statusLabel->setStyleSheet(QString());
    }
    m_statusLabel->setText(text);
    m_removeAction->setEnabled(!m_analysis.evidence.empty() && !m_case->isOpen());
    m_reanalyseAction->setEnabled(!m_analysis.evidence.empty());
    const QString evidenceTitle = m_analysis.evidence.empty()
        ? tr("Dockscope")
        : tr("Dockscope — %n evidence item(s)", nullptr, int(m_analysis.evidence.size()));
    setWindowTitle(m_case->isOpen()
                       ? tr("Dockscope — Case %1 (%2)").arg(m_case->snapshot().info.number,
                                                            QFileInfo(m_case->path()).fileName())
                       : evidenceTitle);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentFiles();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] { openPaths({path}); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear List"), this, [this] {
        Settings::clearRecentFiles();
        updateRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::showInFileManager()
{
    QStringList selected = m_evidence->selectedEvidence();
    if (selected.isEmpty() && !m_analysis.evidence.empty()) {
        selected << m_analysis.evidence.front().path;
    }
    for (const QString &p : selected) {
        const QFileInfo info(p);
        QDesktopServices::openUrl(QUrl::fromLocalFile(info.isDir() ? info.absoluteFilePath() : info.absolutePath()));
    }
}

// A file in one of a container's volumes or bind mounts: no image tree holds it, so it goes to
// the file viewer straight from the mount's folder in the evidence.
bool MainWindow::openMountFile(const Finding &finding)
{
    for (const Container &c : m_analysis.containers) {
        if (c.id != finding.container) {
            continue;
        }
        const Image *own = nullptr;
        for (const Image &image : m_analysis.images) {
            if (image.kind == u"container" && image.id == c.id && image.store) {
                own = &image;
            }
        }
        for (const MountContent &m : c.mountContents) {
            if (!own || !m.scan || m.label() != finding.volume) {
                continue;
            }
            const QString destination = m.mount.destination == u"/" ? QString() : m.mount.destination;
            for (const LayerEntry &entry : m.scan->entries) {
                if (destination + u'/' + QString::fromStdString(entry.path) != finding.path) {
                    continue;
                }
                FileLocation loc;
                loc.store = own->store;
                loc.evidence = own->evidence;
                loc.layerMember = m.member;
                loc.entry = entry;
                loc.highlightLine = finding.line;
                dock(QStringLiteral("FileViewerDock"))->raise();
                m_viewer->showFile(loc);
                return true;
            }
        }
    }
    return false;
}

void MainWindow::openFinding(const Finding &finding)
{
    if (!finding.volume.isEmpty()) {
        if (!openMountFile(finding)) {
            statusBar()->showMessage(tr("The finding's file is not in the evidence of its volume or mount."), 5000);
        }
        return;
    }
    // Find the image the finding points at and reveal its file in the layer tree; the layer
    // view then shows it in the file viewer.
    for (int i = 0; i < int(m_analysis.images.size()); ++i) {
        const Image &image = m_analysis.images[std::size_t(i)];
        const bool sameImage = !finding.image.isEmpty() ? image.id == finding.image
                                                        : image.evidence == finding.evidenceFile;
        if (sameImage && !finding.path.isEmpty()) {
            dock(QStringLiteral("LayersDock"))->raise();
            if (m_layers->selectPath(i, finding.path, finding.layer, finding.line)) {
                dock(QStringLiteral("FileViewerDock"))->raise();
            }
            return;
        }
    }
    statusBar()->showMessage(tr("The finding's file is not in any loaded image."), 5000);
}

} // namespace dockscope
