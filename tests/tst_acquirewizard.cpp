// The "Acquire from Docker Host…" wizard against a scripted engine: list the containers, pick
// one, acquire with progress and log, and the result the main window opens as evidence.
#include "acquirewizard.h"
#include "enginescenario.h"
#include "fakeengine.h"
#include "mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace dockscope;
using dockscope::test::FakeEngine;
using dockscope::test::ScriptedEngine;

class TestAcquireWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acquiresThroughThePages();
    void engineErrorsShown();
    void menuAction();
};

void TestAcquireWizard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_acquirewizard"));
}

void TestAcquireWizard::acquiresThroughThePages()
{
    ScriptedEngine fake;
    const QTemporaryDir &dir = fake.dir;
    AcquireWizard wizard;
    wizard.setHost(fake.engine.address());
    wizard.setExaminer(QStringLiteral("A. Examiner"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    // Page 1: the engine's containers, chosen from the list.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no container yet
    auto *list = wizard.findChild<QPushButton *>(QStringLiteral("listContainers"));
    auto *containers = wizard.findChild<QTreeWidget *>(QStringLiteral("containers"));
    QVERIFY(list && containers);
    list->click();
    QTRY_COMPARE(containers->topLevelItemCount(), 1);
    containers->setCurrentItem(containers->topLevelItem(0));
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("container"))->text(),
             QString::fromLatin1(test::ContainerId.left(12)));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    // Page 2: options; a new folder is required.
    QCOMPARE(wizard.findChild<QLineEdit *>(QStringLiteral("examiner"))->text(), QStringLiteral("A. Examiner"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled() && !wizard.button(QWizard::CommitButton)->isEnabled());
    const QString out = dir.filePath(QStringLiteral("acq"));
    wizard.findChild<QLineEdit *>(QStringLiteral("outputDir"))->setText(out);
    wizard.findChild<QLineEdit *>(QStringLiteral("paths"))->setText(QStringLiteral("/etc/motd, /tmp"));
    wizard.next();
    // Page 3: runs, shows the log, then can finish.
    auto *log = wizard.findChild<QPlainTextEdit *>(QStringLiteral("acquisitionLog"));
    QVERIFY(log);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::FinishButton)->isEnabled(), 30000);
    QCOMPARE(wizard.result().status, QStringLiteral("complete"));
    QVERIFY(log->toPlainText().contains(QLatin1String("examiner: A. Examiner")));
    QVERIFY(log->toPlainText().contains(QLatin1String("-> paths/02-tmp.tar")));
    QVERIFY(wizard.openAsEvidence());
    if (const QString shots = qEnvironmentVariable("DOCKSCOPE_SCREENSHOTS"); !shots.isEmpty()) {
        QVERIFY(wizard.grab().save(shots + QStringLiteral("/acquire-wizard.png")));
    }
    QCOMPARE(wizard.result().manifestPath, out + QStringLiteral("/manifest.json"));
    wizard.findChild<QCheckBox *>(QStringLiteral("openAsEvidence"))->setChecked(false);
    QVERIFY(!wizard.openAsEvidence());
}

void TestAcquireWizard::engineErrorsShown()
{
    QTemporaryDir dir;
    FakeEngine web(dir.filePath(QStringLiteral("w.sock")), [](const QByteArray &, const QByteArray &, const QByteArray &) {
        return QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    });
    AcquireWizard wizard;
    wizard.setHost(web.address());
    wizard.show();
    wizard.findChild<QPushButton *>(QStringLiteral("listContainers"))->click();
    QTRY_VERIFY(wizard.findChildren<QLabel *>().size() > 0);
    bool shown = false;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 for (QLabel *l : wizard.findChildren<QLabel *>()) {
                                     shown = shown || l->text().contains(QLatin1String("is not a Docker Engine"));
                                 }
                                 return shown;
                             }()),
                             10000);
}

void TestAcquireWizard::menuAction()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("acquireAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QVERIFY(!action->text().isEmpty());
}

QTEST_MAIN(TestAcquireWizard)
#include "tst_acquirewizard.moc"
