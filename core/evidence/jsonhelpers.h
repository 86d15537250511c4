#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace dockscope::json {

using Json = nlohmann::json;

inline QString string(const Json &j, const char *key)
{
    if (!j.is_object()) {
        return {};
    }
    const auto it = j.find(key);
    return (it != j.end() && it->is_string()) ? QString::fromStdString(it->get<std::string>())
                                               : QString();
}

inline qint64 integer(const Json &j, const char *key, qint64 fallback = -1)
{
    if (!j.is_object()) {
        return fallback;
    }
    const auto it = j.find(key);
    return (it != j.end() && it->is_number_integer()) ? it->get<qint64>() : fallback;
}

inline QStringList strings(const Json &j, const char *key)
{
    QStringList out;
    if (!j.is_object()) {
        return out;
    }
    const auto it = j.find(key);
    if (it != j.end() && it->is_array()) {
        for (const auto &v : *it) {
            if (v.is_string()) {
                out << QString::fromStdString(v.get<std::string>());
            }
        }
    }
    return out;
}

inline Json parse(const QByteArray &bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

} // namespace dockscope::json
