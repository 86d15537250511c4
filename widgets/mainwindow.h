#pragma once

#include "analysis/analyzer.h"
#include "case/casedata.h"
#include "model/analysis.h"
#include "report/reportwriter.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace dockscope {

class AnalysisJob;
class CaseSession;
class CaseView;
class ChecklistView;
class EvidenceView;
class FileViewer;
class FindingsView;
class LayersView;
class ReportPreview;
class TimelineView;
class PackagesView;
class WarningsView;
struct FileLocation;

// The workbench: every view is a dock (movable, floatable, tabbable) with a stable object name;
// the layout is saved with a version and restored on start. Evidence comes in by menu, toolbar
// or drag-and-drop anywhere on the window and is analysed off the GUI thread with progress and
// cancel; results of a cancelled job are dropped.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Case files (by content) are opened as the case, everything else is added as evidence.
    void openPaths(const QStringList &paths);
    void addEvidence(const QStringList &paths);
    void removeEvidence(const QStringList &paths);
    void reanalyse();
    void cancelAnalysis();
    void restoreDefaultLayout();

    // The case: New asks for a file and the case's properties and takes the open evidence into
    // it; Open re-verifies the evidence hashes with progress, then analyses it; every action
    // goes into the case's audit log.
    void newCase();
    bool createCase(const QString &path, const CaseInfo &info); // no dialogs
    void openCaseDialog();
    bool openCase(const QString &path);
    void saveCase();
    void closeCase();
    void editCaseProperties();
    void addCaseNote();
    void verifyCaseEvidence();
    // Tags, bookmarks and notes on the current finding or file (label "bookmark" bookmarks).
    bool tagCurrentFinding(const QString &label, const QString &comment);
    bool tagCurrentFile(const QString &label, const QString &comment);
    bool noteCurrentFinding(const QString &text);

    // What a view's current row names, for tags, bookmarks and notes.
    struct TagTarget
    {
        QString type;  // finding | file | check | event
        QString key;   // CaseTargets
        QString title; // shown and kept in reports
    };
    std::optional<TagTarget> findingTarget() const;
    std::optional<TagTarget> layerFileTarget() const;
    std::optional<TagTarget> checkTarget() const;
    std::optional<TagTarget> eventTarget() const;
    std::optional<TagTarget> viewerFileTarget() const;
    bool tagTarget(const std::optional<TagTarget> &target, const QString &label, const QString &comment);
    bool noteTarget(const std::optional<TagTarget> &target, const QString &text);
    // Writes the report (re-verifying a case's evidence first) off the GUI thread; with a case,
    // records it in the audit log. reportExported() tells how it went.
    void exportReport(const QString &format, const QString &path);
    void exportReportDialog(const QString &format);
    CaseSession *caseSession() const { return m_case; }
    CaseView *caseView() const { return m_caseView; }
    ReportPreview *reportPreview() const { return m_report; }
    const Analysis &analysis() const { return m_analysis; }
    bool isBusy() const;
    AnalysisJob *job() const { return m_job; }
    QDockWidget *dock(const QString &objectName) const;
    QList<QDockWidget *> docks() const { return m_docks; }
    LayersView *layersView() const { return m_layers; }
    EvidenceView *evidenceView() const { return m_evidence; }
    FileViewer *fileViewer() const { return m_viewer; }
    FindingsView *findingsView() const { return m_findings; }
    QMenu *windowMenu() const { return m_windowMenu; }

    // Restores geometry and dock layout from the settings (ignored when the version differs).
    void restoreSettings();

Q_SIGNALS:
    void analysisChanged();
    void reportExported(const dockscope::ReportFile &file);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createMenus();
    void setAnalysis(const Analysis &analysis);
    void onFinished(int jobId, const Analysis &result);
    void onProgress(qint64 done, qint64 total, const QString &text, qint64 msLeft);
    void setBusy(bool busy);
    void updateStatus();
    void updateRecentMenu();
    void openFinding(const Finding &finding);
    bool openMountFile(const Finding &finding);
    QDockWidget *addDock(QWidget *content, const QString &objectName, const QString &title,
                         Qt::DockWidgetArea area, const QKeySequence &shortcut);
    void addEvidenceDialog(bool folder);
    void acquireFromHost();
    void showInFileManager();
    void startAnalysis(const QStringList &paths);
    AnalyzeOptions analyzeOptions() const;
    void createCaseActions();
    void onCaseChanged();
    void onVerificationFinished(int problems, bool cancelled);
    void onIntakeFinished(const QStringList &added, const QStringList &refused, bool cancelled);
    void writeReport(const QString &format, const QString &path);
    void tagDialog(const std::optional<TagTarget> &target, const QString &label);
    void noteDialog(const std::optional<TagTarget> &target);
    void notify(int icon, const QString &title, const QString &text);
    void updateBusy();

    Analysis m_analysis;
    QStringList m_pending; // evidence being analysed
    AnalysisJob *m_job = nullptr;
    QByteArray m_defaultState;

    EvidenceView *m_evidence = nullptr;
    LayersView *m_layers = nullptr;
    FileViewer *m_viewer = nullptr;
    ChecklistView *m_checklist = nullptr;
    FindingsView *m_findings = nullptr;
    TimelineView *m_timeline = nullptr;
    ReportPreview *m_report = nullptr;
    CaseView *m_caseView = nullptr;
    CaseSession *m_case = nullptr;
    // What to do when the running case verification ends.
    bool m_analyseAfterVerify = false;
    QString m_pendingReportFormat;
    QString m_pendingReportPath;
    bool m_writingReport = false;
    bool m_analysing = false;
    WarningsView *m_warnings = nullptr;
    PackagesView *m_packages = nullptr;
    QList<QDockWidget *> m_docks;

    QAction *m_addAction = nullptr;
    QAction *m_addFolderAction = nullptr;
    QAction *m_acquireAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_reanalyseAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_restoreLayoutAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_toggleModeAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_newCaseAction = nullptr;
    QAction *m_openCaseAction = nullptr;
    QAction *m_saveCaseAction = nullptr;
    QAction *m_closeCaseAction = nullptr;
    QAction *m_casePropertiesAction = nullptr;
    QAction *m_addNoteAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_exportHtmlAction = nullptr;
    QList<QAction *> m_caseOnlyActions;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_windowMenu = nullptr;

    QLabel *m_statusLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace dockscope
