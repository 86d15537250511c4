#pragma once

#include "model/analysis.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace dockscope {

class AnalysisJob;
class ChecklistView;
class EvidenceView;
class FileViewer;
class FindingsView;
class LayersView;
class ReportPreview;
class TimelineView;
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

    void addEvidence(const QStringList &paths);
    void removeEvidence(const QStringList &paths);
    void reanalyse();
    void cancelAnalysis();
    void restoreDefaultLayout();

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
    QDockWidget *addDock(QWidget *content, const QString &objectName, const QString &title,
                         Qt::DockWidgetArea area, const QKeySequence &shortcut);
    void addEvidenceDialog(bool folder);
    void showInFileManager();

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
    WarningsView *m_warnings = nullptr;
    QList<QDockWidget *> m_docks;

    QAction *m_addAction = nullptr;
    QAction *m_addFolderAction = nullptr;
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
    QMenu *m_recentMenu = nullptr;
    QMenu *m_windowMenu = nullptr;

    QLabel *m_statusLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
};

} // namespace dockscope
