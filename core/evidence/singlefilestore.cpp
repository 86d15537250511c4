#include "singlefilestore.h"

#include <QFileInfo>
#include <QtGlobal>

namespace dockscope {

SingleFileStore::SingleFileStore(QString evidence, std::shared_ptr<const ReadOnlyFile> file)
    : EvidenceStore(std::move(evidence))
    , m_file(std::move(file))
    , m_name(QFileInfo(m_evidence).fileName())
{
}

std::optional<QString> SingleFileStore::resolve(const QString &name, DiagnosticSink &diag) const
{
    if (name != m_name) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "member not found"), {}, name);
        return std::nullopt;
    }
    return name;
}

qint64 SingleFileStore::memberSize(const QString &resolved) const
{
    return resolved == m_name ? m_file->size() : -1;
}

std::optional<QByteArray> SingleFileStore::readResolved(const QString &, qint64 limit,
                                                        DiagnosticSink &) const
{
    if (m_file->size() > limit) {
        return std::nullopt;
    }
    QByteArray data(m_file->size(), Qt::Uninitialized);
    FileRangeSource source(m_file, 0, m_file->size());
    data.resize(source.readFully(data.data(), data.size()));
    return data;
}

std::unique_ptr<ByteSource> SingleFileStore::openResolved(const QString &, DiagnosticSink &) const
{
    return std::make_unique<FileRangeSource>(m_file, 0, m_file->size());
}

LayerScan SingleFileStore::scanResolved(const QString &resolved,
                                        const LayerScanner::Options &options) const
{
    FileRangeSource source(m_file, 0, m_file->size());
    return LayerScanner::scan(source, m_evidence, resolved, options);
}

} // namespace dockscope
