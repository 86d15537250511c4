#pragma once

#include "finding.h"

#include <QString>

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

// A change of the container's file system in `docker diff` form.
struct Change
{
    enum class Kind { Added, Changed, Deleted };
    QString path;
    Kind kind = Kind::Changed;

    static QChar kindLetter(Kind k); // A | C | D
};

// A container as read from inspect output, a data root or an acquisition.
struct Container
{
    QString id;      // full 64-hex id
    QString name;
    QString image;   // the name it was started from
    QString imageId; // "sha256:…"
    QString created;
    QString startedAt;
    QString finishedAt;
    bool running = false;
    QString evidenceFile;
    std::vector<Mount> mounts;
    std::vector<Change> changes;
    std::vector<ChecklistItem> checklist;
};

} // namespace dockscope
