#pragma once

#include "model/finding.h"
#include "model/layerentry.h"
#include "model/package.h"
#include "util/diagnostic.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace dockscope {

// A content rule that matched one file of a layer, found while the layer was read.
struct ContentHit
{
    std::uint32_t entry = 0; // index into the layer's entries
    QString rule;            // catalogue ID (FC-01 …), or "YARA" for a third-party rule without one
    QString detail;          // the YARA rule or secret rule that matched
    QString source;          // the rule file it comes from
    QString title;
    QString author;          // third-party rules: their author, kept for attribution
    Severity severity = Severity::High;
    bool severityFromRule = false; // the rule set its own severity
    qint64 offset = -1;      // of the match in the file
    qint64 line = -1;        // 1-based line of the match, for text files
    QString snippet;         // the matched text, secrets masked
};

// A small file the checks read as a whole (account files, cron tables, hosts, logs), kept from
// the same pass so that nothing is read twice.
struct KeptContent
{
    std::uint32_t entry = 0;
    QByteArray data;
};

// The libraries a Java archive or a Go program declares, read from the file in the same pass
// (the package inventory uses them instead of reading the layer again). `diagnostics` have no
// evidence or place yet: the inventory names them when it takes the packages.
struct SniffedPackages
{
    std::uint32_t entry = 0;
    std::vector<Package> packages;
    Diagnostics diagnostics;
};

// What the content rules found in one layer.
struct ContentResults
{
    std::vector<ContentHit> hits;
    std::vector<KeptContent> kept;
    std::vector<SniffedPackages> packages; // in entry order
};

// Which part of the evidence a layer is: an image's layer, or what a container wrote (its
// read-write layer, its export). Trivy's secret allow-list is for image layers only: an
// attacker's drop in a container is never hidden by its path.
enum class LayerRole : std::uint8_t { Image, Container };

// Looks at file contents during the single pass that reads a layer (LayerScanner,
// HostLayerScanner): classifies each file from its first bytes and runs content rules on it.
// Implementations are immutable and safe to call from several threads at once.
class ContentInspector
{
public:
    virtual ~ContentInspector() = default;
    // Files are handed over up to this many bytes; larger files are classified from their
    // first bytes only and not matched.
    virtual qint64 maxBytes() const = 0;
    // `data` holds the first `length` bytes of the file (all of it when `complete`). Sets the
    // entry's fileKind and elfFlags, appends what matched and keeps the files checks read whole.
    virtual void inspect(std::uint32_t index, LayerEntry &entry, const char *data, std::size_t length,
                         bool complete, LayerRole role, ContentResults &results) const = 0;
};

} // namespace dockscope
