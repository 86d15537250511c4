#pragma once

#include "evidencestore.h"

#include <QDir>

namespace dockscope {

// A folder of evidence (an OCI image layout, an extracted docker save). Members are files
// below the folder; symbolic links are followed only while they stay inside it.
class DirStore final : public EvidenceStore
{
public:
    // `evidence` names the evidence in diagnostics; `root` is the folder on disk.
    DirStore(QString evidence, const QString &root);

    bool contains(const QString &name) const override;
    std::optional<QString> resolve(const QString &name, DiagnosticSink &diag) const override;
    qint64 memberSize(const QString &resolved) const override;
    QStringList members() const override;

protected:
    std::optional<QByteArray> readResolved(const QString &resolved, qint64 limit,
                                           DiagnosticSink &diag) const override;
    LayerScan scanResolved(const QString &resolved,
                           const LayerScanner::Options &options) const override;
    std::unique_ptr<ByteSource> openResolved(const QString &resolved,
                                             DiagnosticSink &diag) const override;

private:
    QString m_root; // canonical path
};

} // namespace dockscope
