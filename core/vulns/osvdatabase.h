#pragma once

#include "model/package.h"
#include "util/diagnostic.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

// An offline vulnerability database: a folder of OSV files (https://ossf.github.io/osv-schema/),
// read once per run and indexed by ecosystem and package name. Each file holds one OSV entry, a
// JSON array of them, or {"vulns": [...]} (the osv.dev query answer). Files that cannot be used
// become diagnostics naming the file; the rest is still used.
class OsvDatabase
{
public:
    struct Event
    {
        enum Kind { Introduced, Fixed, LastAffected, Limit };
        Kind kind = Introduced;
        QString version;
    };
    struct Range
    {
        QString type; // ECOSYSTEM | SEMVER (GIT ranges are counted and dropped when read)
        std::vector<Event> events;
    };
    struct Affected
    {
        QString ecosystem; // as written: "Debian:12", "Alpine:v3.11", "PyPI"
        QString name;
        QString severity;  // from ecosystem_specific / database_specific / severity[] here
        std::vector<Range> ranges;
        QStringList versions;
        QString pointer;   // JSON pointer of this affected[] item in its file
    };
    struct Entry
    {
        QString id;
        QStringList aliases;
        QString summary;
        QString severity; // critical | high | medium | low | unknown
        QString file;     // relative to the database folder (sources say "osv:<folder>/<file>#<pointer>")
        QString pointer;  // JSON pointer of the entry in its file ("" for a single entry)
        std::vector<Affected> affected;
    };
    // Where an OSV ecosystem string points: a package ecosystem and, for distributions, the OS.
    struct Ecosystem
    {
        QString kind;      // Package::ecosystem: deb, apk, rpm, pypi, npm, golang, maven
        QString osId;      // os-release ID for distributions: debian, ubuntu, alpine, rocky, …
        QString osVersion; // "12", "22.04", "3.11", "9"; empty: any release
        bool valid() const { return !kind.isEmpty(); }
    };

    static OsvDatabase load(const QString &folder);
    // One OSV document (entry, array, {"vulns": […]}) as if it were the file named `file`.
    void addDocument(const QByteArray &bytes, const QString &file);

    static Ecosystem parseEcosystem(const QString &osv);
    // The name the database files a package under: source package for deb/apk, PEP 503 for PyPI.
    static QString lookupName(const Package &package);

    // Every entry that affects this package on this OS, in entry id order.
    std::vector<Vulnerability> match(const Package &package, const OperatingSystem &os) const;

    const QString &folder() const { return m_folder; }
    int entryCount() const { return int(m_entries.size()); }
    int withdrawnCount() const { return m_withdrawn; }
    int fileCount() const { return m_files; }
    int gitRangeCount() const { return m_gitRanges; } // GIT ranges skipped (commits, not versions)
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // Whether `version` of an `ecosystem` package falls in the affected item; the fixed version
    // of the range it falls in goes to *fixed ("" when none is known).
    static bool affects(const Affected &affected, const QString &ecosystem, const QString &version,
                        QString *fixed);

private:
    void addBytes(const QByteArray &bytes, const QString &file);
    void reindex();
    void reportGitRanges(const QString &file);
    void addEntry(const void *json, const QString &file, const QString &pointer, DiagnosticSink &diag);

    QString m_folder;
    std::vector<Entry> m_entries;
    QHash<QString, std::vector<std::pair<int, int>>> m_index; // kind \n name → (entry, affected)
    int m_withdrawn = 0;
    int m_files = 0;
    int m_gitRanges = 0;
    int m_gitEntries = 0;
    int m_gitRangesReported = 0;
    int m_gitEntriesReported = 0;
    Diagnostics m_diagnostics;
};

// critical | high | medium | low | unknown from the words scanners and databases use
// (CRITICAL, Important, MODERATE, Negligible, unimportant, …).
QString normalisedVulnSeverity(const QString &word);

} // namespace dockscope
