#include "containerconfigreader.h"

#include "jsonfields.h"
#include "util/digest.h"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <string>

namespace dockscope {

namespace {

using OJson = nlohmann::ordered_json;

OJson parseOrdered(const QByteArray &bytes)
{
    return OJson::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QByteArray compact(const OJson &j)
{
    return QByteArray::fromStdString(j.dump(-1, ' ', false, OJson::error_handler_t::replace));
}

QString normalisedImageId(const QString &image)
{
    if (image.startsWith(QStringLiteral("sha256:")) && isSha256Hex(QStringView(image).mid(7))) {
        return image;
    }
    if (isSha256Hex(image)) { // Docker 1.x wrote the bare hex
        return QStringLiteral("sha256:") + image;
    }
    return {};
}

// Docker ≤ 1.7 kept mounts as Volumes {destination: host path} and VolumesRW {destination:
// bool}. Volumes lived in <root>/vfs/dir/<id> (≤ 1.6) or <root>/volumes/<name>/_data (1.7).
Mount mountFromVolumesEntry(const QString &destination, const QString &hostPath, bool rw)
{
    Mount m;
    m.destination = destination;
    m.rw = rw;
    m.source = hostPath;
    m.type = QStringLiteral("bind");
    const QStringList parts = hostPath.split(u'/', Qt::SkipEmptyParts);
    const qsizetype n = parts.size();
    if (n >= 3 && parts.at(n - 1) == u"_data" && parts.at(n - 3) == u"volumes") {
        m.type = QStringLiteral("volume");
        m.source = parts.at(n - 2);
    } else if (n >= 3 && parts.at(n - 3) == u"vfs" && parts.at(n - 2) == u"dir") {
        m.type = QStringLiteral("volume");
        m.source = parts.at(n - 1);
    }
    return m;
}

Mount readMount(const OJson &m, JsonFields &f, const QString &path)
{
    Mount mount;
    mount.type = f.string(m, "Type", path);
    const QString name = f.string(m, "Name", path);
    const QString source = f.string(m, "Source", path);
    if (mount.type.isEmpty() && !name.isEmpty()) {
        mount.type = QStringLiteral("volume"); // before Docker 17.06 there was no Type
    } else if (mount.type.isEmpty() && !source.isEmpty()) {
        mount.type = QStringLiteral("bind");
    }
    mount.source = (mount.type == u"volume" && !name.isEmpty()) ? name : source;
    mount.destination = f.string(m, "Destination", path);
    mount.mode = f.string(m, "Mode", path);
    mount.propagation = f.string(m, "Propagation", path);
    mount.rw = f.boolean(m, "RW", path).value_or(true);
    return mount;
}

void readState(Container &c, const OJson &o, JsonFields &f)
{
    const OJson *state = f.object(o, "State", {});
    if (!state) {
        return;
    }
    const QString p = QStringLiteral("State");
    c.startedAt = f.string(*state, "StartedAt", p);
    c.finishedAt = f.string(*state, "FinishedAt", p);
    c.running = f.boolean(*state, "Running", p).value_or(false);
    const bool paused = f.boolean(*state, "Paused", p).value_or(false);
    const bool restarting = f.boolean(*state, "Restarting", p).value_or(false);
    const bool dead = f.boolean(*state, "Dead", p).value_or(false);
    const bool removing = f.boolean(*state, "RemovalInProgress", p).value_or(false);
    c.pid = int(f.integer(*state, "Pid", p).value_or(0));
    c.exitCode = int(f.integer(*state, "ExitCode", p).value_or(0));
    c.status = f.string(*state, "Status", p);
    if (c.status.isEmpty()) {
        c.status = ContainerConfigReader::derivedStatus(c.running, paused, restarting, removing,
                                                        dead, c.startedAt);
    }
}

void readMounts(Container &c, const OJson &o, JsonFields &f)
{
    if (const OJson *mounts = f.array(o, "Mounts", {})) {
        int i = 0;
        for (const OJson &m : *mounts) {
            const QString path = QStringLiteral("Mounts[%1]").arg(i++);
            if (f.isObject(m, path)) {
                c.mounts.push_back(readMount(m, f, path));
            }
        }
    } else if (const OJson *volumes = f.object(o, "Volumes", {})) {
        const OJson *rw = f.object(o, "VolumesRW", {});
        for (auto it = volumes->begin(); it != volumes->end(); ++it) {
            const QString destination = QString::fromStdString(it.key());
            const QString path = QStringLiteral("Volumes");
            const QString hostPath = f.string(*volumes, it.key().c_str(), path);
            const bool writable = rw ? f.boolean(*rw, it.key().c_str(), QStringLiteral("VolumesRW"))
                                           .value_or(true)
                                     : true;
            c.mounts.push_back(mountFromVolumesEntry(destination, hostPath, writable));
        }
    }
    std::stable_sort(c.mounts.begin(), c.mounts.end(), [](const Mount &a, const Mount &b) {
        return a.destination < b.destination;
    });
}

// The typed fields, from an object shaped like `docker inspect` output (old names included).
void fillTyped(Container &c, const OJson &o, JsonFields &f, DiagnosticSink &diag,
               const QString &where)
{
    c.id = f.string(o, JsonFields::find(o, "Id") ? "Id" : "ID", {});
    if (c.id.isEmpty()) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "the container has no Id"), {}, where);
    }
    c.name = f.string(o, "Name", {});
    if (c.name.startsWith(u'/')) {
        c.name.remove(0, 1);
    }
    c.created = f.string(o, "Created", {});
    c.path = f.string(o, "Path", {});
    c.args = f.strings(o, "Args", {});
    const QString image = f.string(o, "Image", {});
    c.imageId = normalisedImageId(image);
    if (!image.isEmpty() && c.imageId.isEmpty()) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "Image \"%1\" is not a SHA-256 image id; "
                                                     "ignored"),
                     {image}, where);
    }
    c.restartCount = int(f.integer(o, "RestartCount", {}).value_or(0));
    c.logPath = f.string(o, "LogPath", {});
    c.storageDriver = f.string(o, "Driver", {});
    if (const OJson *graph = f.object(o, "GraphDriver", {}); graph && c.storageDriver.isEmpty()) {
        c.storageDriver = f.string(*graph, "Name", QStringLiteral("GraphDriver"));
    }
    if (const OJson *config = f.object(o, "Config", {})) {
        c.image = f.string(*config, "Image", QStringLiteral("Config"));
        c.hostname = f.string(*config, "Hostname", QStringLiteral("Config"));
    }
    if (const OJson *host = f.object(o, "HostConfig", {})) {
        if (const OJson *log = f.object(*host, "LogConfig", QStringLiteral("HostConfig"))) {
            c.logDriver = f.string(*log, "Type", QStringLiteral("HostConfig.LogConfig"));
        }
    }
    readState(c, o, f);
    readMounts(c, o, f);
}

std::optional<Container> fromInspectObject(const OJson &o, const QString &evidence,
                                           const QString &where, DiagnosticSink &diag)
{
    if (!o.is_object()) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "the inspect output holds something that "
                                                     "is not a JSON object; skipped"),
                     {}, where);
        return std::nullopt;
    }
    if (!JsonFields::find(o, "Id") && !JsonFields::find(o, "ID") && !JsonFields::find(o, "State")
        && !JsonFields::find(o, "Config")) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "the object holds no container (no Id, "
                                                     "State or Config); skipped"),
                     {}, where);
        return std::nullopt;
    }
    Container c;
    c.evidenceFile = evidence;
    JsonFields f(diag, [where](const QString &) { return where; });
    fillTyped(c, o, f, diag, where);
    c.inspect = compact(o);
    for (auto it = o.begin(); it != o.end(); ++it) {
        c.fieldSources.insert(QString::fromStdString(it.key()), evidence);
    }
    return c;
}

// config.v2.json's State in the shape of `docker inspect`: Status first (derived when the
// version did not write it), Health only when set, then whatever else the version kept.
OJson stateView(const OJson &s)
{
    static const char *const inspectOrder[] = {"Running", "Paused", "Restarting", "OOMKilled",
                                               "Dead", "Pid", "ExitCode", "Error",
                                               "StartedAt", "FinishedAt", "Health"};
    OJson out = OJson::object();
    QString status = JsonFields::quietString(s, "Status");
    if (status.isEmpty()) {
        status = ContainerConfigReader::derivedStatus(
            JsonFields::quietBool(s, "Running"), JsonFields::quietBool(s, "Paused"),
            JsonFields::quietBool(s, "Restarting"), JsonFields::quietBool(s, "RemovalInProgress"),
            JsonFields::quietBool(s, "Dead"), JsonFields::quietString(s, "StartedAt"));
    }
    out["Status"] = status.toStdString();
    std::set<std::string> done{"Status"};
    for (const char *key : inspectOrder) {
        done.insert(key);
        const auto it = s.find(key);
        if (it != s.end() && !(it->is_null() && std::string_view(key) == "Health")) {
            out[key] = *it;
        }
    }
    for (auto it = s.begin(); it != s.end(); ++it) {
        if (!done.count(it.key())) {
            out[it.key()] = it.value();
        }
    }
    return out;
}

// MountPoints {destination: MountPoint} as inspect's Mounts list. MountPoint's Go field Mode is
// stored under the JSON name "Relabel"; inspect shows it as Mode.
OJson mountsView(const OJson &points, JsonFields &f)
{
    OJson out = OJson::array();
    for (auto it = points.begin(); it != points.end(); ++it) {
        const QString path = QStringLiteral("MountPoints[\"%1\"]").arg(QString::fromStdString(it.key()));
        if (!f.isObject(it.value(), path)) {
            continue;
        }
        const OJson &p = it.value();
        OJson m = OJson::object();
        const auto take = [&](const char *to, const char *from) {
            if (const auto v = p.find(from); v != p.end()) {
                m[to] = *v;
            }
        };
        if (p.contains("Type")) {
            take("Type", "Type");
        } else {
            const bool named = !JsonFields::quietString(p, "Name").isEmpty();
            m["Type"] = named ? "volume" : "bind";
        }
        // Docker's inspect omits an empty Name and Driver (json omitempty).
        const auto takeNonEmpty = [&](const char *key) {
            if (const auto v = p.find(key); v != p.end() && !(v->is_string() && v->get_ref<const std::string &>().empty())) {
                m[key] = *v;
            }
        };
        takeNonEmpty("Name");
        take("Source", "Source");
        if (p.contains("Destination")) {
            take("Destination", "Destination");
        } else {
            m["Destination"] = it.key();
        }
        takeNonEmpty("Driver");
        m["Mode"] = p.contains("Relabel") ? p["Relabel"] : OJson("");
        take("RW", "RW");
        m["Propagation"] = p.contains("Propagation") ? p["Propagation"] : OJson("");
        out.push_back(std::move(m));
    }
    return out;
}

} // namespace

QString ContainerConfigReader::derivedStatus(bool running, bool paused, bool restarting,
                                             bool removing, bool dead, const QString &startedAt)
{
    if (running) {
        if (paused) {
            return QStringLiteral("paused");
        }
        return restarting ? QStringLiteral("restarting") : QStringLiteral("running");
    }
    if (removing) {
        return QStringLiteral("removing");
    }
    if (dead) {
        return QStringLiteral("dead");
    }
    if (startedAt.isEmpty() || startedAt.startsWith(QStringLiteral("0001-01-01"))) {
        return QStringLiteral("created");
    }
    return QStringLiteral("exited");
}

std::optional<Container> ContainerConfigReader::fromInspect(const json::Json &object,
                                                            const QString &evidence,
                                                            DiagnosticSink &diag)
{
    return fromInspectObject(OJson(object), evidence, QString(), diag);
}

std::vector<Container> ContainerConfigReader::readInspect(const QByteArray &bytes,
                                                          const QString &evidence,
                                                          DiagnosticSink &diag)
{
    std::vector<Container> out;
    const OJson doc = parseOrdered(bytes);
    if (doc.is_discarded()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "the inspect output is not valid JSON"));
        return out;
    }
    const auto one = [&](const OJson &item, const QString &where) {
        if (item.is_object() && !JsonFields::find(item, "State")
            && !JsonFields::find(item, "HostConfig") && item.contains("RootFS")) {
            diag.info(QT_TRANSLATE_NOOP("Diagnostic", "%1 is an image (docker image inspect), "
                                                      "not a container; skipped"),
                      {JsonFields::quietString(item, "Id")}, where);
            return;
        }
        if (auto c = fromInspectObject(item, evidence, where, diag)) {
            out.push_back(std::move(*c));
        }
    };
    if (doc.is_array()) {
        if (doc.empty()) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "the inspect output lists nothing"));
        }
        int i = 0;
        for (const OJson &item : doc) {
            one(item, QStringLiteral("[%1]").arg(i++));
        }
    } else if (doc.is_object()) {
        one(doc, QString());
    } else {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "the inspect output is neither a list nor an "
                                                   "object"));
    }
    return out;
}

std::optional<Container> ContainerConfigReader::fromDataRoot(const QByteArray &configV2,
                                                             const QByteArray *hostConfig,
                                                             const QString &evidence,
                                                             const QString &containerDir,
                                                             DiagnosticSink &diag,
                                                             const QString &configName)
{
    const auto inDir = [&](const QString &file) {
        return containerDir.isEmpty() ? file : containerDir + u'/' + file;
    };
    const QString configPath = inDir(configName);
    const QString hostPath = inDir(QStringLiteral("hostconfig.json"));

    const OJson cfg = parseOrdered(configV2);
    if (cfg.is_discarded() || !cfg.is_object()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "%1 is not a valid JSON object"), {configPath},
                   configPath);
        return std::nullopt;
    }

    OJson host;
    QString hostSource;
    if (hostConfig) {
        host = parseOrdered(*hostConfig);
        if (host.is_discarded() || !host.is_object()) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "%1 is not a valid JSON object: the "
                                                         "container's host configuration "
                                                         "(privileges, capabilities, namespaces, "
                                                         "binds, restart policy) is unknown"),
                         {hostPath}, hostPath);
        } else {
            hostSource = hostPath;
        }
    }
    if (hostSource.isEmpty()) {
        if (const OJson *embedded = JsonFields::find(cfg, "HostConfig");
            embedded && embedded->is_object()) {
            host = *embedded;
            hostSource = configPath;
        } else if (!hostConfig) {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "%1 has no hostconfig.json: the "
                                                         "container's host configuration "
                                                         "(privileges, capabilities, namespaces, "
                                                         "binds, restart policy) is unknown"),
                         {containerDir.isEmpty() ? configPath : containerDir}, hostPath);
        }
    }

    OJson out = OJson::object();
    QMap<QString, QString> sources;
    std::set<std::string> used{"HostConfig", "MountPoints", "StreamConfig", "LocalLogCacheMeta"};
    const auto put = [&](const char *key, OJson value, const QString &source) {
        out[key] = std::move(value);
        sources.insert(QString::fromUtf8(key), source);
    };
    const auto copy = [&](const char *key, std::initializer_list<const char *> names) {
        for (const char *n : names) {
            used.insert(n);
        }
        for (const char *n : names) {
            if (const auto it = cfg.find(n); it != cfg.end()) {
                put(key, *it, configPath);
                return;
            }
        }
    };
    const auto same = [&](std::initializer_list<const char *> keys) {
        for (const char *k : keys) {
            copy(k, {k});
        }
    };

    JsonFields f(diag, [&](const QString &top) { return sources.value(top, configPath); });

    copy("Id", {"ID", "Id"});
    same({"Created", "Path", "Args"});
    used.insert("State");
    if (const auto it = cfg.find("State"); it != cfg.end()) {
        put("State", it->is_object() ? stateView(*it) : *it, configPath);
    }
    same({"Image", "ResolvConfPath", "HostnamePath", "HostsPath", "LogPath", "Name",
          "RestartCount", "Driver"});
    copy("Platform", {"OS", "Platform"});
    same({"MountLabel", "ProcessLabel", "AppArmorProfile", "ExecIDs"});
    if (!hostSource.isEmpty()) {
        put("HostConfig", host, hostSource);
    }
    same({"GraphDriver"});
    const OJson *points = JsonFields::find(cfg, "MountPoints");
    const OJson *volumes = JsonFields::find(cfg, "Volumes");
    const bool oldVolumes = volumes && volumes->is_object() && !volumes->empty();
    if (points && !(oldVolumes && points->is_object() && points->empty())) {
        if (f.isObject(*points, QStringLiteral("MountPoints"))) {
            put("Mounts", mountsView(*points, f), configPath);
        }
    }
    same({"Config", "NetworkSettings", "SeccompProfile", "NoNewPrivileges", "WritableCgroups"});
    for (auto it = cfg.begin(); it != cfg.end(); ++it) {
        if (!used.count(it.key())) {
            put(it.key().c_str(), it.value(), configPath);
        }
    }

    Container c;
    c.evidenceFile = evidence;
    fillTyped(c, out, f, diag, configPath);
    c.inspect = compact(out);
    c.fieldSources = std::move(sources);

    const QString dirId = containerDir.section(u'/', -1);
    if (isSha256Hex(dirId) && !c.id.isEmpty() && c.id != dirId) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "the folder %1 holds the configuration of "
                                                     "another container, %2"),
                     {containerDir, c.id}, configPath);
    }
    return c;
}

} // namespace dockscope
