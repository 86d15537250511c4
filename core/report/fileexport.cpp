#include "fileexport.h"

#include "archive/layerfilereader.h"
#include "evidence/evidencestore.h"
#include "util/membername.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dockscope {

namespace {

constexpr int MaxNumberedNames = 10000;

// Canonical form of a path that may not exist yet: the deepest existing ancestor resolved, the
// rest appended as written.
QString canonicalPath(const QString &path)
{
    QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString rest;
    QString current = absolute;
    for (;;) {
        const QString canonical = QFileInfo(current).canonicalFilePath();
        if (!canonical.isEmpty()) {
            return rest.isEmpty() ? canonical : QDir::cleanPath(canonical + u'/' + rest);
        }
        const qsizetype slash = current.lastIndexOf(u'/');
        if (slash < 0 || current == u"/") {
            return absolute;
        }
        const QString name = current.mid(slash + 1);
        rest = rest.isEmpty() ? name : QString(name + u'/' + rest);
        current = slash == 0 ? QStringLiteral("/") : current.left(slash);
    }
}

bool inside(const QString &path, const QString &root)
{
    if (root == u"/") {
        return true;
    }
    return path == root || path.startsWith(root + u'/');
}

QString fileError(const QString &path, const QString &why)
{
    return QCoreApplication::translate("Diagnostic", "cannot write %1: %2").arg(path, why);
}

} // namespace

QString FileExport::sanitizedName(std::string_view entryPath)
{
    const std::string_view base = baseName(entryPath);
    const QString in = QString::fromUtf8(base.data(), qsizetype(base.size()));
    QString out;
    out.reserve(in.size());
    for (const char32_t c : in.toUcs4()) {
        const bool allowed = (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z')
            || (c >= U'0' && c <= U'9') || c == U'.' || c == U'_' || c == U'-';
        out += allowed ? QChar(char16_t(c)) : QChar(u'_');
    }
    if (out.isEmpty()) {
        return QStringLiteral("file");
    }
    if (out.count(u'.') == out.size()) {
        out.fill(u'_'); // "." and ".." name folders, not files
    }
    return out.left(MaxNameLength);
}

QString FileExport::numberedName(const QString &name, int number)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString suffix = u'-' + QString::number(number);
    if (dot <= 0) {
        return name + suffix;
    }
    return name.left(dot) + suffix + name.mid(dot);
}

bool FileExport::isEvidenceFolder(const QString &folder, const QString &evidence)
{
    const QString target = canonicalPath(folder);
    // The evidence as given and with its links resolved: a link to it must not open a way in.
    const QString given = QDir::cleanPath(QFileInfo(evidence).absoluteFilePath());
    const QString resolved = canonicalPath(evidence);
    for (const QString &path : { given, resolved }) {
        const QFileInfo info(path);
        if (info.isDir()) {
            if (inside(target, canonicalPath(path))) {
                return true;
            }
        } else if (target == canonicalPath(info.absolutePath())) {
            return true;
        }
    }
    return false;
}

QByteArray FileExport::hashLine(const Digest &digest, const QString &name)
{
    return digest.hex().toLatin1() + "  " + name.toUtf8() + '\n';
}

ExportResult FileExport::write(
    const EvidenceStore &store, const Request &request, const std::atomic_bool *cancel)
{
    ExportResult result;
    if (request.folder.isEmpty()) {
        result.error = QCoreApplication::translate("Diagnostic", "no export folder was chosen");
        return result;
    }
    const QString refusedText = QCoreApplication::translate("Diagnostic",
        "%1 is the folder of the evidence or lies inside it; exports are never "
        "written beside the evidence. Choose another export folder.");
    if (isEvidenceFolder(request.folder, request.evidence)) {
        result.refused = true;
        result.error = refusedText.arg(QDir::toNativeSeparators(request.folder));
        return result;
    }
    if (!QDir().mkpath(request.folder)) {
        result.error
            = QCoreApplication::translate("Diagnostic", "cannot create the export folder %1")
                  .arg(QDir::toNativeSeparators(request.folder));
        return result;
    }
    const QDir dir(QFileInfo(request.folder).canonicalFilePath());
    if (isEvidenceFolder(dir.path(), request.evidence)) {
        result.refused = true;
        result.error = refusedText.arg(QDir::toNativeSeparators(request.folder));
        return result;
    }

    // A fresh name: never overwrite an earlier export or its hash file.
    const QString base = sanitizedName(request.entryPath);
    QFile out;
    for (int n = 0;; ++n) {
        if (n >= MaxNumberedNames) {
            result.error
                = QCoreApplication::translate("Diagnostic", "no free file name for %1 in %2")
                      .arg(base, QDir::toNativeSeparators(dir.path()));
            return result;
        }
        const QString name = n == 0 ? base : numberedName(base, n);
        if (QFileInfo::exists(dir.filePath(name))
            || QFileInfo::exists(dir.filePath(name + QStringLiteral(".sha256")))) {
            continue;
        }
        out.setFileName(dir.filePath(name));
        if (out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            result.fileName = name;
            break;
        }
        if (!out.exists()) {
            result.error = fileError(QDir::toNativeSeparators(out.fileName()), out.errorString());
            return result;
        }
    }
    result.filePath = out.fileName();

    const FileContent content = LayerFileReader::exportTo(
        store, request.member, request.contentPath, out, cancel, request.headerOffset);
    const bool flushed = out.flush();
    out.close();
    if (!content.sha256.valid || !flushed || out.error() != QFileDevice::NoError) {
        result.error = !content.error.isEmpty()
            ? content.error
            : fileError(QDir::toNativeSeparators(result.filePath), out.errorString());
        out.remove();
        result.filePath.clear();
        result.fileName.clear();
        return result;
    }
    result.sha256 = content.sha256;
    result.size = content.size;
    result.warning = content.error;

    QFile hashFile(result.filePath + QStringLiteral(".sha256"));
    const QByteArray line = hashLine(result.sha256, result.fileName);
    if (!hashFile.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || hashFile.write(line) != line.size() || !hashFile.flush()) {
        result.error
            = fileError(QDir::toNativeSeparators(hashFile.fileName()), hashFile.errorString());
        if (hashFile.isOpen()) {
            hashFile.close();
            hashFile.remove();
        }
        QFile::remove(result.filePath);
        result.filePath.clear();
        result.fileName.clear();
        return result;
    }
    hashFile.close();
    result.hashFilePath = hashFile.fileName();
    result.ok = true;
    return result;
}

} // namespace dockscope
