// dive's efficiency metrics, checked against the numbers dive's own tests assert.

#include "analysis/efficiency.h"
#include "layerhelpers.h"
#include "tarbuilder.h"

#include <QTest>

using namespace dockscope;
using namespace dockscope::test;

class TestEfficiency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diveSyntheticCase()
    {
        // dive's TestEfficency: the parents are not listed in the tars, so /etc/nginx is an
        // implied directory and its whiteout weighs 0 bytes in dive's arithmetic.
        const auto layers = scanAll({
            TarBuilder().file("etc/nginx/nginx.conf", QByteArray(2000, 'a'))
                .file("etc/nginx/public", QByteArray(3000, 'b')).bytes(),
            TarBuilder().file("etc/nginx/nginx.conf", QByteArray(5000, 'c'))
                .file("etc/athing", QByteArray(10000, 'd')).bytes(),
            TarBuilder().whiteout("etc/nginx").bytes(),
        });
        const StackResult s = stack(layers);
        const Efficiency e = Efficiency::compute(layers, s);
        QCOMPARE(e.score, 0.75);
        QCOMPARE(e.inefficientFiles.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(e.inefficientFiles[0].path), QStringLiteral("/etc/nginx/nginx.conf"));
        QCOMPARE(e.inefficientFiles[0].sizeBytes, 7000);
        QCOMPARE(e.inefficientFiles[0].count, 2);
        QCOMPARE(e.wastedBytes, 7000);
        QCOMPARE(e.sizeBytes, 20000);
        QCOMPARE(e.userSizeBytes, 15000);
        QVERIFY(e.userWastedPercent.has_value());
        QCOMPARE(*e.userWastedPercent, 7000.0 / 15000.0);
        // Truly wasted: everything under the deleted /etc/nginx (2000 + 3000 + 5000).
        QCOMPARE(e.trulyWastedBytes, 10000);
        QCOMPARE(visiblePaths(*s.tree), QStringList({QStringLiteral("/etc"), QStringLiteral("/etc/athing")}));
    }

    void whiteoutOfExplicitDirectoryWeighsItsSubtree()
    {
        const auto layers = scanAll({
            TarBuilder().dir("etc").dir("etc/nginx").file("etc/nginx/nginx.conf", QByteArray(2000, 'a'))
                .file("etc/nginx/public", QByteArray(3000, 'b')).bytes(),
            TarBuilder().dir("etc").whiteout("etc/nginx").bytes(),
        });
        const Efficiency e = Efficiency::compute(layers, stack(layers));
        // Leaves: nginx.conf 2000, public 3000; layer 1: whiteout /etc/nginx = 5000 (dir subtree).
        // /etc/nginx is not a leaf in layer 0 (it has children), so count 1 everywhere.
        QCOMPARE(e.score, double(2000 + 3000 + 5000) / double(2000 + 3000 + 5000));
        QVERIFY(e.inefficientFiles.empty());
        QCOMPARE(e.trulyWastedBytes, 5000);
    }

    void oneLayerHasNoUserWastedPercent()
    {
        const auto layers = scanAll({TarBuilder().file("a", "x").bytes()});
        const Efficiency e = Efficiency::compute(layers, stack(layers));
        QCOMPARE(e.score, 1.0);
        QCOMPARE(e.userSizeBytes, 0);
        QVERIFY(!e.userWastedPercent.has_value());
    }

    void emptyImageIsFullyEfficient()
    {
        const auto layers = scanAll({TarBuilder().dir("empty").bytes()});
        const Efficiency e = Efficiency::compute(layers, stack(layers));
        QCOMPARE(e.score, 1.0);
        QCOMPARE(e.sizeBytes, 0);
    }

    void sameLayerWhiteoutAndNewEntryAreTwoLeaves()
    {
        const auto layers = scanAll({
            TarBuilder().file("f", QByteArray(100, 'a')).bytes(),
            TarBuilder().whiteout("f").file("f", QByteArray(10, 'b')).bytes(),
        });
        const StackResult s = stack(layers);
        const Efficiency e = Efficiency::compute(layers, s);
        QCOMPARE(e.inefficientFiles.size(), std::size_t(1));
        QCOMPARE(e.inefficientFiles[0].count, 3); // 100 B, the whiteout (0 B), 10 B
        QCOMPARE(e.inefficientFiles[0].sizeBytes, 110);
        QCOMPARE(e.score, 0.0 / 110.0);
        QCOMPARE(e.trulyWastedBytes, 100);
        QCOMPARE(visiblePaths(*s.tree), QStringList({QStringLiteral("/f")}));
    }

    void hardLinksWeighNothing()
    {
        const auto layers = scanAll({
            TarBuilder().file("a", QByteArray(500, 'a')).hardlink("b", "a").bytes(),
        });
        const Efficiency e = Efficiency::compute(layers, stack(layers));
        QCOMPARE(e.sizeBytes, 500);
    }
};

QTEST_GUILESS_MAIN(TestEfficiency)
#include "tst_efficiency.moc"
