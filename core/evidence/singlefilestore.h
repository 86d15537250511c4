#pragma once

#include "archive/bytesource.h"
#include "evidencestore.h"

#include <memory>

namespace dockscope {

// A file that is itself one layer-like tar (a docker export, possibly compressed): its only
// member is the file, named by its file name. The scan computes the evidence digest too.
class SingleFileStore final : public EvidenceStore
{
public:
    SingleFileStore(QString evidence, std::shared_ptr<const ReadOnlyFile> file);

    const QString &memberName() const { return m_name; }
    bool contains(const QString &name) const override { return name == m_name; }
    std::optional<QString> resolve(const QString &name, DiagnosticSink &diag) const override;
    qint64 memberSize(const QString &resolved) const override;
    QStringList members() const override { return {m_name}; }

protected:
    std::optional<QByteArray> readResolved(const QString &resolved, qint64 limit,
                                           DiagnosticSink &diag) const override;
    LayerScan scanResolved(const QString &resolved,
                           const LayerScanner::Options &options) const override;
    std::unique_ptr<ByteSource> openResolved(const QString &resolved,
                                             DiagnosticSink &diag) const override;

private:
    std::shared_ptr<const ReadOnlyFile> m_file;
    QString m_name;
};

} // namespace dockscope
