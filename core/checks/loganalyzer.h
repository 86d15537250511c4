#pragma once

#include "checks/fileset.h"
#include "checks/findingsink.h"

namespace dockscope {

class RuleSet;

// LOG-01 … LOG-12 on a container's json-file log and the log files in its changes: each line
// parsed (Combined Log Format requests, error-log and stderr messages), normalised (URL-decoded
// up to three times, '+' as space in queries, ANSI colours stripped) and matched; one finding per
// rule and request path (or message kind), pointing at the first line, with the count of lines.
class LogAnalyzer
{
public:
    static void run(const Container &container, const FileSet *changes, const RuleSet &rules, FindingSink &sink);
};

} // namespace dockscope
