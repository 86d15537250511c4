#include "analyzer.h"

#include "analysis/imagebuilder.h"
#include "archive/bytesource.h"
#include "archive/decodedsource.h"
#include "archive/tarstream.h"
#include "evidence/dirstore.h"
#include "evidence/dockerarchivereader.h"
#include "evidence/evidenceprobe.h"
#include "evidence/jsonhelpers.h"
#include "evidence/ocilayoutreader.h"
#include "evidence/singlefilestore.h"
#include "evidence/streamedtarstore.h"
#include "evidence/tarstore.h"
#include "util/digest.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtGlobal>

#include <algorithm>
#include <mutex>
#include <set>

namespace dockscope {

Q_LOGGING_CATEGORY(lcTiming, "dockscope.timing", QtWarningMsg)

namespace {

struct Opened
{
    EvidenceItem item;
    std::shared_ptr<EvidenceStore> store;
    std::shared_ptr<const ReadOnlyFile> file; // for hashing, when the store does not hash
    bool hashFolder = false;
    QString root; // the folder on disk, for folders
    ReadResult read;
    Diagnostics diagnostics;
};

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
    while (names.size() < 64 && decoded.position() < (64 << 20) && tar.next(m)) {
        names << QString::fromStdString(m.name);
        if (EvidenceProbe::namesLookLikeImageArchive(names)) {
            break;
        }
    }
    return names;
}

Digest hashFile(const ReadOnlyFile &file, std::atomic<qint64> &progress, const JobControl *control)
{
    Sha256 hash;
    FileRangeSource source(std::shared_ptr<const ReadOnlyFile>(&file, [](const ReadOnlyFile *) {}),
                           0, file.size());
    qint64 lent = 0;
    while (const char *data = source.borrow(4 << 20, &lent)) {
        if (control && control->cancel.load(std::memory_order_relaxed)) {
            return {};
        }
        hash.update(data, size_t(lent));
        progress += lent;
    }
    if (source.position() == file.size()) {
        return hash.finish();
    }
    hash.reset();
    std::vector<char> buffer(1 << 20);
    for (qint64 offset = 0; offset < file.size();) {
        if (control && control->cancel.load(std::memory_order_relaxed)) {
            return {};
        }
        const qint64 n = file.readAt(offset, buffer.data(), qint64(buffer.size()));
        if (n <= 0) {
            return {};
        }
        hash.update(buffer.data(), size_t(n));
        offset += n;
        progress += n;
    }
    return hash.finish();
}

// A folder's digest: SHA-256 over "<sha256>  <relative path>\n" lines, sorted by path.
Digest hashFolder(const QString &root, std::atomic<qint64> &progress, const JobControl *control)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    files.sort();
    Sha256 listing;
    for (const QString &f : files) {
        QString error;
        const auto file = ReadOnlyFile::open(f, &error);
        const Digest d = file ? hashFile(*file, progress, control) : Digest{};
        listing.update((d.hex() + QStringLiteral("  ") + f.mid(root.size() + 1) + u'\n').toUtf8());
    }
    return listing.finish();
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

} // namespace

Analysis Analyzer::run(const QStringList &evidence, const AnalyzeOptions &options,
                       JobControl *control)
{
    Analysis analysis;
    analysis.toolVersion = QStringLiteral(DOCKSCOPE_VERSION);
    std::atomic<qint64> done{0};
    qint64 total = 0;
    std::mutex progressMutex;
    auto report = [&](const QString &text) {
        if (control && control->progress) {
            std::lock_guard lock(progressMutex);
            control->progress({done.load(), total, text});
        }
    };

    QElapsedTimer clock;
    clock.start();
    LayerScanner::Options scanOptions;
    scanOptions.cancel = control ? &control->cancel : nullptr;

    // 1. Probe and open every evidence item; read its metadata.
    std::vector<Opened> opened;
    for (const QString &given : evidence) {
        Opened o;
        QString path;
        QString tag;
        splitTag(given, &path, &tag);
        o.item.path = given;
        o.item.tag = tag;
        DiagnosticSink diag(given);
        const ProbeResult probe = EvidenceProbe::probe(path);
        const QFileInfo info(path);
        o.item.sizeBytes = info.isDir() ? folderSize(path) : info.size();
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
        case EvidenceKind::DockerRootFolder:
            o.item.kind = evidenceKindName(probe.kind);
            o.file = file;
            o.hashFolder = info.isDir();
            o.root = path;
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "recognised as %1 evidence; this version "
                                                         "does not analyse that kind yet"),
                         {o.item.kind});
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
                if (EvidenceProbe::namesLookLikeImageArchive(peekMemberNames(file))) {
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
                if (EvidenceProbe::namesLookLikeImageArchive(tar->members())) {
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
        if (o.store) {
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
        append(o.diagnostics, diag.items());
        opened.push_back(std::move(o));
        if (control && control->cancel) {
            analysis.cancelled = true;
            return analysis;
        }
    }

    // 2. Hash the evidence and scan every layer blob, in parallel.
    struct Job
    {
        qint64 size = 0;
        std::function<void()> run;
    };
    std::vector<Job> jobs;
    std::vector<Job> hashJobs;
    std::atomic<int> layersDone{0};
    int layerCount = 0;
    std::vector<Digest> evidenceDigests(opened.size());
    std::set<std::pair<const EvidenceStore *, QString>> planned;
    for (std::size_t i = 0; i < opened.size(); ++i) {
        Opened &o = opened[i];
        if (o.file) {
            auto file = o.file;
            hashJobs.push_back({file->size(), [&, file, i] {
                                    evidenceDigests[i] = hashFile(*file, done, control);
                                }});
        } else if (o.hashFolder) {
            const QString root = o.root;
            hashJobs.push_back({o.item.sizeBytes, [&, root, i] {
                                    evidenceDigests[i] = hashFolder(root, done, control);
                                }});
        }
        if (!o.store) {
            continue;
        }
        for (const ImagePlan &plan : o.read.images) {
            for (const PlannedLayer &layer : plan.layers) {
                DiagnosticSink quiet;
                const auto resolved = o.store->resolve(layer.member, quiet);
                if (!resolved || !planned.emplace(o.store.get(), *resolved).second) {
                    continue;
                }
                auto store = o.store;
                const QString member = layer.member;
                const QString shown = member.size() > 40 ? QChar(0x2026) + member.right(39) : member;
                jobs.push_back({store->memberSize(*resolved), [&, store, member, shown] {
                                    LayerScanner::Options opts = scanOptions;
                                    auto last = std::make_shared<qint64>(0);
                                    opts.progress = [&, last, shown](qint64 pos) {
                                        done += pos - *last;
                                        *last = pos;
                                        report(QCoreApplication::translate("Analyzer", "Layer %1/%2: %3")
                                                   .arg(layersDone.load() + 1)
                                                   .arg(layerCount)
                                                   .arg(shown));
                                    };
                                    store->layerScan(member, opts);
                                    ++layersDone;
                                }});
                ++layerCount;
            }
        }
    }
    for (const Job &j : jobs) {
        total += std::max<qint64>(j.size, 0);
    }
    for (const Job &j : hashJobs) {
        total += std::max<qint64>(j.size, 0);
    }
    std::stable_sort(jobs.begin(), jobs.end(),
                     [](const Job &a, const Job &b) { return a.size > b.size; });
    report(QCoreApplication::translate("Analyzer", "Hashing evidence and reading layers"));
    qCDebug(lcTiming) << "open and read metadata:" << clock.restart() << "ms";
    // Whole-file hashes run on their own thread beside the layer scans and the stacking that
    // follows them, so no core waits for the other.
    QThreadPool hashPool;
    hashPool.setMaxThreadCount(1);
    QFuture<void> hashing = QtConcurrent::map(&hashPool, hashJobs, [](Job &j) { j.run(); });
    QtConcurrent::blockingMap(jobs, [](Job &j) { j.run(); });
    qCDebug(lcTiming) << "scan layers:" << clock.restart() << "ms";
    if (control && control->cancel) {
        hashing.waitForFinished();
        analysis.cancelled = true;
        return analysis;
    }

    // 3. Build the images and collect everything in a stable order.
    std::vector<Digest> scannedDigests(opened.size());
    for (std::size_t i = 0; i < opened.size(); ++i) {
        Opened &o = opened[i];
        Digest &digest = scannedDigests[i];
        if (o.store) {
            digest = o.store->evidenceDigest();
        }
        append(analysis.diagnostics, o.diagnostics);
        std::set<const LayerScan *> reported;
        for (const ImagePlan &plan : o.read.images) {
            report(QCoreApplication::translate("Analyzer", "Stacking layers of %1").arg(o.item.path));
            Image image = ImageBuilder::build(plan, o.store, scanOptions);
            for (const Layer &layer : image.layers) {
                if (reported.insert(layer.scan.get()).second) {
                    append(analysis.diagnostics, layer.scan->diagnostics);
                }
                if (!digest.valid && o.item.kind == u"container-export") {
                    digest = layer.scan->storedDigest; // the scan read the whole file
                }
            }
            append(analysis.diagnostics, image.diagnostics);
            o.item.readable = true;
            analysis.images.push_back(std::move(image));
        }
        for (IntegrityCheck check : o.read.integrity) {
            check.evidence = o.item.path;
            analysis.integrity.push_back(std::move(check));
        }
    }
    qCDebug(lcTiming) << "stack layers and build images:" << clock.restart() << "ms";
    hashing.waitForFinished();
    qCDebug(lcTiming) << "wait for evidence hashes:" << clock.restart() << "ms";
    if (control && control->cancel) {
        analysis.cancelled = true;
    }
    for (std::size_t i = 0; i < opened.size(); ++i) {
        const Digest digest = evidenceDigests[i].valid ? evidenceDigests[i] : scannedDigests[i];
        opened[i].item.sha256 = digest.prefixed();
        analysis.evidence.push_back(opened[i].item);
    }
    report(QCoreApplication::translate("Analyzer", "Done"));
    return analysis;
}

} // namespace dockscope
