#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>

namespace dockscope {

// Splits the Docker Engine's multiplexed attach/logs stream (application/vnd.docker.multiplexed-
// stream): frames of an 8-byte header [stream, 0, 0, 0, size as big-endian uint32] followed by
// size bytes. Stream 0 is stdin, 1 stdout, 2 stderr, 3 a system error from the engine.
class StreamDemuxer
{
public:
    enum Stream { Stdin = 0, Stdout = 1, Stderr = 2, System = 3 };
    using Sink = std::function<bool(Stream stream, const char *data, std::size_t length)>;

    explicit StreamDemuxer(Sink sink)
        : m_sink(std::move(sink))
    {
    }

    bool feed(const char *data, std::size_t length);
    // True when the stream ended at a frame boundary.
    bool atBoundary() const { return m_header.isEmpty() && m_remaining == 0; }
    const QString &error() const { return m_error; }

private:
    Sink m_sink;
    QByteArray m_header;
    quint32 m_remaining = 0;
    Stream m_stream = Stdout;
    QString m_error;
};

// Turns the demultiplexed "TIMESTAMP text" lines of `logs?timestamps=1` into Docker's json-file
// records ({"log":"text\n","stream":"stdout","time":"TIMESTAMP"}), one a line, so the acquired
// logs read like the daemon's own log file. Lines are joined per stream across frames.
class LogLineWriter
{
public:
    using Out = std::function<bool(const QByteArray &line)>;
    explicit LogLineWriter(Out out)
        : m_out(std::move(out))
    {
    }

    bool add(StreamDemuxer::Stream stream, const char *data, std::size_t length);
    // Writes what is left of unterminated lines.
    bool finish();

private:
    bool writeRecord(StreamDemuxer::Stream stream, const QByteArray &line, bool newline);

    Out m_out;
    QByteArray m_pending[4];
};

} // namespace dockscope
