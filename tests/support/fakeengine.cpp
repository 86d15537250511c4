#include "fakeengine.h"

#include <QFile>

#include <cstring>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace dockscope::test {

FakeEngine::FakeEngine(const QString &socketPath, Handler handler)
    : m_path(socketPath)
    , m_handler(std::move(handler))
{
    const QByteArray path = QFile::encodeName(socketPath);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (std::size_t(path.size()) >= sizeof addr.sun_path) {
        return;
    }
    std::memcpy(addr.sun_path, path.constData(), std::size_t(path.size()));
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<const sockaddr *>(&addr), sizeof addr) != 0
        || ::listen(m_fd, 16) != 0) {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
        m_fd = -1;
        return;
    }
    m_thread = std::thread([this] { serve(); });
}

FakeEngine::~FakeEngine()
{
    m_stop = true;
    if (m_thread.joinable()) {
        m_thread.join();
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        ::unlink(QFile::encodeName(m_path).constData());
    }
}

void FakeEngine::serve()
{
    while (!m_stop) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0) {
            continue;
        }
        const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) {
            continue;
        }
        QByteArray request;
        char buffer[4096];
        qsizetype headerEnd = -1;
        qsizetype length = 0;
        while (!m_stop) {
            const ssize_t n = ::recv(client, buffer, sizeof buffer, 0);
            if (n <= 0) {
                break;
            }
            request.append(buffer, n);
            if (headerEnd < 0) {
                headerEnd = request.indexOf("\r\n\r\n");
                if (headerEnd >= 0) {
                    const QByteArray lower = request.left(headerEnd).toLower();
                    const qsizetype cl = lower.indexOf("content-length:");
                    if (cl >= 0) {
                        length = lower.mid(cl + 15, lower.indexOf('\r', cl) - cl - 15).trimmed().toLongLong();
                    }
                }
            }
            if (headerEnd >= 0 && request.size() >= headerEnd + 4 + length) {
                break;
            }
        }
        ++m_requests;
        const QByteArray line = request.left(request.indexOf("\r\n"));
        const QList<QByteArray> parts = line.split(' ');
        const QByteArray response = parts.size() >= 2
            ? m_handler(parts.at(0), parts.at(1), request.mid(headerEnd + 4))
            : QByteArray();
        for (qsizetype sent = 0; sent < response.size();) {
            const ssize_t n = ::send(client, response.constData() + sent, std::size_t(response.size() - sent), MSG_NOSIGNAL);
            if (n <= 0) {
                break;
            }
            sent += n;
        }
        ::close(client);
    }
}

QByteArray FakeEngine::json(const QByteArray &body, int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error")
        + "\r\nApi-Version: 1.41\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray FakeEngine::chunked(const QByteArray &body, const QByteArray &contentType, int chunkSize)
{
    QByteArray out = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: " + contentType
        + "\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (qsizetype i = 0; i < body.size(); i += chunkSize) {
        const QByteArray part = body.mid(i, chunkSize);
        out += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
    }
    return out + "0\r\n\r\n";
}

QByteArray FakeEngine::frame(int stream, const QByteArray &payload)
{
    QByteArray h(8, '\0');
    h[0] = char(stream);
    const quint32 n = quint32(payload.size());
    h[4] = char(n >> 24);
    h[5] = char(n >> 16);
    h[6] = char(n >> 8);
    h[7] = char(n);
    return h + payload;
}

} // namespace dockscope::test
