#include "analyzer.h"

#include "checks/detector.h"
#include "checks/layerchecks.h"
#include "rules/ruleset.h"
#include "analysis/containerassembler.h"
#include "analysis/evidenceopener.h"
#include "analysis/imagebuilder.h"
#include "archive/bytesource.h"
#include "archive/decodedsource.h"
#include "archive/tarstream.h"
#include "case/evidencehasher.h"
#include "acquire/acquisitionfolder.h"
#include "evidence/dirstore.h"
#include "evidence/dockerarchivereader.h"
#include "evidence/evidenceprobe.h"
#include "evidence/jsonhelpers.h"
#include "evidence/ocilayoutreader.h"
#include "evidence/singlefilestore.h"
#include "evidence/streamedtarstore.h"
#include "evidence/tarstore.h"
#include "packages/inventorybuilder.h"
#include "packages/packagesniffer.h"
#include "util/digest.h"
#include "vulns/osvdatabase.h"
#include "vulns/vulnerabilitymatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <QtGlobal>

#include <algorithm>
#include <mutex>
#include <optional>
#include <set>

namespace dockscope {

Q_LOGGING_CATEGORY(lcTiming, "dockscope.timing", QtWarningMsg)

namespace {

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

// A folder's digest: SHA-256 over its sorted listing, as the case records it at intake.
Digest hashFolder(const QString &root, std::atomic<qint64> &progress, const JobControl *control)
{
    const EvidenceHashes h = EvidenceHasher::hash(root, EvidenceHasher::Sha256Only, &progress,
                                                  control ? &control->cancel : nullptr);
    return h.cancelled ? Digest{} : Digest::fromHex(h.sha256);
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

    // The rules, compiled once for the whole run; the content rules run in the layer scans.
    RuleSet::Options ruleOptions;
    ruleOptions.extraYaraDirs = options.ruleDirs;
    ruleOptions.maxScanBytes = options.maxScanBytes;
    ruleOptions.contentRules = options.contentRules && options.detections;
    const std::shared_ptr<const RuleSet> rules = RuleSet::load(ruleOptions);
    // Java archives and Go programs are read for the inventory in the same pass, and every file
    // is classified, also when no content rules run.
    const PackageSniffer sniffer(rules->content(), rules->maxScanBytes());
    scanOptions.inspector = &sniffer;
    analysis.rules.version = rules->version();
    analysis.rules.sha256 = rules->sha256();
    analysis.rules.files = rules->files();
    analysis.rules.yaraRules = rules->yaraRuleCount();
    analysis.rules.maxScanBytes = rules->maxScanBytes();
    analysis.rules.contentRules = rules->content() != nullptr;
    analysis.rules.diagnostics = rules->diagnostics();

    // The OSV folder, read and indexed once for the run, beside the evidence reading.
    QFuture<OsvDatabase> osvLoading;
    if (!options.vulnDb.isEmpty()) {
        osvLoading = QtConcurrent::run([folder = options.vulnDb] { return OsvDatabase::load(folder); });
    }

    // 0. An acquisition folder stands for the evidence files its manifest lists.
    QStringList items;
    std::vector<AcquisitionManifest> acquisitions;
    for (const QString &given : evidence) {
        if (AcquisitionFolder::isAcquisition(given)) {
            DiagnosticSink diag(given);
            acquisitions.push_back(AcquisitionFolder::read(given, diag));
            items << AcquisitionFolder::evidenceFiles(acquisitions.back());
            append(analysis.diagnostics, diag.items());
        } else {
            items << given;
        }
    }

    // 1. Probe and open every evidence item; read its metadata.
    std::vector<OpenedEvidence> opened;
    for (const QString &given : items) {
        opened.push_back(EvidenceOpener::open(given, options, scanOptions, report));
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
        OpenedEvidence &o = opened[i];
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
        // Each blob with what it is: an image's layer, or what a container wrote.
        std::vector<std::pair<QString, LayerRole>> members;
        for (const ImagePlan &plan : o.read.images) {
            const LayerRole role = plan.format == u"container-export" ? LayerRole::Container : LayerRole::Image;
            for (const PlannedLayer &layer : plan.layers) {
                members.emplace_back(layer.member, role);
            }
        }
        for (const DataRootContent &root : o.dataRoots) {
            for (const ImagePlan &plan : root.images) {
                for (const PlannedLayer &layer : plan.layers) {
                    members.emplace_back(layer.member, LayerRole::Image);
                }
            }
            for (const auto &c : root.containers) {
                for (const QString &m : {c.initMember, c.rwMember}) {
                    if (!m.isEmpty()) {
                        members.emplace_back(m, LayerRole::Container);
                    }
                }
                for (const auto &mount : c.mountMembers) {
                    members.emplace_back(mount.second, LayerRole::Container);
                }
            }
        }
        {
            for (const auto &[layerMember, role] : members) {
                const PlannedLayer layer{layerMember, {}, -1, {}, {}};
                DiagnosticSink quiet;
                const auto resolved = o.store->resolve(layer.member, quiet);
                if (!resolved || !planned.emplace(o.store.get(), *resolved).second) {
                    continue;
                }
                auto store = o.store;
                const QString member = layer.member;
                const QString shown = member.size() > 40 ? QChar(0x2026) + member.right(39) : member;
                jobs.push_back({store->memberSize(*resolved), [&, store, member, shown, role = role] {
                                    LayerScanner::Options opts = scanOptions;
                                    opts.role = role;
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

    // 3. Build the images and collect everything in a stable order. The image layers' file
    // checks need the layers only: each image's start on the pool before its layers are
    // stacked, while the stack, dive's metrics and the inventories take one core an image.
    LayerChecks layerChecks(*rules);
    const auto startLayerChecks = [&](const Image &image) {
        if (options.detections) {
            layerChecks.start(image);
        }
    };
    std::vector<Digest> scannedDigests(opened.size());
    for (std::size_t i = 0; i < opened.size(); ++i) {
        OpenedEvidence &o = opened[i];
        Digest &digest = scannedDigests[i];
        if (o.store) {
            digest = o.store->evidenceDigest();
        }
        append(analysis.diagnostics, o.diagnostics);
        std::set<const LayerScan *> reported;
        for (const ImagePlan &plan : o.read.images) {
            report(QCoreApplication::translate("Analyzer", "Stacking layers of %1").arg(o.item.path));
            Image image = ImageBuilder::build(plan, o.store, scanOptions, startLayerChecks);
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
        for (const DataRootContent &root : o.dataRoots) {
            const std::size_t firstImage = analysis.images.size();
            for (const ImagePlan &plan : root.images) {
                Image image = ImageBuilder::build(plan, o.store, scanOptions, startLayerChecks);
                for (const Layer &layer : image.layers) {
                    if (reported.insert(layer.scan.get()).second) {
                        append(analysis.diagnostics, layer.scan->diagnostics);
                    }
                }
                append(analysis.diagnostics, image.diagnostics);
                analysis.images.push_back(std::move(image));
            }
            ContainerAssembler::addDataRoot(analysis, o, root, firstImage, scanOptions);
            analysis.integrity.insert(analysis.integrity.end(), root.integrity.begin(), root.integrity.end());
            o.item.readable = true;
        }
        if (!o.containers.empty() || !o.logs.empty() || !o.diffText.empty()
            || o.scanReport.tool != ScanReport::Tool::None) {
            o.item.readable = true;
        }
        for (IntegrityCheck check : o.read.integrity) {
            check.evidence = o.item.path;
            analysis.integrity.push_back(std::move(check));
        }
    }
    ContainerAssembler::tie(analysis, opened);
    ContainerAssembler::select(analysis, options.container);
    ContainerAssembler::addToTimeline(analysis);
    qCDebug(lcTiming) << "stack layers and build images:" << clock.restart() << "ms";
    if (!(control && control->cancel)) {
        // The package inventory of every image (and container file system), one image a worker.
        report(QCoreApplication::translate("Analyzer", "Reading package databases"));
        InventoryBuilder::Options inventoryOptions;
        inventoryOptions.cancel = control ? &control->cancel : nullptr;
        inventoryOptions.verifyAllFiles = options.verifyAllPackageFiles;
        QtConcurrent::blockingMap(analysis.images, [&](Image &image) {
            InventoryBuilder::Options o = inventoryOptions;
            // An exported container is one flat layer: verify the files its changes name.
            for (const Container &c : analysis.containers) {
                if (image.kind == u"container-export" && c.exportEvidence == image.evidence) {
                    for (const Change &ch : c.changes) {
                        if (ch.kind != Change::Kind::Deleted) {
                            o.alsoVerify.insert(ch.path.mid(1).toStdString());
                        }
                    }
                }
            }
            image.packages = InventoryBuilder::build(image, o);
        });
        for (const Image &image : analysis.images) {
            append(analysis.diagnostics, image.packages.diagnostics);
        }
        qCDebug(lcTiming) << "package inventory:" << clock.restart() << "ms";
    }
    // Vulnerabilities once every image is built: the OSV folder against the inventories, and
    // the imported Trivy and Grype reports tied to their images.
    {
        std::vector<ScanReport> reports;
        for (const OpenedEvidence &o : opened) {
            if (o.scanReport.tool != ScanReport::Tool::None) {
                reports.push_back(o.scanReport);
            }
        }
        std::optional<OsvDatabase> database;
        if (!options.vulnDb.isEmpty()) {
            report(QCoreApplication::translate("Analyzer", "Reading the vulnerability database %1")
                       .arg(options.vulnDb));
            database = osvLoading.result();
        }
        if (database || !reports.empty()) {
            VulnerabilityMatcher::run(analysis, database ? &*database : nullptr, reports);
        }
        qCDebug(lcTiming) << "vulnerabilities:" << clock.restart() << "ms";
    }
    if (options.detections && !(control && control->cancel)) {
        report(QCoreApplication::translate("Analyzer", "Running the checks"));
        Detector::run(analysis, *rules, layerChecks.take(analysis));
        qCDebug(lcTiming) << "checks:" << clock.restart() << "ms";
    }
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
    std::vector<std::pair<QString, QString>> digests;
    for (const EvidenceItem &e : analysis.evidence) {
        digests.emplace_back(e.path, e.sha256);
    }
    for (const AcquisitionManifest &m : acquisitions) {
        report(QCoreApplication::translate("Analyzer", "Verifying the acquisition manifest of %1").arg(m.folder));
        DiagnosticSink diag(m.folder);
        for (IntegrityCheck &c : AcquisitionFolder::verify(m, digests, diag)) {
            if (!c.ok) {
                diag.setWhere(QStringLiteral("manifest.json"));
                diag.error(QT_TRANSLATE_NOOP("Diagnostic", "%1 does not match the acquisition manifest: "
                                                           "%2 recorded, %3 now"),
                           {c.subject, c.expected, c.actual.isEmpty() ? QStringLiteral("unreadable") : c.actual});
            }
            analysis.integrity.push_back(std::move(c));
        }
        append(analysis.diagnostics, diag.items());
    }
    report(QCoreApplication::translate("Analyzer", "Done"));
    return analysis;
}

} // namespace dockscope
