#pragma once

#include "engineendpoint.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <cstddef>
#include <functional>

namespace dockscope {

struct HttpResponse
{
    int status = 0;          // 0: no response (see error)
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased, in arrival order
    qint64 bodyBytes = 0;    // decoded body bytes handed to the sink
    bool complete = false;   // the whole body arrived (length, last chunk or clean close)
    QString error;           // English, for the acquisition log; empty on success

    QByteArray header(const QByteArray &lowerName) const;
    bool ok() const { return error.isEmpty() && status >= 200 && status < 300 && complete; }
};

// One HTTP/1.1 request over a fresh connection to the engine ("Connection: close"), the body
// streamed to a sink as it arrives, never held whole. Blocking; meant for worker threads.
// Honours cancellation and an idle timeout between received bytes.
class HttpConnection
{
public:
    // Receives decoded body bytes; return false to stop (write error, cancellation).
    using Sink = std::function<bool(const char *data, std::size_t length)>;
    // Called once the status line and headers are read, before any body byte; return false
    // to abort without reading the body.
    using HeadersSeen = std::function<bool(const HttpResponse &)>;

    struct Request
    {
        QByteArray method = "GET";
        QByteArray target;        // "/v1.41/containers/json?all=1"
        QByteArray body;
        QByteArray contentType;   // for a body
    };

    HttpConnection(EngineEndpoint endpoint, const std::atomic_bool *cancel = nullptr,
                   int idleTimeoutMs = 120000);

    HttpResponse send(const Request &request, const Sink &sink, const HeadersSeen &seen = {}) const;

private:
    int connectSocket(QString *error) const;

    EngineEndpoint m_endpoint;
    const std::atomic_bool *m_cancel;
    int m_idleTimeoutMs;
};

} // namespace dockscope
