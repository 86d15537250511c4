#include "chunkeddecoder.h"

namespace dockscope {

namespace {
constexpr qsizetype MaxLine = 4096;
}

bool ChunkedDecoder::fail(const QString &why)
{
    m_error = why;
    return false;
}

bool ChunkedDecoder::feed(const char *data, std::size_t length)
{
    if (!m_error.isEmpty()) {
        return false;
    }
    std::size_t i = 0;
    while (i < length) {
        switch (m_state) {
        case State::Done:
            m_trailing += length - i;
            return true;
        case State::Data: {
            const std::size_t n = std::size_t(std::min<quint64>(m_remaining, length - i));
            if (!m_sink(data + i, n)) {
                return fail(QStringLiteral("the receiver stopped"));
            }
            i += n;
            m_remaining -= n;
            if (m_remaining == 0) {
                m_state = State::DataEnd;
            }
            break;
        }
        case State::Size:
        case State::DataEnd:
        case State::Trailer: {
            const char c = data[i++];
            if (c != '\n') {
                if (m_line.size() >= MaxLine) {
                    return fail(QStringLiteral("a chunk header line is longer than %1 bytes").arg(MaxLine));
                }
                m_line.append(c);
                break;
            }
            if (m_line.endsWith('\r')) {
                m_line.chop(1);
            }
            const QByteArray line = m_line;
            m_line.clear();
            if (m_state == State::DataEnd) {
                if (!line.isEmpty()) {
                    return fail(QStringLiteral("a chunk is longer than its declared size"));
                }
                m_state = State::Size;
            } else if (m_state == State::Size) {
                const qsizetype ext = line.indexOf(';');
                const QByteArray hex = (ext < 0 ? line : line.left(ext)).trimmed();
                bool ok = false;
                const quint64 size = hex.toULongLong(&ok, 16);
                if (!ok || hex.isEmpty() || hex.size() > 15) {
                    return fail(QStringLiteral("bad chunk size \"%1\"")
                                    .arg(QString::fromLatin1(line.left(40))));
                }
                m_remaining = size;
                m_state = size == 0 ? State::Trailer : State::Data;
            } else if (line.isEmpty()) { // end of the trailer section
                m_state = State::Done;
            }
            break;
        }
        }
    }
    return true;
}

} // namespace dockscope
