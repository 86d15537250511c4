#pragma once

#include "blobdecoder.h"
#include "bytesource.h"

#include <algorithm>
#include <cstring>

namespace dockscope {

// ByteSource over a BlobDecoder's decompressed output.
class DecodedSource final : public ByteSource
{
public:
    explicit DecodedSource(BlobDecoder &decoder)
        : m_decoder(decoder)
    {
    }
    qint64 read(char *buffer, qint64 max) override
    {
        qint64 done = 0;
        while (done < max) {
            if (m_pos == m_len) {
                m_chunk = m_decoder.nextChunk(&m_len);
                m_pos = 0;
                if (!m_chunk || m_len == 0) {
                    m_len = 0;
                    break;
                }
            }
            const qint64 n = std::min(max - done, m_len - m_pos);
            std::memcpy(buffer + done, m_chunk + m_pos, size_t(n));
            m_pos += n;
            done += n;
        }
        m_total += done;
        return done;
    }
    qint64 position() const override { return m_total; }

private:
    BlobDecoder &m_decoder;
    const char *m_chunk = nullptr;
    qint64 m_len = 0;
    qint64 m_pos = 0;
    qint64 m_total = 0;
};

} // namespace dockscope
