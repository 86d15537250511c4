#pragma once

#include "archive/bytesource.h"
#include "archive/layerscanner.h"
#include "model/layerscan.h"
#include "util/diagnostic.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

namespace dockscope {

// The named members of one evidence item (a tar archive or a folder), read-only. Links between
// members are followed inside the evidence only. Layer scans are cached by resolved member, so
// a layer that several images share, or that a symlinked member points at, is read once.
class EvidenceStore
{
public:
    explicit EvidenceStore(QString evidence)
        : m_evidence(std::move(evidence))
    {
    }
    virtual ~EvidenceStore() = default;
    EvidenceStore(const EvidenceStore &) = delete;
    EvidenceStore &operator=(const EvidenceStore &) = delete;

    const QString &evidence() const { return m_evidence; }

    virtual bool contains(const QString &name) const = 0;
    // Follows symbolic and hard links between members; nullopt (with a diagnostic) when the
    // chain loops, leaves the evidence, or ends at a missing member.
    virtual std::optional<QString> resolve(const QString &name, DiagnosticSink &diag) const = 0;
    // Size of a (resolved) member, -1 when missing.
    virtual qint64 memberSize(const QString &resolved) const = 0;
    // Names of all regular members, sorted.
    virtual QStringList members() const = 0;

    // Reads a member of at most `limit` bytes, following links.
    std::optional<QByteArray> read(const QString &name, qint64 limit, DiagnosticSink &diag) const;
    // Opens a member's stored bytes for reading, following links (for viewing single files).
    std::unique_ptr<ByteSource> open(const QString &name, DiagnosticSink &diag) const;
    // For layers kept as folders (a data root): the bytes of one file of the layer. nullptr with
    // an empty error for stores whose layers are blobs (read them with a tar walk).
    virtual std::unique_ptr<ByteSource> openEntry(const QString &layerMember,
                                                  const std::string &entryPath, QString *error) const
    {
        Q_UNUSED(layerMember);
        Q_UNUSED(entryPath);
        Q_UNUSED(error);
        return {};
    }
    // Scans a member as a layer blob, following links; cached; safe from several threads.
    LayerScanPtr layerScan(const QString &name, const LayerScanner::Options &options) const;

    // Problems found while indexing the evidence (damaged headers, duplicates, …).
    const Diagnostics &indexDiagnostics() const { return m_indexDiagnostics; }
    // SHA-256 of the whole evidence file when the store computed it while indexing.
    virtual Digest evidenceDigest() const { return {}; }

protected:
    virtual std::optional<QByteArray> readResolved(const QString &resolved, qint64 limit,
                                                   DiagnosticSink &diag) const = 0;
    virtual LayerScan scanResolved(const QString &resolved,
                                   const LayerScanner::Options &options) const = 0;
    virtual std::unique_ptr<ByteSource> openResolved(const QString &resolved,
                                                     DiagnosticSink &diag) const = 0;

    QString m_evidence;
    Diagnostics m_indexDiagnostics;

private:
    mutable std::mutex m_cacheMutex;
    mutable std::map<QString, std::shared_future<LayerScanPtr>> m_scans;
};

} // namespace dockscope
