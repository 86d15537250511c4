#include "analysisjson.h"

#include "util/format.h"
#include "util/membername.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace dockscope {

namespace {

using Json = nlohmann::ordered_json;

Json str(const QString &s)
{
    return s.toStdString();
}

Json nullable(const QString &s)
{
    return s.isEmpty() ? Json(nullptr) : Json(s.toStdString());
}

Json list(const QStringList &l)
{
    Json a = Json::array();
    for (const QString &s : l) {
        a.push_back(s.toStdString());
    }
    return a;
}

Json entryJson(const FileTree &tree, std::uint32_t n, const std::string &path)
{
    Json f;
    f["path"] = "/" + displayName(path).toStdString();
    const LayerEntry *e = tree.entry(n);
    f["type"] = str(entryTypeName(tree.type(n)));
    if (!e) {
        // A directory no layer lists, implied by the paths below it.
        f["size"] = 0;
        f["mode"] = nullptr;
        f["uid"] = nullptr;
        f["gid"] = nullptr;
        f["mtime"] = nullptr;
        f["linkTarget"] = nullptr;
        f["layer"] = tree.node(n).addedLayer;
        f["sha256"] = nullptr;
        f["implied"] = true;
        return f;
    }
    f["size"] = e->size;
    f["mode"] = str(octalMode(e->mode));
    f["uid"] = e->uid;
    f["gid"] = e->gid;
    f["mtime"] = str(rfc3339(e->mtime, e->mtimeNsec));
    f["linkTarget"] = (e->type == EntryType::Symlink || e->type == EntryType::Hardlink)
        ? Json(displayName(e->type == EntryType::Hardlink ? "/" + e->linkTarget : e->linkTarget)
                   .toStdString())
        : Json(nullptr);
    f["layer"] = tree.node(n).layer;
    const Digest d = tree.sha256(n);
    f["sha256"] = d.valid ? Json(d.prefixed().toStdString()) : Json(nullptr);
    if (!e->xattrs.empty()) {
        Json x = Json::object();
        for (const auto &[k, v] : e->xattrs) {
            x[displayName(k).toStdString()] = displayName(v).toStdString();
        }
        f["xattrs"] = x;
    }
    if (e->type == EntryType::CharDevice || e->type == EntryType::BlockDevice) {
        f["device"] = {e->devMajor, e->devMinor};
    }
    return f;
}

Json filesJson(const FileTree &tree)
{
    Json files = Json::array();
    // Depth-first over sorted children: paths come out in a stable order.
    std::vector<std::pair<std::uint32_t, std::string>> stack;
    const auto rootKids = tree.children(FileTree::Root);
    for (auto it = rootKids.rbegin(); it != rootKids.rend(); ++it) {
        stack.emplace_back(*it, std::string(tree.name(*it)));
    }
    while (!stack.empty()) {
        auto [n, path] = std::move(stack.back());
        stack.pop_back();
        if (!tree.visible(n)) {
            continue;
        }
        files.push_back(entryJson(tree, n, path));
        const auto kids = tree.children(n);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
            stack.emplace_back(*it, path + '/' + std::string(tree.name(*it)));
        }
    }
    return files;
}

Json packagesJson(const PackageInventory &inv)
{
    Json j;
    j["os"] = {{"id", str(inv.os.id)}, {"versionId", str(inv.os.versionId)},
               {"prettyName", str(inv.os.prettyName)}, {"path", nullable(inv.os.path)},
               {"layer", inv.os.layerIndex >= 0 ? Json(inv.os.layerIndex) : Json()}};
    Json list = Json::array();
    for (const Package &p : inv.packages) {
        list.push_back({{"ecosystem", str(p.ecosystem)}, {"name", str(p.name)}, {"version", str(p.version)},
                        {"source", str(p.sourceName)}, {"sourceVersion", str(p.sourceVersion)},
                        {"arch", str(p.architecture)}, {"license", str(p.license)}, {"purl", str(p.purl)},
                        {"location", str(p.location)},
                        {"layer", p.layerIndex >= 0 ? Json(p.layerIndex) : Json()},
                        {"layerDiffId", nullable(p.layerDiffId)}});
    }
    j["packages"] = std::move(list);
    Json altered = Json::array();
    for (const AlteredFile &a : inv.alteredFiles) {
        altered.push_back({{"path", str(a.path)}, {"ecosystem", str(a.ecosystem)}, {"package", str(a.package)},
                           {"version", str(a.version)}, {"algorithm", str(a.algorithm)},
                           {"expected", str(a.expected)}, {"actual", str(a.actual)}, {"sha256", str(a.sha256)},
                           {"database", str(a.database)}, {"layer", a.layerIndex}, {"configFile", a.configFile}});
    }
    j["alteredFiles"] = std::move(altered);
    j["verifiedFiles"] = inv.verifiedFiles;
    return j;
}

Json imageJson(const Image &image, const AnalysisJson::Options &options)
{
    Json j;
    j["id"] = nullable(image.id);
    j["repoTags"] = list(image.repoTags);
    j["created"] = nullable(image.config.created);
    j["os"] = nullable(image.config.os);
    j["architecture"] = nullable(image.config.architecture);
    j["variant"] = nullable(image.config.variant);
    j["platform"] = nullable(image.platform);
    j["evidence"] = str(image.evidence);
    j["kind"] = str(image.kind);
    j["format"] = str(image.format);
    j["manifestDigest"] = nullable(image.manifestDigest);
    j["configSource"] = nullable(image.configSource);
    j["configRebuilt"] = image.configRebuilt;

    Json config;
    config["user"] = str(image.config.user);
    config["env"] = list(image.config.env);
    config["entrypoint"] = list(image.config.entrypoint);
    config["cmd"] = list(image.config.cmd);
    config["workingDir"] = str(image.config.workingDir);
    config["exposedPorts"] = list(image.config.exposedPorts);
    Json labels = Json::object();
    for (auto it = image.config.labels.cbegin(); it != image.config.labels.cend(); ++it) {
        labels[it.key().toStdString()] = it.value().toStdString();
    }
    config["labels"] = labels;
    config["volumes"] = list(image.config.volumes);
    config["stopSignal"] = nullable(image.config.stopSignal);
    config["healthcheck"] = list(image.config.healthcheck);
    j["config"] = config;

    Json history = Json::array();
    for (const HistoryEntry &h : image.config.history) {
        Json e;
        e["created"] = nullable(h.created);
        e["createdBy"] = str(h.createdBy);
        e["emptyLayer"] = h.emptyLayer;
        e["author"] = nullable(h.author);
        e["comment"] = nullable(h.comment);
        history.push_back(e);
    }
    j["history"] = history;

    Json layers = Json::array();
    for (const Layer &l : image.layers) {
        Json e;
        e["index"] = l.index;
        e["digest"] = nullable(l.digest);
        e["diffId"] = nullable(l.diffId);
        e["mediaType"] = nullable(l.mediaType);
        e["sizeBytes"] = l.sizeBytes;
        e["createdBy"] = str(l.createdBy);
        e["verified"] = l.verified;
        e["added"] = l.changes.added;
        e["modified"] = l.changes.modified;
        e["removed"] = l.changes.removed;
        e["created"] = nullable(l.created);
        e["member"] = str(l.member);
        e["compression"] = str(compressionName(l.compression));
        e["storedSizeBytes"] = l.storedSize;
        e["expectedDigest"] = nullable(l.expectedDigest);
        e["expectedDiffId"] = nullable(l.expectedDiffId);
        e["chainId"] = nullable(l.chainId);
        e["entries"] = l.scan ? qint64(l.scan->entries.size()) : 0;
        e["readable"] = l.readable;
        layers.push_back(e);
    }
    j["layers"] = layers;

    const Efficiency &eff = image.efficiency;
    Json efficiency;
    efficiency["score"] = eff.score;
    efficiency["sizeBytes"] = eff.sizeBytes;
    efficiency["userSizeBytes"] = eff.userSizeBytes;
    efficiency["wastedBytes"] = eff.wastedBytes;
    efficiency["userWastedPercent"] = eff.userWastedPercent ? Json(*eff.userWastedPercent)
                                                            : Json(nullptr);
    Json inefficient = Json::array();
    for (const InefficientFile &f : eff.inefficientFiles) {
        inefficient.push_back({{"path", displayName(f.path).toStdString()},
                               {"count", f.count},
                               {"sizeBytes", f.sizeBytes}});
    }
    efficiency["inefficientFiles"] = inefficient;
    efficiency["trulyWastedBytes"] = eff.trulyWastedBytes;
    j["efficiency"] = efficiency;
    j["packages"] = packagesJson(image.packages);

    if (options.files && image.tree) {
        j["files"] = filesJson(*image.tree);
    }
    return j;
}

Json containerJson(const Container &c)
{
    Json j;
    j["id"] = str(c.id);
    j["name"] = str(c.name);
    j["image"] = str(c.image);
    j["imageId"] = nullable(c.imageId);
    j["created"] = nullable(c.created);
    j["startedAt"] = nullable(c.startedAt);
    j["finishedAt"] = nullable(c.finishedAt);
    j["running"] = c.running;
    j["evidence"] = str(c.evidenceFile);
    Json mounts = Json::array();
    for (const Mount &m : c.mounts) {
        mounts.push_back({{"type", m.type.toStdString()},
                          {"source", m.source.toStdString()},
                          {"destination", m.destination.toStdString()},
                          {"rw", m.rw},
                          {"mode", m.mode.toStdString()},
                          {"propagation", m.propagation.toStdString()}});
    }
    j["mounts"] = mounts;
    Json changes = Json::array();
    for (const Change &ch : c.changes) {
        changes.push_back({{"path", ch.path.toStdString()},
                           {"kind", QString(Change::kindLetter(ch.kind)).toStdString()}});
    }
    j["changes"] = changes;
    Json checklist = Json::array();
    for (const ChecklistItem &i : c.checklist) {
        checklist.push_back({{"id", i.id.toStdString()},
                             {"title", i.title.toStdString()},
                             {"status", ChecklistItem::statusName(i.status).toStdString()},
                             {"severity", severityName(i.severity).toStdString()},
                             {"value", i.value.toStdString()},
                             {"source", i.source.toStdString()}});
    }
    j["checklist"] = checklist;
    return j;
}

Json findingJson(const Finding &f)
{
    Json j;
    j["id"] = str(f.id);
    j["rule"] = str(f.rule);
    j["severity"] = str(severityName(f.severity));
    j["title"] = str(f.title);
    j["path"] = nullable(f.path);
    j["container"] = nullable(f.container);
    j["image"] = nullable(f.image);
    j["layer"] = f.layer >= 0 ? Json(f.layer) : Json(nullptr);
    j["evidence"] = str(f.evidence);
    j["sha256"] = nullable(f.sha256);
    j["rationale"] = str(f.rationale);
    j["evidenceFile"] = str(f.evidenceFile);
    j["line"] = f.line >= 0 ? Json(f.line) : Json(nullptr);
    j["timestamp"] = nullable(f.timestamp);
    j["layerDigest"] = nullable(f.layerDigest);
    j["source"] = nullable(f.source);
    j["detail"] = nullable(f.detail);
    j["ruleSource"] = nullable(f.ruleSource);
    j["author"] = nullable(f.author);
    j["category"] = nullable(f.category);
    j["basis"] = nullable(f.basis);
    j["attack"] = nullable(f.attack);
    j["offset"] = f.offset >= 0 ? Json(f.offset) : Json(nullptr);
    j["count"] = f.count;
    j["lastLine"] = f.lastLine >= 0 ? Json(f.lastLine) : Json(nullptr);
    j["lastTimestamp"] = nullable(f.lastTimestamp);
    Json lines = Json::array();
    for (const qint64 n : f.proofLines) {
        lines.push_back(n);
    }
    j["lines"] = lines;
    j["correlated"] = list(f.correlated);
    j["volume"] = nullable(f.volume);
    j["escalation"] = nullable(f.escalation);
    return j;
}

Json vulnerabilityJson(const Vulnerability &v)
{
    Json j;
    j["id"] = str(v.id);
    j["aliases"] = list(v.aliases);
    j["ecosystem"] = str(v.ecosystem);
    j["package"] = str(v.packageName);
    j["installedVersion"] = str(v.installedVersion);
    j["fixedVersion"] = nullable(v.fixedVersion);
    j["severity"] = str(v.severity);
    j["title"] = nullable(v.title);
    j["image"] = nullable(v.image);
    j["evidence"] = nullable(v.evidence);
    j["layer"] = v.layerIndex >= 0 ? Json(v.layerIndex) : Json(nullptr);
    j["layerDiffId"] = nullable(v.layerDiffId);
    j["source"] = str(v.source);
    return j;
}

Json timelineJson(const TimelineEvent &e)
{
    Json j;
    j["datetime"] = str(e.datetime);
    j["timestamp_desc"] = str(e.timestampDesc);
    j["source"] = str(e.source);
    j["message"] = str(e.message);
    j["evidence"] = str(e.evidenceFile);
    j["path"] = nullable(e.path);
    j["layer"] = e.layer >= 0 ? Json(e.layer) : Json(nullptr);
    j["finding"] = nullable(e.findingId);
    return j;
}

Json diagnosticJson(const Diagnostic &d)
{
    Json j;
    j["evidence"] = str(d.evidence);
    j["where"] = str(d.where);
    j["message"] = str(d.message());
    j["severity"] = str(Diagnostic::severityName(d.severity));
    j["offset"] = d.offset >= 0 ? Json(d.offset) : Json(nullptr);
    return j;
}

Json rulesJson(const RuleSetInfo &r)
{
    Json j;
    j["version"] = nullable(r.version);
    j["sha256"] = nullable(r.sha256);
    j["files"] = list(r.files);
    j["yaraRules"] = r.yaraRules;
    j["maxScanBytes"] = r.maxScanBytes;
    j["contentRules"] = r.contentRules;
    Json warnings = Json::array();
    for (const Diagnostic &d : r.diagnostics) {
        warnings.push_back(diagnosticJson(d));
    }
    j["warnings"] = warnings;
    return j;
}

Json integrityJson(const IntegrityCheck &c, const QString &evidence, const QString &image)
{
    Json j;
    j["subject"] = str(c.subject);
    j["expected"] = str(c.expected);
    j["actual"] = str(c.actual);
    j["ok"] = c.ok;
    j["evidence"] = str(evidence);
    j["image"] = nullable(image);
    return j;
}

} // namespace

QByteArray AnalysisJson::write(const Analysis &analysis, const Options &options)
{
    Json root;
    root["schema"] = "dockscope.analysis/1";
    root["tool"] = {{"name", "dockscope"}, {"version", analysis.toolVersion.toStdString()}};

    Json evidence = Json::array();
    for (const EvidenceItem &e : analysis.evidence) {
        Json j;
        j["path"] = str(e.path);
        j["kind"] = str(e.kind);
        j["sha256"] = nullable(e.sha256);
        j["sizeBytes"] = e.sizeBytes;
        j["format"] = nullable(e.format);
        j["readable"] = e.readable;
        j["tag"] = nullable(e.tag);
        j["platforms"] = list(e.platforms);
        j["artifacts"] = list(e.artifacts);
        evidence.push_back(j);
    }
    root["evidence"] = evidence;

    Json images = Json::array();
    for (const Image &image : analysis.images) {
        images.push_back(imageJson(image, options));
    }
    root["images"] = images;
    Json containers = Json::array();
    for (const Container &c : analysis.containers) {
        containers.push_back(containerJson(c));
    }
    root["containers"] = containers;
    Json findings = Json::array();
    for (const Finding &f : analysis.findings) {
        findings.push_back(findingJson(f));
    }
    root["findings"] = findings;
    // Matched offline (OSV folder) or imported (Trivy, Grype); most severe first.
    Json vulnerabilities = Json::array();
    for (const Vulnerability &v : analysis.vulnerabilities) {
        vulnerabilities.push_back(vulnerabilityJson(v));
    }
    root["vulnerabilities"] = vulnerabilities;
    Json timeline = Json::array();
    for (const TimelineEvent &e : analysis.timeline) {
        timeline.push_back(timelineJson(e));
    }
    root["timeline"] = timeline;
    root["rules"] = rulesJson(analysis.rules);

    Json integrity = Json::array();
    for (const IntegrityCheck &c : analysis.integrity) {
        integrity.push_back(integrityJson(c, c.evidence, QString()));
    }
    for (const Image &image : analysis.images) {
        for (const IntegrityCheck &c : image.integrity) {
            integrity.push_back(integrityJson(c, image.evidence, image.id));
        }
    }
    root["integrity"] = integrity;

    Json warnings = Json::array();
    for (const Diagnostic &d : analysis.diagnostics) {
        warnings.push_back(diagnosticJson(d));
    }
    root["warnings"] = warnings;
    root["cancelled"] = analysis.cancelled;

    return QByteArray::fromStdString(
               root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
        + '\n';
}

} // namespace dockscope
