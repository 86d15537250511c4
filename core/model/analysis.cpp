#include "analysis.h"

namespace dockscope {

bool Analysis::hasWarnings() const
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity != Diagnostic::Severity::Info) {
            return true;
        }
    }
    return false;
}

bool Analysis::anyEvidenceRead() const
{
    for (const EvidenceItem &e : evidence) {
        if (e.readable) {
            return true;
        }
    }
    return false;
}

} // namespace dockscope
