// The case in the window: opening a case re-verifies its evidence and then analyses it, a
// mismatch is shown and recorded for good, New takes the open evidence into a case, tags,
// bookmarks and notes from the views, file exports and report exports logged in the audit log,
// and the Case dock's tables under QAbstractItemModelTester.
#include "case/caseactions.h"
#include "case/casestore.h"
#include "case/casetargets.h"
#include "casesession.h"
#include "caseview.h"
#include "checklistview.h"
#include "evidencemodel.h"
#include "evidenceview.h"
#include "fileviewer.h"
#include "findingsview.h"
#include "layersview.h"
#include "mainwindow.h"
#include "timelineview.h"
#include "recordtablemodel.h"
#include "report/reportwriter.h"
#include "reportpreview.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dockscope;
using namespace dockscope::test;

namespace {

const QStringList DemoFiles = {QStringLiteral("demo-image.tar"), QStringLiteral("demo-export.tar"),
                               QStringLiteral("demo-inspect.json"), QStringLiteral("demo-json.log")};

// Copies of the demo evidence in dir (never the committed files: some tests change them).
QStringList copyDemo(const QTemporaryDir &dir)
{
    QStringList out;
    for (const QString &name : DemoFiles) {
        const QString target = dir.filePath(name);
        QFile::copy(data(QStringLiteral("demo/") + name), target);
        QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        out << target;
    }
    return out;
}

CaseInfo info(const QString &number)
{
    CaseInfo i;
    i.number = number;
    i.name = QStringLiteral("Webshop compromise");
    i.examiner = QStringLiteral("A. Examiner");
    return i;
}

// A case file with the demo evidence taken in, made as the CLI makes it.
QString makeCase(const QTemporaryDir &dir, const QStringList &evidence)
{
    const QString path = dir.filePath(QStringLiteral("webshop.dscase"));
    Diagnostic error;
    auto store = CaseStore::create(path, info(QStringLiteral("2026-0142")), &error);
    if (!store) {
        return {};
    }
    for (const CaseActions::Added &a : CaseActions::addEvidence(*store, evidence)) {
        if (a.id == 0) {
            return {};
        }
    }
    return path;
}

QStringList actions(const CaseSnapshot &s)
{
    QStringList out;
    for (const AuditEntry &e : s.audit) {
        out << e.action;
    }
    return out;
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Waits until the window has verified and analysed everything.
bool settle(MainWindow &w)
{
    return QTest::qWaitFor([&w] { return !w.isBusy() && !w.caseSession()->isBusy(); }, 120000);
}

QList<QMessageBox *> notices(const MainWindow &w)
{
    return w.findChildren<QMessageBox *>(QStringLiteral("notice"));
}

} // namespace

class TestCaseWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void recordTableModelPassesTheTester()
    {
        RecordTableModel model({QStringLiteral("A"), QStringLiteral("B")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{7, {QStringLiteral("one"), QStringLiteral("first line\nsecond")}, false, {}},
                       {9, {QStringLiteral("two")}, true, QStringLiteral("why")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("first line"));
        QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), QStringLiteral("first line\nsecond"));
        QCOMPARE(model.index(1, 1).data().toString(), QString()); // padded to the header count
        QCOMPARE(model.index(1, 0).data(RecordTableModel::RecordIdRole).toLongLong(), 9);
        QVERIFY(model.index(1, 0).data(RecordTableModel::ProblemRole).toBool());
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("why"));
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void openingACaseVerifiesThenAnalyses()
    {
        QTemporaryDir dir;
        const QStringList evidence = copyDemo(dir);
        const QString path = makeCase(dir, evidence);
        QVERIFY(!path.isEmpty());

        MainWindow w;
        for (RecordTableModel *m : {w.caseView()->evidenceModel(), w.caseView()->auditModel(),
                                    w.caseView()->notesModel(), w.caseView()->tagsModel()}) {
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, m);
        }
        new QAbstractItemModelTester(w.evidenceView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     &w);
        QSignalSpy verified(w.caseSession(), &CaseSession::verificationFinished);
        // By content, not by name: the case file opens as a case under any name.
        const QString renamed = dir.filePath(QStringLiteral("webshop.db"));
        QVERIFY(QFile::rename(path, renamed));
        if (CaseStore::folderFor(path) != CaseStore::folderFor(renamed)) {
            QVERIFY(QFile::rename(CaseStore::folderFor(path), CaseStore::folderFor(renamed)));
        }
        w.openPaths({renamed});
        QVERIFY(w.caseSession()->isOpen());
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.at(0).at(0).toInt(), 0);
        QVERIFY(settle(w));

        const CaseSnapshot &s = w.caseSession()->snapshot();
        QCOMPARE(s.verifications.size(), std::size_t(4));
        QCOMPARE(w.analysis().evidence.size(), std::size_t(4));
        QVERIFY(!w.analysis().findings.empty());
        QCOMPARE(s.analyses.size(), std::size_t(1)); // the window's analysis is recorded
        QCOMPARE(s.analyses.front().findings, int(w.analysis().findings.size()));
        const QStringList done = actions(s);
        QVERIFY2(done.contains(QStringLiteral("case.open")), qPrintable(done.join(u' ')));
        QCOMPARE(done.count(QStringLiteral("evidence.verify")), 4);
        QVERIFY(done.contains(QStringLiteral("analysis.run")));
        QVERIFY(s.chain.ok);

        QVERIFY(w.caseView()->verificationLabel()->text().contains(QStringLiteral("match their intake hashes")));
        QVERIFY(w.caseView()->chainLabel()->text().contains(QStringLiteral("chain intact")));
        QCOMPARE(w.caseView()->evidenceModel()->rowCount(), 4);
        QCOMPARE(w.caseView()->auditModel()->rowCount(), int(s.audit.size()));
        QVERIFY(w.windowTitle().contains(QStringLiteral("2026-0142")));
        const QModelIndex state = w.evidenceView()->model()->index(0, EvidenceModel::StateColumn);
        QVERIFY2(state.data().toString().startsWith(QStringLiteral("verified ")), qPrintable(state.data().toString()));
        QVERIFY(notices(w).isEmpty());
        // The preview is the case's report: its number, examiner and verification results.
        QVERIFY(w.reportPreview()->html().contains(QStringLiteral("2026-0142")));
        QVERIFY(w.reportPreview()->html().contains(QStringLiteral("A. Examiner")));
    }

    void aMismatchIsShownAndRecorded()
    {
        QTemporaryDir dir;
        const QStringList evidence = copyDemo(dir);
        const QString path = makeCase(dir, evidence);
        QVERIFY(!path.isEmpty());
        {
            QFile log(evidence.at(3));
            QVERIFY(log.open(QIODevice::ReadWrite));
            log.seek(10);
            log.write("X");
        }
        MainWindow w;
        QSignalSpy verified(w.caseSession(), &CaseSession::verificationFinished);
        QVERIFY(w.openCase(path));
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.at(0).at(0).toInt(), 1);
        QVERIFY(settle(w));

        const CaseSnapshot &s = w.caseSession()->snapshot();
        QCOMPARE(w.caseSession()->failedEvidence(), 1);
        QVERIFY(s.anyVerificationFailed());
        QVERIFY(w.caseView()->verificationLabel()->text().startsWith(QStringLiteral("EVIDENCE VERIFICATION FAILED")));
        QVERIFY(!notices(w).isEmpty());
        QVERIFY(notices(w).front()->text().contains(QStringLiteral("demo-json.log")));
        // The evidence tree and the Case dock's table mark it.
        const EvidenceModel *model = w.evidenceView()->model();
        bool marked = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, EvidenceModel::StateColumn);
            marked = marked || i.data().toString() == QStringLiteral("VERIFICATION FAILED: mismatch");
        }
        QVERIFY(marked);
        const RecordTableModel *table = w.caseView()->evidenceModel();
        QVERIFY(table->index(3, 0).data(RecordTableModel::ProblemRole).toBool());
        QVERIFY(table->index(3, 8).data().toString().startsWith(QStringLiteral("MISMATCH")));
        // The analysis still runs (the examiner sees what the file holds now) and the report
        // says what failed.
        QCOMPARE(w.analysis().evidence.size(), std::size_t(4));
        QVERIFY(w.reportPreview()->html().contains(QStringLiteral("EVIDENCE VERIFICATION FAILED")));

        // For good: restoring the byte makes the latest verification match, but the failure stays.
        {
            QFile log(evidence.at(3));
            QVERIFY(log.open(QIODevice::ReadWrite));
            log.seek(10);
            QFile original(data(QStringLiteral("demo/demo-json.log")));
            QVERIFY(original.open(QIODevice::ReadOnly));
            original.seek(10);
            log.write(original.read(1));
        }
        verified.clear();
        w.verifyCaseEvidence();
        QVERIFY(verified.wait(60000));
        QCOMPARE(verified.at(0).at(0).toInt(), 0);
        QCOMPARE(w.caseSession()->failedEvidence(), 0);
        QVERIFY(w.caseView()->verificationLabel()->text().contains(QStringLiteral("earlier in this case")));
        QVERIFY(w.reportPreview()->html().contains(QStringLiteral("EVIDENCE VERIFICATION FAILED")));
    }

    void openingAnotherCaseDropsTheFirstOnesHashing()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        const QString a = makeCase(first, copyDemo(first));
        const QString b = makeCase(second, copyDemo(second).mid(2, 1));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        MainWindow w;
        QVERIFY(w.openCase(a));
        QVERIFY(w.caseSession()->isBusy()); // verifying a's four items
        QVERIFY(w.openCase(b));             // before a's verification has finished
        QVERIFY(settle(w));
        const CaseSnapshot &s = w.caseSession()->snapshot();
        QCOMPARE(s.path, QFileInfo(b).absoluteFilePath());
        QCOMPARE(s.verifications.size(), std::size_t(1)); // b's own item, nothing of a's
        QCOMPARE(s.verifications.front().evidenceId, s.evidence.front().id);
        QCOMPARE(w.analysis().evidence.size(), std::size_t(1));
        // a's case records that it was closed, and nothing of b.
        Diagnostic error;
        auto store = CaseStore::open(a, &error);
        QVERIFY(store);
        QVERIFY(actions(store->snapshot()).contains(QStringLiteral("case.close")));
        QVERIFY(store->snapshot().chain.ok);
    }

    void aBrokenAuditChainIsShown()
    {
        QTemporaryDir dir;
        const QString path = makeCase(dir, copyDemo(dir).mid(2, 1));
        QVERIFY(!path.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE audit SET examiner = 'Mallory' WHERE seq = 1")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        MainWindow w;
        QVERIFY(w.openCase(path));
        QVERIFY(settle(w));
        QVERIFY(!w.caseSession()->snapshot().chain.ok);
        QVERIFY2(w.caseView()->chainLabel()->text().contains(QStringLiteral("BROKEN at entry 1")),
                 qPrintable(w.caseView()->chainLabel()->text()));
        QVERIFY(w.caseView()->auditModel()->index(0, 0).data(RecordTableModel::ProblemRole).toBool());
        bool told = false;
        for (QMessageBox *box : notices(w)) {
            told = told || box->text().contains(QStringLiteral("broken at entry 1"));
        }
        QVERIFY(told);
    }

    void newCaseTakesTheOpenEvidence()
    {
        QTemporaryDir dir;
        const QStringList evidence = copyDemo(dir);
        MainWindow w;
        w.openPaths(evidence.mid(0, 2));
        QVERIFY(settle(w));
        QCOMPARE(w.analysis().evidence.size(), std::size_t(2));
        const QString path = dir.filePath(QStringLiteral("new.dscase"));
        QSignalSpy intake(w.caseSession(), &CaseSession::intakeFinished);
        QVERIFY(w.createCase(path, info(QStringLiteral("2026-0200"))));
        QVERIFY(intake.wait(60000));
        QVERIFY(settle(w));
        const CaseSnapshot &s = w.caseSession()->snapshot();
        QCOMPARE(s.evidence.size(), std::size_t(2));
        QCOMPARE(s.evidence.front().sha256, QString::fromLatin1(sha256Of(evidence.at(0))));
        QVERIFY(!s.evidence.front().sha1.isEmpty());
        QVERIFY(!s.evidence.front().md5.isEmpty());
        QCOMPARE(s.analyses.size(), std::size_t(1)); // the analysis made before the case

        // Evidence added later goes through intake, then analysis; a duplicate is refused.
        intake.clear();
        w.addEvidence({evidence.at(2), evidence.at(0)});
        QVERIFY(intake.wait(60000));
        QCOMPARE(intake.at(0).at(0).toStringList(), QStringList{evidence.at(2)});
        QVERIFY(settle(w));
        QCOMPARE(w.caseSession()->snapshot().evidence.size(), std::size_t(3));
        QCOMPARE(w.analysis().evidence.size(), std::size_t(3));
        QCOMPARE(w.caseSession()->snapshot().analyses.size(), std::size_t(2));
        QVERIFY(QFileInfo(CaseStore::folderFor(path)).isDir());

        // The case reopens with everything in it.
        w.closeCase();
        QVERIFY(!w.caseSession()->isOpen());
        QVERIFY(w.analysis().evidence.empty());
        QVERIFY(w.openCase(path));
        QVERIFY(settle(w));
        QCOMPARE(w.analysis().evidence.size(), std::size_t(3));
        QVERIFY(actions(w.caseSession()->snapshot()).contains(QStringLiteral("case.close")));
    }

    void tagsNotesAndExportsAreRecorded()
    {
        QTemporaryDir dir;
        const QString path = makeCase(dir, copyDemo(dir));
        MainWindow w;
        QVERIFY(w.openCase(path));
        QVERIFY(settle(w));

        // A finding: tag, bookmark and note, by its key (rule, place, path), not its row.
        QTableView *findings = w.findingsView()->table();
        findings->setCurrentIndex(findings->model()->index(0, 0));
        const Finding first = w.findingsView()->currentFinding();
        QVERIFY(!first.id.isEmpty());
        QVERIFY(w.tagCurrentFinding(QStringLiteral("malicious"), QStringLiteral("dropped by the attacker")));
        QVERIFY(w.tagCurrentFinding(QStringLiteral("bookmark"), {}));
        QVERIFY(w.noteCurrentFinding(QStringLiteral("Seen in the access log too.")));
        const CaseSnapshot &s = w.caseSession()->snapshot();
        QCOMPARE(s.tags.size(), std::size_t(2));
        QCOMPARE(s.tags.front().target, CaseTargets::findingKey(first));
        QCOMPARE(s.tags.front().targetType, QStringLiteral("finding"));
        QVERIFY(s.tags.front().title.contains(first.title));
        QCOMPARE(s.notes.size(), std::size_t(1));
        QCOMPARE(w.caseView()->tagsModel()->rowCount(), 2);
        QCOMPARE(w.caseView()->notesModel()->rowCount(), 1);
        QVERIFY(w.reportPreview()->html().contains(QStringLiteral("dropped by the attacker")));
        // The tag-only report keeps exactly the tagged finding.
        w.reportPreview()->taggedOnlyBox()->setChecked(true);
        QVERIFY(w.reportPreview()->html().contains(first.title.toHtmlEscaped()));

        // A file in the layer tree.
        QVERIFY(w.layersView()->selectPath(0, QStringLiteral("/etc/passwd")));
        QVERIFY(w.tagCurrentFile(QStringLiteral("follow-up"), QStringLiteral("check the accounts")));
        QCOMPARE(w.caseSession()->snapshot().tags.back().targetType, QStringLiteral("file"));
        QVERIFY(w.caseSession()->snapshot().tags.back().target.endsWith(QStringLiteral("/etc/passwd")));

        // A check of the checklist, an event of the timeline and the file in the viewer.
        QTableView *checks = w.findChild<ChecklistView *>()->table();
        checks->setCurrentIndex(checks->model()->index(0, 0));
        const auto check = w.checkTarget();
        QVERIFY(check);
        QVERIFY(check->key.startsWith(QStringLiteral("RT-")));
        QVERIFY(w.tagTarget(check, QStringLiteral("exposure"), QStringLiteral("how they got out")));
        QTableView *events = w.findChild<TimelineView *>()->table();
        events->setCurrentIndex(events->model()->index(0, 0));
        const auto event = w.eventTarget();
        QVERIFY(event);
        QVERIFY(w.noteTarget(event, QStringLiteral("first trace")));
        QTRY_VERIFY(w.fileViewer()->location().isValid());
        const auto viewed = w.viewerFileTarget();
        QVERIFY(viewed);
        QCOMPARE(viewed->title, QStringLiteral("/etc/passwd"));
        QVERIFY(w.tagTarget(viewed, QStringLiteral("bookmark"), {}));
        const CaseSnapshot &more = w.caseSession()->snapshot();
        QStringList types;
        for (const CaseTag &t : more.tags) {
            types << t.targetType;
        }
        QCOMPARE(types, (QStringList{QStringLiteral("finding"), QStringLiteral("finding"), QStringLiteral("file"),
                                     QStringLiteral("check"), QStringLiteral("file")}));
        QCOMPARE(more.notes.back().targetType, QStringLiteral("event"));
        // The Case dock names a note's target in words, not by its key.
        const QModelIndex attached = w.caseView()->notesModel()->index(1, 2);
        QVERIFY2(attached.data().toString().startsWith(QStringLiteral("event: ")), qPrintable(attached.data().toString()));
        QVERIFY(!attached.data().toString().contains(u'|'));
        const QModelIndex onFinding = w.caseView()->notesModel()->index(0, 2);
        QVERIFY2(onFinding.data().toString().contains(first.rule) && !onFinding.data().toString().contains(u'|'),
                 qPrintable(onFinding.data().toString()));

        // An exported file goes to the case folder, with its hash in the audit log.
        QTRY_VERIFY(w.fileViewer()->location().isValid());
        QSignalSpy exported(w.fileViewer(), &FileViewer::exported);
        w.fileViewer()->startExport(w.caseSession()->exportFolder());
        QVERIFY(exported.wait(30000));
        const QString copy = exported.at(0).at(0).toString();
        QVERIFY(copy.startsWith(w.caseSession()->folder()));
        const AuditEntry last = w.caseSession()->snapshot().audit.back();
        QCOMPARE(last.action, QStringLiteral("file.export"));
        QVERIFY(last.details.contains(QString::fromLatin1(sha256Of(copy))));

        // A report: verified first, written off the GUI thread, recorded with its hash.
        w.reportPreview()->taggedOnlyBox()->setChecked(false);
        const int verificationsBefore = int(w.caseSession()->snapshot().verifications.size());
        QSignalSpy written(&w, &MainWindow::reportExported);
        const QString report = dir.filePath(QStringLiteral("report.html"));
        w.exportReport(QStringLiteral("html"), report);
        QVERIFY(written.wait(60000));
        const ReportFile file = qvariant_cast<ReportFile>(written.at(0).at(0));
        QVERIFY2(file.ok, qPrintable(file.error));
        QCOMPARE(file.sha256, QString::fromLatin1(sha256Of(report)));
        const CaseSnapshot &after = w.caseSession()->snapshot();
        QCOMPARE(int(after.verifications.size()), verificationsBefore + 4);
        QCOMPARE(after.reports.size(), std::size_t(1));
        QCOMPARE(after.reports.front().sha256, file.sha256);
        QCOMPARE(after.audit.back().action, QStringLiteral("report.write"));
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray text = html.readAll();
        QVERIFY(text.contains("2026-0142"));
        QVERIFY(text.contains("dropped by the attacker"));
        QVERIFY(after.chain.ok);
    }

    void aPdfReportWithoutACase()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.openPaths(copyDemo(dir).mid(0, 1));
        QVERIFY(settle(w));
        QSignalSpy written(&w, &MainWindow::reportExported);
        const QString report = dir.filePath(QStringLiteral("report.pdf"));
        w.exportReport(QStringLiteral("pdf"), report);
        QVERIFY(written.wait(120000));
        const ReportFile file = qvariant_cast<ReportFile>(written.at(0).at(0));
        QVERIFY2(file.ok, qPrintable(file.error));
        QFile pdf(report);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(file.sha256, QString::fromLatin1(sha256Of(report)));
        if (const QString shots = qEnvironmentVariable("DOCKSCOPE_SCREENSHOTS"); !shots.isEmpty()) {
            QFile::remove(shots + QStringLiteral("/report-without-case.pdf"));
            QVERIFY(QFile::copy(report, shots + QStringLiteral("/report-without-case.pdf")));
        }
        // Written on a worker thread, the PDF still holds its text (not only drawn glyphs).
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString plain = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(plain.contains(QStringLiteral("Page 1 of")));
        QVERIFY(plain.contains(QStringLiteral("demo-image.tar")));
        QVERIFY(plain.contains(QStringLiteral("acme/webshop:2.3")));
        QVERIFY(plain.contains(QStringLiteral("again before this report was written"))); // "Veriﬁed": a ligature
    }

    void aReportWithoutACaseHashesTheEvidenceAgain()
    {
        QTemporaryDir dir;
        const QStringList evidence = copyDemo(dir).mid(0, 1);
        MainWindow w;
        w.openPaths(evidence);
        QVERIFY(settle(w));
        QSignalSpy written(&w, &MainWindow::reportExported);
        w.exportReport(QStringLiteral("json"), dir.filePath(QStringLiteral("before.json")));
        QVERIFY(written.wait(60000));
        QFile before(dir.filePath(QStringLiteral("before.json")));
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QJsonObject ok = QJsonDocument::fromJson(before.readAll()).object().value(QStringLiteral("report")).toObject();
        QCOMPARE(ok.value(QStringLiteral("rechecks")).toArray().size(), 1);
        QVERIFY(ok.value(QStringLiteral("rechecks")).toArray().at(0).toObject().value(QStringLiteral("ok")).toBool());
        QVERIFY(!ok.value(QStringLiteral("evidenceVerificationFailed")).toBool());

        // The evidence changes after it was analysed: the next report says so.
        QFile changed(evidence.at(0));
        QVERIFY(changed.open(QIODevice::ReadWrite));
        changed.seek(changed.size() - 1);
        changed.write("X");
        changed.close();
        w.exportReport(QStringLiteral("html"), dir.filePath(QStringLiteral("after.html")));
        QVERIFY(written.wait(60000));
        QFile after(dir.filePath(QStringLiteral("after.html")));
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QByteArray html = after.readAll();
        QVERIFY(html.contains("EVIDENCE VERIFICATION FAILED"));
        QVERIFY(html.contains("MISMATCH"));
    }
};

QTEST_MAIN(TestCaseWindow)
#include "tst_casewindow.moc"
