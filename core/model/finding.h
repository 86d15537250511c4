#pragma once

#include <QString>
#include <QList>
#include <QStringList>

namespace dockscope {

// Severity scale of DETECTIONS.md.
enum class Severity { Critical, High, Medium, Low, Info };

QString severityName(Severity s); // critical | high | medium | low | info
Severity severityFromName(const QString &name, Severity fallback = Severity::Info);

// One row of the security-configuration checklist (RT-01 … RT-20) for a container.
struct ChecklistItem
{
    enum class Status { Fail, Warn, Pass, NotApplicable };

    QString id;       // RT-xx
    QString title;
    Status status = Status::NotApplicable;
    Severity severity = Severity::Info;
    QString value;    // the value found
    QString source;   // file and field read: "hostconfig.json:HostConfig.Privileged"

    static QString statusName(Status s); // fail | warn | pass | n/a
};

// A finding tied to its proof: rule, where it is, and the evidence that shows it.
struct Finding
{
    QString id;        // stable within an analysis
    QString rule;      // an ID from DETECTIONS.md
    Severity severity = Severity::Info;
    QString title;
    QString rationale;
    QString evidenceFile; // the evidence item it comes from
    QString path;      // file in the image or container
    QString container; // container id, when it concerns one
    QString image;     // image id, when it concerns one
    int layer = -1;    // layer index, when it comes from an image layer
    QString layerDigest; // that layer's diff id
    qint64 line = -1;  // line in a log or file, 1-based
    QString timestamp; // RFC 3339, for log findings
    QString evidence;  // the matched text or value, secrets masked
    QString sha256;    // of the file
    QString source;    // the file and field read: "hostconfig.json:HostConfig.Privileged",
                       // "<layer member>", "<log file>:<line>"
    QString detail;    // the matcher inside the rule: YARA rule, secret rule, log indicator
    QString ruleSource; // the rule file, for YARA rules (third-party ones keep their author)
    QString author;
    QString category;  // runtime | image | filesystem | content | log
    QString basis;
    QString attack;
    qint64 offset = -1; // of the match in the file
    int count = 1;     // places merged into this finding (log lines of one request, …)
    qint64 lastLine = -1;     // for a finding that gathers log lines: its last line
    QString lastTimestamp;    // and that line's time
    QList<qint64> proofLines; // the first few lines it gathers, as pointers to the proof
    QStringList correlated; // ids of findings that together make the case stronger
    QString escalation; // why the severity was raised, when it was
    QString volume;     // the volume or bind mount the file was read from (MountContent::label)
};

// One line of the timeline, in the shape plaso and Timesketch use.
struct TimelineEvent
{
    QString datetime;      // RFC 3339 UTC
    QString timestampDesc; // "Content Modification Time", "Container Started", …
    QString source;        // image history, layer, container, log, finding
    QString message;
    QString evidenceFile;
    QString path;
    int layer = -1;
    QString findingId;
};

} // namespace dockscope
