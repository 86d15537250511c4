#include "datarootreader.h"

#include "analysis/imagebuilder.h"
#include "container/containerconfigreader.h"
#include "container/logreader.h"
#include "dataroot/legacygraphreader.h"
#include "evidence/jsonhelpers.h"
#include "util/digest.h"
#include "util/membername.h"

#include <QtGlobal>

#include <map>
#include <set>

namespace dockscope {

namespace {

using json::Json;

std::string str(const QString &s)
{
    return s.toStdString();
}

QString firstLine(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).section(u'\n', 0, 0).trimmed();
}

bool isDataRoot(const FsView &fs, const std::string &path)
{
    return fs.isDir(FsView::join(path, "containers"))
        && (fs.isDir(FsView::join(path, "image")) || fs.isDir(FsView::join(path, "graph")));
}

struct Layout
{
    QString driver;
    std::string imageDir;  // <root>/image/<driver>
    std::string layerDir(const std::string &root, const QString &cacheId) const
    {
        if (driver == u"overlay2") {
            return FsView::join(root, "overlay2/" + str(cacheId) + "/diff");
        }
        if (driver == u"aufs") {
            return FsView::join(root, "aufs/diff/" + str(cacheId));
        }
        if (driver == u"overlay") {
            // overlay (v1): image layers are full snapshots in root/, a container's changes in upper/
            return FsView::join(root, "overlay/" + str(cacheId));
        }
        return FsView::join(root, str(driver) + '/' + str(cacheId));
    }
    HostLayerScanner::Driver scannerDriver() const
    {
        return driver == u"aufs" ? HostLayerScanner::Driver::Aufs : HostLayerScanner::Driver::Overlay;
    }
};

// The folder in the view that holds a mount's contents: a volume of the local driver under
// <root>/volumes/<name>/_data; a bind source when the view is a host's file system with the
// data root in its usual place (<host>/var/lib/docker), under <host>/<source>.
std::string mountFolder(const FsView &fs, const Mount &m, const std::string &root)
{
    if (m.type == u"volume" && !m.source.isEmpty() && !m.source.contains(u'/')) {
        const std::string dir = FsView::join(root, "volumes/" + str(m.source) + "/_data");
        return fs.isDir(dir) ? dir : std::string();
    }
    static const std::string usual = "var/lib/docker";
    const bool usualPlace = root == usual || root.ends_with('/' + usual);
    if (m.type != u"bind" || !usualPlace || !m.source.startsWith(u'/') || m.source.contains(QStringLiteral(".."))) {
        return {};
    }
    const std::string host = root.substr(0, root.size() - usual.size());
    const std::string source = str(m.source.mid(1));
    // A whole top-level host folder (/, /etc, /home, …: RT-03 names those) is the host's, not
    // contents the container was given; nor are the data root and the pseudo file systems.
    if (source.find('/') == std::string::npos || source.rfind(usual, 0) == 0 || source.rfind("proc/", 0) == 0
        || source.rfind("sys/", 0) == 0 || source.rfind("dev/", 0) == 0 || source.rfind("run/", 0) == 0) {
        return {};
    }
    const std::string dir = host.empty() ? source : FsView::join(host, source);
    return fs.isDir(dir) ? dir : std::string();
}

// Registers the folders of the container's mounts that the view holds as layers to scan.
void addMountContents(DataRootStore &store, DataRootContent::ContainerPlan &plan, const std::string &root)
{
    for (const Mount &m : plan.container.mounts) {
        const std::string dir = mountFolder(store.fs(), m, root);
        if (dir.empty()) {
            continue;
        }
        HostLayerScanner::Request request;
        request.dir = dir;
        request.driver = HostLayerScanner::Driver::Plain;
        const QString member = QString::fromStdString(dir);
        store.addLayer(member, request);
        plan.mountMembers.emplace_back(m, member);
    }
}

} // namespace

QStringList DataRootReader::locate(const FsView &fs, DiagnosticSink &diag)
{
    QStringList roots;
    auto consider = [&](const std::string &path) {
        const auto resolved = fs.resolve(path);
        if (resolved && isDataRoot(fs, *resolved) && !roots.contains(QString::fromStdString(*resolved))) {
            roots << QString::fromStdString(*resolved);
        }
    };
    consider("");
    consider("docker");
    consider("var/lib/docker");
    // A moved data root named by the daemon's configuration on the same disk.
    QString error;
    if (const auto daemon = fs.read("etc/docker/daemon.json", 1 << 20, &error)) {
        const Json j = json::parse(*daemon);
        const QString dataRoot = json::string(j, "data-root").isEmpty() ? json::string(j, "graph")
                                                                       : json::string(j, "data-root");
        if (!dataRoot.isEmpty()) {
            diag.info(QT_TRANSLATE_NOOP("Diagnostic", "etc/docker/daemon.json names the data root "
                                                      "%1"),
                      {dataRoot}, QStringLiteral("etc/docker/daemon.json"));
            consider(normalizeMemberName(str(dataRoot)).path);
        }
    }
    // Any single folder holding a data root (an evidence folder with one copied data root).
    if (roots.isEmpty()) {
        for (const std::string &child : fs.children("")) {
            consider(child);
        }
    }
    // containerd's image store (Docker ≥ 29 fresh installs, Kubernetes nodes).
    for (const std::string &candidate : {std::string("var/lib/containerd"), std::string("containerd")}) {
        if (fs.isDir(FsView::join(candidate, "io.containerd.content.v1.content"))) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "containerd's image store found at %1: its "
                                                         "images are not read by this version (only "
                                                         "Docker's own image store is)"),
                         {QString::fromStdString(candidate)}, QString::fromStdString(candidate));
        }
    }
    return roots;
}

DataRootContent DataRootReader::read(DataRootStore &store, const QString &rootQ, DiagnosticSink &diag)
{
    const FsView &fs = store.fs();
    const std::string root = str(rootQ);
    DataRootContent out;
    out.root = rootQ;

    // The storage drivers whose image stores are present (a daemon that changed drivers
    // leaves one per driver); the most recently used first is not knowable, so all are read.
    std::vector<Layout> layouts;
    for (const std::string &driver : fs.children(FsView::join(root, "image"))) {
        const std::string dir = FsView::join(root, "image/" + driver);
        if (fs.exists(FsView::join(dir, "imagedb")) || fs.exists(FsView::join(dir, "repositories.json"))
            || fs.exists(FsView::join(dir, "layerdb"))) {
            Layout l;
            l.driver = QString::fromStdString(driver);
            l.imageDir = dir;
            layouts.push_back(l);
        }
    }
    if (layouts.empty()) {
        for (const char *driver : {"overlay2", "aufs", "overlay", "vfs", "devicemapper", "btrfs", "zfs"}) {
            if (fs.isDir(FsView::join(root, driver))) {
                Layout l;
                l.driver = QString::fromLatin1(driver);
                layouts.push_back(l);
                break;
            }
        }
    }
    QStringList driverNames;
    for (const Layout &l : layouts) {
        driverNames << l.driver;
        if (l.driver == u"vfs" || l.driver == u"devicemapper" || l.driver == u"btrfs"
            || l.driver == u"zfs") {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "storage driver %1 is not read by this "
                                                         "version (overlay2, overlay and aufs are)"),
                         {l.driver}, rootQ);
        }
    }
    out.driver = driverNames.join(QStringLiteral(", "));

    // Tags and digests: image id → names.
    std::map<QString, QStringList> tags;
    QString error;
    for (const Layout &layout : layouts) {
        const auto repos = fs.read(FsView::join(layout.imageDir, "repositories.json"), MaxMetadata, &error);
        if (!repos) {
            continue;
        }
        const Json j = json::parse(*repos);
        const auto it = j.is_object() ? j.find("Repositories") : j.end();
        if (it != j.end() && it->is_object()) {
            for (auto repo = it->begin(); repo != it->end(); ++repo) {
                if (!repo->is_object()) {
                    continue;
                }
                for (auto ref = repo->begin(); ref != repo->end(); ++ref) {
                    const QString name = QString::fromStdString(ref.key());
                    if (ref->is_string()) {
                        QStringList &list = tags[QString::fromStdString(ref->get<std::string>())];
                        if (!list.contains(name)) {
                            list << name;
                        }
                    }
                }
            }
        }
    }

    // Images from imagedb, their layers through layerdb.
    std::map<QString, int> imageIndex;
    std::set<QString> checkedChains; // images share layers: each layerdb entry is checked once
    for (const Layout &layout : layouts) {
    const std::string contentDir = FsView::join(layout.imageDir, "imagedb/content/sha256");
    const std::string layerDb = FsView::join(layout.imageDir, "layerdb/sha256");
    for (const std::string &name : fs.children(contentDir)) {
        const QString id = QStringLiteral("sha256:") + QString::fromStdString(name);
        if (imageIndex.count(id)) {
            continue; // the same image in the store of another driver
        }
        const std::string configPath = FsView::join(contentDir, name);
        DiagnosticSink configDiag(diag.evidence(), QString::fromStdString(configPath));
        const auto bytes = fs.read(configPath, MaxMetadata, &error);
        if (!bytes) {
            configDiag.error(QT_TRANSLATE_NOOP("Diagnostic", "image config unreadable: %1"), {error});
            append(diag.items(), configDiag.items());
            continue;
        }
        ImagePlan plan;
        plan.format = QStringLiteral("docker-root (%1)").arg(layout.driver);
        plan.configMember = QString::fromStdString(configPath);
        plan.configBytes = *bytes;
        plan.configFound = true;
        plan.expectedConfigDigest = id;
        plan.configDigestSource = QStringLiteral("imagedb file name");
        plan.repoTags = tags[id];
        plan.repoTags.sort();
        const Json config = json::parse(*bytes);
        const QStringList diffIds = config.is_object() && config.contains("rootfs")
            ? json::strings(config["rootfs"], "diff_ids")
            : QStringList();
        const QStringList chain = chainIds(diffIds);
        QString parent;
        for (int i = 0; i < chain.size(); ++i) {
            const std::string entry = FsView::join(layerDb, str(chain[i].mid(7)));
            PlannedLayer layer;
            if (!fs.isDir(entry)) {
                configDiag.error(QT_TRANSLATE_NOOP("Diagnostic", "layer %1 (chain id %2) has no "
                                                                 "layerdb entry"),
                                 {QString::number(i), chain[i]});
                layer.member = QString::fromStdString(entry);
                plan.layers.push_back(layer);
                continue;
            }
            const bool firstCheck = checkedChains.insert(chain[i]).second;
            const auto diff = fs.read(FsView::join(entry, "diff"), 4096, &error);
            const QString recorded = diff ? firstLine(*diff) : QString();
            if (firstCheck) {
                out.integrity.push_back({QStringLiteral("layerdb %1 diff").arg(chain[i]), diffIds[i],
                                         recorded, recorded == diffIds[i], diag.evidence()});
            }
            if (i > 0 && firstCheck) {
                const auto p = fs.read(FsView::join(entry, "parent"), 4096, &error);
                const QString recordedParent = p ? firstLine(*p) : QString();
                out.integrity.push_back({QStringLiteral("layerdb %1 parent").arg(chain[i]), parent,
                                         recordedParent, recordedParent == parent, diag.evidence()});
            }
            parent = chain[i];
            const auto cache = fs.read(FsView::join(entry, "cache-id"), 4096, &error);
            const QString cacheId = cache ? firstLine(*cache) : QString();
            std::string dir = layout.layerDir(root, cacheId);
            if (layout.driver == u"overlay") {
                dir = FsView::join(dir, fs.isDir(FsView::join(dir, "root")) ? "root" : "upper");
            }
            layer.member = QString::fromStdString(dir);
            HostLayerScanner::Request request;
            request.dir = dir;
            request.driver = layout.scannerDriver();
            if (fs.exists(FsView::join(entry, "tar-split.json.gz"))) {
                request.tarSplit = FsView::join(entry, "tar-split.json.gz");
            }
            store.addLayer(layer.member, request);
            plan.layers.push_back(layer);
        }
        append(diag.items(), configDiag.items());
        imageIndex[id] = int(out.images.size());
        out.images.push_back(std::move(plan));
    }
    }

    // Docker 1.x: images as layer chains in graph/, without an image store.
    if (fs.isDir(FsView::join(root, "graph"))) {
        const Layout layout = layouts.empty() ? Layout{QStringLiteral("aufs"), {}} : layouts.front();
        const auto layerDir = [&](const QString &id) {
            std::string dir = layout.layerDir(root, id);
            return layout.driver == u"overlay" ? FsView::join(dir, "root") : dir;
        };
        for (ImagePlan &plan : LegacyGraphReader::read(store, root, layout.driver, layerDir,
                                                       layout.scannerDriver(), diag)) {
            if (imageIndex.count(plan.legacyId)) {
                continue;
            }
            imageIndex[plan.legacyId] = int(out.images.size());
            out.images.push_back(std::move(plan));
        }
    }

    // Containers.
    const std::string containersDir = FsView::join(root, "containers");
    for (const std::string &name : fs.children(containersDir)) {
        if (!isSha256Hex(QString::fromStdString(name))) {
            continue;
        }
        const std::string dir = FsView::join(containersDir, name);
        const QString where = QString::fromStdString(dir);
        DiagnosticSink cdiag(diag.evidence(), where);
        std::string configPath = FsView::join(dir, "config.v2.json");
        if (!fs.exists(configPath)) {
            configPath = FsView::join(dir, "config.json"); // Docker 1.x
        }
        const auto config = fs.read(configPath, MaxMetadata, &error);
        if (!config) {
            cdiag.error(QT_TRANSLATE_NOOP("Diagnostic", "container folder without a readable "
                                                        "config.v2.json or config.json: %1"),
                        {error});
            append(diag.items(), cdiag.items());
            continue;
        }
        const auto hostConfig = fs.read(FsView::join(dir, "hostconfig.json"), MaxMetadata, &error);
        auto container = ContainerConfigReader::fromDataRoot(*config, hostConfig ? &*hostConfig : nullptr,
                                                             diag.evidence(), where, cdiag);
        if (!container) {
            append(diag.items(), cdiag.items());
            continue;
        }
        DataRootContent::ContainerPlan plan;
        plan.container = std::move(*container);
        plan.container.evidenceFile = diag.evidence();
        if (plan.container.id.isEmpty()) {
            plan.container.id = QString::fromStdString(name);
        }
        if (plan.container.storageDriver.isEmpty() && layouts.size() == 1) {
            plan.container.storageDriver = layouts.front().driver;
        }
        const auto image = imageIndex.find(plan.container.imageId);
        plan.image = image == imageIndex.end() ? -1 : image->second;

        // The hosts file the daemon bind-mounts into the container.
        if (const auto hosts = fs.read(FsView::join(dir, "hosts"), 1 << 20, &error)) {
            plan.container.hostsFile = *hosts;
            plan.container.hostsFileSource = QString::fromStdString(FsView::join(dir, "hosts"));
        }

        // Logs: <id>-json.log and its rotated files.
        std::vector<std::pair<QString, QByteArray>> logFiles;
        qint64 logBytes = 0;
        for (const std::string &file : fs.children(dir)) {
            if (file.rfind(name + "-json.log", 0) != 0) {
                continue;
            }
            const std::string path = FsView::join(dir, file);
            const auto s = fs.stat(path);
            if (!s || logBytes + s->size > MaxLogBytes) {
                cdiag.warning(QT_TRANSLATE_NOOP("Diagnostic", "log file not read: the container's "
                                                              "logs exceed %1 bytes"),
                              {QString::number(MaxLogBytes)}, QString::fromStdString(file));
                continue;
            }
            if (auto bytes = fs.read(path, MaxLogBytes, &error)) {
                logBytes += bytes->size();
                logFiles.emplace_back(QString::fromStdString(path), std::move(*bytes));
            }
        }
        if (!logFiles.empty()) {
            plan.container.logs = LogReader::readJsonFile(logFiles, cdiag);
        }

        // The read-write and init layers, in the store of the driver the container used.
        Layout layout = layouts.empty() ? Layout{} : layouts.front();
        for (const Layout &l : layouts) {
            if (l.driver == plan.container.storageDriver
                || fs.isDir(FsView::join(l.imageDir, "layerdb/mounts/" + name))) {
                layout = l;
                if (l.driver == plan.container.storageDriver) {
                    break;
                }
            }
        }
        const std::string mounts = FsView::join(layout.imageDir, "layerdb/mounts/" + name);
        QString mountId;
        QString initId;
        if (fs.isDir(mounts)) {
            if (const auto m = fs.read(FsView::join(mounts, "mount-id"), 4096, &error)) {
                mountId = firstLine(*m);
            }
            if (const auto m = fs.read(FsView::join(mounts, "init-id"), 4096, &error)) {
                initId = firstLine(*m);
            }
        } else if (layout.driver == u"aufs" && fs.isDir(FsView::join(root, "aufs/diff/" + name))) {
            mountId = QString::fromStdString(name); // Docker 1.x: the layer is named after the container
            initId = mountId + QStringLiteral("-init");
        }
        if (mountId.isEmpty()) {
            cdiag.warning(QT_TRANSLATE_NOOP("Diagnostic", "no mount id for this container "
                                                          "(layerdb/mounts): its file-system "
                                                          "changes cannot be read"));
        } else {
            plan.container.mountId = mountId;
            plan.container.initId = initId;
            auto addLayer = [&](const QString &cacheId) -> QString {
                std::string dir2 = layout.layerDir(root, cacheId);
                if (layout.driver == u"overlay") {
                    dir2 = FsView::join(dir2, "upper");
                }
                if (!fs.isDir(dir2)) {
                    cdiag.warning(QT_TRANSLATE_NOOP("Diagnostic", "the layer folder %1 is missing"),
                                  {QString::fromStdString(dir2)});
                    return {};
                }
                HostLayerScanner::Request request;
                request.dir = dir2;
                request.driver = layout.scannerDriver();
                const QString member = QString::fromStdString(dir2);
                store.addLayer(member, request);
                return member;
            };
            if (!initId.isEmpty()) {
                plan.initMember = addLayer(initId);
            }
            plan.rwMember = addLayer(mountId);
        }
        addMountContents(store, plan, root);
        append(diag.items(), cdiag.items());
        out.containers.push_back(std::move(plan));
    }
    if (!fs.carriesXattrs() && !out.driver.isEmpty() && out.driver != u"aufs") {
        diag.info(QT_TRANSLATE_NOOP("Diagnostic", "this copy of the data root carries no extended "
                                                  "attributes: opaque directories of overlay "
                                                  "layers cannot be recognised (copy with tar "
                                                  "--xattrs --xattrs-include='*')"),
                  {}, rootQ);
    }
    return out;
}

} // namespace dockscope
