#include "engineclient.h"

#include <QUrl>
#include <QVersionNumber>

#include <nlohmann/json.hpp>

namespace dockscope {

EngineClient::EngineClient(EngineEndpoint endpoint, const std::atomic_bool *cancel)
    : m_endpoint(std::move(endpoint))
    , m_cancel(cancel)
{
}

QByteArray EngineClient::versioned(const QByteArray &path) const
{
    return "/v" + m_apiVersion.toLatin1() + path;
}

HttpResponse EngineClient::stream(const HttpConnection::Request &request,
                                  const HttpConnection::Sink &sink,
                                  const HttpConnection::HeadersSeen &seen) const
{
    return HttpConnection(m_endpoint, m_cancel).send(request, sink, seen);
}

HttpResponse EngineClient::fetch(const QByteArray &method, const QByteArray &path,
                                 const QByteArray &body, QByteArray *out, qint64 maxBytes) const
{
    out->clear();
    HttpConnection::Request request;
    request.method = method;
    request.target = path;
    request.body = body;
    bool tooBig = false;
    HttpResponse r = stream(request, [&](const char *data, std::size_t n) {
        if (out->size() + qint64(n) > maxBytes) {
            tooBig = true;
            return false;
        }
        out->append(data, qsizetype(n));
        return true;
    });
    if (tooBig) {
        r.error = QStringLiteral("the answer is larger than %1 bytes").arg(maxBytes);
    }
    return r;
}

bool EngineClient::negotiate(QString *error)
{
    QByteArray body;
    const HttpResponse ping = fetch("GET", "/_ping", {}, &body, 4096);
    if (ping.status == 0) {
        *error = ping.error;
        return false;
    }
    const QByteArray api = ping.header("api-version");
    if (ping.status != 200 || api.isEmpty() || body.trimmed() != "OK") {
        *error = QStringLiteral("%1 answers HTTP but is not a Docker Engine: its /_ping gave "
                                "status %2%3")
                     .arg(m_endpoint.toString())
                     .arg(ping.status)
                     .arg(api.isEmpty() ? QStringLiteral(" without an API-Version header") : QString());
        return false;
    }
    const QVersionNumber server = QVersionNumber::fromString(QString::fromLatin1(api));
    const QVersionNumber newest = QVersionNumber::fromString(QLatin1String(NewestApi));
    if (server < QVersionNumber::fromString(QLatin1String(OldestApi))) {
        *error = QStringLiteral("the engine speaks API %1; at least %2 is needed")
                     .arg(QString::fromLatin1(api), QLatin1String(OldestApi));
        return false;
    }
    m_apiVersion = (server < newest ? server : newest).toString();
    const HttpResponse version = fetch("GET", versioned("/version"), {}, &m_versionJson, 1 << 20);
    if (!version.ok()) {
        *error = QStringLiteral("the engine's /version failed: %1")
                     .arg(version.error.isEmpty() ? engineMessage(m_versionJson) : version.error);
        return false;
    }
    return true;
}

QString EngineClient::engineMessage(const QByteArray &body)
{
    const auto parsed = nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (parsed.is_object() && parsed.contains("message") && parsed["message"].is_string()) {
        return QString::fromStdString(parsed["message"].get<std::string>());
    }
    return QString::fromUtf8(body.left(300)).trimmed();
}

QByteArray EngineClient::encode(const QString &value)
{
    return QUrl::toPercentEncoding(value, ":");
}

} // namespace dockscope
