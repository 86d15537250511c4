#include "evidencestore.h"

#include <QtGlobal>

namespace dockscope {

std::optional<QByteArray> EvidenceStore::read(const QString &name, qint64 limit,
                                              DiagnosticSink &diag) const
{
    const auto resolved = resolve(name, diag);
    if (!resolved) {
        return std::nullopt;
    }
    const qint64 size = memberSize(*resolved);
    if (size > limit) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "member is %1 bytes, more than the %2 bytes "
                                                   "allowed for metadata"),
                   {QString::number(size), QString::number(limit)}, name);
        return std::nullopt;
    }
    return readResolved(*resolved, limit, diag);
}

std::unique_ptr<ByteSource> EvidenceStore::open(const QString &name, DiagnosticSink &diag) const
{
    const auto resolved = resolve(name, diag);
    if (!resolved) {
        return {};
    }
    return openResolved(*resolved, diag);
}

LayerScanPtr EvidenceStore::layerScan(const QString &name,
                                      const LayerScanner::Options &options) const
{
    DiagnosticSink diag(m_evidence);
    const auto resolved = resolve(name, diag);
    if (!resolved) {
        auto failed = std::make_shared<LayerScan>();
        failed->source = name;
        failed->diagnostics = diag.take();
        return failed;
    }
    std::promise<LayerScanPtr> promise;
    std::shared_future<LayerScanPtr> future;
    bool owner = false;
    {
        std::lock_guard lock(m_cacheMutex);
        auto it = m_scans.find(*resolved);
        if (it == m_scans.end()) {
            future = promise.get_future().share();
            m_scans.emplace(*resolved, future);
            owner = true;
        } else {
            future = it->second;
        }
    }
    if (owner) {
        auto scan = std::make_shared<LayerScan>(scanResolved(*resolved, options));
        promise.set_value(std::move(scan));
    }
    return future.get();
}

} // namespace dockscope
