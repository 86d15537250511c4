#include "analysis.h"

#include <algorithm>

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

Analysis Analysis::mergedWith(const Analysis &other) const
{
    Analysis out = *this;
    out.toolVersion = other.toolVersion.isEmpty() ? toolVersion : other.toolVersion;
    out.evidence.insert(out.evidence.end(), other.evidence.begin(), other.evidence.end());
    out.images.insert(out.images.end(), other.images.begin(), other.images.end());
    out.containers.insert(out.containers.end(), other.containers.begin(), other.containers.end());
    out.findings.insert(out.findings.end(), other.findings.begin(), other.findings.end());
    out.timeline.insert(out.timeline.end(), other.timeline.begin(), other.timeline.end());
    std::stable_sort(out.timeline.begin(), out.timeline.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.datetime < b.datetime; });
    out.integrity.insert(out.integrity.end(), other.integrity.begin(), other.integrity.end());
    out.vulnerabilities.insert(out.vulnerabilities.end(), other.vulnerabilities.begin(),
                               other.vulnerabilities.end());
    out.diagnostics.insert(out.diagnostics.end(), other.diagnostics.begin(), other.diagnostics.end());
    out.cancelled = cancelled || other.cancelled;
    return out;
}

namespace {
// An item of the evidence path, or of an acquisition folder's file below it.
bool belongsTo(const QString &item, const QString &path)
{
    return item == path || (item.startsWith(path) && item.size() > path.size() && item.at(path.size()) == u'/');
}
} // namespace

Analysis Analysis::without(const QString &path) const
{
    Analysis out;
    out.toolVersion = toolVersion;
    out.cancelled = cancelled;
    for (const EvidenceItem &e : evidence) {
        if (!belongsTo(e.path, path)) {
            out.evidence.push_back(e);
        }
    }
    for (const Image &i : images) {
        if (!belongsTo(i.evidence, path)) {
            out.images.push_back(i);
        }
    }
    for (const Container &c : containers) {
        if (!belongsTo(c.evidenceFile, path)) {
            out.containers.push_back(c);
        }
    }
    for (const Finding &f : findings) {
        if (!belongsTo(f.evidenceFile, path)) {
            out.findings.push_back(f);
        }
    }
    for (const TimelineEvent &t : timeline) {
        if (!belongsTo(t.evidenceFile, path)) {
            out.timeline.push_back(t);
        }
    }
    for (const Diagnostic &d : diagnostics) {
        if (!belongsTo(d.evidence, path)) {
            out.diagnostics.push_back(d);
        }
    }
    for (const IntegrityCheck &c : integrity) {
        if (!belongsTo(c.evidence, path)) {
            out.integrity.push_back(c);
        }
    }
    for (const Vulnerability &v : vulnerabilities) {
        if (!belongsTo(v.evidence, path)) {
            out.vulnerabilities.push_back(v);
        }
    }
    return out;
}

} // namespace dockscope
