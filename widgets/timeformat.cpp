#include "timeformat.h"

#include "settings.h"

#include <QDateTime>
#include <QTimeZone>

namespace dockscope {

namespace {
QString format(const QDateTime &utc)
{
    if (Settings::timeDisplay() == Settings::TimeDisplay::Local) {
        return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    }
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}
} // namespace

QString TimeFormat::fromEpoch(qint64 seconds, std::uint32_t)
{
    return format(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()));
}

QString TimeFormat::fromRfc3339(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? format(t) : text;
}

} // namespace dockscope
