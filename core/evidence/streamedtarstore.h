#pragma once

#include "archive/bytesource.h"
#include "indexedtarstore.h"

#include <map>
#include <memory>
#include <mutex>

namespace dockscope {

// A compressed tar archive (a gzipped docker save, for example). It cannot be read at random,
// so it is read once, front to back: metadata members are kept in memory, members that look
// like layer blobs (tar, gzip or zstd magic) are scanned as they stream past, and the SHA-256
// of the evidence file is computed in the same pass.
class StreamedTarStore final : public IndexedTarStore
{
public:
    static constexpr qint64 MaxKeptMember = 16 << 20;

    StreamedTarStore(QString evidence, std::shared_ptr<const ReadOnlyFile> file,
                     const LayerScanner::Options &options);

    Digest evidenceDigest() const override { return m_digest; }
    Compression compression() const { return m_compression; }

protected:
    std::optional<QByteArray> readResolved(const QString &resolved, qint64 limit,
                                           DiagnosticSink &diag) const override;
    LayerScan scanResolved(const QString &resolved,
                           const LayerScanner::Options &options) const override;
    std::unique_ptr<ByteSource> openResolved(const QString &resolved,
                                             DiagnosticSink &diag) const override;

private:
    std::map<std::string, QByteArray> m_kept;
    mutable std::mutex m_prescanMutex;
    mutable std::map<std::string, LayerScan> m_prescanned; // handed out (moved) once each
    std::shared_ptr<const ReadOnlyFile> m_file;
    Digest m_digest;
    Compression m_compression = Compression::None;
};

} // namespace dockscope
