#pragma once

#include "model/finding.h"

#include <QString>

namespace dockscope {

// The keys by which notes, tags and bookmarks name what they are attached to. They are built
// from what a finding or file is (rule, place, path), not from its position in a result, so a
// tag made in one session finds its finding again when the case is analysed anew.
class CaseTargets
{
public:
    static QString findingKey(const Finding &finding);
    // scope: "container:<id>" or "image:<id>"; path as in the file system ("/etc/passwd").
    static QString fileKey(const QString &scope, const QString &path);
};

} // namespace dockscope
