#include "jsonfields.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace dockscope {

JsonFields::JsonFields(DiagnosticSink &diag, WhereOf whereOf)
    : m_diag(diag)
    , m_whereOf(std::move(whereOf))
{
}

const JsonFields::Json *JsonFields::find(const Json &obj, const char *key)
{
    if (!obj.is_object()) {
        return nullptr;
    }
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
        return nullptr;
    }
    return &*it;
}

QString JsonFields::child(const QString &path, const char *key)
{
    const QString name = QString::fromUtf8(key);
    return path.isEmpty() ? name : path + u'.' + name;
}

void JsonFields::report(const char *text, const QString &path)
{
    const QString top = path.section(u'.', 0, 0).section(u'[', 0, 0);
    m_diag.warning(text, {path}, m_whereOf ? m_whereOf(top) : QString());
}

bool JsonFields::isObject(const Json &value, const QString &path)
{
    if (value.is_object()) {
        return true;
    }
    report(QT_TRANSLATE_NOOP("Diagnostic", "%1 is not a JSON object; ignored"), path);
    return false;
}

const JsonFields::Json *JsonFields::object(const Json &obj, const char *key, const QString &path)
{
    const Json *v = find(obj, key);
    if (!v) {
        return nullptr;
    }
    return isObject(*v, child(path, key)) ? v : nullptr;
}

const JsonFields::Json *JsonFields::array(const Json &obj, const char *key, const QString &path)
{
    const Json *v = find(obj, key);
    if (!v) {
        return nullptr;
    }
    if (!v->is_array()) {
        report(QT_TRANSLATE_NOOP("Diagnostic", "%1 is not a list; ignored"), child(path, key));
        return nullptr;
    }
    return v;
}

QString JsonFields::string(const Json &obj, const char *key, const QString &path)
{
    const Json *v = find(obj, key);
    if (!v) {
        return {};
    }
    if (!v->is_string()) {
        report(QT_TRANSLATE_NOOP("Diagnostic", "%1 is not a string; ignored"), child(path, key));
        return {};
    }
    return QString::fromStdString(v->get_ref<const std::string &>());
}

std::optional<qint64> JsonFields::integer(const Json &obj, const char *key, const QString &path)
{
    const Json *v = find(obj, key);
    if (!v) {
        return std::nullopt;
    }
    if (v->is_number_integer() && !(v->is_number_unsigned()
                                    && v->get<std::uint64_t>() > std::uint64_t(std::numeric_limits<qint64>::max()))) {
        return v->get<qint64>();
    }
    if (v->is_number_float()) {
        const double d = v->get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15) {
            return qint64(d);
        }
    }
    report(QT_TRANSLATE_NOOP("Diagnostic", "%1 is not a whole number; ignored"), child(path, key));
    return std::nullopt;
}

std::optional<bool> JsonFields::boolean(const Json &obj, const char *key, const QString &path)
{
    const Json *v = find(obj, key);
    if (!v) {
        return std::nullopt;
    }
    if (!v->is_boolean()) {
        report(QT_TRANSLATE_NOOP("Diagnostic", "%1 is not true or false; ignored"),
               child(path, key));
        return std::nullopt;
    }
    return v->get<bool>();
}

QStringList JsonFields::strings(const Json &obj, const char *key, const QString &path)
{
    QStringList out;
    const Json *v = array(obj, key, path);
    if (!v) {
        return out;
    }
    bool reported = false;
    for (const Json &item : *v) {
        if (item.is_string()) {
            out << QString::fromStdString(item.get_ref<const std::string &>());
        } else if (!reported) {
            report(QT_TRANSLATE_NOOP("Diagnostic", "%1 holds items that are not strings; they "
                                                   "are ignored"),
                   child(path, key));
            reported = true;
        }
    }
    return out;
}

QString JsonFields::quietString(const Json &obj, const char *key)
{
    const Json *v = find(obj, key);
    return (v && v->is_string()) ? QString::fromStdString(v->get_ref<const std::string &>())
                                 : QString();
}

bool JsonFields::quietBool(const Json &obj, const char *key)
{
    const Json *v = find(obj, key);
    return v && v->is_boolean() && v->get<bool>();
}

} // namespace dockscope
