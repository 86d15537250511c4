#include "purl.h"

#include <QStringList>

#include <algorithm>

namespace dockscope {

QString Purl::encode(const QString &component)
{
    return QString::fromLatin1(component.toUtf8().toPercentEncoding(QByteArrayLiteral(".-_~")));
}

QString Purl::make(const QString &type, const QString &nameSpace, const QString &name,
    const QString &version, std::vector<std::pair<QString, QString>> qualifiers)
{
    QString out = QStringLiteral("pkg:") + type.toLower() + u'/';
    if (!nameSpace.isEmpty()) {
        QStringList segments;
        for (const QString &s : nameSpace.split(u'/', Qt::SkipEmptyParts)) {
            segments << encode(s);
        }
        out += segments.join(u'/') + u'/';
    }
    out += encode(name);
    if (!version.isEmpty()) {
        out += u'@' + encode(version);
    }
    std::erase_if(qualifiers, [](const auto &q) { return q.second.isEmpty(); });
    std::sort(qualifiers.begin(), qualifiers.end());
    QStringList parts;
    for (const auto &[key, value] : qualifiers) {
        parts << key.toLower() + u'=' + encode(value);
    }
    if (!parts.isEmpty()) {
        out += u'?' + parts.join(u'&');
    }
    return out;
}

} // namespace dockscope
