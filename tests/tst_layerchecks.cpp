// LayerChecks: the image layers' file-system and content findings do not depend on which
// layers were started early, nor under which image: started under another image than the one
// FileSetBuilder::imageLayers names for a layer, the layer is checked again for that one.

#include "analysis/analyzer.h"
#include "checks/layerchecks.h"
#include "rules/ruleset.h"
#include "testpaths.h"

#include <QTest>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

// What a layer finding says, field by field.
QStringList describe(const QList<std::vector<Finding>> &layers)
{
    QStringList out;
    for (qsizetype i = 0; i < layers.size(); ++i) {
        for (const Finding &f : layers[i]) {
            out << QStringList{QString::number(i), f.rule, QString::number(int(f.severity)), f.title, f.path,
                               QString::number(f.layer), f.layerDigest, f.image, f.evidenceFile, f.source,
                               f.evidence, f.detail, f.sha256, f.timestamp}
                       .join(u'|');
        }
    }
    return out;
}

} // namespace

class TestLayerChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startedEarlyOrNotTheSame_data()
    {
        QTest::addColumn<QStringList>("evidence");
        QTest::addColumn<int>("minimum"); // layer findings the evidence has at least
        QTest::newRow("demo image") << QStringList{data(u"demo/demo-image.tar"_s)} << 4;
        // 18 images sharing layers: started in reverse, shared layers start under other images.
        QTest::newRow("demo data root") << QStringList{data(u"demo/demo-dataroot.tar.gz"_s)} << 4;
        QTest::newRow("lab data root") << QStringList{data(u"dataroot/dataroot.tar.gz"_s)} << 0;
        QTest::newRow("cryptojacking") << QStringList{data(u"scenarios/cryptojacking/cryptojacking-image.tar.gz"_s),
                                                      data(u"scenarios/cryptojacking/cryptojacking-dataroot.tar.gz"_s)}
                                       << 0;
    }

    void startedEarlyOrNotTheSame()
    {
        QFETCH(QStringList, evidence);
        QFETCH(int, minimum);
        const Analysis analysis = Analyzer::run(evidence, AnalyzeOptions{});
        QVERIFY(!analysis.images.empty());
        const std::shared_ptr<const RuleSet> rules = RuleSet::load(RuleSet::Options{});

        LayerChecks late(*rules); // nothing started: every layer is checked in take()
        const QStringList expected = describe(late.take(analysis));
        QVERIFY(expected.size() >= minimum);

        // Started image by image in reverse, so that a shared layer starts under the last image.
        LayerChecks early(*rules);
        for (auto it = analysis.images.rbegin(); it != analysis.images.rend(); ++it) {
            early.start(*it);
        }
        QCOMPARE(describe(early.take(analysis)), expected);

        // Started in the analyzer's order.
        LayerChecks inOrder(*rules);
        for (const Image &image : analysis.images) {
            inOrder.start(image);
        }
        QCOMPARE(describe(inOrder.take(analysis)), expected);
    }

    void droppedWhenNotTaken()
    {
        const Analysis analysis = Analyzer::run({data(u"demo/demo-image.tar"_s)}, AnalyzeOptions{});
        const std::shared_ptr<const RuleSet> rules = RuleSet::load(RuleSet::Options{});
        LayerChecks checks(*rules);
        for (const Image &image : analysis.images) {
            checks.start(image);
        }
        // Destroyed without take(): it must return, whatever had begun.
    }
};

QTEST_GUILESS_MAIN(TestLayerChecks)
#include "tst_layerchecks.moc"
