// dive's CI rules: thresholds, sizes in go-humanize notation, .dive-ci files.

#include "analysis/cirules.h"

#include <QTest>

using namespace dockscope;

class TestCiRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void humanBytes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes");
        QTest::newRow("plain") << QStringLiteral("42") << qint64(42);
        QTest::newRow("B") << QStringLiteral("42 B") << qint64(42);
        QTest::newRow("kB") << QStringLiteral("20KB") << qint64(20000);
        QTest::newRow("MB") << QStringLiteral("20MB") << qint64(20000000);
        QTest::newRow("M") << QStringLiteral("20M") << qint64(20000000);
        QTest::newRow("MiB") << QStringLiteral("20MiB") << qint64(20971520);
        QTest::newRow("lower mib") << QStringLiteral("20 mib") << qint64(20971520);
        QTest::newRow("fraction GB") << QStringLiteral("1.5GB") << qint64(1500000000);
        QTest::newRow("GiB") << QStringLiteral("1GiB") << qint64(1073741824);
    }

    void humanBytes()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const auto parsed = parseHumanBytes(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, bytes);
    }

    void invalidSizes()
    {
        QVERIFY(!parseHumanBytes(QStringLiteral("lots")).has_value());
        QVERIFY(!parseHumanBytes(QStringLiteral("20 XB")).has_value());
    }

    void defaults()
    {
        Efficiency e;
        e.score = 0.95;
        e.wastedBytes = 5000;
        e.userWastedPercent = 0.05;
        const auto r = CiEvaluator::evaluate(e, CiRules{});
        QCOMPARE(r.size(), std::size_t(3));
        QCOMPARE(r[0].name, QStringLiteral("highestUserWastedPercent"));
        QCOMPARE(r[0].status, CiRuleResult::Status::Pass);
        QCOMPARE(r[1].name, QStringLiteral("highestWastedBytes"));
        QCOMPARE(r[1].status, CiRuleResult::Status::Skip);
        QCOMPARE(r[2].name, QStringLiteral("lowestEfficiency"));
        QCOMPARE(r[2].status, CiRuleResult::Status::Pass);
        QVERIFY(CiEvaluator::passed(r));
    }

    void strictComparisons()
    {
        Efficiency e;
        e.score = 0.9;
        e.wastedBytes = 1000;
        e.userWastedPercent = 0.1;
        CiRules rules;
        rules.highestWastedBytes = QStringLiteral("1KB");
        // Equal values pass: dive fails only when strictly beyond the threshold.
        QVERIFY(CiEvaluator::passed(CiEvaluator::evaluate(e, rules)));
        e.score = 0.8999;
        e.wastedBytes = 1001;
        e.userWastedPercent = 0.1001;
        const auto r = CiEvaluator::evaluate(e, rules);
        for (const auto &x : r) {
            QCOMPARE(x.status, CiRuleResult::Status::Fail);
        }
        QCOMPARE(r[2].message, QStringLiteral("image efficiency is too low (efficiency=0.8999 < threshold=0.9)"));
        QCOMPARE(r[1].message, QStringLiteral("too many bytes wasted (wasted-bytes=1001 > threshold=1000)"));
    }

    void nanUserWastedPasses()
    {
        Efficiency e; // one-layer image: dive's NaN
        const auto r = CiEvaluator::evaluate(e, CiRules{});
        QCOMPARE(r[0].status, CiRuleResult::Status::Pass);
    }

    void misconfiguredRuleFails()
    {
        CiRules rules;
        rules.lowestEfficiency = QStringLiteral("very");
        const auto r = CiEvaluator::evaluate(Efficiency{}, rules);
        QCOMPARE(r[2].status, CiRuleResult::Status::Misconfigured);
        QVERIFY(!CiEvaluator::passed(r));
    }

    void diveCiFile()
    {
        CiRules rules;
        QString error;
        QVERIFY(rules.loadDiveCi("# comment\nrules:\n  # If the efficiency is measured below X%\n"
                                 "  lowestEfficiency: 0.95\n  highestWastedBytes: 20MB\n"
                                 "  highestUserWastedPercent: disabled\nother:\n  lowestEfficiency: 1\n",
                                 &error));
        QCOMPARE(rules.lowestEfficiency, QStringLiteral("0.95"));
        QCOMPARE(rules.highestWastedBytes, QStringLiteral("20MB"));
        QCOMPARE(rules.highestUserWastedPercent, QStringLiteral("disabled"));
    }
};

QTEST_GUILESS_MAIN(TestCiRules)
#include "tst_cirules.moc"
