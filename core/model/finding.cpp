#include "finding.h"

namespace dockscope {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

Severity severityFromName(const QString &name, Severity fallback)
{
    for (Severity s : {Severity::Critical, Severity::High, Severity::Medium, Severity::Low,
                       Severity::Info}) {
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0) {
            return s;
        }
    }
    return fallback;
}

QString ChecklistItem::statusName(Status s)
{
    switch (s) {
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::NotApplicable:
        return QStringLiteral("n/a");
    }
    return {};
}

} // namespace dockscope
