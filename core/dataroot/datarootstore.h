#pragma once

#include "dataroot/hostlayerscanner.h"
#include "evidence/evidencestore.h"
#include "hostfs/fsview.h"

#include <map>
#include <memory>

namespace dockscope {

// The files of a Docker data root as evidence members: member names are paths in the view.
// A member registered as a layer folder scans as a layer (HostLayerScanner), with its
// tar-split metadata when the layer has one.
class DataRootStore final : public EvidenceStore
{
public:
    DataRootStore(QString evidence, std::shared_ptr<const FsView> fs);

    void addLayer(const QString &member, const HostLayerScanner::Request &request);
    const FsView &fs() const { return *m_fs; }
    std::shared_ptr<const FsView> fsPtr() const { return m_fs; }
    Digest evidenceDigest() const override { return m_digest; }
    void setEvidenceDigest(const Digest &d) { m_digest = d; }

    bool contains(const QString &name) const override;
    std::optional<QString> resolve(const QString &name, DiagnosticSink &diag) const override;
    qint64 memberSize(const QString &resolved) const override;
    QStringList members() const override { return {}; }
    std::unique_ptr<ByteSource> openEntry(const QString &layerMember, const std::string &entryPath,
                                          QString *error) const override;

protected:
    std::optional<QByteArray> readResolved(const QString &resolved, qint64 limit,
                                           DiagnosticSink &diag) const override;
    LayerScan scanResolved(const QString &resolved,
                           const LayerScanner::Options &options) const override;
    std::unique_ptr<ByteSource> openResolved(const QString &resolved,
                                             DiagnosticSink &diag) const override;

private:
    std::shared_ptr<const FsView> m_fs;
    std::map<QString, HostLayerScanner::Request> m_layers;
    Digest m_digest;
};

} // namespace dockscope
