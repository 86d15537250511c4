// The Packages dock: its model under QAbstractItemModelTester, vulnerability counts matched by
// image, name and version, the filter, activation, and its place in the main window.

#include "mainwindow.h"
#include "packagesmodel.h"
#include "packagesview.h"
#include "roles.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace dockscope;

namespace {

const QString ImageA = QStringLiteral("sha256:") + QString(64, u'a');
const QString ImageB = QStringLiteral("sha256:") + QString(64, u'b');

Package package(const char *ecosystem, const char *name, const char *version, int layer, const char *location)
{
    Package p;
    p.ecosystem = QLatin1String(ecosystem);
    p.name = QLatin1String(name);
    p.version = QLatin1String(version);
    p.layerIndex = layer;
    p.layerDiffId = QStringLiteral("sha256:") + QString(64, QChar(u'0' + layer + 1));
    p.location = QLatin1String(location);
    p.purl = QStringLiteral("pkg:%1/%2@%3").arg(p.ecosystem, p.name, p.version);
    return p;
}

Vulnerability vulnerability(const QString &image, const char *name, const char *version, const char *id)
{
    Vulnerability v;
    v.id = QLatin1String(id);
    v.image = image;
    v.packageName = QLatin1String(name);
    v.installedVersion = QLatin1String(version);
    return v;
}

Analysis sample()
{
    Analysis a;
    Image first;
    first.id = ImageA;
    first.kind = QStringLiteral("image");
    first.repoTags = {QStringLiteral("web:1")};
    first.packages.packages = {package("deb", "libc6", "2.36-9", 0, "var/lib/dpkg/status"),
                               package("deb", "curl", "7.88.1-10", 2, "var/lib/dpkg/status"),
                               package("npm", "left-pad", "1.3.0", 3, "app/node_modules/left-pad/package.json")};
    Image second;
    second.id = ImageB;
    second.kind = QStringLiteral("image");
    second.packages.packages = {package("apk", "musl", "1.1.24-r2", 0, "lib/apk/db/installed")};
    Image duplicate = first; // the same image read twice (two evidence items)
    Image container = first;
    container.kind = QStringLiteral("container");
    a.images = {first, second, duplicate, container};
    a.vulnerabilities = {vulnerability(ImageA, "curl", "7.88.1-10", "CVE-2023-38545"),
                         vulnerability(ImageA, "curl", "7.88.1-10", "CVE-2023-38546"),
                         vulnerability(ImageA, "libc6", "2.36-8", "CVE-OTHER-VERSION"),
                         vulnerability(ImageB, "curl", "7.88.1-10", "CVE-OTHER-IMAGE")};
    return a;
}

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r) {
        out << model.index(r, column).data(role).toString();
    }
    return out;
}

} // namespace

class TestPackagesDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void model()
    {
        PackagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAnalysis(sample());
        QCOMPARE(model.rowCount(), 4); // the container's copy and the duplicate image are left out
        QCOMPARE(column(model, PackagesModel::NameColumn),
                 (QStringList{QStringLiteral("libc6"), QStringLiteral("curl"), QStringLiteral("left-pad"), QStringLiteral("musl")}));
        QCOMPARE(column(model, PackagesModel::VulnerabilitiesColumn),
                 (QStringList{QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0")}));
        QCOMPARE(column(model, PackagesModel::ImageColumn),
                 (QStringList{QStringLiteral("web:1"), QStringLiteral("web:1"), QStringLiteral("web:1"), QString(12, u'b')}));
        QCOMPARE(model.index(1, PackagesModel::LayerColumn).data(LayerRole).toInt(), 2);
        QCOMPARE(model.index(3, 0).data(ImageIdRole).toString(), ImageB);
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("pkg:deb/curl@7.88.1-10")));
        model.setAnalysis(Analysis());
        QCOMPARE(model.rowCount(), 0);
    }

    void view()
    {
        PackagesView view;
        QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(900, 400);
        view.setAnalysis(Analysis());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
        view.setAnalysis(sample());
        QVERIFY(view.table()->isVisible());
        // Sorted by name.
        QCOMPARE(column(*view.proxy(), PackagesModel::NameColumn),
                 (QStringList{QStringLiteral("curl"), QStringLiteral("left-pad"), QStringLiteral("libc6"), QStringLiteral("musl")}));
        view.table()->sortByColumn(PackagesModel::LayerColumn, Qt::DescendingOrder);
        QCOMPARE(column(*view.proxy(), PackagesModel::NameColumn).first(), QStringLiteral("left-pad"));
        auto *filter = view.findChild<QLineEdit *>(QStringLiteral("filter"));
        QVERIFY(filter);
        filter->setText(QStringLiteral("APK"));
        QTRY_COMPARE(view.proxy()->rowCount(), 1);
        QCOMPARE(column(*view.proxy(), PackagesModel::NameColumn), QStringList{QStringLiteral("musl")});

        QSignalSpy activated(&view, &PackagesView::packageActivated);
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.proxy()->index(0, 0));
        QTest::keyClick(view.table(), Qt::Key_Enter);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), ImageB);
        QCOMPARE(qvariant_cast<Package>(activated.at(0).at(1)).version, QStringLiteral("1.1.24-r2"));
    }

    void dockInWindow()
    {
        MainWindow window;
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("PackagesDock"));
        QVERIFY(dock);
        QVERIFY(qobject_cast<PackagesView *>(dock->widget()));
        QVERIFY(!dock->toggleViewAction()->text().isEmpty());
    }
};

QTEST_MAIN(TestPackagesDock)
#include "tst_packagesdock.moc"
