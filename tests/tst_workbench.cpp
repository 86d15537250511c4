// The workbench window: its models under QAbstractItemModelTester, loading real evidence into
// the docks, the layer explorer's modes and filters, drag-and-drop, cancel, and the saved
// layout. With DOCKSCOPE_SCREENSHOTS=DIR it also saves screenshots of the main docks there.

#include "analysisjob.h"
#include "evidencemodel.h"
#include "evidenceview.h"
#include "findingsview.h"
#include "fileviewer.h"
#include "filetreefilterproxy.h"
#include "filetreemodel.h"
#include "inefficientfilesmodel.h"
#include "layerlistmodel.h"
#include "layersview.h"
#include "mainwindow.h"
#include "numberedtextview.h"
#include "roles.h"
#include "tarbuilder.h"
#include "testpaths.h"

#include "analysis/analyzer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QTemporaryDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace dockscope;
using namespace dockscope::test;

namespace {

QString save()
{
    return data(QStringLiteral("engine/scenario-save.tar"));
}

// Every path the view can reach, expanding as it goes: "/opt/app/new.txt".
QStringList visiblePaths(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        out << i.data(PathRole).toString();
        out += visiblePaths(model, i);
    }
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

Analysis analyse(const QStringList &evidence)
{
    return Analyzer::run(evidence, {});
}

// A big gzip layer of incompressible bytes: long enough to cancel while it is read.
QString bigEvidence()
{
    static QString path;
    if (path.isEmpty()) {
        QByteArray noise(48 << 20, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        const QByteArray tar = TarBuilder().file("noise.bin", noise).bytes();
        ImageArchive archive;
        archive.layers = {TarBuilder::gzip(tar)};
        archive.config = ImageArchive::configFor({tar});
        path = writeTemp(archive.bytes(), QStringLiteral("big.tar"));
    }
    return path;
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        QSettings().clear();
    }

    void modelsPassTheModelTester()
    {
        const Analysis a = analyse({save(), data(QStringLiteral("engine/scenario-export.tar")),
                                    peer(QStringLiteral("ggcr/tarball__null_manifest.tar"))});
        EvidenceModel evidence;
        QAbstractItemModelTester t1(&evidence, QAbstractItemModelTester::FailureReportingMode::QtTest);
        evidence.setAnalysis(a);
        QCOMPARE(evidence.rowCount(), 3);
        QCOMPARE(evidence.rowCount(evidence.index(0, 0)), 1); // the image of the save
        QCOMPARE(evidence.kindOf(evidence.index(0, 0, evidence.index(0, 0))), EvidenceModel::ItemKind::Image);
        QCOMPARE(evidence.index(2, EvidenceModel::StateColumn).data().toString(), QStringLiteral("unreadable"));

        LayerListModel layers;
        QAbstractItemModelTester t2(&layers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        layers.setImage(&a.images[0]);
        QCOMPARE(layers.rowCount(), 5);
        QCOMPARE(layers.index(4, LayerListModel::RemovedColumn).data().toInt(), 3);
        QCOMPARE(layers.index(0, LayerListModel::VerifiedColumn).data().toString(), QStringLiteral("verified"));

        InefficientFilesModel inefficient;
        QAbstractItemModelTester t3(&inefficient, QAbstractItemModelTester::FailureReportingMode::QtTest);
        inefficient.setEfficiency(a.images[0].efficiency);
        QCOMPARE(inefficient.rowCount(), 2);
        QCOMPARE(inefficient.index(0, InefficientFilesModel::PathColumn).data().toString(), QStringLiteral("/opt/app/a.txt"));

        FileTreeModel files;
        QAbstractItemModelTester t4(&files, QAbstractItemModelTester::FailureReportingMode::QtTest);
        FileTreeFilterProxy proxy;
        proxy.setSourceModel(&files);
        QAbstractItemModelTester t5(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int layer = 0; layer < 5; ++layer) {
            files.setTree(a.images[0].tree, layer, FileTreeModel::Mode::Aggregated);
            QVERIFY(!visiblePaths(proxy).isEmpty());
            files.setMode(FileTreeModel::Mode::LayerChanges);
            visiblePaths(proxy);
        }
        proxy.setPattern(QStringLiteral("*.txt"), false);
        visiblePaths(proxy);
        proxy.setKindVisible(FileTreeModel::ChangeKind::Removed, false);
        visiblePaths(proxy);
    }

    void layerModes_data()
    {
        QTest::addColumn<int>("layer");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("expected"); // a subset for Aggregated, exact for LayerChanges
        QTest::addColumn<QStringList>("absent");
        const int changes = int(FileTreeModel::Mode::LayerChanges);
        const int aggregated = int(FileTreeModel::Mode::Aggregated);
        QTest::newRow("layer 4 changes: the opaque directory")
            << 4 << changes
            << QStringList{QStringLiteral("/opt"), QStringLiteral("/opt/app"), QStringLiteral("/opt/app/a.txt"),
                           QStringLiteral("/opt/app/b.txt"), QStringLiteral("/opt/app/c.txt"), QStringLiteral("/opt/app/new.txt")}
            << QStringList{QStringLiteral("/etc"), QStringLiteral("/bin")};
        QTest::newRow("layer 3 changes: the whiteout")
            << 3 << changes << QStringList{QStringLiteral("/etc"), QStringLiteral("/etc/deleteme.conf")}
            << QStringList{QStringLiteral("/opt")};
        QTest::newRow("up to layer 3: the deleted file still listed, marked")
            << 3 << aggregated << QStringList{QStringLiteral("/etc/deleteme.conf"), QStringLiteral("/opt/app/a.txt"), QStringLiteral("/bin/busybox")}
            << QStringList{QStringLiteral("/opt/app/new.txt")};
        QTest::newRow("up to layer 4: gone, and the opaque dir shows only its own file")
            << 4 << aggregated << QStringList{QStringLiteral("/opt/app/new.txt"), QStringLiteral("/usr/local/bin/suid-tool")}
            << QStringList{QStringLiteral("/etc/deleteme.conf")};
    }

    void layerModes()
    {
        QFETCH(int, layer);
        QFETCH(int, mode);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        const Analysis a = analyse({save()});
        LayersView view;
        view.setAnalysis(a);
        view.layerView()->selectRow(layer);
        view.setMode(FileTreeModel::Mode(mode));
        QCOMPARE(view.fileModel()->layer(), layer);
        const QStringList paths = visiblePaths(*view.fileProxy());
        if (FileTreeModel::Mode(mode) == FileTreeModel::Mode::LayerChanges) {
            QCOMPARE(sorted(paths), sorted(expected));
        }
        for (const QString &p : expected) {
            QVERIFY2(paths.contains(p), qPrintable(p));
        }
        for (const QString &p : absent) {
            QVERIFY2(!paths.contains(p), qPrintable(p));
        }
    }

    void changeKindsAtLayer()
    {
        const Analysis a = analyse({save()});
        FileTreeModel files;
        const FileTree &tree = *a.images[0].tree;
        files.setTree(a.images[0].tree, 4, FileTreeModel::Mode::Aggregated);
        QCOMPARE(files.changeKind(tree.find("opt/app/new.txt")), FileTreeModel::ChangeKind::Added);
        QCOMPARE(files.changeKind(tree.find("opt/app/a.txt")), FileTreeModel::ChangeKind::Removed);
        QVERIFY(files.isOpaqueHere(tree.find("opt/app")));
        QCOMPARE(files.lastWriter(tree.find("opt/app/a.txt")), 2);
        files.setLayer(2);
        QCOMPARE(files.changeKind(tree.find("opt/app/a.txt")), FileTreeModel::ChangeKind::Modified);
        files.setLayer(3);
        QCOMPARE(files.changeKind(tree.find("etc/deleteme.conf")), FileTreeModel::ChangeKind::Removed);
        QCOMPARE(files.changeKind(tree.find("opt/app/a.txt")), FileTreeModel::ChangeKind::Unmodified);
        const QModelIndex removed = files.indexOfNode(tree.find("etc/deleteme.conf"));
        QVERIFY(removed.isValid());
        QVERIFY(removed.data(Qt::ToolTipRole).toString().contains(QStringLiteral("whiteout")));
        QVERIFY(removed.data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(!removed.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("regex");
        QTest::addColumn<bool>("hideRemoved");
        QTest::addColumn<QStringList>("leaves");
        QTest::newRow("wildcard on names")
            << QStringLiteral("*.txt") << false << false
            << QStringList{QStringLiteral("/opt/app/a.txt"), QStringLiteral("/opt/app/b.txt"),
                           QStringLiteral("/opt/app/c.txt"), QStringLiteral("/opt/app/new.txt")};
        QTest::newRow("wildcard, removed hidden") << QStringLiteral("*.txt") << false << true
                                                  << QStringList{QStringLiteral("/opt/app/new.txt")};
        QTest::newRow("regex on paths") << QStringLiteral("^/usr/local/bin/") << true << false
                                        << QStringList{QStringLiteral("/usr/local/bin/suid-tool"),
                                                       QStringLiteral("/usr/local/bin/tool-link")};
        QTest::newRow("a matching directory keeps its contents")
            << QStringLiteral("app") << false << true
            << QStringList{QStringLiteral("/opt/app/new.txt")};
    }

    void filters()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, regex);
        QFETCH(bool, hideRemoved);
        QFETCH(QStringList, leaves);
        const Analysis a = analyse({save()});
        LayersView view;
        view.setAnalysis(a); // last layer, aggregated
        view.fileProxy()->setKindVisible(FileTreeModel::ChangeKind::Removed, !hideRemoved);
        view.setFilter(pattern, regex);
        QStringList shown;
        for (const QString &p : visiblePaths(*view.fileProxy())) {
            if (!view.fileModel()->tree()->children(view.fileModel()->tree()->find(p.toStdString())).size()) {
                shown << p;
            }
        }
        QCOMPARE(sorted(shown), sorted(leaves));
    }

    void debouncedFilterBox()
    {
        const Analysis a = analyse({save()});
        LayersView view;
        view.setAnalysis(a);
        auto *edit = view.findChild<QLineEdit *>();
        QVERIFY(edit);
        const int before = view.fileProxy()->rowCount();
        QTest::keyClicks(edit, QStringLiteral("busybox"));
        QCOMPARE(view.fileProxy()->rowCount(), before); // not yet: debounced
        QTRY_COMPARE(view.fileProxy()->pattern(), QStringLiteral("busybox"));
        QCOMPARE(sorted(visiblePaths(*view.fileProxy())),
                 sorted({QStringLiteral("/bin"), QStringLiteral("/bin/busybox")}));
    }

    void goToWriterLayerAndSelectPath()
    {
        const Analysis a = analyse({save()});
        LayersView view;
        QSignalSpy selected(&view, &LayersView::fileSelected);
        view.setAnalysis(a);
        QVERIFY(view.selectPath(0, QStringLiteral("/opt/app/new.txt")));
        QCOMPARE(view.currentLayer(), 4);
        QVERIFY(!selected.isEmpty());
        const FileLocation loc = selected.last().at(0).value<FileLocation>();
        QCOMPARE(QString::fromStdString(loc.entry.path), QStringLiteral("opt/app/new.txt"));
        QCOMPARE(loc.layer, 4);
        QVERIFY(view.selectPath(0, QStringLiteral("/usr/local/bin/suid-tool"), 4));
        QCOMPARE(view.currentLayer(), 4);
        view.goToWriterLayer();
        QCOMPARE(view.currentLayer(), 1);
        QCOMPARE(view.fileView()->currentIndex().data(PathRole).toString(), QStringLiteral("/usr/local/bin/suid-tool"));
    }

    void windowLoadsEvidenceIntoEveryDock()
    {
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::analysisChanged);
        window.addEvidence({save(), data(QStringLiteral("engine/scenario-export.tar")),
                            peer(QStringLiteral("ggcr/tarball__null_manifest.tar"))});
        QVERIFY(window.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
        QCOMPARE(window.analysis().evidence.size(), std::size_t(3));
        QCOMPARE(window.evidenceView()->model()->rowCount(), 3);
        QCOMPARE(window.layersView()->layerModel()->rowCount(), 5);
        QVERIFY(window.layersView()->fileProxy()->rowCount() > 5);
        for (const QString &name : {QStringLiteral("EvidenceDock"), QStringLiteral("LayersDock"),
                                    QStringLiteral("FileViewerDock"), QStringLiteral("ChecklistDock"),
                                    QStringLiteral("FindingsDock"), QStringLiteral("TimelineDock"),
                                    QStringLiteral("ReportPreviewDock"), QStringLiteral("WarningsDock")}) {
            QVERIFY2(window.dock(name), qPrintable(name));
        }
        // The broken evidence is reported and the rest stays usable.
        auto *warnings = window.dock(QStringLiteral("WarningsDock"))->widget()->findChild<QTableView *>();
        QVERIFY(warnings);
        QVERIFY(warnings->model()->rowCount() >= 1);
        // Selecting a file opens it in the viewer.
        QVERIFY(window.layersView()->selectPath(0, QStringLiteral("/etc/passwd")));
        QTRY_VERIFY(!window.fileViewer()->isLoading());
        QCOMPARE(QString::fromStdString(window.fileViewer()->location().entry.path), QStringLiteral("etc/passwd"));
        QCOMPARE(window.fileViewer()->mode(), FileViewer::Mode::Text);
        screenshot(window, QStringLiteral("workbench.png"));
        // Layer 4's own changes: the opaque directory and what it hid.
        QVERIFY(window.layersView()->selectPath(0, QStringLiteral("/opt/app/new.txt"), 4));
        window.layersView()->setMode(FileTreeModel::Mode::LayerChanges);
        window.layersView()->fileView()->expandAll();
        QVERIFY(window.layersView()->selectPath(0, QStringLiteral("/opt/app/new.txt"), 4));
        QTRY_VERIFY(!window.fileViewer()->isLoading());
        screenshot(window, QStringLiteral("layer-changes.png"));
        window.layersView()->setMode(FileTreeModel::Mode::Aggregated);
        // Removing evidence drops everything that came from it.
        window.removeEvidence({peer(QStringLiteral("ggcr/tarball__null_manifest.tar"))});
        QCOMPARE(window.evidenceView()->model()->rowCount(), 2);
        QCOMPARE(warnings->model()->rowCount(), 0);
    }

    void activatingAFindingOpensItsFile()
    {
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::analysisChanged);
        window.addEvidence({save()});
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
        Finding f;
        f.id = QStringLiteral("F-1");
        f.rule = QStringLiteral("FS-06");
        f.image = window.analysis().images[0].id;
        f.evidenceFile = save();
        f.path = QStringLiteral("/etc/passwd");
        f.line = 2;
        Q_EMIT window.findingsView()->findingActivated(f);
        QCOMPARE(window.layersView()->fileView()->currentIndex().data(PathRole).toString(), QStringLiteral("/etc/passwd"));
        QTRY_VERIFY(!window.fileViewer()->isLoading());
        QCOMPARE(QString::fromStdString(window.fileViewer()->location().entry.path), QStringLiteral("etc/passwd"));
        QCOMPARE(window.fileViewer()->location().highlightLine, 2);
    }

    // A finding on a file in a container's volume: no image tree holds it, the file viewer
    // reads it from the volume's folder in the evidence.
    void activatingAVolumeFindingOpensItsFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xzf"), data(QStringLiteral("dataroot/dataroot.tar.gz")),
                                          QStringLiteral("-C"), dir.path()});
        QVERIFY(tar.waitForFinished(60000) && tar.exitCode() == 0);
        const QByteArray webshell = "<?php\n// upload helper\nsystem($_REQUEST['cmd']);\n?>\n";
        QFile planted(dir.filePath(QStringLiteral("docker/volumes/labvol/_data/uploads/.x.php")));
        QVERIFY(QDir().mkpath(QFileInfo(planted).path()));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(webshell);
        planted.close();

        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::analysisChanged);
        window.addEvidence({dir.filePath(QStringLiteral("docker"))});
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
        const std::vector<Finding> &findings = window.analysis().findings;
        const auto shell = std::find_if(findings.begin(), findings.end(), [](const Finding &f) {
            return f.rule == u"FC-03" && f.path == u"/srv/vol/uploads/.x.php";
        });
        QVERIFY(shell != findings.end());
        QVERIFY(!shell->volume.isEmpty());
        Q_EMIT window.findingsView()->findingActivated(*shell);
        QTRY_VERIFY(!window.fileViewer()->isLoading());
        QCOMPARE(QString::fromStdString(window.fileViewer()->location().entry.path), QStringLiteral("uploads/.x.php"));
        QVERIFY(window.fileViewer()->location().layerMember.endsWith(u"volumes/labvol/_data"));
        QCOMPARE(window.fileViewer()->location().highlightLine, shell->line);
        QVERIFY2(window.fileViewer()->note().isEmpty(), qPrintable(window.fileViewer()->note()));
        QVERIFY(window.fileViewer()->textView()->toPlainText().contains(u"system($_REQUEST['cmd'])"));
    }

    void dragAndDropAddsEvidence()
    {
        MainWindow window;
        window.show();
        QSignalSpy changed(&window, &MainWindow::analysisChanged);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(save()), QUrl::fromLocalFile(peer(QStringLiteral("trivy/test.oci")))});
        // Drop onto a child widget (the evidence tree): the drop reaches the window.
        QWidget *target = window.evidenceView()->view()->viewport();
        const QPoint at = target->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
        QCOMPARE(window.analysis().evidence.size(), std::size_t(2));
        QCOMPARE(window.analysis().evidence[1].kind, QStringLiteral("oci-layout"));
        // Dropping something that is not a file is refused.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent refused(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    void cancelStopsARunningIngest()
    {
        const QString big = bigEvidence();
        AnalysisJob job;
        QSignalSpy finished(&job, &AnalysisJob::finished);
        QSignalSpy cancelled(&job, &AnalysisJob::cancelled);
        QSignalSpy progress(&job, &AnalysisJob::progressChanged);
        job.start({big});
        QVERIFY(job.isRunning());
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty(), 10000);
        QVERIFY(!job.isRunning());
        QCOMPARE(finished.count(), 0); // the cancelled run's results are dropped

        // A superseded run is dropped too; only the latest one is delivered.
        const int first = job.start({big});
        const int second = job.start({save()});
        QVERIFY(second != first);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.last().at(0).toInt(), second);
        QCOMPARE(finished.last().at(1).value<Analysis>().evidence[0].path, save());
    }

    void windowCancelKeepsPreviousResults()
    {
        MainWindow window;
        QSignalSpy changed(&window, &MainWindow::analysisChanged);
        window.addEvidence({save()});
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 30000);
        window.addEvidence({bigEvidence()});
        QVERIFY(window.isBusy());
        window.cancelAnalysis();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 10000);
        QCOMPARE(window.analysis().evidence.size(), std::size_t(1));
    }

    void layoutIsSavedAndRestored()
    {
        QByteArray state;
        {
            MainWindow window;
            window.show();
            QDockWidget *timeline = window.dock(QStringLiteral("TimelineDock"));
            QDockWidget *viewer = window.dock(QStringLiteral("FileViewerDock"));
            timeline->hide();
            viewer->setFloating(true);
            window.close(); // writes the settings
            state = window.saveState(1);
        }
        MainWindow again;
        again.show();
        again.restoreSettings();
        QVERIFY(again.dock(QStringLiteral("TimelineDock"))->isHidden());
        QVERIFY(again.dock(QStringLiteral("FileViewerDock"))->isFloating());
        again.restoreDefaultLayout();
        QVERIFY(!again.dock(QStringLiteral("TimelineDock"))->isHidden());
        QVERIFY(!again.dock(QStringLiteral("FileViewerDock"))->isFloating());
        // Every dock's toggle is in the Window menu.
        int toggles = 0;
        for (QAction *a : again.windowMenu()->actions()) {
            for (QDockWidget *d : again.docks()) {
                toggles += a == d->toggleViewAction() ? 1 : 0;
            }
        }
        QCOMPARE(toggles, 10); // Evidence, Layers, File Viewer, Checklist, Findings, Timeline, Report, Warnings, Case, Packages
        // A state saved with another version is ignored.
        QVERIFY(!again.restoreState(state, 99));
    }

private:
    static void screenshot(QWidget &window, const QString &name)
    {
        const QString dir = qEnvironmentVariable("DOCKSCOPE_SCREENSHOTS");
        if (dir.isEmpty()) {
            return;
        }
        QDir().mkpath(dir);
        window.resize(1500, 950);
        window.show();
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir + u'/' + name));
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
