#pragma once

#include "archive/bytesource.h"
#include "indexedtarstore.h"

#include <memory>

namespace dockscope {

// An uncompressed tar archive on disk, indexed by walking its headers (member data is skipped
// by seeking) so that every member can then be read at its offset, from several threads.
class TarStore final : public IndexedTarStore
{
public:
    TarStore(QString evidence, std::shared_ptr<const ReadOnlyFile> file);

    bool endedCleanly() const { return m_clean; }
    std::size_t memberCount() const { return m_index.size(); }

protected:
    std::optional<QByteArray> readResolved(const QString &resolved, qint64 limit,
                                           DiagnosticSink &diag) const override;
    LayerScan scanResolved(const QString &resolved,
                           const LayerScanner::Options &options) const override;
    std::unique_ptr<ByteSource> openResolved(const QString &resolved,
                                             DiagnosticSink &diag) const override;

private:
    std::shared_ptr<const ReadOnlyFile> m_file;
    bool m_clean = false;
};

} // namespace dockscope
