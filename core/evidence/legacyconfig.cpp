#include "legacyconfig.h"

namespace dockscope::LegacyConfig {

using Json = nlohmann::json;

namespace {

// `docker history` shows a v1 layer's command as its container_config.Cmd joined by spaces.
std::string createdBy(const Json &layer)
{
    const auto cc = layer.find("container_config");
    if (cc == layer.end() || !cc->is_object()) {
        return {};
    }
    const auto cmd = cc->find("Cmd");
    if (cmd == cc->end() || !cmd->is_array()) {
        return {};
    }
    std::string out;
    for (const Json &part : *cmd) {
        if (part.is_string()) {
            if (!out.empty()) {
                out += ' ';
            }
            out += part.get<std::string>();
        }
    }
    return out;
}

} // namespace

QByteArray rebuild(const std::vector<Json> &chain, const QStringList &diffIds)
{
    Json config = Json::object();
    const Json top = chain.empty() ? Json() : chain.back();
    for (const char *key : {"architecture", "os", "created", "author", "config"}) {
        if (top.is_object() && top.contains(key)) {
            config[key] = top[key];
        }
    }
    Json history = Json::array();
    for (const Json &layer : chain) {
        Json h = Json::object();
        if (!layer.is_object()) {
            history.push_back(h);
            continue;
        }
        if (const auto it = layer.find("created"); it != layer.end() && it->is_string()) {
            h["created"] = *it;
        }
        if (const std::string by = createdBy(layer); !by.empty()) {
            h["created_by"] = by;
        }
        if (const auto it = layer.find("comment"); it != layer.end() && it->is_string()) {
            h["comment"] = *it;
        }
        history.push_back(h);
    }
    config["history"] = history;
    Json ids = Json::array();
    for (const QString &d : diffIds) {
        ids.push_back(d.toStdString());
    }
    config["rootfs"] = {{"type", "layers"}, {"diff_ids", ids}};
    return QByteArray::fromStdString(config.dump());
}

} // namespace dockscope::LegacyConfig
