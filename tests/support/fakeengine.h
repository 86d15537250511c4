#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace dockscope::test {

// A scripted HTTP peer on a Unix socket, for tests of the Engine API client: every request
// (method, target, body) is answered with the raw bytes the handler returns, then the
// connection is closed.
class FakeEngine
{
public:
    using Handler = std::function<QByteArray(const QByteArray &method, const QByteArray &target,
                                             const QByteArray &body)>;

    FakeEngine(const QString &socketPath, Handler handler);
    ~FakeEngine();
    FakeEngine(const FakeEngine &) = delete;
    FakeEngine &operator=(const FakeEngine &) = delete;

    bool listening() const { return m_fd >= 0; }
    QString address() const { return QStringLiteral("unix://") + m_path; }
    int requests() const { return m_requests; }

    // Response helpers.
    static QByteArray json(const QByteArray &body, int status = 200);
    static QByteArray chunked(const QByteArray &body, const QByteArray &contentType, int chunkSize);
    static QByteArray frame(int stream, const QByteArray &payload); // multiplexed stream frame

private:
    void serve();

    QString m_path;
    Handler m_handler;
    int m_fd = -1;
    std::atomic_bool m_stop{false};
    std::atomic_int m_requests{0};
    std::thread m_thread;
};

} // namespace dockscope::test
