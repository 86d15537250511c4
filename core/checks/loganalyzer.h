#pragma once

#include "checks/fileset.h"
#include "checks/findingsink.h"

namespace dockscope {

class RuleSet;

// LOG-01 … LOG-12 on a container's json-file log and the log files in its changes: each line
// parsed (Combined Log Format requests, error-log and stderr messages), normalised (URL-decoded
// up to three times, '+' as space in queries, ANSI colours stripped) and matched. High and
// critical rules give one finding per rule and request path (or message kind); the rules that
// come in floods (medium and below: scanning, probes, rare URLs) one finding per rule and log
// file. Either points at its first line, with the count of lines, the last line and time, and
// the first few line numbers.
class LogAnalyzer
{
public:
    static void run(const Container &container, const FileSet *changes, const RuleSet &rules, FindingSink &sink);
};

} // namespace dockscope
