#include "tarstore.h"

#include "archive/tarstream.h"

#include <QtGlobal>

namespace dockscope {

TarStore::TarStore(QString evidence, std::shared_ptr<const ReadOnlyFile> file)
    : IndexedTarStore(std::move(evidence))
    , m_file(std::move(file))
{
    FileRangeSource source(m_file, 0, m_file->size());
    DiagnosticSink diag(m_evidence);
    TarStream tar(source, diag);
    TarMember member;
    while (tar.next(member)) {
        m_index.add(member, diag);
    }
    m_clean = tar.endedCleanly();
    m_indexDiagnostics = diag.take();
}

std::optional<QByteArray> TarStore::readResolved(const QString &resolved, qint64 limit,
                                                 DiagnosticSink &diag) const
{
    const auto *m = m_index.find(resolved.toStdString());
    if (!m || m->size > limit) {
        return std::nullopt;
    }
    if (m->dataOffset + m->size > m_file->size()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "member data ends early: %1 of %2 bytes"),
                   {QString::number(std::max<qint64>(0, m_file->size() - m->dataOffset)),
                    QString::number(m->size)},
                   resolved, m->headerOffset);
        return std::nullopt;
    }
    QByteArray data(m->size, Qt::Uninitialized);
    FileRangeSource source(m_file, m->dataOffset, m->size);
    const qint64 got = source.readFully(data.data(), m->size);
    if (got != m->size) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "member data ends early: %1 of %2 bytes"),
                   {QString::number(got), QString::number(m->size)}, resolved, m->headerOffset);
        return std::nullopt;
    }
    return data;
}

std::unique_ptr<ByteSource> TarStore::openResolved(const QString &resolved, DiagnosticSink &) const
{
    const auto *m = m_index.find(resolved.toStdString());
    if (!m) {
        return {};
    }
    return std::make_unique<FileRangeSource>(m_file, m->dataOffset, m->size);
}

LayerScan TarStore::scanResolved(const QString &resolved, const LayerScanner::Options &options) const
{
    const auto *m = m_index.find(resolved.toStdString());
    FileRangeSource source(m_file, m->dataOffset, m->size);
    LayerScan scan = LayerScanner::scan(source, m_evidence, resolved, options);
    if (scan.storedSize < m->size) {
        DiagnosticSink diag(m_evidence, resolved);
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "layer blob ends early: %1 of %2 bytes are in "
                                                   "the archive"),
                   {QString::number(scan.storedSize), QString::number(m->size)}, {},
                   m->dataOffset);
        append(scan.diagnostics, diag.items());
        scan.complete = false;
    }
    return scan;
}

} // namespace dockscope
