#pragma once

#include "util/diagnostic.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

namespace dockscope {

// Lenient reading of Docker's container JSON, whose fields changed between Docker versions:
// every field is optional, null counts as absent, and a field of the wrong type is reported
// (with its dotted path, e.g. "State.Pid") and then ignored. Never throws.
class JsonFields
{
public:
    using Json = nlohmann::ordered_json;
    // Maps the top-level key of a path ("State" for "State.Pid") to the place named in the
    // diagnostic (the file the key came from, or "[2]" for the third object of an array).
    using WhereOf = std::function<QString(const QString &topKey)>;

    JsonFields(DiagnosticSink &diag, WhereOf whereOf);

    // The member, or nullptr when obj is not an object, has no such key or holds null there.
    static const Json *find(const Json &obj, const char *key);
    static QString child(const QString &path, const char *key);

    const Json *object(const Json &obj, const char *key, const QString &path);
    const Json *array(const Json &obj, const char *key, const QString &path);
    QString string(const Json &obj, const char *key, const QString &path);
    std::optional<qint64> integer(const Json &obj, const char *key, const QString &path);
    std::optional<bool> boolean(const Json &obj, const char *key, const QString &path);
    QStringList strings(const Json &obj, const char *key, const QString &path);
    // True for an object; otherwise reports `path` and returns false.
    bool isObject(const Json &value, const QString &path);

    // Quiet reads: no diagnostic (for values that are reported elsewhere).
    static QString quietString(const Json &obj, const char *key);
    static bool quietBool(const Json &obj, const char *key);

private:
    void report(const char *text, const QString &path);

    DiagnosticSink &m_diag;
    WhereOf m_whereOf;
};

} // namespace dockscope
