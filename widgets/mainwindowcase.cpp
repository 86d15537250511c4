// MainWindow's case work: New, Open, Save, Close, properties, notes, tags and bookmarks, the
// evidence verification on open and before a report, and report export.

#include "mainwindow.h"

#include "analysisjob.h"
#include "case/casestore.h"
#include "case/casetargets.h"
#include "casepropertiesdialog.h"
#include "casesession.h"
#include "caseview.h"
#include "checklistview.h"
#include "evidenceview.h"
#include "evidencemodel.h"
#include "fileviewer.h"
#include "findingsview.h"
#include "layersview.h"
#include "report/report.h"
#include "report/reportwriter.h"
#include "reportpreview.h"
#include "settings.h"
#include "tagdialog.h"
#include "timelineview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QtConcurrent>

#include <memory>

namespace dockscope {

void MainWindow::createCaseActions()
{
    m_newCaseAction = new QAction(tr("&New Case…"), this);
    m_newCaseAction->setShortcut(QKeySequence::New);
    m_newCaseAction->setStatusTip(tr("Create a case file that keeps the evidence hashes, notes, tags and an "
                                     "audit log; the open evidence is taken into it"));
    connect(m_newCaseAction, &QAction::triggered, this, &MainWindow::newCase);

    m_openCaseAction = new QAction(tr("Open &Case…"), this);
    m_openCaseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    connect(m_openCaseAction, &QAction::triggered, this, &MainWindow::openCaseDialog);

    m_saveCaseAction = new QAction(tr("&Save Case"), this);
    m_saveCaseAction->setShortcut(QKeySequence::Save);
    m_saveCaseAction->setStatusTip(tr("Without a case: create one from the open evidence. With a case: record "
                                      "the current analysis (everything else is saved as it happens)"));
    connect(m_saveCaseAction, &QAction::triggered, this, &MainWindow::saveCase);

    m_closeCaseAction = new QAction(tr("Close Case"), this);
    m_closeCaseAction->setShortcut(QKeySequence::Close);
    connect(m_closeCaseAction, &QAction::triggered, this, &MainWindow::closeCase);

    m_casePropertiesAction = new QAction(tr("Case &Properties…"), this);
    connect(m_casePropertiesAction, &QAction::triggered, this, &MainWindow::editCaseProperties);

    m_addNoteAction = new QAction(tr("Add &Note…"), this);
    m_addNoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_addNoteAction, &QAction::triggered, this, &MainWindow::addCaseNote);

    m_verifyAction = new QAction(tr("&Verify Evidence Hashes"), this);
    connect(m_verifyAction, &QAction::triggered, this, &MainWindow::verifyCaseEvidence);

    m_exportPdfAction = new QAction(tr("Export Report as &PDF…"), this);
    m_exportPdfAction->setShortcut(QKeySequence::Print);
    connect(m_exportPdfAction, &QAction::triggered, this, [this] { exportReportDialog(QStringLiteral("pdf")); });
    m_exportHtmlAction = new QAction(tr("Export Report as &HTML…"), this);
    connect(m_exportHtmlAction, &QAction::triggered, this, [this] { exportReportDialog(QStringLiteral("html")); });

    m_caseOnlyActions = {m_closeCaseAction, m_casePropertiesAction, m_addNoteAction, m_verifyAction};

    // Tags, bookmarks and notes from the views: in their context menus and the Case menu.
    const auto tagging = [this](const QString &text, QWidget *view, auto slot) {
        auto *action = new QAction(text, this);
        action->setProperty("tagging", true);
        connect(action, &QAction::triggered, this, slot);
        view->addAction(action);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_caseOnlyActions << action;
        return action;
    };
    // Each view: tag, bookmark, note on what its current row names.
    const auto taggable = [this, tagging](QWidget *view, const QString &tagText, const QString &bookmarkText,
                                         const QString &noteText, auto target) {
        tagging(tagText, view, [this, target] { tagDialog((this->*target)(), QStringLiteral("suspicious")); });
        QAction *bookmark = tagging(bookmarkText, view, [this, target] { tagTarget((this->*target)(), QStringLiteral("bookmark"), {}); });
        bookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
        tagging(noteText, view, [this, target] { noteDialog((this->*target)()); });
    };
    taggable(m_findings->table(), tr("Tag Finding…"), tr("Bookmark Finding"), tr("Add Note to Finding…"),
             &MainWindow::findingTarget);
    taggable(m_layers->fileView(), tr("Tag File…"), tr("Bookmark File"), tr("Add Note to File…"),
             &MainWindow::layerFileTarget);
    taggable(m_checklist->table(), tr("Tag Check…"), tr("Bookmark Check"), tr("Add Note to Check…"),
             &MainWindow::checkTarget);
    taggable(m_timeline->table(), tr("Tag Event…"), tr("Bookmark Event"), tr("Add Note to Event…"),
             &MainWindow::eventTarget);
    taggable(m_viewer, tr("Tag This File…"), tr("Bookmark This File"), tr("Add Note to This File…"),
             &MainWindow::viewerFileTarget);
    for (QAction *a : m_caseOnlyActions) {
        a->setShortcutContext(a->property("tagging").toBool() ? Qt::WidgetWithChildrenShortcut : Qt::WindowShortcut);
    }
}

AnalyzeOptions MainWindow::analyzeOptions() const
{
    AnalyzeOptions options;
    options.ruleDirs = Settings::ruleFolders();
    options.maxScanBytes = Settings::maxScanSize();
    options.vulnDb = Settings::vulnDbFolder();
    return options;
}

void MainWindow::notify(int icon, const QString &title, const QString &text)
{
    // Window-modal and not blocking: the window goes on (and tests are not stopped by it).
    auto *box = new QMessageBox(QMessageBox::Icon(icon), title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setTextFormat(Qt::PlainText);
    box->setObjectName(QStringLiteral("notice"));
    box->show();
    statusBar()->showMessage(text.section(u'\n', 0, 0), 10000);
}

void MainWindow::newCase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New case file"), QDir::homePath(),
                                                tr("Dockscope case (*.dscase)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".dscase"))) {
        path += QStringLiteral(".dscase");
    }
    CaseInfo info;
    info.name = QFileInfo(path).completeBaseName();
    info.examiner = qEnvironmentVariable("USER");
    CasePropertiesDialog dialog(info, true, this);
    if (dialog.exec() == QDialog::Accepted) {
        createCase(path, dialog.info());
    }
}

bool MainWindow::createCase(const QString &path, const CaseInfo &info)
{
    if (isBusy() || m_case->isBusy()) {
        notify(QMessageBox::Information, tr("New case"), tr("Wait for the running work to finish, or cancel it."));
        return false;
    }
    // The evidence open now goes into the new case: hashed at intake, then its analysis recorded.
    QStringList open;
    for (const EvidenceItem &e : m_analysis.evidence) {
        open << e.path;
    }
    const QString error = m_case->create(path, info);
    if (!error.isEmpty()) {
        notify(QMessageBox::Critical, tr("New case"), tr("The case file %1 could not be created: %2")
                                                          .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_viewer->setCaseExportFolder(m_case->exportFolder());
    if (!open.isEmpty()) {
        m_case->intake(open);
    }
    onCaseChanged();
    statusBar()->showMessage(tr("Case %1 created: %2").arg(info.number, QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::openCaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open case"), QDir::homePath(),
                                                      tr("Dockscope case (*.dscase);;All files (*)"));
    if (!path.isEmpty()) {
        openCase(path);
    }
}

bool MainWindow::openCase(const QString &path)
{
    if (m_case->isOpen() && QFileInfo(m_case->path()) == QFileInfo(path)) {
        return true;
    }
    m_job->cancel();
    m_case->cancel();
    const QString error = m_case->open(path);
    if (!error.isEmpty()) {
        notify(QMessageBox::Critical, tr("Open case"),
               tr("%1 could not be opened as a case: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    Settings::addRecentFile(QFileInfo(path).absoluteFilePath());
    updateRecentMenu();
    m_viewer->setCaseExportFolder(m_case->exportFolder());
    m_pending.clear();
    setAnalysis(Analysis{});
    if (!m_case->snapshot().chain.ok) {
        const ChainCheck &chain = m_case->snapshot().chain;
        notify(QMessageBox::Critical, tr("Audit log"),
               tr("The audit log of this case is broken at entry %1: %2\nThe case file was changed outside "
                  "Dockscope.")
                   .arg(chain.brokenSeq)
                   .arg(chain.translatedReason()));
    }
    // Re-verify every evidence item before anything is read from it; then analyse.
    m_analyseAfterVerify = true;
    m_case->verifyEvidence();
    return true;
}

void MainWindow::saveCase()
{
    if (!m_case->isOpen()) {
        newCase();
        return;
    }
    if (!m_analysis.evidence.empty()) {
        m_case->recordAnalysis(m_analysis, analyzeOptions());
    }
    statusBar()->showMessage(tr("The case is saved: every change is written to %1 as it is made.")
                                 .arg(QDir::toNativeSeparators(m_case->path())),
                             5000);
}

void MainWindow::closeCase()
{
    if (!m_case->isOpen()) {
        return;
    }
    m_job->cancel();
    m_case->close();
    m_viewer->setCaseExportFolder({});
    m_pending.clear();
    setBusy(false);
    setAnalysis(Analysis{});
}

void MainWindow::editCaseProperties()
{
    if (!m_case->isOpen()) {
        return;
    }
    CasePropertiesDialog dialog(m_case->snapshot().info, false, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_case->updateInfo(dialog.info());
    }
}

void MainWindow::addCaseNote()
{
    if (!m_case->isOpen()) {
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add note"), tr("Note on the case:"), {}, &ok);
    if (ok && !text.trimmed().isEmpty()) {
        m_case->addNote(CaseNote{0, {}, {}, {}, {}, text.trimmed()});
    }
}

void MainWindow::verifyCaseEvidence()
{
    if (m_case->isOpen() && !m_case->isBusy()) {
        m_analyseAfterVerify = false;
        m_case->verifyEvidence();
    }
}

std::optional<MainWindow::TagTarget> MainWindow::findingTarget() const
{
    const Finding f = m_findings->currentFinding();
    if (f.id.isEmpty()) {
        return std::nullopt;
    }
    QString title = f.rule + QStringLiteral(": ") + f.title;
    if (!f.path.isEmpty()) {
        title += QStringLiteral(" — ") + f.path;
    }
    return TagTarget{QStringLiteral("finding"), CaseTargets::findingKey(f), title};
}

std::optional<MainWindow::TagTarget> MainWindow::layerFileTarget() const
{
    const QString path = m_layers->currentFilePath();
    if (path.isEmpty()) {
        return std::nullopt;
    }
    return TagTarget{QStringLiteral("file"), CaseTargets::fileKey(m_layers->currentScope(), path), path};
}

std::optional<MainWindow::TagTarget> MainWindow::checkTarget() const
{
    QString container;
    const ChecklistItem *item = m_checklist->currentItem(&container);
    if (!item) {
        return std::nullopt;
    }
    const QString key = CaseTargets::checkKey(container, item->id);
    return TagTarget{QStringLiteral("check"), key,
                     item->id + QStringLiteral(": ") + item->title + QStringLiteral(" — ")
                         + CaseTargets::describe(QStringLiteral("check"), key).section(QStringLiteral(", "), 1)};
}

std::optional<MainWindow::TagTarget> MainWindow::eventTarget() const
{
    const TimelineEvent *e = m_timeline->currentEvent();
    if (!e) {
        return std::nullopt;
    }
    return TagTarget{QStringLiteral("event"), CaseTargets::eventKey(*e),
                     CaseTargets::describe(QStringLiteral("event"), CaseTargets::eventKey(*e))};
}

std::optional<MainWindow::TagTarget> MainWindow::viewerFileTarget() const
{
    const FileLocation &loc = m_viewer->location();
    if (loc.entry.path.empty()) {
        return std::nullopt;
    }
    const QString path = u'/' + QString::fromStdString(loc.entry.path);
    const QString scope = loc.imageId.isEmpty() ? QStringLiteral("evidence:") + loc.evidence
                                                : QStringLiteral("image:") + loc.imageId;
    return TagTarget{QStringLiteral("file"), CaseTargets::fileKey(scope, path), path};
}

bool MainWindow::tagTarget(const std::optional<TagTarget> &target, const QString &label, const QString &comment)
{
    if (!m_case->isOpen() || !target) {
        statusBar()->showMessage(tr("Select something in an open case to tag it."), 5000);
        return false;
    }
    return m_case->addTag(CaseTag{0, {}, {}, target->type, target->key, label, comment, target->title});
}

bool MainWindow::noteTarget(const std::optional<TagTarget> &target, const QString &text)
{
    if (!m_case->isOpen() || !target) {
        return false;
    }
    return m_case->addNote(CaseNote{0, {}, {}, target->type, target->key, text});
}

bool MainWindow::tagCurrentFinding(const QString &label, const QString &comment)
{
    return tagTarget(findingTarget(), label, comment);
}

bool MainWindow::tagCurrentFile(const QString &label, const QString &comment)
{
    return tagTarget(layerFileTarget(), label, comment);
}

bool MainWindow::noteCurrentFinding(const QString &text)
{
    return noteTarget(findingTarget(), text);
}

void MainWindow::tagDialog(const std::optional<TagTarget> &target, const QString &label)
{
    if (!m_case->isOpen() || !target) {
        statusBar()->showMessage(tr("Select something in an open case to tag it."), 5000);
        return;
    }
    TagDialog dialog(target->title, label, this);
    if (dialog.exec() == QDialog::Accepted) {
        tagTarget(target, dialog.label(), dialog.comment());
    }
}

void MainWindow::noteDialog(const std::optional<TagTarget> &target)
{
    if (!m_case->isOpen() || !target) {
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add note"), tr("Note on %1:").arg(target->title), {}, &ok);
    if (ok && !text.trimmed().isEmpty()) {
        noteTarget(target, text.trimmed());
    }
}

void MainWindow::onCaseChanged()
{
    const bool open = m_case->isOpen();
    for (QAction *a : m_caseOnlyActions) {
        a->setEnabled(open);
    }
    m_caseView->setSnapshot(open ? &m_case->snapshot() : nullptr);
    QHash<QString, CaseVerification> verifications;
    if (open) {
        for (const CaseEvidence &e : m_case->snapshot().evidence) {
            if (const CaseVerification *v = m_case->snapshot().latestVerification(e.id)) {
                verifications.insert(e.path, *v);
            }
        }
    }
    m_evidence->model()->setVerifications(verifications);
    m_report->setReport(m_analysis, open ? std::optional<CaseSnapshot>(m_case->snapshot()) : std::nullopt);
    updateStatus();
}

void MainWindow::onVerificationFinished(int problems, bool cancelled)
{
    if (problems > 0) {
        QStringList lines;
        for (const CaseEvidence &e : m_case->snapshot().evidence) {
            const CaseVerification *v = m_case->snapshot().latestVerification(e.id);
            if (v && v->result != CaseVerification::Result::Match) {
                lines << tr("%1: %2 %3").arg(QDir::toNativeSeparators(e.path), CaseVerification::resultName(v->result),
                                             v->detail);
            }
        }
        notify(QMessageBox::Critical, tr("Evidence verification failed"),
               tr("%n evidence item(s) no longer match the hashes taken at intake. This is recorded in the "
                  "case's audit log for good and shown in every report.",
                  nullptr, problems)
                   + QStringLiteral("\n\n") + lines.join(u'\n'));
    } else if (!cancelled) {
        statusBar()->showMessage(tr("Every evidence item matches its intake hashes."), 5000);
    }
    if (cancelled) {
        m_analyseAfterVerify = false;
        m_pendingReportFormat.clear();
        statusBar()->showMessage(tr("Verification cancelled; it is recorded in the audit log."), 5000);
        return;
    }
    if (std::exchange(m_analyseAfterVerify, false)) {
        QStringList paths;
        for (const CaseEvidence &e : m_case->snapshot().evidence) {
            paths << e.path;
        }
        if (!paths.isEmpty()) {
            startAnalysis(paths);
        }
    }
    if (!m_pendingReportFormat.isEmpty()) {
        writeReport(std::exchange(m_pendingReportFormat, {}), std::exchange(m_pendingReportPath, {}));
    }
}

void MainWindow::onIntakeFinished(const QStringList &added, const QStringList &refused, bool cancelled)
{
    if (!refused.isEmpty()) {
        notify(QMessageBox::Warning, tr("Add evidence"),
               tr("These items were not added to the case:") + u'\n' + refused.join(u'\n'));
    }
    if (cancelled) {
        statusBar()->showMessage(tr("Intake cancelled."), 5000);
    }
    QStringList toAnalyse;
    for (const QString &p : added) {
        bool known = false;
        for (const EvidenceItem &e : m_analysis.evidence) {
            known = known || QFileInfo(e.path).absoluteFilePath() == p;
        }
        if (!known) {
            toAnalyse << p;
        }
    }
    if (!toAnalyse.isEmpty()) {
        startAnalysis(toAnalyse); // recorded in the case when it finishes
    } else if (!added.isEmpty() && !m_analysis.evidence.empty()) {
        m_case->recordAnalysis(m_analysis, analyzeOptions()); // analysed before the case existed
    }
}

void MainWindow::exportReportDialog(const QString &format)
{
    const bool pdf = format == u"pdf";
    const QString folder = m_case->isOpen() ? m_case->folder() : QDir::homePath();
    const QString base = m_case->isOpen() ? tr("Case %1 report").arg(m_case->snapshot().info.number) : tr("Dockscope report");
    QString sanitized = base;
    sanitized.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._ -]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export report as PDF") : tr("Export report as HTML"),
        folder + u'/' + sanitized + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".html")),
        pdf ? tr("PDF (*.pdf)") : tr("HTML (*.html)"));
    if (!path.isEmpty()) {
        exportReport(format, path);
    }
}

void MainWindow::exportReport(const QString &format, const QString &path)
{
    if (m_writingReport || !m_pendingReportFormat.isEmpty()) {
        notify(QMessageBox::Information, tr("Export report"), tr("A report is being written already."));
        return;
    }
    if (m_case->isOpen()) {
        if (m_case->isBusy()) {
            notify(QMessageBox::Information, tr("Export report"),
                   tr("The case is busy hashing evidence; export the report when it has finished."));
            return;
        }
        // The evidence is verified again first; the report then states that verification.
        m_pendingReportFormat = format;
        m_pendingReportPath = path;
        m_case->verifyEvidence();
        return;
    }
    writeReport(format, path);
}

void MainWindow::writeReport(const QString &format, const QString &path)
{
    const std::optional<ReportWriter::Format> f = ReportWriter::formatFromName(format);
    if (!f) {
        return;
    }
    // The report refers to its analysis: a copy lives as long as the worker needs it.
    auto analysis = std::make_shared<const Analysis>(m_analysis);
    const std::optional<CaseSnapshot> snapshot =
        m_case->isOpen() ? std::optional<CaseSnapshot>(m_case->snapshot()) : std::nullopt;
    auto report = std::make_shared<Report>(ReportBuilder::build(*analysis, snapshot, m_report->options()));
    m_writingReport = true;
    updateBusy();
    m_progressLabel->setText(tr("Writing the report…"));
    auto *watcher = new QFutureWatcher<ReportFile>(this);
    connect(watcher, &QFutureWatcher<ReportFile>::finished, this, [this, watcher, report, analysis] {
        watcher->deleteLater();
        m_writingReport = false;
        updateBusy();
        const ReportFile file = watcher->result();
        if (file.ok) {
            if (m_case->isOpen()) {
                m_case->recordReport(*report, file);
            }
            statusBar()->showMessage(tr("Report %1 written to %2 (SHA-256 %3)")
                                         .arg(report->id, QDir::toNativeSeparators(file.path), file.sha256),
                                     10000);
        } else {
            notify(QMessageBox::Critical, tr("Export report"),
                   tr("The report could not be written to %1: %2").arg(QDir::toNativeSeparators(file.path), file.error));
        }
        Q_EMIT reportExported(file);
    });
    // With a case the evidence was verified just before (exportReport); without one it is
    // hashed again here, and the report states the result.
    const bool recheck = !m_case->isOpen();
    watcher->setFuture(QtConcurrent::run([report, f = *f, path, recheck] {
        if (recheck) {
            report->recheck();
        }
        return ReportWriter::write(*report, f, path);
    }));
}

} // namespace dockscope
