#include "datarootstore.h"

#include "util/membername.h"

#include <QtGlobal>

namespace dockscope {

DataRootStore::DataRootStore(QString evidence, std::shared_ptr<const FsView> fs)
    : EvidenceStore(std::move(evidence))
    , m_fs(std::move(fs))
{
}

void DataRootStore::addLayer(const QString &member, const HostLayerScanner::Request &request)
{
    m_layers[member] = request;
}

bool DataRootStore::contains(const QString &name) const
{
    return m_layers.count(name) || m_fs->exists(name.toStdString());
}

std::optional<QString> DataRootStore::resolve(const QString &name, DiagnosticSink &diag) const
{
    if (m_layers.count(name)) {
        return name;
    }
    const auto resolved = m_fs->resolve(name.toStdString());
    if (!resolved) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "not found in the data root (or a link loop)"),
                   {}, name);
        return std::nullopt;
    }
    return QString::fromStdString(*resolved);
}

qint64 DataRootStore::memberSize(const QString &resolved) const
{
    if (m_layers.count(resolved)) {
        return 0; // a folder: its size is known once scanned
    }
    const auto s = m_fs->stat(resolved.toStdString());
    return s ? s->size : -1;
}

std::optional<QByteArray> DataRootStore::readResolved(const QString &resolved, qint64 limit,
                                                      DiagnosticSink &diag) const
{
    QString error;
    auto data = m_fs->read(resolved.toStdString(), limit, &error);
    if (!data) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "cannot read: %1"), {error}, resolved);
    }
    return data;
}

LayerScan DataRootStore::scanResolved(const QString &resolved, const LayerScanner::Options &options) const
{
    const auto it = m_layers.find(resolved);
    if (it == m_layers.end()) {
        LayerScan scan;
        scan.source = resolved;
        DiagnosticSink diag(m_evidence, resolved);
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "not a layer folder of this data root"));
        scan.diagnostics = diag.take();
        return scan;
    }
    HostLayerScanner::Request request = it->second;
    request.cancel = options.cancel;
    request.inspector = options.inspector;
    request.role = options.role;
    LayerScan scan = HostLayerScanner::scan(*m_fs, request);
    for (Diagnostic &d : scan.diagnostics) {
        d.evidence = m_evidence;
    }
    return scan;
}

std::unique_ptr<ByteSource> DataRootStore::openEntry(const QString &layerMember,
                                                     const std::string &entryPath, QString *error) const
{
    const auto it = m_layers.find(layerMember);
    if (it == m_layers.end()) {
        return {};
    }
    auto source = m_fs->open(FsView::join(it->second.dir, entryPath), error);
    if (!source && error && error->isEmpty()) {
        *error = QStringLiteral("cannot open");
    }
    return source;
}

std::unique_ptr<ByteSource> DataRootStore::openResolved(const QString &resolved, DiagnosticSink &diag) const
{
    QString error;
    auto source = m_fs->open(resolved.toStdString(), &error);
    if (!source) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "cannot open: %1"), {error}, resolved);
    }
    return source;
}

} // namespace dockscope
