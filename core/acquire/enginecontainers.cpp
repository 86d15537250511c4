#include "enginecontainers.h"

#include "engineclient.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace dockscope {

std::vector<EngineContainer> EngineContainers::list(const QString &host, QString *error)
{
    std::vector<EngineContainer> out;
    const auto endpoint = EngineEndpoint::parse(host, error);
    if (!endpoint) {
        return out;
    }
    EngineClient client(*endpoint, nullptr);
    if (!client.negotiate(error)) {
        return out;
    }
    QByteArray body;
    const HttpResponse r = client.fetch("GET", client.versioned("/containers/json?all=1"), {}, &body);
    if (!r.ok()) {
        *error = r.error.isEmpty() ? EngineClient::engineMessage(body) : r.error;
        return out;
    }
    const auto parsed = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (!parsed.is_array()) {
        *error = QStringLiteral("the engine's container list is not a JSON array");
        return out;
    }
    const auto text = [](const nlohmann::json &j, const char *key) {
        return j.contains(key) && j[key].is_string() ? QString::fromStdString(j[key].get<std::string>()) : QString();
    };
    for (const auto &c : parsed) {
        if (!c.is_object()) {
            continue;
        }
        EngineContainer e;
        e.id = text(c, "Id");
        e.image = text(c, "Image");
        e.state = text(c, "State");
        e.status = text(c, "Status");
        if (c.contains("Names") && c["Names"].is_array() && !c["Names"].empty() && c["Names"][0].is_string()) {
            e.name = QString::fromStdString(c["Names"][0].get<std::string>());
            if (e.name.startsWith(u'/')) {
                e.name.remove(0, 1);
            }
        }
        out.push_back(e);
    }
    std::sort(out.begin(), out.end(), [](const EngineContainer &a, const EngineContainer &b) {
        const bool ar = a.state == u"running";
        const bool br = b.state == u"running";
        return ar != br ? ar : a.name < b.name;
    });
    return out;
}

} // namespace dockscope
