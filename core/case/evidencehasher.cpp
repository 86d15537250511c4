#include "evidencehasher.h"

#include "archive/bytesource.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <openssl/evp.h>

#include <array>
#include <memory>
#include <vector>

namespace dockscope {

namespace {

// SHA-256, SHA-1 and MD5 fed with the same bytes.
class DigestSet
{
public:
    explicit DigestSet(EvidenceHasher::Algorithm algorithms)
    {
        const std::array<const EVP_MD *, 3> kinds{EVP_sha256(), EVP_sha1(), EVP_md5()};
        const std::size_t count = algorithms == EvidenceHasher::AllDigests ? kinds.size() : 1;
        for (std::size_t i = 0; i < count; ++i) {
            EVP_MD_CTX *ctx = EVP_MD_CTX_new();
            EVP_DigestInit_ex(ctx, kinds[i], nullptr);
            m_ctx.emplace_back(ctx, &EVP_MD_CTX_free);
        }
    }

    void update(const void *data, std::size_t length)
    {
        for (auto &ctx : m_ctx) {
            EVP_DigestUpdate(ctx.get(), data, length);
        }
    }

    // Hex digests in the order SHA-256, SHA-1, MD5 (absent ones empty).
    std::array<QString, 3> finish()
    {
        std::array<QString, 3> out;
        for (std::size_t i = 0; i < m_ctx.size(); ++i) {
            unsigned char md[EVP_MAX_MD_SIZE];
            unsigned int length = 0;
            EVP_DigestFinal_ex(m_ctx[i].get(), md, &length);
            out[i] = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex());
        }
        return out;
    }

private:
    std::vector<std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>> m_ctx;
};

struct FileDigests
{
    std::array<QString, 3> hex;
    qint64 size = 0;
    bool ok = false;
    bool cancelled = false;
    QString error;
};

FileDigests hashFile(const QString &path, EvidenceHasher::Algorithm algorithms,
                     std::atomic<qint64> *progress, const std::atomic_bool *cancel)
{
    FileDigests result;
    const auto file = ReadOnlyFile::open(path, &result.error);
    if (!file) {
        return result;
    }
    DigestSet digests(algorithms);
    std::vector<char> buffer(std::size_t(1) << 20);
    qint64 offset = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            return result;
        }
        const qint64 n = file->readAt(offset, buffer.data(), qint64(buffer.size()));
        if (n < 0) {
            result.error = QStringLiteral("read error at offset %1").arg(offset);
            return result;
        }
        if (n == 0) {
            break;
        }
        digests.update(buffer.data(), std::size_t(n));
        offset += n;
        if (progress) {
            *progress += n;
        }
    }
    result.hex = digests.finish();
    result.size = offset;
    result.ok = true;
    return result;
}

QStringList folderFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isSymLink()) {
            files << path;
        }
    }
    files.sort();
    return files;
}

EvidenceHashes hashFolder(const QString &given, EvidenceHasher::Algorithm algorithms,
                          std::atomic<qint64> *progress, const std::atomic_bool *cancel)
{
    EvidenceHashes out;
    out.folder = true;
    QString root = QDir::cleanPath(given);
    // One listing per algorithm: each line names the file by that algorithm's digest.
    const std::size_t count = algorithms == EvidenceHasher::AllDigests ? 3 : 1;
    std::array<QByteArray, 3> lines;
    for (const QString &path : folderFiles(root)) {
        const FileDigests d = hashFile(path, algorithms, progress, cancel);
        if (d.cancelled) {
            out.cancelled = true;
            return out;
        }
        const QByteArray relative = path.mid(root.size() + 1).toUtf8();
        for (std::size_t i = 0; i < count; ++i) {
            // An unreadable file keeps its place in the listing with an empty digest.
            lines[i] += d.hex[i].toLatin1() + "  " + relative + '\n';
        }
        out.sizeBytes += d.size;
        if (!d.ok && out.error.isEmpty()) {
            out.error = path + QStringLiteral(": ") + d.error;
        }
    }
    const std::array<const EVP_MD *, 3> kinds{EVP_sha256(), EVP_sha1(), EVP_md5()};
    std::array<QString *, 3> targets{&out.sha256, &out.sha1, &out.md5};
    for (std::size_t i = 0; i < count; ++i) {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_Digest(lines[i].constData(), std::size_t(lines[i].size()), md, &length, kinds[i], nullptr);
        *targets[i] = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex());
    }
    out.ok = out.error.isEmpty();
    return out;
}

} // namespace

EvidenceHashes EvidenceHasher::hash(const QString &path, Algorithm algorithms,
                                    std::atomic<qint64> *progress, const std::atomic_bool *cancel)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return hashFolder(path, algorithms, progress, cancel);
    }
    EvidenceHashes out;
    if (!info.exists()) {
        out.error = QStringLiteral("no such file or folder");
        return out;
    }
    const FileDigests d = hashFile(path, algorithms, progress, cancel);
    out.sha256 = d.hex[0];
    out.sha1 = d.hex[1];
    out.md5 = d.hex[2];
    out.sizeBytes = d.size;
    out.ok = d.ok;
    out.cancelled = d.cancelled;
    out.error = d.error;
    return out;
}

qint64 EvidenceHasher::sizeOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir()) {
        return info.size();
    }
    qint64 total = 0;
    for (const QString &f : folderFiles(path)) {
        total += QFileInfo(f).size();
    }
    return total;
}

} // namespace dockscope
