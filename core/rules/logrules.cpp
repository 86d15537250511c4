#include "logrules.h"

#include "evidence/jsonhelpers.h"

#include <QCoreApplication>

namespace dockscope {

namespace {

std::vector<QRegularExpression> patterns(const json::Json &j, const char *key, QString *error)
{
    std::vector<QRegularExpression> out;
    for (const QString &p : json::strings(j, key)) {
        QRegularExpression re(p, QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid()) {
            if (error && error->isEmpty()) {
                *error = QCoreApplication::translate("Diagnostic", "invalid regular expression %1: %2")
                             .arg(p, re.errorString());
            }
            continue;
        }
        re.optimize();
        out.push_back(std::move(re));
    }
    return out;
}

LogRules::Field fieldFromName(const QString &name)
{
    static const std::pair<const char *, LogRules::Field> names[] = {
        {"request", LogRules::Field::Request}, {"uri", LogRules::Field::Uri},
        {"query", LogRules::Field::Query},     {"ua", LogRules::Field::UserAgent},
        {"referer", LogRules::Field::Referer}, {"headers", LogRules::Field::Headers},
        {"message", LogRules::Field::Message},
    };
    for (const auto &[n, f] : names) {
        if (name == QLatin1String(n)) {
            return f;
        }
    }
    return LogRules::Field::Any;
}

} // namespace

LogRules LogRules::parse(const QByteArray &bytes, QString *error)
{
    LogRules out;
    const json::Json j = json::parse(bytes);
    const auto list = j.is_object() ? j.find("indicators") : j.end();
    if (list == j.end() || !list->is_array()) {
        if (error) {
            *error = QCoreApplication::translate("Diagnostic", "the log rules are not a JSON object "
                                                               "with an \"indicators\" list");
        }
        return out;
    }
    for (const json::Json &i : *list) {
        Indicator ind;
        ind.rule = json::string(i, "rule");
        ind.name = json::string(i, "name");
        ind.field = fieldFromName(json::string(i, "field"));
        ind.not404 = json::string(i, "status") == u"not404";
        ind.raiseOn200 = i.is_object() && i.value("raiseOn200", false);
        ind.patterns = patterns(i, "patterns", error);
        ind.rawPatterns = patterns(i, "rawPatterns", error);
        ind.excludes = patterns(i, "exclude", error);
        if (!ind.rule.isEmpty()) {
            out.m_indicators.push_back(std::move(ind));
        }
    }
    return out;
}

} // namespace dockscope
