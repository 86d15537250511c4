// The detection scenarios made with a real dockerd (tests/data/scenarios, see its README and
// make.sh): a web application compromise, a supply-chain image, a container-escape setup,
// cryptojacking and a clean control. Each folder's expected.json lists the evidence and every
// planted artefact with the rule ID that must find it; the clean control must stay quiet (no
// finding above low apart from the configuration facts it allows, each with its reason).

#include "analysis/analyzer.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject expected(const QString &scenario)
{
    QFile f(data(u"scenarios/"_s + scenario + u"/expected.json"_s));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

Analysis analyzeScenario(const QString &scenario, const QJsonObject &spec)
{
    QStringList evidence;
    for (const auto &e : spec.value(u"evidence"_s).toArray()) {
        evidence << data(u"scenarios/"_s + scenario + u'/' + e.toString());
    }
    return Analyzer::run(evidence, {});
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenario_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *s : {"webapp", "supplychain", "escape", "cryptojacking", "clean"}) {
            QTest::newRow(s) << QString::fromLatin1(s);
        }
    }

    void scenario()
    {
        QFETCH(QString, name);
        const QJsonObject spec = expected(name);
        QVERIFY2(!spec.isEmpty(), qPrintable(name + u": expected.json missing"));
        const Analysis a = analyzeScenario(name, spec);
        QVERIFY(a.anyEvidenceRead());
        for (const EvidenceItem &e : a.evidence) {
            QVERIFY2(e.readable, qPrintable(e.path));
            QVERIFY(e.sha256.startsWith(u"sha256:"));
        }

        // Full recall: every planted artefact, with the right rule and place.
        const QJsonArray findings = spec.value(u"findings"_s).toArray();
        for (const auto &item : findings) {
            const QJsonObject x = item.toObject();
            const QString rule = x.value(u"rule"_s).toString();
            const QString path = x.value(u"path"_s).toString();
            const QString match = x.value(u"match"_s).toString();
            const bool found = std::any_of(a.findings.begin(), a.findings.end(), [&](const Finding &f) {
                return f.rule == rule && (path.isEmpty() || f.path == path) && !f.evidenceFile.isEmpty();
            });
            QVERIFY2(found, qPrintable(name + u": " + rule + u' ' + path + u" (" + x.value(u"why"_s).toString() + u')'));
            if (!match.isEmpty()) {
                // The line itself, or the finding that gathers the lines of one indicator (its
                // first line is the pointer, count says how many lines it stands for).
                const bool line = std::any_of(a.findings.begin(), a.findings.end(), [&](const Finding &f) {
                    return f.rule == rule && f.line > 0 && !f.timestamp.isEmpty()
                        && (f.evidence.contains(match) || f.count > 1);
                });
                QVERIFY2(line, qPrintable(name + u": " + rule + u" on a line with " + match));
            }
        }

        // A quiet control: nothing above the allowed severity but the listed configuration facts.
        if (spec.value(u"quiet"_s).toBool()) {
            const Severity ceiling = severityFromName(spec.value(u"maxSeverity"_s).toString(), Severity::Low);
            QStringList allow;
            for (const auto &r : spec.value(u"allow"_s).toArray()) {
                allow << r.toString();
                QVERIFY2(spec.value(u"allowWhy"_s).toObject().contains(r.toString()),
                         qPrintable(r.toString() + u" allowed without a reason"));
            }
            for (const Finding &f : a.findings) {
                if (!allow.contains(f.rule)) {
                    QVERIFY2(int(f.severity) >= int(ceiling),
                             qPrintable(name + u": " + f.rule + u' ' + severityName(f.severity) + u": " + f.evidence));
                }
                QVERIFY2(!f.rule.startsWith(u"FS") && !f.rule.startsWith(u"FC") && !f.rule.startsWith(u"LOG"),
                         qPrintable(name + u": " + f.rule + u' ' + f.path + u": " + f.evidence));
            }
        } else {
            QVERIFY(!findings.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
