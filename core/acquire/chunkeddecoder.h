#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>

namespace dockscope {

// Decodes an HTTP/1.1 chunked body as it arrives, in pieces of any size (RFC 9112 §7.1):
// hexadecimal chunk sizes with optional extensions, CRLF after every chunk, a last chunk of
// size 0 and optional trailer fields.
class ChunkedDecoder
{
public:
    using Sink = std::function<bool(const char *data, std::size_t length)>;

    explicit ChunkedDecoder(Sink sink)
        : m_sink(std::move(sink))
    {
    }

    // Feeds received bytes; false on a framing error (see error()) or when the sink refused.
    bool feed(const char *data, std::size_t length);
    bool finished() const { return m_state == State::Done; }
    const QString &error() const { return m_error; }
    // Bytes consumed after the end of the body (a pipelined response): 0 with Connection: close.
    std::size_t trailing() const { return m_trailing; }

private:
    enum class State { Size, Data, DataEnd, Trailer, Done };
    bool fail(const QString &why);

    Sink m_sink;
    State m_state = State::Size;
    QByteArray m_line;
    quint64 m_remaining = 0;
    QString m_error;
    std::size_t m_trailing = 0;
};

} // namespace dockscope
