#include "findingranker.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <numeric>

namespace dockscope {

namespace {

QString key(const Finding &f)
{
    // A log line is one place whatever indicators it matched; a file is one place per rule.
    const bool logLine = f.rule.startsWith(u"LOG") && f.line >= 0;
    const QString place = logLine ? f.source + u':' + QString::number(f.line)
        : f.path.isEmpty()        ? f.source + u'|' + f.detail + u'|' + f.evidence
                                  : f.path;
    return f.rule + u'|' + f.container + u'|' + (f.container.isEmpty() ? f.image : QString()) + u'|'
        + f.layerDigest + u'|' + place + (f.rule.startsWith(u"LOG") && !logLine ? u'|' + f.detail : QString());
}

std::vector<Finding> merge(std::vector<Finding> in)
{
    std::vector<Finding> out;
    std::map<QString, std::size_t> index;
    for (Finding &f : in) {
        const QString k = key(f);
        const auto it = index.find(k);
        if (it == index.end()) {
            index[k] = out.size();
            out.push_back(std::move(f));
            continue;
        }
        Finding &kept = out[it->second];
        if (f.severity < kept.severity) {
            kept.severity = f.severity;
        }
        if (!f.detail.isEmpty() && !kept.detail.contains(f.detail)) {
            kept.detail += QStringLiteral("; ") + f.detail;
        }
        if (kept.line < 0 || (f.line >= 0 && f.line < kept.line)) {
            kept.line = f.line;
            kept.offset = f.offset;
            kept.evidence = f.evidence;
        }
        kept.count = f.rule.startsWith(u"LOG") ? std::max(kept.count, f.count) : kept.count + 1;
    }
    return out;
}

// An exposure (configuration) and evidence that it was used.
struct Correlation
{
    QStringList exposure;
    QStringList evidence;
    bool samePath;        // the two findings name the same file
    bool raiseExposure;   // else the evidence is raised
    Severity to;
    const char *why;
};

const std::vector<Correlation> &correlations()
{
    static const std::vector<Correlation> table{
        {{QStringLiteral("RT-01")}, {QStringLiteral("FC-04")}, false, true, Severity::Critical,
         QT_TRANSLATE_NOOP("Finding", "escape path: the runtime socket is mounted and tooling that uses it is present")},
        {{QStringLiteral("RT-03")}, {QStringLiteral("FC-04"), QStringLiteral("FS-11")}, false, true, Severity::Critical,
         QT_TRANSLATE_NOOP("Finding", "escape path: a host folder is mounted and escape tooling is present")},
        {{QStringLiteral("RT-05")}, {QStringLiteral("FC-04")}, false, true, Severity::Critical,
         QT_TRANSLATE_NOOP("Finding", "escape path: the host's processes are visible and escape tooling is present")},
        {{QStringLiteral("RT-02"), QStringLiteral("RT-04"), QStringLiteral("RT-09"), QStringLiteral("RT-10")},
         {QStringLiteral("FS-11")}, false, true, Severity::Critical,
         QT_TRANSLATE_NOOP("Finding", "escape path: the configuration allows the escape whose traces are in the container")},
        {{QStringLiteral("LOG-01")}, {QStringLiteral("FS-09"), QStringLiteral("FC-03"), QStringLiteral("FS-01")}, true, false,
         Severity::Critical, QT_TRANSLATE_NOOP("Finding", "the dropped script was requested: the webshell was used")},
        {{QStringLiteral("LOG-03")}, {QStringLiteral("LOG-05"), QStringLiteral("LOG-06"), QStringLiteral("FS-01")}, false, true,
         Severity::Critical, QT_TRANSLATE_NOOP("Finding", "the exploitation attempt was followed by commands or dropped programs")},
        {{QStringLiteral("RT-19")}, {QStringLiteral("FS-02"), QStringLiteral("FC-02"), QStringLiteral("LOG-02")}, false, true,
         Severity::Medium, QT_TRANSLATE_NOOP("Finding", "a miner ran in a container without resource limits")},
        {{QStringLiteral("RT-13")}, {QStringLiteral("FC-08"), QStringLiteral("FS-12")}, false, true, Severity::Critical,
         QT_TRANSLATE_NOOP("Finding", "credentials in the environment and a harvesting script or collected credentials in the container")},
    };
    return table;
}

int categoryRank(const Finding &f)
{
    // Evidence before exposure: what the attacker left, then how far they could go.
    if (f.rule.startsWith(u"FC") || f.rule.startsWith(u"FS")) {
        return 0;
    }
    if (f.rule.startsWith(u"LOG")) {
        return 1;
    }
    if (f.rule.startsWith(u"RT")) {
        return 2;
    }
    return 3;
}

} // namespace

std::vector<Finding> FindingRanker::rank(std::vector<Finding> raw)
{
    std::vector<Finding> f = merge(std::move(raw));
    std::vector<std::vector<std::size_t>> links(f.size());
    for (const Correlation &c : correlations()) {
        for (std::size_t a = 0; a < f.size(); ++a) {
            if (!c.exposure.contains(f[a].rule) || f[a].container.isEmpty()) {
                continue;
            }
            for (std::size_t b = 0; b < f.size(); ++b) {
                if (!c.evidence.contains(f[b].rule) || f[b].container != f[a].container) {
                    continue;
                }
                if (c.samePath && !(f[a].path == f[b].path && !f[a].path.isEmpty())) {
                    continue;
                }
                links[a].push_back(b);
                links[b].push_back(a);
                Finding &raised = c.raiseExposure ? f[a] : f[b];
                if (c.to < raised.severity) {
                    raised.severity = c.to;
                    raised.escalation = QCoreApplication::translate("Finding", c.why);
                } else if (raised.escalation.isEmpty()) {
                    raised.escalation = QCoreApplication::translate("Finding", c.why);
                }
            }
        }
    }
    std::vector<std::size_t> order(f.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const Finding &a = f[x];
        const Finding &b = f[y];
        const auto ka = std::make_tuple(int(a.severity), a.container.isEmpty() ? 1 : 0, categoryRank(a), a.rule,
                                        a.container, a.image, a.layer, a.path, a.line, a.evidence);
        const auto kb = std::make_tuple(int(b.severity), b.container.isEmpty() ? 1 : 0, categoryRank(b), b.rule,
                                        b.container, b.image, b.layer, b.path, b.line, b.evidence);
        return ka < kb;
    });
    std::vector<QString> ids(f.size());
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        ids[order[rank]] = QStringLiteral("F%1").arg(rank + 1, 4, 10, QLatin1Char('0'));
    }
    std::vector<Finding> out;
    out.reserve(f.size());
    for (std::size_t i : order) {
        Finding g = std::move(f[i]);
        g.id = ids[i];
        QStringList linked;
        for (std::size_t j : links[i]) {
            linked << ids[j];
        }
        linked.sort();
        linked.removeDuplicates();
        g.correlated = linked;
        out.push_back(std::move(g));
    }
    return out;
}

} // namespace dockscope
