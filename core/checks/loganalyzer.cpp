#include "loganalyzer.h"

#include "evidence/jsonhelpers.h"
#include "rules/ruleset.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

#include <map>
#include <set>

namespace dockscope {

namespace {

// One log line, parsed.
struct Line
{
    QString raw;
    QString source;   // file it was read from
    qint64 number = 0;
    QString time;     // RFC 3339
    QString stream;
    bool request = false;
    QString client, method, uri, protocol, referer, ua;
    int status = 0;
    // Normalised fields.
    QString nUri, nPath, nQuery, nReferer, nUa, nAll, nMessage;
};

QString stripAnsi(QString s)
{
    static const QRegularExpression ansi(QStringLiteral("\\x1b\\[[0-9;]*[A-Za-z]"));
    return s.remove(ansi);
}

QString decode(QString s, bool plusIsSpace)
{
    for (int i = 0; i < 3; ++i) {
        if (plusIsSpace) {
            s.replace(u'+', u' ');
        }
        const QString next = QUrl::fromPercentEncoding(s.toUtf8());
        if (next == s) {
            break;
        }
        s = next;
    }
    return s.toLower();
}

QString clfTime(const QString &t)
{
    // 28/Nov/2026:20:33:49 +0000
    const QDateTime d = QDateTime::fromString(t, QStringLiteral("dd/MMM/yyyy:HH:mm:ss t"));
    if (d.isValid()) {
        return d.toUTC().toString(Qt::ISODate);
    }
    QLocale c(QLocale::C);
    const QDateTime e = c.toDateTime(t.section(u' ', 0, 0), QStringLiteral("dd/MMM/yyyy:HH:mm:ss"));
    if (!e.isValid()) {
        return {};
    }
    QDateTime utc = e;
    utc.setTimeZone(QTimeZone::utc());
    const QString offset = t.section(u' ', 1, 1);
    if (offset.size() == 5) {
        const int sign = offset[0] == u'-' ? -1 : 1;
        const int secs = sign * (offset.mid(1, 2).toInt() * 3600 + offset.mid(3, 2).toInt() * 60);
        utc = utc.addSecs(-secs);
    }
    return utc.toString(Qt::ISODate);
}

Line parse(const QString &text, const QString &source, qint64 number, const QString &time, const QString &stream)
{
    static const QRegularExpression clf(QStringLiteral(
        "^(\\S+) \\S+ (\\S+) \\[([^\\]]+)\\] \"([A-Z]{3,10}) (\\S+)(?: (HTTP/[0-9.]+))?\" (\\d{3}) (\\S+)(?: \"((?:[^\"\\\\]|\\\\.)*)\" \"((?:[^\"\\\\]|\\\\.)*)\")?"));
    Line l;
    l.raw = stripAnsi(text);
    l.source = source;
    l.number = number;
    l.time = time;
    l.stream = stream;
    const auto m = clf.match(l.raw);
    if (m.hasMatch()) {
        l.request = true;
        l.client = m.captured(1);
        if (l.time.isEmpty()) {
            l.time = clfTime(m.captured(3));
        }
        l.method = m.captured(4);
        l.uri = m.captured(5);
        l.protocol = m.captured(6);
        l.status = m.captured(7).toInt();
        l.referer = m.captured(9);
        l.ua = m.captured(10);
        const qsizetype q = l.uri.indexOf(u'?');
        l.nPath = decode(q < 0 ? l.uri : l.uri.left(q), false);
        l.nQuery = q < 0 ? QString() : decode(l.uri.mid(q + 1), true);
        l.nUri = l.nPath + (q < 0 ? QString() : u'?' + l.nQuery);
        l.nReferer = decode(l.referer, false);
        l.nUa = decode(l.ua, false);
    } else {
        l.nMessage = decode(l.raw, false);
    }
    l.nAll = decode(l.raw, false);
    return l;
}

// How many line numbers a gathering finding keeps as pointers to its proof.
constexpr int ProofLines = 5;

struct Aggregate
{
    QString rule;
    QString detail;
    const Line *first = nullptr;          // the first hit; its file is the one counted
    std::map<qint64, const Line *> lines; // the lines of that file, by number
    bool any200 = false;
    bool flood = false;           // gathers every line of its rule in one log file
    std::set<QString> sources;
    std::set<QString> details;    // indicators that matched, for a flood
    std::set<QString> places;     // request paths or clients, for a flood
};

struct Analyzer
{
    const Container &c;
    const FileSet *changes;
    const RuleSet &rules;
    FindingSink &sink;
    std::vector<Line> lines;
    std::map<QString, Aggregate> found; // rule|detail|key → aggregate, in key order

    void collect()
    {
        for (const LogRecord &r : c.logs) {
            for (const QString &part : r.text.split(u'\n')) {
                lines.push_back(parse(part, r.sourceFile, r.line, r.time, r.stream));
            }
        }
        if (!changes) {
            return;
        }
        static const QRegularExpression logFile(QStringLiteral("^var/log/.+|\\.log(\\.\\d+)?$|/logs?/[^/]+$"));
        for (const FileView &f : changes->files) {
            if (!f.content || f.kind == Change::Kind::Deleted || !logFile.match(QString::fromStdString(f.rel)).hasMatch()) {
                continue;
            }
            const QStringList fileLines = QString::fromUtf8(*f.content).split(u'\n');
            for (qsizetype i = 0; i < fileLines.size(); ++i) {
                if (!fileLines[i].trimmed().isEmpty()) {
                    QString time;
                    static const QRegularExpression stamp(QStringLiteral("^\\[(\\d{4}-\\d\\d-\\d\\dT[^\\]]+)\\]"));
                    if (const auto m = stamp.match(fileLines[i]); m.hasMatch()) {
                        time = m.captured(1);
                    }
                    lines.push_back(parse(fileLines[i], f.path, i + 1, time, {}));
                }
            }
        }
    }

    // Rules of medium severity or below (scanning, traversal, SQL injection probes, rare URLs)
    // come in floods on a server facing the internet: all their lines in one log file make one
    // finding. A traversal answered with 200 is high and stays a finding of its own, as do the
    // high and critical rules, one per request path or message kind.
    bool floods(const QString &rule, const Line &l) const
    {
        const Rule *r = rules.catalog().find(rule);
        if (!r || int(r->severity) < int(Severity::Medium)) {
            return false;
        }
        return !(rule == u"LOG-08" && l.status == 200);
    }

    void hit(const QString &rule, const QString &detail, const QString &key, const Line &l)
    {
        const bool flood = floods(rule, l);
        const QString slot = flood ? QString(rule + u'|' + l.source) : QString(rule + u'|' + detail + u'|' + key);
        Aggregate &a = found[slot];
        if (!a.first) {
            a.rule = rule;
            a.detail = detail;
            a.first = &l;
            a.flood = flood;
        }
        a.sources.insert(l.source);
        a.any200 = a.any200 || l.status == 200;
        a.details.insert(detail);
        a.places.insert(key);
        // Counted in the first file it was seen in; one line may match several indicators.
        if (l.source == a.first->source) {
            a.lines.emplace(l.number, &l);
        }
    }

    QString field(const Line &l, LogRules::Field f, bool raw) const
    {
        using F = LogRules::Field;
        switch (f) {
        case F::Request:
            return raw ? l.method + u' ' + l.uri : l.method.toLower() + u' ' + l.nUri;
        case F::Uri:
            return raw ? l.uri : l.nUri;
        case F::Query:
            return raw ? l.uri.section(u'?', 1) : l.nQuery;
        case F::UserAgent:
            return raw ? l.ua : l.nUa;
        case F::Referer:
            return raw ? l.referer : l.nReferer;
        case F::Headers:
            return raw ? l.ua + u'\n' + l.referer : l.nUa + u'\n' + l.nReferer;
        case F::Message:
            return raw ? l.raw : l.nMessage;
        case F::Any:
            break;
        }
        return raw ? l.raw : l.nAll;
    }

    void indicators()
    {
        for (const Line &l : lines) {
            for (const LogRules::Indicator &ind : rules.logRules().indicators()) {
                if (ind.field == LogRules::Field::Message && l.request) {
                    continue;
                }
                if (ind.field != LogRules::Field::Message && ind.field != LogRules::Field::Any && !l.request) {
                    continue;
                }
                if (ind.not404 && l.status == 404) {
                    continue;
                }
                const QString text = field(l, ind.field, false);
                if (text.isEmpty()) {
                    continue;
                }
                bool matched = false;
                for (const QRegularExpression &p : ind.patterns) {
                    if (p.match(text).hasMatch()) {
                        matched = true;
                        break;
                    }
                }
                if (!matched) {
                    const QString raw = field(l, ind.field, true);
                    for (const QRegularExpression &p : ind.rawPatterns) {
                        if (p.match(raw).hasMatch()) {
                            matched = true;
                            break;
                        }
                    }
                }
                if (!matched) {
                    continue;
                }
                bool excluded = false;
                for (const QRegularExpression &x : ind.excludes) {
                    excluded = excluded || x.match(text).hasMatch();
                }
                if (!excluded) {
                    hit(ind.rule, ind.name, l.request ? l.nPath : ind.name, l);
                }
            }
            // Reverse shells and droppers inside requests (LOG-05).
            if (l.request && (l.nQuery.size() > 4 || l.nPath.size() > 4)) {
                for (const YaraMatch &m : rules.textRules().matchText(l.nUri)) {
                    if (m.tags.contains(u"revshell") || m.tags.contains(u"dropper")) {
                        hit(QStringLiteral("LOG-05"), m.title, l.nPath, l);
                    }
                }
            }
        }
    }

    // LOG-01: a request that reached a script the container added or changed.
    void droppedScripts()
    {
        if (!changes) {
            return;
        }
        static const QRegularExpression script(QStringLiteral("\\.(php[0-9]?|phtml|phar|jspx?|aspx?|ashx|cgi|pl|py|sh)$"));
        for (const Line &l : lines) {
            if (!l.request || l.nPath.size() < 2 || !(l.status == 200 || l.method == u"POST")) {
                continue;
            }
            for (const FileView &f : changes->files) {
                if (f.kind == Change::Kind::Deleted || (f.entry && f.entry->type == EntryType::Directory)) {
                    continue;
                }
                const QString p = f.path.toLower();
                if (p.endsWith(l.nPath) && script.match(p).hasMatch()) {
                    hit(QStringLiteral("LOG-01"), f.path, l.nPath, l);
                }
            }
        }
    }

    // LOG-10 404 bursts, LOG-11 rare script URLs.
    void statistics()
    {
        std::map<QString, std::vector<const Line *>> notFound;
        std::map<QString, std::set<QString>> clientsOf;
        std::map<QString, std::vector<const Line *>> byPath;
        std::set<QString> clients;
        std::set<QString> seen; // the same request in the container log and a log file
        for (const Line &l : lines) {
            if (!l.request || !seen.insert(l.client + l.time + l.method + l.uri).second) {
                continue;
            }
            clients.insert(l.client);
            if (l.status == 404) {
                notFound[l.client].push_back(&l);
            }
            clientsOf[l.nPath].insert(l.client);
            byPath[l.nPath].push_back(&l);
        }
        for (const auto &[client, list] : notFound) {
            if (list.size() >= 20) {
                for (const Line *l : list) {
                    hit(QStringLiteral("LOG-10"), QStringLiteral("404 burst"), client, *l);
                }
            }
        }
        static const QRegularExpression script(QStringLiteral("\\.(php[0-9]?|phtml|phar|jspx?|aspx?|ashx|cgi|pl|py)$"));
        if (clients.size() < 3) {
            return;
        }
        for (const auto &[path, who] : clientsOf) {
            if (who.size() != 1 || !script.match(path).hasMatch()) {
                continue;
            }
            const auto &reqs = byPath[path];
            const bool post200 = std::any_of(reqs.begin(), reqs.end(),
                                             [](const Line *l) { return l->method == u"POST" && l->status == 200; });
            if (post200) {
                for (const Line *l : reqs) {
                    hit(QStringLiteral("LOG-11"), QStringLiteral("one client only"), path, *l);
                }
            }
        }
    }

    // LOG-12: what the logs cannot tell.
    void gaps()
    {
        const json::Json inspect = json::parse(c.inspect);
        const json::Json *hc = inspect.is_object() && inspect.contains("HostConfig") ? &inspect["HostConfig"] : nullptr;
        const json::Json *lc = hc && hc->is_object() && hc->contains("LogConfig") ? &(*hc)["LogConfig"] : nullptr;
        const QString driver = lc ? json::string(*lc, "Type") : QString();
        auto add = [&](const QString &detail, const QString &evidence, const QString &source) {
            Finding &f = sink.add(QStringLiteral("LOG-12"));
            f.container = c.id;
            f.image = c.imageId;
            f.evidenceFile = c.evidenceFile;
            f.detail = detail;
            f.evidence = evidence;
            f.source = source;
        };
        const QString hcFile = QFileInfo(c.fieldSources.value(QStringLiteral("HostConfig"))).fileName();
        if (driver == u"none") {
            add(QStringLiteral("log driver none"), QStringLiteral("LogConfig.Type: none: the container's output was not kept"),
                hcFile + QStringLiteral(":HostConfig.LogConfig.Type"));
        } else if (!driver.isEmpty() && driver != u"json-file" && driver != u"local") {
            add(QStringLiteral("log driver elsewhere"),
                QStringLiteral("LogConfig.Type: %1: the logs are not on this host's disk").arg(driver),
                hcFile + QStringLiteral(":HostConfig.LogConfig.Type"));
        }
        if (changes) {
            for (const FileView &f : changes->files) {
                if (f.kind == Change::Kind::Deleted && f.rel.rfind("var/log/", 0) == 0) {
                    Finding &out = sink.add(QStringLiteral("LOG-12"));
                    out.container = c.id;
                    out.image = c.imageId;
                    out.evidenceFile = changes->evidence;
                    out.path = f.path;
                    out.detail = QStringLiteral("log file deleted");
                    out.evidence = QStringLiteral("deleted in the container: %1").arg(f.path);
                }
            }
        }
        // Rotation that dropped the beginning: the oldest record is well after the start.
        if (!c.logs.empty() && !c.startedAt.isEmpty() && c.logs.front().sourceFile.contains(QStringLiteral("-json.log."))) {
            const QDateTime started = QDateTime::fromString(c.startedAt, Qt::ISODateWithMs);
            const QDateTime first = QDateTime::fromString(c.logs.front().time, Qt::ISODateWithMs);
            const int maxFiles = lc && (*lc).contains("Config") ? json::string((*lc)["Config"], "max-file").toInt() : 0;
            const QString oldest = c.logs.front().sourceFile.section(u'.', -1);
            if (started.isValid() && first.isValid() && started.secsTo(first) > 60 && maxFiles > 1
                && oldest.toInt() >= maxFiles - 1) {
                add(QStringLiteral("rotated away"),
                    QStringLiteral("the oldest log line (%1) is %2 s after the start (%3): earlier lines were rotated away (max-file %4)")
                        .arg(c.logs.front().time, QString::number(started.secsTo(first)), c.startedAt,
                             QString::number(maxFiles)),
                    c.logs.front().sourceFile);
            }
        }
    }

    void emit()
    {
        for (const auto &[key, a] : found) {
            Finding &f = sink.add(a.rule);
            if (a.rule == u"LOG-08" && a.any200) {
                f.severity = Severity::High;
                f.escalation = QStringLiteral("answered with 200");
            }
            f.container = c.id;
            f.image = c.imageId;
            f.evidenceFile = c.evidenceFile;
            const Line &first = *a.lines.begin()->second;
            const Line &last = *a.lines.rbegin()->second;
            f.source = first.source;
            f.line = first.number;
            f.timestamp = first.time;
            f.count = int(a.lines.size());
            if (a.lines.size() > 1) {
                f.lastLine = last.number;
                f.lastTimestamp = last.time;
                for (auto it = a.lines.begin(); it != a.lines.end() && f.proofLines.size() < ProofLines; ++it) {
                    f.proofLines << it->first;
                }
            }
            f.detail = a.detail;
            if (a.flood) {
                f.detail = QStringList(a.details.begin(), a.details.end()).join(QStringLiteral(", "));
                if (a.places.size() > 1) {
                    f.detail += QStringLiteral(" (%1 lines, %2 distinct paths or clients)")
                                    .arg(QString::number(a.lines.size()), QString::number(a.places.size()));
                }
            } else if (a.sources.size() > 1) {
                f.detail += QStringLiteral(" (also in %1 other log file(s))").arg(a.sources.size() - 1);
            }
            f.evidence = first.raw.left(300);
            if (first.request) {
                f.path = a.rule == u"LOG-01" ? a.detail : QString();
            }
        }
    }
};

} // namespace

void LogAnalyzer::run(const Container &container, const FileSet *changes, const RuleSet &rules, FindingSink &sink)
{
    Analyzer a{container, changes, rules, sink, {}, {}};
    a.collect();
    a.indicators();
    a.droppedScripts();
    a.statistics();
    a.gaps();
    a.emit();
}

} // namespace dockscope
