#pragma once

#include "httpconnection.h"

#include <QByteArray>
#include <QString>

namespace dockscope {

// The Docker Engine API spoken over one endpoint: checks that the peer is an engine (/_ping),
// agrees on the API version (/version) and prefixes every call with it.
class EngineClient
{
public:
    static constexpr const char *NewestApi = "1.43"; // Docker 24; newer engines accept it
    static constexpr const char *OldestApi = "1.24";

    EngineClient(EngineEndpoint endpoint, const std::atomic_bool *cancel);

    // Pings the peer and reads its version; false with an English reason when it is not a
    // Docker Engine or cannot be reached.
    bool negotiate(QString *error);

    const EngineEndpoint &endpoint() const { return m_endpoint; }
    const QString &apiVersion() const { return m_apiVersion; }
    const QByteArray &versionJson() const { return m_versionJson; }

    // "/v1.41" + path
    QByteArray versioned(const QByteArray &path) const;

    // A call whose answer is kept in memory, up to maxBytes (more is an error).
    HttpResponse fetch(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                       QByteArray *out, qint64 maxBytes = 64 << 20) const;
    // A call whose answer is streamed to sink.
    HttpResponse stream(const HttpConnection::Request &request, const HttpConnection::Sink &sink,
                        const HttpConnection::HeadersSeen &seen = {}) const;

    // The engine's "message" from an error answer ({"message": "..."}), or the text itself.
    static QString engineMessage(const QByteArray &body);
    // A path segment or query value, percent-encoded.
    static QByteArray encode(const QString &value);

private:
    EngineEndpoint m_endpoint;
    const std::atomic_bool *m_cancel;
    QString m_apiVersion;
    QByteArray m_versionJson;
};

} // namespace dockscope
