#include "blobdecoder.h"

#include <QCoreApplication>

#include <archive.h>
#include <archive_entry.h>
#include <isa-l/igzip_lib.h>
#include <zstd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace dockscope {

namespace {
constexpr qint64 InputChunk = 256 * 1024;
constexpr qint64 OutputChunk = 1024 * 1024;
} // namespace

QString compressionName(Compression c)
{
    switch (c) {
    case Compression::None:
        return QStringLiteral("none");
    case Compression::Gzip:
        return QStringLiteral("gzip");
    case Compression::Zstd:
        return QStringLiteral("zstd");
    case Compression::Xz:
        return QStringLiteral("xz");
    case Compression::Bzip2:
        return QStringLiteral("bzip2");
    case Compression::Lz4:
        return QStringLiteral("lz4");
    }
    return {};
}

Compression detectCompression(const char *data, qint64 length)
{
    const auto *u = reinterpret_cast<const unsigned char *>(data);
    if (length >= 2 && u[0] == 0x1f && u[1] == 0x8b) {
        return Compression::Gzip;
    }
    if (length >= 4 && u[0] == 0x28 && u[1] == 0xb5 && u[2] == 0x2f && u[3] == 0xfd) {
        return Compression::Zstd;
    }
    if (length >= 6 && std::memcmp(data, "\xfd" "7zXZ\0", 6) == 0) {
        return Compression::Xz;
    }
    if (length >= 3 && std::memcmp(data, "BZh", 3) == 0) {
        return Compression::Bzip2;
    }
    if (length >= 4 && u[0] == 0x04 && u[1] == 0x22 && u[2] == 0x4d && u[3] == 0x18) {
        return Compression::Lz4;
    }
    return Compression::None;
}

class BlobDecoder::Codec
{
public:
    explicit Codec(BlobDecoder &owner)
        : m_owner(owner)
    {
    }
    virtual ~Codec() = default;
    // Produces the next decoded chunk; nullptr/0 at the end or on failure.
    virtual const char *next(qint64 *length) = 0;

protected:
    BlobDecoder &m_owner;
};

class PlainCodec final : public BlobDecoder::Codec
{
public:
    using Codec::Codec;
    const char *next(qint64 *length) override
    {
        const char *data = m_owner.rawChunk(OutputChunk, length, false);
        if (!data || *length <= 0) {
            *length = 0;
            return nullptr;
        }
        return data;
    }
};

class GzipCodec final : public BlobDecoder::Codec
{
public:
    explicit GzipCodec(BlobDecoder &owner)
        : Codec(owner)
    {
        isal_inflate_init(&m_state);
        m_state.crc_flag = ISAL_GZIP;
    }

    const char *next(qint64 *length) override
    {
        *length = 0;
        while (!m_done) {
            if (m_state.avail_in == 0 && !m_inputEnded) {
                qint64 n = 0;
                const char *in = m_owner.rawChunk(InputChunk, &n);
                if (n < 0 || m_owner.failed()) {
                    return nullptr;
                }
                if (!in || n == 0) {
                    m_inputEnded = true;
                } else {
                    m_inputOffset += m_consumedBefore;
                    m_consumedBefore = n;
                    m_state.next_in = reinterpret_cast<uint8_t *>(const_cast<char *>(in));
                    m_state.avail_in = uint32_t(n);
                }
            }
            if (m_memberFinished) {
                if (!startNextMember()) {
                    m_done = true;
                    break;
                }
                continue;
            }
            const bool starving = m_state.avail_in == 0 && m_inputEnded;
            m_state.next_out = reinterpret_cast<uint8_t *>(m_out.data());
            m_state.avail_out = uint32_t(m_out.size());
            const int rc = isal_inflate(&m_state);
            if (rc < 0) {
                m_owner.fail(rc == ISAL_INCORRECT_CHECKSUM
                                 ? QCoreApplication::translate("Diagnostic",
                                                               "gzip checksum (CRC-32) mismatch")
                                 : QCoreApplication::translate("Diagnostic",
                                                               "corrupt gzip data (ISA-L error %1)")
                                       .arg(rc),
                             rawOffset());
                m_done = true;
                break;
            }
            if (m_state.block_state == ISAL_BLOCK_FINISH) {
                m_memberFinished = true;
                ++m_members;
            }
            const qint64 produced = qint64(m_out.size()) - m_state.avail_out;
            if (produced > 0) {
                *length = produced;
                return m_out.data();
            }
            if (starving && !m_memberFinished) {
                m_owner.fail(QCoreApplication::translate(
                                 "Diagnostic", "truncated gzip stream: the compressed data ends "
                                               "inside gzip member %1")
                                 .arg(m_members + 1),
                             rawOffset());
                m_done = true;
                break;
            }
        }
        return nullptr;
    }

private:
    qint64 rawOffset() const { return m_inputOffset + (m_consumedBefore - m_state.avail_in); }

    // After a member ends: another gzip member (estargz, pigz) or the end of the blob.
    bool startNextMember()
    {
        for (;;) {
            if (m_state.avail_in == 0) {
                if (m_inputEnded) {
                    return false;
                }
                qint64 n = 0;
                const char *in = m_owner.rawChunk(InputChunk, &n);
                if (!in || n <= 0) {
                    m_inputEnded = true;
                    return false;
                }
                m_inputOffset += m_consumedBefore;
                m_consumedBefore = n;
                m_state.next_in = reinterpret_cast<uint8_t *>(const_cast<char *>(in));
                m_state.avail_in = uint32_t(n);
            }
            if (m_state.next_in[0] == 0x1f) {
                // Possibly a new member; ISA-L validates the header when it reads it.
                uint8_t *in = m_state.next_in;
                const uint32_t avail = m_state.avail_in;
                isal_inflate_reset(&m_state);
                m_state.crc_flag = ISAL_GZIP;
                m_state.next_in = in;
                m_state.avail_in = avail;
                m_memberFinished = false;
                return true;
            }
            // Trailing bytes: zero padding is harmless, anything else is worth a note.
            const qint64 at = rawOffset();
            bool zeros = true;
            for (uint32_t i = 0; i < m_state.avail_in; ++i) {
                if (m_state.next_in[i] != 0) {
                    zeros = false;
                    break;
                }
            }
            if (!zeros) {
                m_owner.m_notes << QCoreApplication::translate(
                                       "Diagnostic",
                                       "%1 bytes of trailing data after the gzip stream at "
                                       "offset %2")
                                       .arg(QString::number(m_state.avail_in), QString::number(at));
            }
            m_state.avail_in = 0;
            // Keep reading (and hashing) so the blob digest covers every stored byte.
        }
    }

    inflate_state m_state{};
    std::vector<char> m_out = std::vector<char>(OutputChunk);
    qint64 m_inputOffset = 0;
    qint64 m_consumedBefore = 0;
    int m_members = 0;
    bool m_inputEnded = false;
    bool m_memberFinished = false;
    bool m_done = false;
};

class ZstdCodec final : public BlobDecoder::Codec
{
public:
    explicit ZstdCodec(BlobDecoder &owner)
        : Codec(owner)
        , m_stream(ZSTD_createDStream())
    {
        ZSTD_initDStream(m_stream);
        // Refuse absurd windows a hostile frame may declare (default limit is 128 MiB).
        ZSTD_DCtx_setParameter(m_stream, ZSTD_d_windowLogMax, 27);
    }
    ~ZstdCodec() override { ZSTD_freeDStream(m_stream); }

    const char *next(qint64 *length) override
    {
        *length = 0;
        while (!m_done) {
            if (m_in.pos == m_in.size && !m_inputEnded) {
                qint64 n = 0;
                const char *in = m_owner.rawChunk(InputChunk, &n);
                if (m_owner.failed()) {
                    return nullptr;
                }
                if (!in || n == 0) {
                    m_inputEnded = true;
                } else {
                    m_inputOffset += qint64(m_in.size);
                    m_in = {in, size_t(n), 0};
                }
            }
            if (m_in.pos == m_in.size && m_inputEnded) {
                if (m_lastResult != 0) {
                    m_owner.fail(QCoreApplication::translate("Diagnostic",
                                                             "truncated zstd stream"),
                                 m_inputOffset + qint64(m_in.pos));
                }
                m_done = true;
                break;
            }
            ZSTD_outBuffer out{m_out.data(), m_out.size(), 0};
            const size_t rc = ZSTD_decompressStream(m_stream, &out, &m_in);
            if (ZSTD_isError(rc)) {
                m_owner.fail(QCoreApplication::translate("Diagnostic", "corrupt zstd data: %1")
                                 .arg(QString::fromUtf8(ZSTD_getErrorName(rc))),
                             m_inputOffset + qint64(m_in.pos));
                m_done = true;
                break;
            }
            m_lastResult = rc;
            if (out.pos > 0) {
                *length = qint64(out.pos);
                return m_out.data();
            }
        }
        return nullptr;
    }

private:
    ZSTD_DStream *m_stream;
    std::vector<char> m_out = std::vector<char>(OutputChunk);
    ZSTD_inBuffer m_in{nullptr, 0, 0};
    qint64 m_inputOffset = 0;
    size_t m_lastResult = 1;
    bool m_inputEnded = false;
    bool m_done = false;
};

// xz, bzip2 and lz4 through libarchive's filters with its "raw" format.
class ArchiveFilterCodec final : public BlobDecoder::Codec
{
public:
    explicit ArchiveFilterCodec(BlobDecoder &owner)
        : Codec(owner)
        , m_archive(archive_read_new())
    {
        archive_read_support_filter_all(m_archive);
        archive_read_support_format_raw(m_archive);
        if (archive_read_open(m_archive, this, nullptr, &ArchiveFilterCodec::readCallback, nullptr)
                != ARCHIVE_OK
            || archive_read_next_header(m_archive, &m_entry) != ARCHIVE_OK) {
            fail();
        }
    }
    ~ArchiveFilterCodec() override { archive_read_free(m_archive); }

    const char *next(qint64 *length) override
    {
        *length = 0;
        if (m_done) {
            return nullptr;
        }
        const void *buf = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(m_archive, &buf, &size, &offset);
        if (rc == ARCHIVE_EOF) {
            m_done = true;
            return nullptr;
        }
        if (rc < ARCHIVE_WARN) {
            fail();
            return nullptr;
        }
        *length = qint64(size);
        return static_cast<const char *>(buf);
    }

private:
    void fail()
    {
        m_done = true;
        m_owner.fail(QCoreApplication::translate("Diagnostic", "corrupt %1 data: %2")
                         .arg(compressionName(m_owner.compression()),
                              QString::fromUtf8(archive_error_string(m_archive))),
                     m_owner.m_storedSize);
    }

    static la_ssize_t readCallback(struct archive *, void *self, const void **buffer)
    {
        auto *codec = static_cast<ArchiveFilterCodec *>(self);
        qint64 n = 0;
        *buffer = codec->m_owner.rawChunk(InputChunk, &n);
        return codec->m_owner.failed() ? -1 : la_ssize_t(n);
    }

    struct archive *m_archive;
    struct archive_entry *m_entry = nullptr;
    bool m_done = false;
};

BlobDecoder::BlobDecoder(ByteSource &raw)
    : m_raw(raw)
{
    // Peek at the first bytes to choose the codec; they are replayed through readRaw().
    m_peek.resize(16);
    const qint64 n = m_raw.readFully(m_peek.data(), qint64(m_peek.size()));
    m_peek.resize(size_t(std::max<qint64>(n, 0)));
    m_compression = detectCompression(m_peek.data(), qint64(m_peek.size()));
    switch (m_compression) {
    case Compression::None:
        m_codec = std::make_unique<PlainCodec>(*this);
        break;
    case Compression::Gzip:
        m_codec = std::make_unique<GzipCodec>(*this);
        break;
    case Compression::Zstd:
        m_codec = std::make_unique<ZstdCodec>(*this);
        break;
    case Compression::Xz:
    case Compression::Bzip2:
    case Compression::Lz4:
        m_codec = std::make_unique<ArchiveFilterCodec>(*this);
        break;
    }
}

BlobDecoder::~BlobDecoder() = default;

const char *BlobDecoder::rawChunk(qint64 max, qint64 *length, bool hash)
{
    const char *data = nullptr;
    qint64 n = 0;
    if (m_peekPos < m_peek.size()) {
        n = std::min<qint64>(max, qint64(m_peek.size() - m_peekPos));
        data = m_peek.data() + m_peekPos;
        m_peekPos += size_t(n);
    } else if (m_raw.canBorrow()) {
        data = m_raw.borrow(max, &n); // zero-copy from a mapping or memory
    } else {
        if (qint64(m_rawBuffer.size()) < max) {
            m_rawBuffer.resize(size_t(max));
        }
        n = m_raw.read(m_rawBuffer.data(), max);
        data = m_rawBuffer.data();
        if (n < 0) {
            fail(QCoreApplication::translate("Diagnostic", "read error: %1").arg(m_raw.errorString()),
                 m_storedSize);
            *length = -1;
            return nullptr;
        }
    }
    if (n > 0) {
        if (hash) {
            m_storedHash.update(data, size_t(n));
        }
        m_storedSize += n;
    } else {
        data = nullptr;
        n = 0;
    }
    *length = n;
    return data;
}

void BlobDecoder::fail(const QString &message, qint64 offset)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorOffset = offset;
    }
}

const char *BlobDecoder::nextChunk(qint64 *length)
{
    *length = 0;
    if (m_ended || failed()) {
        return nullptr;
    }
    catchUp(); // before the codec reuses or releases the chunk's memory
    const char *data = m_codec->next(length);
    if (!data || *length <= 0) {
        *length = 0;
        m_ended = true;
        return nullptr;
    }
    m_chunk = data;
    m_chunkLength = *length;
    m_chunkHashed = 0;
    m_decodedSize += *length;
    return data;
}

void BlobDecoder::catchUp()
{
    if (m_chunk && m_chunkHashed < m_chunkLength) {
        streamHash().update(m_chunk + m_chunkHashed, size_t(m_chunkLength - m_chunkHashed));
    }
    m_chunk = nullptr;
    m_chunkLength = m_chunkHashed = 0;
}

void BlobDecoder::hashAlong(Sha256 &other, const char *data, std::size_t length)
{
    const auto at = reinterpret_cast<std::uintptr_t>(data);
    const auto begin = reinterpret_cast<std::uintptr_t>(m_chunk);
    if (m_chunk && at >= begin + std::uintptr_t(m_chunkHashed)
        && at + length <= begin + std::uintptr_t(m_chunkLength)) {
        const qint64 skipped = qint64(at - begin) - m_chunkHashed;
        streamHash().update(m_chunk + m_chunkHashed, size_t(skipped));
        Sha256::updateBoth(streamHash(), other, data, length);
        m_chunkHashed = qint64(at - begin) + qint64(length);
    } else {
        other.update(data, length);
    }
}

void BlobDecoder::drain()
{
    if (m_finished) {
        return;
    }
    qint64 n = 0;
    while (!m_ended && !failed() && nextChunk(&n)) {
    }
    // Hash any stored bytes the codec did not need, so the blob digest covers the whole blob.
    qint64 n2 = 0;
    while (rawChunk(InputChunk, &n2) && n2 > 0) {
    }
    finish();
}

void BlobDecoder::finish()
{
    catchUp();
    m_finished = true;
    m_storedDigest = m_storedHash.finish();
    if (m_compression == Compression::None) {
        m_decodedDigest = m_storedDigest;
        m_decodedSize = m_storedSize;
    } else {
        m_decodedDigest = m_decodedHash.finish();
    }
}

} // namespace dockscope
