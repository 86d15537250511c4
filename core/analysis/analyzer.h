#pragma once

#include "model/analysis.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace dockscope {

// Progress of a running analysis: bytes read so far of the bytes to read, and a line of text.
struct Progress
{
    qint64 done = 0;
    qint64 total = 0;
    QString text;
};

// Shared between the analysis and whoever started it (GUI job, CLI).
struct JobControl
{
    std::atomic_bool cancel{false};
    // Called from worker threads; must be thread-safe.
    std::function<void(const Progress &)> progress;
};

struct AnalyzeOptions
{
    QString platform;  // os/arch[/variant] for multi-platform OCI indexes
    QString container; // only this container (id prefix or name), with its image
    QStringList ruleDirs;  // the examiner's YARA rule folders, besides the bundled rules
    QString vulnDb;        // a folder of OSV files to match the package inventories against
    qint64 maxScanBytes = qint64(16) << 20; // content rules look at files up to this size
    bool contentRules = true; // false: files are hashed and classified by name only
    bool detections = true;   // false: no checklist, findings or their timeline (engine only)
    // Hash every file a package database checksums (dpkg md5sums, apk Z:), not only those a
    // later layer or the container rewrote.
    bool verifyAllPackageFiles = false;
};

// Reads every evidence item and produces one immutable Analysis. Every evidence file is hashed,
// every layer blob is read exactly once, layers are scanned in parallel on all cores.
class Analyzer
{
public:
    static Analysis run(const QStringList &evidence, const AnalyzeOptions &options,
                        JobControl *control = nullptr);
};

} // namespace dockscope
