#include "acquisitionfolder.h"

#include "acquirer.h"
#include "archive/bytesource.h"
#include "util/digest.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <nlohmann/json.hpp>

namespace dockscope {

namespace {

constexpr qint64 MaxManifest = 16 << 20;

QByteArray readSmall(const QString &path, qint64 max)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > max) {
        return {};
    }
    return f.readAll();
}

nlohmann::json parseManifest(const QString &folder)
{
    const QByteArray bytes = readSmall(folder + QStringLiteral("/manifest.json"), MaxManifest);
    return nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QString text(const nlohmann::json &j, const char *key)
{
    return j.is_object() && j.contains(key) && j[key].is_string()
        ? QString::fromStdString(j[key].get<std::string>())
        : QString();
}

// A manifest names files inside its folder only.
bool safeRelative(const QString &file)
{
    if (file.isEmpty() || file.startsWith(u'/') || file.contains(QChar(0)) || file.contains(u'\\')) {
        return false;
    }
    for (const QString &part : file.split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..") {
            return false;
        }
    }
    return true;
}

Digest hashPath(const QString &path, QString *error)
{
    auto file = ReadOnlyFile::open(path, error);
    if (!file) {
        return {};
    }
    Sha256 hash;
    std::vector<char> buffer(1 << 20);
    for (qint64 offset = 0; offset < file->size();) {
        const qint64 n = file->readAt(offset, buffer.data(), qint64(buffer.size()));
        if (n <= 0) {
            *error = QStringLiteral("read error at offset %1").arg(offset);
            return {};
        }
        hash.update(buffer.data(), std::size_t(n));
        offset += n;
    }
    return hash.finish();
}

} // namespace

bool AcquisitionFolder::isAcquisition(const QString &path)
{
    if (!QFileInfo(path).isDir() || !QFileInfo::exists(path + QStringLiteral("/manifest.json"))) {
        return false;
    }
    return text(parseManifest(path), "schema") == QLatin1String(Acquirer::Schema);
}

AcquisitionManifest AcquisitionFolder::read(const QString &folder, DiagnosticSink &diag)
{
    AcquisitionManifest m;
    m.folder = folder;
    diag.setWhere(QStringLiteral("manifest.json"));
    const nlohmann::json j = parseManifest(folder);
    if (!j.is_object() || !j.contains("artefacts") || !j["artefacts"].is_array()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "the acquisition manifest cannot be read (not a "
                                                   "JSON object with an artefacts list)"));
        return m;
    }
    m.status = text(j, "status");
    if (j.contains("container")) {
        m.containerId = text(j["container"], "id");
    }
    if (m.status != u"complete") {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "the acquisition ended with status \"%1\"; see "
                                                     "acquisition.log in the folder"),
                     {m.status});
    }
    for (const auto &a : j["artefacts"]) {
        AcquisitionManifest::Entry e;
        e.file = text(a, "file");
        e.role = text(a, "role");
        e.status = text(a, "status");
        e.sha256 = text(a, "sha256");
        e.size = a.is_object() && a.contains("size") && a["size"].is_number_integer() ? a["size"].get<qint64>() : -1;
        e.analyse = a.is_object() && a.contains("analyse") && a["analyse"].is_boolean() && a["analyse"].get<bool>();
        // Nor through a link: an acquisition writes none, so one was put there afterwards.
        const QFileInfo info(folder + u'/' + e.file);
        const QString inside = QFileInfo(folder).canonicalFilePath() + u'/';
        if (!safeRelative(e.file) || (info.exists() && (info.isSymLink() || !info.canonicalFilePath().startsWith(inside)))) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "the manifest names \"%1\", which is not a "
                                                       "file inside the acquisition folder; ignored"),
                       {e.file});
            continue;
        }
        if (e.status != u"ok") {
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "artefact %1 was not acquired completely "
                                                         "(%2)"),
                         {e.file, e.status});
        }
        m.entries.push_back(e);
    }
    // Files that the acquisition did not write.
    QSet<QString> listed{QStringLiteral("manifest.json"), QStringLiteral("manifest.json.sha256")};
    for (const auto &e : m.entries) {
        listed.insert(e.file);
    }
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList extra;
    while (it.hasNext()) {
        const QString rel = QDir(folder).relativeFilePath(it.next());
        if (!listed.contains(rel)) {
            extra << rel;
        }
    }
    extra.sort();
    for (const QString &f : extra) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "%1 is in the acquisition folder but not in its "
                                                     "manifest (added afterwards)"),
                     {f});
    }
    return m;
}

QStringList AcquisitionFolder::evidenceFiles(const AcquisitionManifest &manifest)
{
    QStringList files;
    for (const auto &e : manifest.entries) {
        if (e.analyse && e.status == u"ok") {
            files << manifest.folder + u'/' + e.file;
        }
    }
    return files;
}

std::vector<IntegrityCheck> AcquisitionFolder::verify(const AcquisitionManifest &manifest,
                                                      const std::vector<std::pair<QString, QString>> &digests,
                                                      DiagnosticSink &diag)
{
    std::vector<IntegrityCheck> checks;
    {
        IntegrityCheck c;
        c.subject = QStringLiteral("acquisition manifest.json");
        c.evidence = manifest.folder;
        const QByteArray line = readSmall(manifest.folder + QStringLiteral("/manifest.json.sha256"), 4096);
        c.expected = line.size() >= 64 ? QStringLiteral("sha256:") + QString::fromLatin1(line.left(64)) : QString();
        QString error;
        c.actual = hashPath(manifest.folder + QStringLiteral("/manifest.json"), &error).prefixed();
        c.ok = !c.expected.isEmpty() && c.expected == c.actual;
        checks.push_back(c);
    }
    for (const auto &e : manifest.entries) {
        if (e.sha256.isEmpty()) {
            continue; // failed steps wrote nothing
        }
        const QString path = manifest.folder + u'/' + e.file;
        IntegrityCheck c;
        c.subject = QStringLiteral("acquisition artefact %1").arg(e.file);
        c.expected = e.sha256;
        c.evidence = e.analyse ? path : manifest.folder;
        auto known = std::find_if(digests.begin(), digests.end(), [&](const auto &d) { return d.first == path; });
        if (known != digests.end()) {
            c.actual = known->second;
        } else {
            QString error;
            c.actual = hashPath(path, &error).prefixed();
            if (c.actual.isEmpty()) {
                diag.setWhere(e.file);
                diag.error(QT_TRANSLATE_NOOP("Diagnostic", "cannot read the acquired file: %1"), {error});
            }
        }
        c.ok = c.actual == c.expected;
        checks.push_back(c);
    }
    return checks;
}

} // namespace dockscope
