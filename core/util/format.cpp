#include "format.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace dockscope {

QString humanBytes(qint64 bytes)
{
    static const char *units[] = {"B", "kB", "MB", "GB", "TB", "PB"};
    double value = double(bytes);
    int unit = 0;
    while ((value >= 1000.0 || value <= -1000.0) && unit < 5) {
        value /= 1000.0;
        ++unit;
    }
    if (unit == 0) {
        return QStringLiteral("%1 B").arg(bytes);
    }
    return QStringLiteral("%1 %2").arg(value, 0, 'f', value < 10 ? 1 : 0).arg(QLatin1String(units[unit]));
}

QString rfc3339(qint64 seconds, std::uint32_t nanoseconds)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    QString s = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (nanoseconds != 0) {
        QString frac = QStringLiteral("%1").arg(nanoseconds, 9, 10, QLatin1Char('0'));
        while (frac.endsWith(u'0')) {
            frac.chop(1);
        }
        s += u'.' + frac;
    }
    return s + u'Z';
}

QString sortableTime(const QString &text)
{
    // Split off the fraction, which QDateTime would cut to milliseconds.
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d{1,9}))?(Z|[+-]\\d\\d:\\d\\d)$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return text;
    }
    QDateTime t = QDateTime::fromString(m.captured(1) + m.captured(3), Qt::ISODate);
    if (!t.isValid()) {
        return text;
    }
    const QString fraction = m.captured(2).leftJustified(9, u'0');
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + u'.' + fraction + u'Z';
}

QString octalMode(std::uint32_t mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

QString symbolicMode(std::uint32_t mode)
{
    QString s(9, u'-');
    const char rwx[] = "rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400u >> i)) {
            s[i] = QLatin1Char(rwx[i]);
        }
    }
    if (mode & 04000) {
        s[2] = (mode & 0100) ? u's' : u'S';
    }
    if (mode & 02000) {
        s[5] = (mode & 0010) ? u's' : u'S';
    }
    if (mode & 01000) {
        s[8] = (mode & 0001) ? u't' : u'T';
    }
    return s;
}

} // namespace dockscope
