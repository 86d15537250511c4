#include "legacygraphreader.h"

#include "evidence/jsonhelpers.h"
#include "evidence/legacyconfig.h"
#include "util/digest.h"

#include <QtGlobal>

#include <map>
#include <set>

namespace dockscope {

namespace {

using json::Json;

constexpr qint64 MaxMetadata = qint64(16) << 20;

// repositories-<driver>: {"Repositories": {"busybox": {"latest": "<id>"}}} → id → tags.
std::map<QString, QStringList> readTags(const FsView &fs, const std::string &root)
{
    std::map<QString, QStringList> tags;
    for (const std::string &file : fs.children(root)) {
        if (file.rfind("repositories-", 0) != 0) {
            continue;
        }
        QString error;
        const auto bytes = fs.read(FsView::join(root, file), MaxMetadata, &error);
        const Json j = bytes ? json::parse(*bytes) : Json();
        const auto repos = j.is_object() ? j.find("Repositories") : j.end();
        if (repos == j.end() || !repos->is_object()) {
            continue;
        }
        for (auto repo = repos->begin(); repo != repos->end(); ++repo) {
            if (!repo->is_object()) {
                continue;
            }
            for (auto tag = repo->begin(); tag != repo->end(); ++tag) {
                if (!tag->is_string()) {
                    continue;
                }
                QString id = QString::fromStdString(tag->get<std::string>());
                if (id.startsWith(u"sha256:")) {
                    id = id.mid(7);
                }
                const QString name = QString::fromStdString(repo.key()) + u':'
                    + QString::fromStdString(tag.key());
                QStringList &list = tags[id];
                if (!list.contains(name)) {
                    list << name;
                }
            }
        }
    }
    return tags;
}

} // namespace

std::vector<ImagePlan> LegacyGraphReader::read(DataRootStore &store, const std::string &root,
                                               const QString &driver, const LayerDir &layerDir,
                                               HostLayerScanner::Driver scanner, DiagnosticSink &diag)
{
    const FsView &fs = store.fs();
    const std::string graph = FsView::join(root, "graph");
    std::map<QString, Json> layers; // id → v1 metadata
    for (const std::string &name : fs.children(graph)) {
        const QString id = QString::fromStdString(name);
        if (!isSha256Hex(id)) {
            continue; // _tmp and other scratch folders
        }
        const std::string path = FsView::join(graph, name + "/json");
        QString error;
        const auto bytes = fs.read(path, MaxMetadata, &error);
        const Json j = bytes ? json::parse(*bytes) : Json();
        if (!j.is_object()) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "layer metadata unreadable or not a JSON "
                                                         "object: %1"),
                         {error.isEmpty() ? QStringLiteral("invalid JSON") : error},
                         QString::fromStdString(path));
        }
        layers[id] = j;
    }
    std::set<QString> parents;
    for (const auto &[id, j] : layers) {
        parents.insert(json::string(j, "parent"));
    }
    std::map<QString, QStringList> tags = readTags(fs, root);

    std::vector<ImagePlan> plans;
    for (const auto &[top, topJson] : layers) {
        Q_UNUSED(topJson);
        const auto tagged = tags.find(top);
        if (parents.count(top) && tagged == tags.end()) {
            continue; // an intermediate layer: part of the images above it
        }
        ImagePlan plan;
        plan.format = QStringLiteral("docker-root (%1, Docker 1.x graph)").arg(driver);
        if (tagged != tags.end()) {
            plan.repoTags = tagged->second;
            plan.repoTags.sort();
        }
        std::vector<Json> chain;
        QStringList ids;
        std::set<QString> seen;
        for (QString id = top; !id.isEmpty();) {
            if (!seen.insert(id).second) {
                diag.error(QT_TRANSLATE_NOOP("Diagnostic", "layer parent chain loops at %1"), {id},
                           QString::fromStdString(FsView::join(graph, id.toStdString() + "/json")));
                break;
            }
            const auto it = layers.find(id);
            if (it == layers.end()) {
                diag.error(QT_TRANSLATE_NOOP("Diagnostic", "layer %1 names the parent %2, which "
                                                           "is not in graph/"),
                           {ids.isEmpty() ? top : ids.front(), id}, QString::fromStdString(graph));
                break;
            }
            ids.prepend(id);
            chain.insert(chain.begin(), it->second);
            id = json::string(it->second, "parent");
        }
        for (const QString &id : ids) {
            PlannedLayer layer;
            const std::string dir = layerDir(id);
            layer.member = QString::fromStdString(dir);
            HostLayerScanner::Request request;
            request.dir = dir;
            request.driver = scanner;
            const std::string tarData = FsView::join(graph, id.toStdString() + "/tar-data.json.gz");
            if (fs.exists(tarData)) {
                request.tarSplit = tarData;
            }
            store.addLayer(layer.member, request);
            plan.layers.push_back(layer);
        }
        plan.configBytes = LegacyConfig::rebuild(chain, {});
        plan.configRebuilt = true;
        plan.configMember = QString::fromStdString(FsView::join(graph, top.toStdString() + "/json"));
        plan.legacyId = QStringLiteral("sha256:") + top;
        plans.push_back(std::move(plan));
    }
    return plans;
}

} // namespace dockscope
