#include "imageconfig.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace dockscope {

namespace {
using nlohmann::json;

QString str(const json &j, const char *key)
{
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string()) {
        return {};
    }
    return QString::fromStdString(it->get<std::string>());
}

QStringList strings(const json &j, const char *key)
{
    QStringList out;
    const auto it = j.find(key);
    if (it == j.end()) {
        return out;
    }
    if (it->is_array()) {
        for (const auto &v : *it) {
            if (v.is_string()) {
                out << QString::fromStdString(v.get<std::string>());
            }
        }
    } else if (it->is_string()) {
        out << QString::fromStdString(it->get<std::string>());
    }
    return out;
}

QStringList keys(const json &j, const char *key)
{
    QStringList out;
    const auto it = j.find(key);
    if (it != j.end() && it->is_object()) {
        for (auto kv = it->begin(); kv != it->end(); ++kv) {
            out << QString::fromStdString(kv.key());
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

ImageConfig ImageConfig::parse(const QByteArray &bytes, QString *error)
{
    ImageConfig c;
    const json j = json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        if (error) {
            *error = QCoreApplication::translate("Diagnostic", "image config is not a JSON object");
        }
        return c;
    }
    c.valid = true;
    c.created = str(j, "created");
    c.author = str(j, "author");
    c.os = str(j, "os");
    c.architecture = str(j, "architecture");
    c.variant = str(j, "variant");
    c.dockerVersion = str(j, "docker_version");
    // Docker images written long ago keep the runtime config in "container_config" only.
    const auto cfgIt = j.find("config");
    const json cfg = (cfgIt != j.end() && cfgIt->is_object()) ? *cfgIt : json::object();
    c.user = str(cfg, "User");
    c.env = strings(cfg, "Env");
    c.entrypoint = strings(cfg, "Entrypoint");
    c.cmd = strings(cfg, "Cmd");
    c.workingDir = str(cfg, "WorkingDir");
    c.exposedPorts = keys(cfg, "ExposedPorts");
    c.volumes = keys(cfg, "Volumes");
    c.stopSignal = str(cfg, "StopSignal");
    if (const auto hc = cfg.find("Healthcheck"); hc != cfg.end() && hc->is_object()) {
        c.healthcheck = strings(*hc, "Test");
    }
    if (const auto labels = cfg.find("Labels"); labels != cfg.end() && labels->is_object()) {
        for (auto kv = labels->begin(); kv != labels->end(); ++kv) {
            c.labels.insert(QString::fromStdString(kv.key()),
                            kv->is_string() ? QString::fromStdString(kv->get<std::string>())
                                            : QString::fromStdString(kv->dump()));
        }
    }
    if (const auto rootfs = j.find("rootfs"); rootfs != j.end() && rootfs->is_object()) {
        c.diffIds = strings(*rootfs, "diff_ids");
    }
    if (const auto history = j.find("history"); history != j.end() && history->is_array()) {
        for (const auto &h : *history) {
            if (!h.is_object()) {
                continue;
            }
            HistoryEntry e;
            e.created = str(h, "created");
            e.createdBy = str(h, "created_by");
            e.author = str(h, "author");
            e.comment = str(h, "comment");
            const auto empty = h.find("empty_layer");
            e.emptyLayer = empty != h.end() && empty->is_boolean() && empty->get<bool>();
            c.history.push_back(std::move(e));
        }
    }
    return c;
}

} // namespace dockscope
