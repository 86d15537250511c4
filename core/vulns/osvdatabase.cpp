#include "osvdatabase.h"

#include "cvss.h"
#include "evidence/jsonhelpers.h"
#include "versioncompare.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dockscope {

using json::Json;

namespace {

constexpr qint64 MaxOsvFile = qint64(256) << 20;

QString key(const QString &kind, const QString &name) { return kind + u'\n' + name; }

// The most specific severity an OSV object carries: a word in ecosystem_specific or
// database_specific, else the highest CVSS v3 base score in severity[].
QString severityOf(const Json &j)
{
    for (const char *field : {"ecosystem_specific", "database_specific"}) {
        const auto it = j.find(field);
        if (it != j.end() && it->is_object()) {
            for (const char *word : {"severity", "urgency"}) {
                const QString s = normalisedVulnSeverity(json::string(*it, word));
                if (s != u"unknown") {
                    return s;
                }
            }
        }
    }
    double best = -1;
    const auto sev = j.find("severity");
    if (sev != j.end() && sev->is_array()) {
        for (const Json &s : *sev) {
            const QString type = json::string(s, "type");
            if (type == u"CVSS_V3") {
                if (const auto score = Cvss::baseScore(json::string(s, "score"))) {
                    best = std::max(best, *score);
                }
            }
        }
    }
    if (best >= 0) {
        const QString r = Cvss::rating(best);
        return r == u"none" ? QStringLiteral("low") : r;
    }
    return QStringLiteral("unknown");
}

QString majorMinor(const QString &version, int parts)
{
    return version.section(u'.', 0, parts - 1);
}

} // namespace

QString normalisedVulnSeverity(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == u"critical") {
        return QStringLiteral("critical");
    }
    if (w == u"high" || w == u"important") {
        return QStringLiteral("high");
    }
    if (w == u"medium" || w == u"moderate") {
        return QStringLiteral("medium");
    }
    if (w == u"low" || w == u"negligible" || w == u"unimportant" || w == u"not yet assigned") {
        return w == u"not yet assigned" ? QStringLiteral("unknown") : QStringLiteral("low");
    }
    return QStringLiteral("unknown");
}

OsvDatabase::Ecosystem OsvDatabase::parseEcosystem(const QString &osv)
{
    Ecosystem e;
    const QStringList parts = osv.split(u':');
    const QString head = parts.value(0).trimmed();
    static const QRegularExpression numeric(QStringLiteral("^v?\\d+(\\.\\d+)*$"));
    auto firstNumeric = [&]() -> QString {
        for (qsizetype i = 1; i < parts.size(); ++i) {
            if (numeric.match(parts[i]).hasMatch()) {
                return parts[i].startsWith(u'v') ? parts[i].mid(1) : parts[i];
            }
        }
        return {};
    };
    if (head == u"Debian") {
        e = {QStringLiteral("deb"), QStringLiteral("debian"), majorMinor(firstNumeric(), 1)};
    } else if (head == u"Ubuntu") {
        e = {QStringLiteral("deb"), QStringLiteral("ubuntu"), firstNumeric()};
    } else if (head == u"Alpine") {
        e = {QStringLiteral("apk"), QStringLiteral("alpine"), majorMinor(firstNumeric(), 2)};
    } else if (head == u"Red Hat") {
        e = {QStringLiteral("rpm"), QStringLiteral("rhel"), majorMinor(firstNumeric(), 1)};
    } else if (head == u"Rocky Linux") {
        e = {QStringLiteral("rpm"), QStringLiteral("rocky"), majorMinor(firstNumeric(), 1)};
    } else if (head == u"AlmaLinux") {
        e = {QStringLiteral("rpm"), QStringLiteral("almalinux"), majorMinor(firstNumeric(), 1)};
    } else if (head == u"openEuler") {
        e = {QStringLiteral("rpm"), QStringLiteral("openEuler"), firstNumeric()};
    } else if (head == u"PyPI") {
        e.kind = QStringLiteral("pypi");
    } else if (head == u"npm") {
        e.kind = QStringLiteral("npm");
    } else if (head == u"Go") {
        e.kind = QStringLiteral("golang");
    } else if (head == u"Maven") {
        e.kind = QStringLiteral("maven");
    }
    return e;
}

QString OsvDatabase::lookupName(const Package &p)
{
    if (p.ecosystem == u"deb" || p.ecosystem == u"apk" || p.ecosystem == u"rpm") {
        return p.sourceName.isEmpty() ? p.name : p.sourceName;
    }
    if (p.ecosystem == u"pypi") {
        static const QRegularExpression runs(QStringLiteral("[-_.]+"));
        return p.name.toLower().replace(runs, QStringLiteral("-"));
    }
    if (p.ecosystem == u"maven" && !p.name.contains(u':')) {
        // pkg:maven/<group>/<artifact>@<version>
        const QString path = p.purl.section(u'@', 0, 0).section(u'?', 0, 0);
        const QStringList parts = path.mid(int(qstrlen("pkg:maven/"))).split(u'/');
        if (path.startsWith(u"pkg:maven/") && parts.size() == 2) {
            return parts[0] + u':' + parts[1];
        }
    }
    return p.name;
}

OsvDatabase OsvDatabase::load(const QString &folder)
{
    OsvDatabase db;
    db.m_folder = folder;
    const QDir root(folder);
    if (!root.exists()) {
        DiagnosticSink diag(folder);
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "vulnerability database folder not found"));
        db.m_diagnostics = diag.take();
        return db;
    }
    QStringList files;
    // Iterated by absolute path so that every file is named relative to the folder.
    QDirIterator it(root.absolutePath(), {QStringLiteral("*.json")}, QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    for (const QString &path : files) {
        const QString relative = QDir(root.absolutePath()).relativeFilePath(path);
        QFile f(path);
        if (f.size() > MaxOsvFile) {
            DiagnosticSink diag(folder, relative);
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "OSV file of %1 bytes is larger than the "
                                                         "%2 bytes read; skipped"),
                         {QString::number(f.size()), QString::number(MaxOsvFile)});
            append(db.m_diagnostics, diag.items());
            continue;
        }
        if (!f.open(QIODevice::ReadOnly)) {
            DiagnosticSink diag(folder, relative);
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "cannot read the OSV file: %1"),
                         {f.errorString()});
            append(db.m_diagnostics, diag.items());
            continue;
        }
        db.addBytes(f.readAll(), relative);
    }
    db.reportGitRanges({});
    db.reindex();
    return db;
}

void OsvDatabase::addBytes(const QByteArray &bytes, const QString &file)
{
    ++m_files;
    DiagnosticSink diag(m_folder, file);
    const Json doc = Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (doc.is_discarded()) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "not a JSON document; OSV file skipped"));
    } else if (doc.is_array()) {
        for (std::size_t i = 0; i < doc.size(); ++i) {
            addEntry(&doc[i], file, u'/' + QString::number(i), diag);
        }
    } else if (doc.is_object() && doc.contains("vulns") && doc["vulns"].is_array()) {
        const Json &vulns = doc["vulns"];
        for (std::size_t i = 0; i < vulns.size(); ++i) {
            addEntry(&vulns[i], file, QStringLiteral("/vulns/") + QString::number(i), diag);
        }
    } else if (doc.is_object()) {
        addEntry(&doc, file, QString(), diag);
    } else {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "not an OSV entry, array or {\"vulns\": [...]} "
                                                     "document; OSV file skipped"));
    }
    append(m_diagnostics, diag.items());
}

void OsvDatabase::addDocument(const QByteArray &bytes, const QString &file)
{
    addBytes(bytes, file);
    reportGitRanges(file);
    reindex();
}

void OsvDatabase::reportGitRanges(const QString &file)
{
    if (m_gitRanges == m_gitRangesReported) {
        return;
    }
    DiagnosticSink diag(m_folder, file);
    diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "OSV ranges of type GIT skipped: %1, in entries: %2; they name "
                                                 "commits, not package versions, so those entries match by their "
                                                 "versions lists and other ranges only"),
                 {QString::number(m_gitRanges - m_gitRangesReported), QString::number(m_gitEntries - m_gitEntriesReported)});
    append(m_diagnostics, diag.items());
    m_gitRangesReported = m_gitRanges;
    m_gitEntriesReported = m_gitEntries;
}

void OsvDatabase::reindex()
{
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.id < b.id; });
    m_index.clear();
    for (int e = 0; e < int(m_entries.size()); ++e) {
        for (int a = 0; a < int(m_entries[std::size_t(e)].affected.size()); ++a) {
            const Affected &aff = m_entries[std::size_t(e)].affected[std::size_t(a)];
            m_index[key(parseEcosystem(aff.ecosystem).kind, aff.name)].emplace_back(e, a);
        }
    }
}

void OsvDatabase::addEntry(const void *raw, const QString &file, const QString &pointer,
                           DiagnosticSink &diag)
{
    const Json &j = *static_cast<const Json *>(raw);
    const QString where = pointer.isEmpty() ? QStringLiteral("/") : pointer;
    Entry e;
    e.id = json::string(j, "id");
    if (!j.is_object() || e.id.isEmpty()) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "OSV entry at %1 has no \"id\"; skipped"), {where});
        return;
    }
    if (!json::string(j, "withdrawn").isEmpty()) {
        ++m_withdrawn;
        return;
    }
    e.aliases = json::strings(j, "aliases");
    e.summary = json::string(j, "summary");
    if (e.summary.isEmpty()) {
        e.summary = json::string(j, "details").section(u'\n', 0, 0).left(200);
    }
    e.severity = severityOf(j);
    e.file = file;
    e.pointer = pointer;
    const auto affected = j.find("affected");
    if (affected == j.end() || !affected->is_array()) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "OSV entry %1 has no \"affected\" list; skipped"),
                     {e.id});
        return;
    }
    bool gitRanges = false;
    for (std::size_t i = 0; i < affected->size(); ++i) {
        const Json &a = (*affected)[i];
        const auto pkg = a.find("package");
        if (!a.is_object() || pkg == a.end() || !pkg->is_object()) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "OSV entry %1: affected[%2] names no "
                                                         "package; ignored"),
                         {e.id, QString::number(i)});
            continue;
        }
        Affected out;
        out.ecosystem = json::string(*pkg, "ecosystem");
        out.name = json::string(*pkg, "name");
        out.pointer = pointer + QStringLiteral("/affected/") + QString::number(i);
        const Ecosystem eco = parseEcosystem(out.ecosystem);
        if (!eco.valid() || out.name.isEmpty()) {
            continue; // an ecosystem Dockscope has no packages of (crates.io, NuGet, …)
        }
        if (eco.kind == u"pypi") {
            Package p;
            p.ecosystem = eco.kind;
            p.name = out.name;
            out.name = lookupName(p);
        }
        const QString own = severityOf(a);
        out.severity = own == u"unknown" ? e.severity : own;
        out.versions = json::strings(a, "versions");
        const auto ranges = a.find("ranges");
        if (ranges != a.end() && ranges->is_array()) {
            for (const Json &r : *ranges) {
                Range range;
                range.type = json::string(r, "type");
                const auto events = r.find("events");
                if (events == r.end() || !events->is_array()) {
                    continue;
                }
                for (const Json &ev : *events) {
                    static const std::pair<const char *, Event::Kind> kinds[] = {
                        {"introduced", Event::Introduced}, {"fixed", Event::Fixed},
                        {"last_affected", Event::LastAffected}, {"limit", Event::Limit}};
                    for (const auto &[name, kind] : kinds) {
                        const QString v = json::string(ev, name);
                        if (!v.isEmpty()) {
                            range.events.push_back({kind, v});
                        }
                    }
                }
                if (range.type == u"GIT") {
                    // Commit ranges say nothing about an installed version: counted, not used.
                    ++m_gitRanges;
                    gitRanges = true;
                } else if (!range.events.empty()) {
                    out.ranges.push_back(std::move(range));
                }
            }
        }
        e.affected.push_back(std::move(out));
    }
    m_gitEntries += gitRanges ? 1 : 0;
    m_entries.push_back(std::move(e));
}

bool OsvDatabase::affects(const Affected &affected, const QString &ecosystem, const QString &version,
                          QString *fixed)
{
    bool listed = affected.versions.contains(version);
    bool inRange = false;
    QString fix;
    for (const Range &r : affected.ranges) {
        if (r.type != u"ECOSYSTEM" && r.type != u"SEMVER") {
            continue; // GIT ranges speak of commits, not of installed versions
        }
        const QString scheme = r.type == u"SEMVER" ? QStringLiteral("semver") : ecosystem;
        auto cmp = [&](const QString &a, const QString &b) {
            if (a == u"0" && b == u"0") {
                return 0;
            }
            if (a == u"0") {
                return -1; // "introduced": "0" is before every version
            }
            if (b == u"0") {
                return 1;
            }
            return VersionCompare::compare(scheme, a, b);
        };
        std::vector<Event> events = r.events;
        std::stable_sort(events.begin(), events.end(), [&](const Event &a, const Event &b) {
            return cmp(a.version, b.version) < 0;
        });
        // The OSV specification's evaluation: walk the sorted events up to the version.
        bool affectedHere = false;
        for (const Event &e : events) {
            const int c = cmp(version, e.version);
            switch (e.kind) {
            case Event::Introduced:
                if (c >= 0) {
                    affectedHere = true;
                }
                break;
            case Event::Fixed:
            case Event::Limit:
                if (c >= 0) {
                    affectedHere = false;
                }
                break;
            case Event::LastAffected:
                if (c > 0) {
                    affectedHere = false;
                }
                break;
            }
        }
        if (affectedHere) {
            inRange = true;
            for (const Event &e : events) {
                if (e.kind == Event::Fixed && cmp(version, e.version) < 0) {
                    if (fix.isEmpty()) {
                        fix = e.version;
                    }
                    break;
                }
            }
        }
    }
    if (fixed) {
        *fixed = fix;
    }
    return listed || inRange;
}

std::vector<Vulnerability> OsvDatabase::match(const Package &package, const OperatingSystem &os) const
{
    std::vector<Vulnerability> out;
    const auto it = m_index.constFind(key(package.ecosystem, lookupName(package)));
    if (it == m_index.constEnd()) {
        return out;
    }
    const bool distro = package.ecosystem == u"deb" || package.ecosystem == u"apk"
        || package.ecosystem == u"rpm";
    // Debian and Alpine file vulnerabilities against the source package's version.
    const QString version = package.sourceVersion.isEmpty() ? package.version : package.sourceVersion;
    QSet<QString> seen;
    for (const auto &[e, a] : *it) {
        const Entry &entry = m_entries[std::size_t(e)];
        const Affected &aff = entry.affected[std::size_t(a)];
        if (distro) {
            const Ecosystem eco = parseEcosystem(aff.ecosystem);
            if (eco.osId.compare(os.id, Qt::CaseInsensitive) != 0) {
                continue;
            }
            const int parts = int(eco.osVersion.count(u'.')) + 1;
            if (!eco.osVersion.isEmpty() && majorMinor(os.versionId, parts) != eco.osVersion) {
                continue;
            }
        }
        QString fixed;
        if (!affects(aff, package.ecosystem, distro ? version : package.version, &fixed)
            || seen.contains(entry.id)) {
            continue;
        }
        seen.insert(entry.id);
        Vulnerability v;
        v.id = entry.id;
        v.aliases = entry.aliases;
        v.ecosystem = package.ecosystem;
        v.packageName = package.name;
        v.installedVersion = package.version;
        v.fixedVersion = fixed;
        v.severity = aff.severity;
        v.title = entry.summary;
        v.source = QStringLiteral("osv:") + (m_folder.isEmpty() ? QString() : m_folder + u'/')
            + entry.file + u'#' + aff.pointer;
        v.layerIndex = package.layerIndex;
        v.layerDiffId = package.layerDiffId;
        out.push_back(std::move(v));
    }
    return out;
}

} // namespace dockscope
