#include "dirstore.h"

#include "archive/bytesource.h"
#include "util/membername.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>

namespace dockscope {

DirStore::DirStore(QString evidence, const QString &root)
    : EvidenceStore(std::move(evidence))
    , m_root(QFileInfo(root).canonicalFilePath())
{
}

bool DirStore::contains(const QString &name) const
{
    const QString path = m_root + u'/' + QString::fromStdString(normalizeMemberName(name.toStdString()).path);
    return QFileInfo::exists(path);
}

std::optional<QString> DirStore::resolve(const QString &name, DiagnosticSink &diag) const
{
    const NormalizedName norm = normalizeMemberName(name.toStdString());
    if (norm.flags & NameEscapes) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "name climbs above the evidence folder; not "
                                                   "followed"),
                   {}, name);
        return std::nullopt;
    }
    const QString path = m_root + u'/' + QString::fromStdString(norm.path);
    const QFileInfo info(path);
    if (!info.exists()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "file not found in the evidence folder"), {},
                   name);
        return std::nullopt;
    }
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(m_root + u'/')) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "symbolic link leads outside the evidence "
                                                   "folder (%1); not followed"),
                   {canonical}, name);
        return std::nullopt;
    }
    if (!QFileInfo(canonical).isFile()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "not a regular file"), {}, name);
        return std::nullopt;
    }
    return canonical.mid(m_root.size() + 1);
}

qint64 DirStore::memberSize(const QString &resolved) const
{
    const QFileInfo info(m_root + u'/' + resolved);
    return info.isFile() ? info.size() : -1;
}

QStringList DirStore::members() const
{
    QStringList out;
    QDirIterator it(m_root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out << it.next().mid(m_root.size() + 1);
    }
    out.sort();
    return out;
}

std::optional<QByteArray> DirStore::readResolved(const QString &resolved, qint64 limit,
                                                 DiagnosticSink &diag) const
{
    QFile file(m_root + u'/' + resolved);
    if (!file.open(QIODevice::ReadOnly)) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "cannot open: %1"), {file.errorString()},
                   resolved);
        return std::nullopt;
    }
    QByteArray data = file.read(limit + 1);
    if (data.size() > limit) {
        return std::nullopt;
    }
    return data;
}

std::unique_ptr<ByteSource> DirStore::openResolved(const QString &resolved, DiagnosticSink &diag) const
{
    QString error;
    const auto file = ReadOnlyFile::open(m_root + u'/' + resolved, &error);
    if (!file) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "cannot open: %1"), {error}, resolved);
        return {};
    }
    return std::make_unique<FileRangeSource>(file, 0, file->size());
}

LayerScan DirStore::scanResolved(const QString &resolved, const LayerScanner::Options &options) const
{
    QString error;
    const auto file = ReadOnlyFile::open(m_root + u'/' + resolved, &error);
    if (!file) {
        LayerScan scan;
        scan.source = resolved;
        DiagnosticSink diag(m_evidence, resolved);
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "cannot open: %1"), {error});
        scan.diagnostics = diag.take();
        return scan;
    }
    FileRangeSource source(file, 0, file->size());
    return LayerScanner::scan(source, m_evidence, resolved, options);
}

} // namespace dockscope
