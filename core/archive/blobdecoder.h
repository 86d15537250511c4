#pragma once

#include "bytesource.h"
#include "util/digest.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace dockscope {

enum class Compression { None, Gzip, Zstd, Xz, Bzip2, Lz4 };

QString compressionName(Compression c);
// Decided from the first bytes only, never from a name or a media type.
Compression detectCompression(const char *data, qint64 length);

// Reads a stored blob once: hashes the stored bytes (the blob digest), decompresses according to
// the magic bytes (gzip through ISA-L with every member of a multi-member stream such as
// estargz, zstd through libzstd, xz/bzip2/lz4 through libarchive's filters) and hashes the
// decompressed bytes (the diff_id). Data is handed out in chunks from an internal buffer.
class BlobDecoder
{
public:
    explicit BlobDecoder(ByteSource &raw);
    ~BlobDecoder();
    BlobDecoder(const BlobDecoder &) = delete;
    BlobDecoder &operator=(const BlobDecoder &) = delete;

    // Next chunk of decompressed bytes; *length = 0 at the end or on an error (see failed()).
    const char *nextChunk(qint64 *length);
    // Hashes `length` bytes of the current chunk into `other` and, in the same pass, into the
    // diff_id, whose hashing of each chunk waits for this until the next chunk is asked for. Bytes
    // outside the current chunk (a copy made by the caller) go to `other` alone.
    void hashAlong(Sha256 &other, const char *data, std::size_t length);
    // Reads and hashes whatever is left (after the consumer stopped early), then finalises.
    void drain();

    Compression compression() const { return m_compression; }
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    // Offset in the stored bytes where decoding failed, or -1.
    qint64 errorOffset() const { return m_errorOffset; }
    // Notes that are not failures: trailing bytes after a compressed stream, etc.
    const QStringList &notes() const { return m_notes; }

    // Valid after drain().
    Digest storedDigest() const { return m_storedDigest; }
    qint64 storedSize() const { return m_storedSize; }
    Digest decodedDigest() const { return m_decodedDigest; }
    qint64 decodedSize() const { return m_decodedSize; }

    class Codec;

private:
    // Next stored bytes (hashed on the way): borrowed from the source where it can lend them.
    // `hash` false leaves the stored hash to the decoded chunk's deferred hashing (plain blobs).
    const char *rawChunk(qint64 max, qint64 *length, bool hash = true);
    // The hash of the bytes nextChunk() hands out: the stored hash of a plain blob.
    Sha256 &streamHash() { return m_compression == Compression::None ? m_storedHash : m_decodedHash; }
    // Hashes what hashAlong() has not yet taken of the current chunk.
    void catchUp();
    void fail(const QString &message, qint64 offset);
    void finish();

    friend class GzipCodec;
    friend class ZstdCodec;
    friend class ArchiveFilterCodec;
    friend class PlainCodec;

    ByteSource &m_raw;
    Compression m_compression = Compression::None;
    std::unique_ptr<Codec> m_codec;
    Sha256 m_storedHash;
    Sha256 m_decodedHash;
    Digest m_storedDigest;
    Digest m_decodedDigest;
    qint64 m_storedSize = 0;
    qint64 m_decodedSize = 0;
    QString m_error;
    qint64 m_errorOffset = -1;
    QStringList m_notes;
    std::vector<char> m_rawBuffer;
    std::vector<char> m_peek; // first raw bytes, read to detect the compression
    std::size_t m_peekPos = 0;
    const char *m_chunk = nullptr; // the chunk last handed out, until the next is asked for
    qint64 m_chunkLength = 0;
    qint64 m_chunkHashed = 0; // its first bytes already in streamHash()
    bool m_finished = false;
    bool m_ended = false;
};

} // namespace dockscope
