#include "packagechecks.h"

#include "packages/packagedrift.h"

#include <map>
#include <optional>
#include <set>

namespace dockscope {

namespace {

const Image *findImage(const Analysis &a, const QString &kind, const QString &id, const QString &evidence = {})
{
    for (const Image &i : a.images) {
        if (i.kind == kind && (id.isEmpty() || i.id == id) && (evidence.isEmpty() || i.evidence == evidence)) {
            return &i;
        }
    }
    return nullptr;
}

// The generic finding the file checks made for the same place (FS-08 "system program replaced",
// FS-15 "package database changed"), enriched with what the package databases show; else a new one.
Finding &findingFor(FindingSink &sink, const QString &rule, const QString &container, const QString &path,
                    std::optional<Severity> severity)
{
    for (Finding &f : sink.findings()) {
        if (f.rule == rule && !container.isEmpty() && f.container == container && f.path == path) {
            if (severity) {
                f.severity = *severity;
            }
            return f;
        }
    }
    return sink.add(rule, severity);
}

void altered(const Image &image, const QString &container, int firstLayer, FindingSink &sink)
{
    for (const AlteredFile &a : image.packages.alteredFiles) {
        if (a.layerIndex < firstLayer) {
            continue; // the image's own finding
        }
        Finding &f = findingFor(sink, QStringLiteral("FS-08"), container, u'/' + a.path,
                                a.configFile ? std::optional(Severity::Low) : std::nullopt);
        f.container = container;
        f.image = container.isEmpty() ? image.id : QString();
        f.evidenceFile = image.evidence;
        f.path = u'/' + a.path;
        f.layer = container.isEmpty() ? a.layerIndex : -1;
        f.layerDigest = a.layerDiffId;
        f.source = image.layers[std::size_t(a.layerIndex)].member + QStringLiteral(": ") + a.database;
        f.sha256 = a.sha256;
        f.detail = a.configFile ? QStringLiteral("package configuration file changed") : QStringLiteral("package file altered");
        f.evidence = QStringLiteral("%1 %2 (%3): %4 expected %5, found %6").arg(a.package, a.version, a.database, a.algorithm, a.expected, a.actual);
    }
}

} // namespace

void PackageChecks::run(const Analysis &analysis, FindingSink &sink)
{
    std::set<QString> seen;
    std::set<QString> exports; // container exports: their findings are the container's
    for (const Container &c : analysis.containers) {
        exports.insert(c.exportEvidence);
    }
    for (const Image &image : analysis.images) {
        if (image.kind == u"container" || (image.kind == u"container-export" && exports.contains(image.evidence))) {
            continue;
        }
        if (image.id.isEmpty() || seen.insert(image.id).second) {
            altered(image, {}, 0, sink);
        }
    }
    for (const Container &c : analysis.containers) {
        const Image *base = findImage(analysis, QStringLiteral("image"), c.imageId);
        const Image *fs = findImage(analysis, QStringLiteral("container"), c.id);
        if (fs && !fs->layers.empty()) {
            altered(*fs, c.id, int(fs->layers.size()) - 1, sink);
        } else if (!c.exportEvidence.isEmpty()) {
            fs = findImage(analysis, QStringLiteral("container-export"), {}, c.exportEvidence);
            if (fs) {
                altered(*fs, c.id, 0, sink);
            }
        }
        if (!base || !fs || base->packages.packages.empty()) {
            continue;
        }
        std::map<QString, std::vector<PackageChange>> byDatabase;
        for (PackageChange &ch : PackageDrift::compare(base->packages, fs->packages)) {
            byDatabase[ch.location].push_back(std::move(ch));
        }
        for (const auto &[location, changes] : byDatabase) {
            QStringList texts;
            for (const PackageChange &ch : changes) {
                texts << ch.text();
            }
            Finding &f = findingFor(sink, QStringLiteral("FS-15"), c.id, u'/' + location, std::nullopt);
            f.container = c.id;
            f.evidenceFile = fs->evidence;
            f.path = u'/' + location;
            f.source = fs->kind == u"container" ? fs->layers.back().member + QStringLiteral(": ") + location : location;
            f.layerDigest = fs->kind == u"container" ? fs->layers.back().diffId : QString();
            f.detail = QStringLiteral("package drift");
            f.count = int(changes.size());
            f.evidence = texts.join(QStringLiteral("; "));
        }
    }
}

} // namespace dockscope
