#include "engineendpoint.h"

#include <QUrl>

namespace dockscope {

QString EngineEndpoint::toString() const
{
    if (kind == Kind::Unix) {
        return QStringLiteral("unix://") + socketPath;
    }
    return QStringLiteral("tcp://%1:%2").arg(host).arg(port);
}

std::optional<EngineEndpoint> EngineEndpoint::parse(const QString &text, QString *error)
{
    EngineEndpoint e;
    if (text.startsWith(u'/')) {
        e.socketPath = text;
        return e;
    }
    if (text.startsWith(QLatin1String("unix://"))) {
        e.socketPath = text.mid(7);
        if (!e.socketPath.startsWith(u'/')) {
            *error = QStringLiteral("the socket path of \"%1\" is not absolute").arg(text);
            return std::nullopt;
        }
        return e;
    }
    if (text.startsWith(QLatin1String("tcp://")) || text.startsWith(QLatin1String("http://"))) {
        const QUrl url(QStringLiteral("http://") + text.mid(text.indexOf(QLatin1String("://")) + 3));
        if (!url.isValid() || url.host().isEmpty()) {
            *error = QStringLiteral("\"%1\" is not a host:port address").arg(text);
            return std::nullopt;
        }
        e.kind = Kind::Tcp;
        e.host = url.host();
        e.port = quint16(url.port(2375));
        return e;
    }
    if (text.startsWith(QLatin1String("https://"))) {
        *error = QStringLiteral("TLS connections to an engine are not supported; reach it "
                                "through its Unix socket or an SSH tunnel");
        return std::nullopt;
    }
    *error = QStringLiteral("\"%1\" is not an engine address (unix:///path or tcp://host:port)")
                 .arg(text);
    return std::nullopt;
}

} // namespace dockscope
