#pragma once

#include "finding.h"
#include "layerscan.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

struct Mount
{
    QString type;        // bind | volume | tmpfs
    QString source;      // host path or volume name
    QString destination; // path in the container
    QString mode;
    QString propagation;
    bool rw = true;
};

// A volume or bind mount whose contents are in the evidence (a data root's
// volumes/<name>/_data, or a bind source inside the same evidence tree), read like a layer so
// that the file-system and content checks see what the container could write outside its
// read-write layer.
struct MountContent
{
    Mount mount;
    QString member;    // the folder in the evidence
    LayerScanPtr scan; // its files, relative to the folder

    QString label() const; // "volume labvol at /srv/vol", "bind /srv/share at /srv/share"
};

// A change of the container's file system in `docker diff` form.
struct Change
{
    enum class Kind { Added, Changed, Deleted };
    QString path;
    Kind kind = Kind::Changed;

    static QChar kindLetter(Kind k); // A | C | D
};

// One line of a container's log, joined back together when Docker split it (16 KiB parts).
struct LogRecord
{
    QString time;       // RFC 3339 with nanoseconds, as Docker wrote it; empty when unknown
    QString stream;     // stdout | stderr | "" when unknown
    QString text;       // without the trailing newline
    QString sourceFile; // the evidence file (or member) it was read from
    qint64 line = 0;    // 1-based line in that file where the record starts
};

// A container as read from inspect output, a data root or an acquisition.
struct Container
{
    QString id;      // full 64-hex id
    QString name;    // without the leading '/'
    QString image;   // the name it was started from (Config.Image)
    QString imageId; // "sha256:…"
    QString created;
    QString startedAt;
    QString finishedAt;
    bool running = false;
    QString status;      // State.Status: running, exited, …
    int exitCode = 0;
    int pid = 0;
    int restartCount = 0;
    QString hostname;
    QString path;        // the process started: Path and Args
    QStringList args;
    QString logPath;
    QString logDriver;
    QString storageDriver;
    QString evidenceFile;
    std::vector<Mount> mounts;

    // The container's configuration as `docker inspect` shows it (one JSON object, compact),
    // merged from config.v2.json and hostconfig.json when read from a data root, and which
    // file each top-level key came from ("HostConfig" → "hostconfig.json").
    QByteArray inspect;
    QMap<QString, QString> fieldSources;

    std::vector<Change> changes;
    QString changesSource;   // how the changes were obtained
    bool changesEstimated = false;
    std::vector<LogRecord> logs;
    std::vector<ChecklistItem> checklist;

    // Data root only: the read-write and init layers (overlay2 cache ids).
    QString mountId;
    QString initId;
    // Data root only: the container's /etc/hosts as the daemon keeps it (containers/<id>/hosts,
    // bind-mounted into the container, so never in its read-write layer).
    QByteArray hostsFile;
    QString hostsFileSource;
    // A docker export of this container among the evidence (its files, when no data root has them).
    QString exportEvidence;
    // Data root only: the contents of its volumes and bind mounts found in the evidence.
    std::vector<MountContent> mountContents;
};

} // namespace dockscope
