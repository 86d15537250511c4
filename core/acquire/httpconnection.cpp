#include "httpconnection.h"

#include "chunkeddecoder.h"


#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace dockscope {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr int PollSliceMs = 200;

class Fd
{
public:
    explicit Fd(int fd)
        : m_fd(fd)
    {
    }
    ~Fd()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

QString errnoText(int e)
{
    return QString::fromLocal8Bit(std::strerror(e));
}

bool parseHead(const QByteArray &head, HttpResponse &r)
{
    const QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty()) {
        return false;
    }
    const QByteArray status = lines.first().trimmed();
    if (!status.startsWith("HTTP/1.")) {
        return false;
    }
    const QList<QByteArray> parts = status.split(' ');
    if (parts.size() < 2) {
        return false;
    }
    bool ok = false;
    r.status = parts.at(1).toInt(&ok);
    if (!ok || r.status < 100 || r.status > 999) {
        return false;
    }
    const qsizetype reason = status.indexOf(' ', status.indexOf(' ') + 1);
    r.reason = reason > 0 ? status.mid(reason + 1) : QByteArray();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        r.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return true;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerName) {
            return h.second;
        }
    }
    return {};
}

HttpConnection::HttpConnection(EngineEndpoint endpoint, const std::atomic_bool *cancel,
                               int idleTimeoutMs)
    : m_endpoint(std::move(endpoint))
    , m_cancel(cancel)
    , m_idleTimeoutMs(idleTimeoutMs)
{
}

int HttpConnection::connectSocket(QString *error) const
{
    if (m_endpoint.kind == EngineEndpoint::Kind::Unix) {
        const QByteArray path = m_endpoint.socketPath.toLocal8Bit();
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        if (std::size_t(path.size()) >= sizeof(addr.sun_path)) {
            *error = QStringLiteral("the socket path %1 is too long").arg(m_endpoint.socketPath);
            return -1;
        }
        std::memcpy(addr.sun_path, path.constData(), std::size_t(path.size()));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            *error = QStringLiteral("cannot create a socket: %1").arg(errnoText(errno));
            return -1;
        }
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0) {
            *error = QStringLiteral("cannot connect to %1: %2").arg(m_endpoint.toString(), errnoText(errno));
            ::close(fd);
            return -1;
        }
        return fd;
    }
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int rc = ::getaddrinfo(m_endpoint.host.toUtf8().constData(),
                                 QByteArray::number(m_endpoint.port).constData(), &hints, &found);
    if (rc != 0) {
        *error = QStringLiteral("cannot resolve %1: %2").arg(m_endpoint.host, QString::fromLocal8Bit(gai_strerror(rc)));
        return -1;
    }
    int fd = -1;
    int lastErrno = 0;
    for (addrinfo *a = found; a; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) {
            lastErrno = errno;
            continue;
        }
        if (::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
            break;
        }
        lastErrno = errno;
        ::close(fd);
        fd = -1;
    }
    ::freeaddrinfo(found);
    if (fd < 0) {
        *error = QStringLiteral("cannot connect to %1: %2").arg(m_endpoint.toString(), errnoText(lastErrno));
    }
    return fd;
}

HttpResponse HttpConnection::send(const Request &request, const Sink &sink, const HeadersSeen &seen) const
{
    HttpResponse r;
    Fd fd(connectSocket(&r.error));
    if (fd.get() < 0) {
        return r;
    }
    const QByteArray host = m_endpoint.kind == EngineEndpoint::Kind::Unix
        ? QByteArrayLiteral("docker")
        : m_endpoint.host.toUtf8() + ':' + QByteArray::number(m_endpoint.port);
    QByteArray out = request.method + ' ' + request.target + " HTTP/1.1\r\nHost: " + host
        + "\r\nUser-Agent: Dockscope/" + QByteArrayLiteral(DOCKSCOPE_VERSION)
        + "\r\nAccept: */*\r\nConnection: close\r\n";
    if (!request.body.isEmpty() || request.method == "POST") {
        out += "Content-Type: " + (request.contentType.isEmpty() ? QByteArrayLiteral("application/json") : request.contentType)
            + "\r\nContent-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    }
    out += "\r\n" + request.body;
    for (qsizetype sent = 0; sent < out.size();) {
        const ssize_t n = ::send(fd.get(), out.constData() + sent, std::size_t(out.size() - sent), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            r.error = QStringLiteral("cannot send the request: %1").arg(errnoText(errno));
            return r;
        }
        sent += n;
    }

    enum class Body { None, Length, Chunked, UntilClose };
    Body mode = Body::UntilClose;
    qint64 length = 0;
    QByteArray head;
    bool inBody = false;
    bool stopped = false;
    auto deliver = [&](const char *data, std::size_t n) {
        if (!sink(data, n)) {
            stopped = true;
            return false;
        }
        r.bodyBytes += qint64(n);
        return true;
    };
    ChunkedDecoder chunked(deliver);
    auto feedBody = [&](const char *data, std::size_t n) -> bool {
        switch (mode) {
        case Body::None:
            return true;
        case Body::Chunked:
            if (!chunked.feed(data, n)) {
                if (!stopped) {
                    r.error = QStringLiteral("bad chunked body: %1").arg(chunked.error());
                }
                return false;
            }
            r.complete = chunked.finished();
            return true;
        case Body::Length: {
            const std::size_t take = std::size_t(std::min<qint64>(qint64(n), length - r.bodyBytes));
            if (take > 0 && !deliver(data, take)) {
                return false;
            }
            r.complete = r.bodyBytes == length;
            return true;
        }
        case Body::UntilClose:
            return deliver(data, n);
        }
        return true;
    };

    char buffer[64 * 1024];
    int idle = 0;
    for (;;) {
        if (m_cancel && m_cancel->load()) {
            r.error = QStringLiteral("cancelled");
            return r;
        }
        if (inBody && r.complete) {
            break;
        }
        pollfd p{fd.get(), POLLIN, 0};
        const int ready = ::poll(&p, 1, PollSliceMs);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready < 0) {
            r.error = QStringLiteral("poll failed: %1").arg(errnoText(errno));
            return r;
        }
        if (ready == 0) {
            idle += PollSliceMs;
            if (idle >= m_idleTimeoutMs) {
                r.error = QStringLiteral("no data from the engine for %1 s").arg(m_idleTimeoutMs / 1000);
                return r;
            }
            continue;
        }
        idle = 0;
        const ssize_t n = ::recv(fd.get(), buffer, sizeof buffer, 0);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            r.error = QStringLiteral("cannot read the response: %1").arg(errnoText(errno));
            return r;
        }
        if (n == 0) { // the engine closed the connection
            if (!inBody) {
                r.error = head.isEmpty() ? QStringLiteral("the peer closed the connection without answering")
                                         : QStringLiteral("the peer closed the connection in the middle of the response headers");
                return r;
            }
            if (mode == Body::UntilClose || mode == Body::None) {
                r.complete = true;
            } else if (!r.complete) {
                r.error = mode == Body::Length
                    ? QStringLiteral("the connection closed after %1 of %2 body bytes").arg(r.bodyBytes).arg(length)
                    : QStringLiteral("the connection closed before the last chunk, after %1 body bytes").arg(r.bodyBytes);
            }
            break;
        }
        if (inBody) {
            if (!feedBody(buffer, std::size_t(n))) {
                if (stopped && r.error.isEmpty()) {
                    r.error = QStringLiteral("stopped after %1 body bytes").arg(r.bodyBytes);
                }
                return r;
            }
            continue;
        }
        head.append(buffer, n);
        const qsizetype end = head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (head.size() > MaxHeaderBytes || (head.size() >= 5 && !head.startsWith("HTTP/"))) {
                r.error = QStringLiteral("the peer does not answer in HTTP (first bytes: %1)")
                              .arg(QString::fromLatin1(head.left(16).toHex(' ')));
                return r;
            }
            continue;
        }
        const QByteArray rest = head.mid(end + 4);
        head.truncate(end);
        if (!parseHead(head, r)) {
            r.status = 0;
            r.error = QStringLiteral("the peer does not answer in HTTP (first bytes: %1)")
                          .arg(QString::fromLatin1(head.left(16).toHex(' ')));
            return r;
        }
        inBody = true;
        const QByteArray te = r.header("transfer-encoding").toLower();
        const QByteArray cl = r.header("content-length");
        if (request.method == "HEAD" || r.status == 204 || r.status == 304 || (r.status >= 100 && r.status < 200)) {
            mode = Body::None;
            r.complete = true;
        } else if (te.contains("chunked")) {
            mode = Body::Chunked;
        } else if (!cl.isEmpty()) {
            bool ok = false;
            length = cl.toLongLong(&ok);
            if (!ok || length < 0) {
                r.error = QStringLiteral("bad Content-Length \"%1\"").arg(QString::fromLatin1(cl));
                return r;
            }
            mode = Body::Length;
            r.complete = length == 0;
        }
        if (seen && !seen(r)) {
            return r;
        }
        if (!rest.isEmpty() && !feedBody(rest.constData(), std::size_t(rest.size()))) {
            if (stopped && r.error.isEmpty()) {
                r.error = QStringLiteral("stopped after %1 body bytes").arg(r.bodyBytes);
            }
            return r;
        }
    }
    return r;
}

} // namespace dockscope
