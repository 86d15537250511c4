#include "streamdemuxer.h"

#include <nlohmann/json.hpp>

namespace dockscope {

bool StreamDemuxer::feed(const char *data, std::size_t length)
{
    if (!m_error.isEmpty()) {
        return false;
    }
    std::size_t i = 0;
    while (i < length) {
        if (m_remaining == 0) {
            const std::size_t need = std::min<std::size_t>(8 - std::size_t(m_header.size()), length - i);
            m_header.append(data + i, qsizetype(need));
            i += need;
            if (m_header.size() < 8) {
                break;
            }
            const auto *h = reinterpret_cast<const unsigned char *>(m_header.constData());
            if (h[0] > 3 || h[1] != 0 || h[2] != 0 || h[3] != 0) {
                m_error = QStringLiteral("not a multiplexed stream: frame header %1")
                              .arg(QString::fromLatin1(m_header.toHex(' ')));
                return false;
            }
            m_stream = Stream(h[0]);
            m_remaining = (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | h[7];
            m_header.clear();
            continue;
        }
        const std::size_t n = std::min<std::size_t>(m_remaining, length - i);
        if (!m_sink(m_stream, data + i, n)) {
            m_error = QStringLiteral("the receiver stopped");
            return false;
        }
        m_remaining -= quint32(n);
        i += n;
    }
    return true;
}

bool LogLineWriter::writeRecord(StreamDemuxer::Stream stream, const QByteArray &line, bool newline)
{
    QByteArray time;
    QByteArray text = line;
    // "2024-05-01T10:00:00.123456789Z text": the engine's timestamp, then one space.
    const qsizetype space = line.indexOf(' ');
    if (space > 19 && line.at(4) == '-' && line.at(10) == 'T' && line.at(space - 1) == 'Z') {
        time = line.left(space);
        text = line.mid(space + 1);
    }
    if (newline) {
        text.append('\n');
    }
    nlohmann::ordered_json record;
    record["log"] = std::string(text.constData(), std::size_t(text.size()));
    record["stream"] = stream == StreamDemuxer::Stderr ? "stderr"
        : stream == StreamDemuxer::Stdin               ? "stdin"
        : stream == StreamDemuxer::System              ? "system"
                                                       : "stdout";
    record["time"] = time.toStdString();
    const std::string s = record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return m_out(QByteArray(s.data(), qsizetype(s.size())) + '\n');
}

bool LogLineWriter::add(StreamDemuxer::Stream stream, const char *data, std::size_t length)
{
    QByteArray &pending = m_pending[stream];
    pending.append(data, qsizetype(length));
    qsizetype start = 0;
    for (qsizetype nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n', start)) {
        if (!writeRecord(stream, pending.mid(start, nl - start), true)) {
            return false;
        }
        start = nl + 1;
    }
    pending.remove(0, start);
    return true;
}

bool LogLineWriter::finish()
{
    for (int s = 0; s < 4; ++s) {
        if (!m_pending[s].isEmpty()) {
            if (!writeRecord(StreamDemuxer::Stream(s), m_pending[s], false)) {
                return false;
            }
            m_pending[s].clear();
        }
    }
    return true;
}

} // namespace dockscope
