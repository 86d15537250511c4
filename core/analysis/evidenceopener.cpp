#include "evidenceopener.h"

#include "archive/bytesource.h"
#include "archive/decodedsource.h"
#include "archive/tarstream.h"
#include "container/containerconfigreader.h"
#include "container/difftextreader.h"
#include "container/logreader.h"
#include "dataroot/datarootstore.h"
#include "evidence/dirstore.h"
#include "evidence/dockerarchivereader.h"
#include "evidence/evidenceprobe.h"
#include "evidence/jsonhelpers.h"
#include "evidence/ocilayoutreader.h"
#include "evidence/singlefilestore.h"
#include "evidence/streamedtarstore.h"
#include "evidence/tarstore.h"
#include "hostfs/dirfsview.h"
#include "hostfs/tarfsview.h"
#include "vulns/scanreport.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QtGlobal>

namespace dockscope {

namespace {

constexpr qint64 MaxTextEvidence = qint64(1) << 30;

// "PATH:TAG" asks for one tag of an OCI layout, as skopeo and trivy spell it. Tags may hold
// colons themselves ("sample:latest"), so every colon is tried, leftmost path first.
void splitTag(const QString &given, QString *path, QString *tag)
{
    *path = given;
    tag->clear();
    if (QFileInfo::exists(given)) {
        return;
    }
    for (qsizetype colon = given.indexOf(u':'); colon > 0; colon = given.indexOf(u':', colon + 1)) {
        if (QFileInfo::exists(given.left(colon))) {
            *path = given.left(colon);
            *tag = given.mid(colon + 1);
            return;
        }
    }
}

QStringList peekMemberNames(const std::shared_ptr<const ReadOnlyFile> &file)
{
    FileRangeSource raw(file, 0, file->size());
    BlobDecoder decoder(raw);
    DecodedSource decoded(decoder);
    DiagnosticSink quiet;
    TarStream tar(decoded, quiet);
    TarMember m;
    QStringList names;
    while (names.size() < 4096 && decoded.position() < (64 << 20) && tar.next(m)) {
        names << QString::fromStdString(m.name);
        if (EvidenceProbe::namesLookLikeImageArchive(names)
            || EvidenceProbe::namesLookLikeDataRoot(names)) {
            break;
        }
    }
    return names;
}

qint64 folderSize(const QString &root)
{
    qint64 total = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        total += it.nextFileInfo().size();
    }
    return total;
}

ReadResult readImages(const EvidenceStore &store, const QString &tag, const AnalyzeOptions &options,
                      const LayerScanner::Options &scanOptions, DiagnosticSink &diag)
{
    bool useOci = !store.contains(QStringLiteral("manifest.json"))
        && store.contains(QStringLiteral("index.json"));
    if (store.contains(QStringLiteral("manifest.json")) && store.contains(QStringLiteral("index.json"))) {
        DiagnosticSink quiet;
        const auto manifest = store.read(QStringLiteral("manifest.json"), 64 << 20, quiet);
        const auto parsed = manifest ? json::parse(*manifest) : json::Json();
        if (!parsed.is_array() || parsed.empty() || !tag.isEmpty()) {
            useOci = true;
        }
    }
    if (useOci || !tag.isEmpty()) {
        OciLayoutReader::Options o;
        o.platform = options.platform;
        o.tag = tag;
        return OciLayoutReader::read(store, o, diag);
    }
    return DockerArchiveReader::read(store, scanOptions, diag);
}

// A data root in a folder or in a tar(.gz) copy of one.
void openDataRoot(OpenedEvidence &o, std::shared_ptr<const FsView> fs, DiagnosticSink &diag)
{
    auto store = std::make_shared<DataRootStore>(o.item.path, fs);
    for (const QString &root : DataRootReader::locate(*fs, diag)) {
        o.dataRoots.push_back(DataRootReader::read(*store, root, diag));
    }
    if (o.dataRoots.empty()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "no Docker data root found (no containers/ and "
                                                   "image/ folders at the top, under docker/ or "
                                                   "under var/lib/docker/)"));
    }
    o.store = store;
    o.item.kind = QStringLiteral("docker-root");
    QStringList drivers;
    for (const DataRootContent &r : o.dataRoots) {
        const QString root = r.root.isEmpty() ? QStringLiteral("/") : r.root;
        drivers << (r.driver.isEmpty() ? root : root + u' ' + r.driver);
    }
    o.item.format = drivers.join(QStringLiteral(", "));
}

} // namespace

OpenedEvidence EvidenceOpener::open(const QString &given, const AnalyzeOptions &options,
                                    const LayerScanner::Options &scanOptions,
                                    const std::function<void(const QString &)> &report)
{
    OpenedEvidence o;
    QString path;
    QString tag;
    splitTag(given, &path, &tag);
    o.item.path = given;
    o.item.tag = tag;
    DiagnosticSink diag(given);
    const ProbeResult probe = EvidenceProbe::probe(path);
    const QFileInfo info(path);
    // A mounted disk is not walked just to give its size.
    o.item.sizeBytes = !info.isDir() ? info.size()
        : (probe.kind == EvidenceKind::DockerRootFolder ? 0 : folderSize(path));
    QString error;
    std::shared_ptr<const ReadOnlyFile> file;
    if (info.isFile()) {
        file = ReadOnlyFile::open(path, &error);
        if (!file) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "cannot open the evidence: %1"), {error});
        }
    }
    report(QCoreApplication::translate("Analyzer", "Opening %1").arg(given));
    switch (probe.kind) {
    case EvidenceKind::Missing:
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "evidence not found"));
        break;
    case EvidenceKind::Unknown:
        if (file) {
            o.file = file;
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "unknown evidence format: not an image "
                                                       "archive, OCI layout, container export, "
                                                       "inspect output or log"));
        } else if (info.isDir()) {
            o.hashFolder = true;
            o.root = path;
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "unknown evidence folder: no OCI layout, "
                                                       "docker save contents or Docker data "
                                                       "root found"));
        }
        break;
    case EvidenceKind::InspectJson:
    case EvidenceKind::JsonFileLog:
    case EvidenceKind::TextLog:
    case EvidenceKind::DockerDiffText:
    case EvidenceKind::VulnerabilityReport: {
        o.item.kind = evidenceKindName(probe.kind);
        o.file = file;
        if (!file) {
            break;
        }
        if (file->size() > MaxTextEvidence) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "file of %1 bytes is larger than the %2 bytes "
                                                       "read for this kind of evidence"),
                       {QString::number(file->size()), QString::number(MaxTextEvidence)});
            break;
        }
        QByteArray bytes(file->size(), Qt::Uninitialized);
        FileRangeSource source(file, 0, file->size());
        bytes.resize(source.readFully(bytes.data(), bytes.size()));
        switch (probe.kind) {
        case EvidenceKind::InspectJson:
            o.containers = ContainerConfigReader::readInspect(bytes, given, diag);
            for (Container &c : o.containers) {
                c.evidenceFile = given;
            }
            break;
        case EvidenceKind::JsonFileLog:
            o.logs = LogReader::readJsonFile({{given, bytes}}, diag);
            break;
        case EvidenceKind::TextLog:
            o.logs = LogReader::readTimestampedText(bytes, given, diag);
            break;
        case EvidenceKind::VulnerabilityReport:
            o.scanReport = ScanReportReader::read(bytes, given, diag);
            o.item.format = ScanReport::toolName(o.scanReport.tool);
            break;
        default:
            o.diffText = DiffTextReader::read(bytes, given, diag);
            break;
        }
        break;
    }
    case EvidenceKind::AcquisitionFolder:
        // The analyzer opens the files its manifest lists instead (Analyzer::run).
        o.hashFolder = true;
        o.root = path;
        o.item.kind = evidenceKindName(probe.kind);
        break;
    case EvidenceKind::DockerRootFolder:
        // A mounted disk or a copied data root: the files read are hashed one by one (every
        // layer file's SHA-256 is in the analysis); the disk image itself is hashed by whoever
        // acquired it.
        diag.info(QT_TRANSLATE_NOOP("Diagnostic", "a folder is not hashed as a whole; every file "
                                                  "read from it is hashed"));
        openDataRoot(o, std::make_shared<DirFsView>(given, path), diag);
        break;
    case EvidenceKind::OciLayoutFolder:
    case EvidenceKind::DockerArchiveFolder:
        o.store = std::make_shared<DirStore>(given, path);
        o.root = path;
        o.hashFolder = true;
        o.item.kind = evidenceKindName(probe.kind);
        o.item.format = QStringLiteral("folder");
        break;
    case EvidenceKind::ImageArchive:
    case EvidenceKind::ContainerExport:
        if (!file) {
            break;
        }
        if (probe.compressed) {
            const QStringList names = peekMemberNames(file);
            if (EvidenceProbe::namesLookLikeDataRoot(names)
                && !EvidenceProbe::namesLookLikeImageArchive(names)) {
                report(QCoreApplication::translate("Analyzer", "Reading data root copy %1").arg(given));
                auto fs = TarFsView::load(given, file, {}, scanOptions);
                const Digest digest = fs->evidenceDigest();
                append(diag.items(), fs->scan().diagnostics);
                openDataRoot(o, std::move(fs), diag);
                static_cast<DataRootStore *>(o.store.get())->setEvidenceDigest(digest);
            } else if (EvidenceProbe::namesLookLikeImageArchive(names)) {
                report(QCoreApplication::translate("Analyzer", "Reading compressed archive %1").arg(given));
                o.store = std::make_shared<StreamedTarStore>(given, file, scanOptions);
                o.item.kind = QStringLiteral("docker-archive");
                o.item.format = probe.compression + QStringLiteral("-compressed");
            } else {
                o.store = std::make_shared<SingleFileStore>(given, file);
                o.item.kind = QStringLiteral("container-export");
                o.item.format = probe.compression + QStringLiteral("-compressed");
            }
        } else {
            auto tar = std::make_shared<TarStore>(given, file);
            if (EvidenceProbe::namesLookLikeDataRoot(tar->members())
                && !EvidenceProbe::namesLookLikeImageArchive(tar->members())) {
                report(QCoreApplication::translate("Analyzer", "Reading data root copy %1").arg(given));
                auto fs = TarFsView::load(given, file, {}, scanOptions);
                append(diag.items(), fs->scan().diagnostics);
                o.file = file;
                openDataRoot(o, std::move(fs), diag);
            } else if (EvidenceProbe::namesLookLikeImageArchive(tar->members())) {
                o.store = tar;
                o.file = file;
                o.item.kind = QStringLiteral("docker-archive");
            } else {
                o.store = std::make_shared<SingleFileStore>(given, file);
                o.item.kind = QStringLiteral("container-export");
            }
        }
        break;
    }
    if (o.store && o.item.kind != u"docker-root") {
        append(o.diagnostics, o.store->indexDiagnostics());
        if (o.item.kind == u"container-export") {
            ImagePlan plan;
            plan.format = QStringLiteral("container-export");
            PlannedLayer layer;
            layer.member = static_cast<SingleFileStore *>(o.store.get())->memberName();
            plan.layers.push_back(layer);
            o.read.format = plan.format;
            o.read.images.push_back(plan);
        } else {
            o.read = readImages(*o.store, tag, options, scanOptions, diag);
            if (o.store->contains(QStringLiteral("oci-layout"))
                && o.read.format == u"oci-layout") {
                o.item.kind = QStringLiteral("oci-layout");
            }
            if (!o.read.format.isEmpty()) {
                o.item.format = o.item.format.isEmpty()
                    ? o.read.format
                    : o.read.format + u", " + o.item.format;
            }
            o.item.platforms = o.read.platforms;
            o.item.artifacts = o.read.artifacts;
        }
    }
    if (o.item.kind.isEmpty()) {
        o.item.kind = evidenceKindName(probe.kind);
    }
    if (o.item.kind.isEmpty()) {
        o.item.kind = evidenceKindName(probe.kind);
    }
    append(o.diagnostics, diag.items());
    return o;
}

} // namespace dockscope
