#pragma once

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <vector>

namespace dockscope {

// The log indicators of resources/rules/logs.json (LOG-02 … LOG-10): patterns per rule and per
// field of a log line, matched on the normalised text.
class LogRules
{
public:
    enum class Field { Request, Uri, Query, UserAgent, Referer, Headers, Any, Message };

    struct Indicator
    {
        QString rule;  // LOG-xx
        QString name;
        Field field = Field::Any;
        bool not404 = false;
        bool raiseOn200 = false;
        std::vector<QRegularExpression> patterns;    // on the normalised field
        std::vector<QRegularExpression> rawPatterns; // on the field as logged (encodings)
        std::vector<QRegularExpression> excludes;
    };

    static LogRules parse(const QByteArray &json, QString *error);
    const std::vector<Indicator> &indicators() const { return m_indicators; }

private:
    std::vector<Indicator> m_indicators;
};

} // namespace dockscope
