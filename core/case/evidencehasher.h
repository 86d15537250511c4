#pragma once

#include <QString>

#include <atomic>

namespace dockscope {

// The digests of one evidence item at intake or verification.
struct EvidenceHashes
{
    QString sha256; // lower-case hex, no prefix
    QString sha1;
    QString md5;
    qint64 sizeBytes = 0;
    bool folder = false;
    bool ok = false;
    bool cancelled = false;
    QString error; // the system's message when the item could not be read
};

// Hashes an evidence file in one read with SHA-256, SHA-1 and MD5 (OpenSSL EVP). A folder is
// hashed through its listing: each digest is taken over "<digest of file>  <relative path>\n"
// lines sorted by path, the same listing the analysis uses for its folder SHA-256. Symbolic
// links are not followed. Progress counts bytes read; safe on worker threads.
class EvidenceHasher
{
public:
    enum Algorithm { Sha256Only, AllDigests };

    static EvidenceHashes hash(const QString &path, Algorithm algorithms = AllDigests,
                               std::atomic<qint64> *progress = nullptr,
                               const std::atomic_bool *cancel = nullptr);
    // Bytes hash() will read: the file's size, or the sum of a folder's file sizes.
    static qint64 sizeOf(const QString &path);
};

} // namespace dockscope
