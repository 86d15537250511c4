#include "osrelease.h"

#include <QList>

namespace dockscope {

namespace {

QString unquote(QByteArray v)
{
    v = v.trimmed();
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
        v = v.mid(1, v.size() - 2);
        if (v.contains('\\')) {
            QByteArray out;
            for (qsizetype i = 0; i < v.size(); ++i) {
                if (v[i] == '\\' && i + 1 < v.size()) {
                    ++i;
                }
                out += v[i];
            }
            v = out;
        }
    }
    return QString::fromUtf8(v);
}

} // namespace

OperatingSystem OsRelease::parse(const QByteArray &text)
{
    OperatingSystem os;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype eq = line.indexOf('=');
        if (line.startsWith('#') || eq <= 0) {
            continue;
        }
        const QByteArray key = line.left(eq);
        const QString value = unquote(line.mid(eq + 1));
        if (key == "ID") {
            os.id = value.toLower();
        } else if (key == "VERSION_ID") {
            os.versionId = value;
        } else if (key == "PRETTY_NAME") {
            os.prettyName = value;
        }
    }
    return os;
}

} // namespace dockscope
