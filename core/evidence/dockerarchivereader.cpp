#include "dockerarchivereader.h"

#include "jsonhelpers.h"
#include "legacyconfig.h"
#include "util/digest.h"

#include <QFileInfo>
#include <QSet>
#include <QtGlobal>

#include <map>

namespace dockscope {

using json::Json;

QString digestFromMemberName(const QString &member)
{
    QString base = member.section(u'/', -1);
    const QString dir = member.section(u'/', 0, -2);
    if (dir.endsWith(QStringLiteral("blobs/sha256")) && isSha256Hex(base)) {
        return QStringLiteral("sha256:") + base;
    }
    if (base.startsWith(QStringLiteral("sha256:"))) {
        base = base.mid(7);
    }
    for (const QString &suffix : {QStringLiteral(".json"), QStringLiteral(".tar.gz"),
                                  QStringLiteral(".tar"), QStringLiteral(".tgz")}) {
        if (base.endsWith(suffix)) {
            base.chop(suffix.size());
            break;
        }
    }
    return isSha256Hex(base) ? QStringLiteral("sha256:") + base : QString();
}

ReadResult DockerArchiveReader::read(const EvidenceStore &store,
                                     const LayerScanner::Options &options, DiagnosticSink &diag)
{
    if (store.contains(QStringLiteral("manifest.json"))) {
        const auto manifest = store.read(QStringLiteral("manifest.json"), MaxMetadata, diag);
        if (!manifest) {
            return {};
        }
        return fromManifest(store, *manifest, diag);
    }
    return fromRepositories(store, options, diag);
}

ReadResult DockerArchiveReader::fromManifest(const EvidenceStore &store, const QByteArray &bytes,
                                             DiagnosticSink &diag)
{
    ReadResult result;
    const bool hybrid = store.contains(QStringLiteral("oci-layout"));
    result.format = hybrid ? QStringLiteral("docker-archive+oci") : QStringLiteral("docker-archive");
    const Json manifest = json::parse(bytes);
    if (manifest.is_discarded()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "manifest.json is not valid JSON"), {},
                   QStringLiteral("manifest.json"));
        return result;
    }
    if (manifest.is_null()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "manifest.json is null: the archive describes "
                                                   "no image"),
                   {}, QStringLiteral("manifest.json"));
        return result;
    }
    if (!manifest.is_array()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "manifest.json is not an array of images"), {},
                   QStringLiteral("manifest.json"));
        return result;
    }
    int index = 0;
    for (const Json &item : manifest) {
        const QString where = QStringLiteral("manifest.json[%1]").arg(index++);
        if (!item.is_object()) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "manifest entry is not an object; "
                                                         "skipped"),
                         {}, where);
            continue;
        }
        ImagePlan plan;
        plan.format = result.format;
        plan.repoTags = json::strings(item, "RepoTags");
        plan.configMember = json::string(item, "Config");
        plan.expectedConfigDigest = digestFromMemberName(plan.configMember);
        plan.configDigestSource = where + QStringLiteral(".Config");
        if (plan.configMember.isEmpty()) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "manifest entry names no Config"), {}, where);
        } else if (auto config = store.read(plan.configMember, MaxMetadata, diag)) {
            plan.configBytes = *config;
            plan.configFound = true;
        }
        const QStringList layers = json::strings(item, "Layers");
        for (int i = 0; i < layers.size(); ++i) {
            PlannedLayer layer;
            layer.member = layers.at(i);
            // Only content-addressed OCI paths promise a digest; "<hex>.tar.gz" names from
            // kaniko and "<id>/layer.tar" ids are not blob digests.
            if (layer.member.startsWith(QStringLiteral("blobs/sha256/"))) {
                layer.expectedDigest = digestFromMemberName(layer.member);
                layer.digestSource = QStringLiteral("%1.Layers[%2] (content-addressed name)")
                                         .arg(where)
                                         .arg(i);
            }
            plan.layers.push_back(layer);
        }
        if (const auto sources = item.find("LayerSources");
            sources != item.end() && sources->is_object()) {
            for (auto it = sources->begin(); it != sources->end(); ++it) {
                PlannedLayer d;
                d.expectedDigest = json::string(*it, "digest");
                d.expectedSize = json::integer(*it, "size");
                d.mediaType = json::string(*it, "mediaType");
                d.digestSource = where + QStringLiteral(".LayerSources");
                plan.layerSources.insert(QString::fromStdString(it.key()), d);
            }
        }
        result.images.push_back(std::move(plan));
    }
    if (result.images.empty()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "manifest.json lists no images"), {},
                   QStringLiteral("manifest.json"));
    }
    return result;
}

ReadResult DockerArchiveReader::fromRepositories(const EvidenceStore &store,
                                                 const LayerScanner::Options &options,
                                                 DiagnosticSink &diag)
{
    ReadResult result;
    result.format = QStringLiteral("docker-archive (legacy, no manifest.json)");
    diag.info(QT_TRANSLATE_NOOP("Diagnostic", "no manifest.json: images rebuilt from "
                                              "\"repositories\" and each layer's parent chain"));

    // Top layer id → tags.
    std::map<QString, QStringList> tops;
    if (store.contains(QStringLiteral("repositories"))) {
        const auto repos = store.read(QStringLiteral("repositories"), MaxMetadata, diag);
        const Json j = repos ? json::parse(*repos) : Json();
        if (!j.is_object()) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "\"repositories\" is not a JSON object"), {},
                       QStringLiteral("repositories"));
        } else {
            for (auto repo = j.begin(); repo != j.end(); ++repo) {
                if (!repo->is_object()) {
                    continue;
                }
                for (auto tag = repo->begin(); tag != repo->end(); ++tag) {
                    if (tag->is_string()) {
                        tops[QString::fromStdString(tag->get<std::string>())]
                            << QString::fromStdString(repo.key()) + u':'
                                   + QString::fromStdString(tag.key());
                    }
                }
            }
        }
    }
    const QStringList members = store.members();
    if (tops.empty()) {
        // No repositories either: every <id>/json that is nobody's parent is a top.
        QSet<QString> ids;
        QSet<QString> parents;
        for (const QString &m : members) {
            if (m.endsWith(QStringLiteral("/json")) && m.count(u'/') == 1) {
                const QString id = m.section(u'/', 0, 0);
                ids.insert(id);
                if (auto bytes = store.read(m, MaxMetadata, diag)) {
                    parents.insert(json::string(json::parse(*bytes), "parent"));
                }
            }
        }
        for (const QString &id : ids) {
            if (!parents.contains(id)) {
                tops[id];
            }
        }
    }
    if (tops.empty()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "neither manifest.json nor \"repositories\" "
                                                   "nor layer metadata found: not a docker save "
                                                   "archive"));
        return result;
    }

    // Candidate configs: top-level "<hex>.json" members.
    QStringList configs;
    for (const QString &m : members) {
        if (!m.contains(u'/') && m.endsWith(QStringLiteral(".json"))
            && isSha256Hex(QStringView(m).chopped(5))) {
            configs << m;
        }
    }

    for (const auto &[top, tags] : tops) {
        ImagePlan plan;
        plan.format = result.format;
        plan.repoTags = tags;
        plan.repoTags.sort();
        // Walk the parent chain from the top layer down.
        QStringList chain;
        std::vector<Json> chainJson;
        QSet<QString> seen;
        for (QString id = top; !id.isEmpty();) {
            if (seen.contains(id)) {
                diag.error(QT_TRANSLATE_NOOP("Diagnostic", "layer parent chain loops at %1"), {id},
                           id + QStringLiteral("/json"));
                break;
            }
            seen.insert(id);
            chain.prepend(id);
            const auto bytes = store.read(id + QStringLiteral("/json"), MaxMetadata, diag);
            const Json j = bytes ? json::parse(*bytes) : Json();
            chainJson.insert(chainJson.begin(), j);
            if (!bytes) {
                break;
            }
            id = json::string(j, "parent");
        }
        QStringList diffIds;
        for (const QString &id : chain) {
            PlannedLayer layer;
            layer.member = id + QStringLiteral("/layer.tar");
            plan.layers.push_back(layer);
            const LayerScanPtr scan = store.layerScan(layer.member, options);
            diffIds << scan->diffId.prefixed();
        }
        // The config whose rootfs.diff_ids are exactly the chain's.
        for (const QString &candidate : configs) {
            DiagnosticSink quiet;
            const auto bytes = store.read(candidate, MaxMetadata, quiet);
            if (!bytes) {
                continue;
            }
            const Json j = json::parse(*bytes);
            const auto rootfs = j.is_object() ? j.find("rootfs") : j.end();
            if (rootfs != j.end() && json::strings(*rootfs, "diff_ids") == diffIds) {
                plan.configMember = candidate;
                plan.configBytes = *bytes;
                plan.configFound = true;
                plan.expectedConfigDigest = digestFromMemberName(candidate);
                plan.configDigestSource = candidate + QStringLiteral(" (file name)");
                break;
            }
        }
        if (!plan.configFound) {
            // Rebuild an image config from the layers' v1 metadata.
            plan.configBytes = LegacyConfig::rebuild(chainJson, diffIds);
            plan.configRebuilt = true;
            plan.configMember = top + QStringLiteral("/json");
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "no image config matches the layer chain "
                                                         "of %1; a config was rebuilt from its "
                                                         "legacy v1 metadata, so the image id is "
                                                         "not the original one"),
                         {top}, top + QStringLiteral("/json"));
        }
        result.images.push_back(std::move(plan));
    }
    return result;
}

} // namespace dockscope
