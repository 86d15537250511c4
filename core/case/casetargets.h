#pragma once

#include "model/finding.h"

#include <QString>

namespace dockscope {

// The keys by which notes, tags and bookmarks name what they are attached to. They are built
// from what a finding, file, check or event is (rule, place, path, time), not from its position
// in a result, so a tag made in one session finds its target again when the case is analysed
// anew. Target types: finding, file, check, event.
class CaseTargets
{
public:
    static QString findingKey(const Finding &finding);
    // scope: "container:<id>", "image:<id>" or "evidence:<path>"; path as in the file system.
    static QString fileKey(const QString &scope, const QString &path);
    // A runtime check (RT-xx) of one container.
    static QString checkKey(const QString &containerId, const QString &rule);
    static QString eventKey(const TimelineEvent &event);

    // What a key names, in a line an examiner reads ("FS-01 /tmp/x, line 3, container
    // 0123456789ab"), for notes and tags whose title was not kept.
    static QString describe(const QString &type, const QString &key);
};

} // namespace dockscope
