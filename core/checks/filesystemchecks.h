#pragma once

#include "checks/fileset.h"
#include "checks/findingsink.h"

namespace dockscope {

class RuleSet;

// FS-01 … FS-16 on a container's changes, and on image layers where the rule makes sense there
// (a miner or a setuid helper added by a layer is a supply-chain finding; a web application's
// own scripts in its image are not web-root tampering).
class FileSystemChecks
{
public:
    static void run(const FileSet &files, const Container *container, const RuleSet &rules, FindingSink &sink);
};

// FC-01 … FC-10 from the content rules that matched the files of a set.
class ContentFindings
{
public:
    static void run(const FileSet &files, const RuleSet &rules, FindingSink &sink);
};

} // namespace dockscope
