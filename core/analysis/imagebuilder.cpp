#include "imagebuilder.h"

#include "analysis/layerstack.h"
#include "util/digest.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>
#include <QLoggingCategory>
#include <QtGlobal>

namespace dockscope {

Q_DECLARE_LOGGING_CATEGORY(lcTiming)

QStringList chainIds(const QStringList &diffIds)
{
    QStringList out;
    QString previous;
    for (const QString &d : diffIds) {
        previous = previous.isEmpty() ? d
                                      : Sha256::of((previous + u' ' + d).toUtf8()).prefixed();
        out << previous;
    }
    return out;
}

namespace {

void check(Image &image, DiagnosticSink &diag, const QString &subject, const QString &expected,
           const QString &actual, const QString &where)
{
    const bool ok = expected == actual;
    image.integrity.push_back({subject, expected, actual, ok, image.evidence});
    if (!ok) {
        diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "integrity: %1 is %2 but %3 says %4"),
                     {subject, actual.isEmpty() ? QStringLiteral("unknown") : actual, where,
                      expected},
                     where);
    }
}

} // namespace

Image ImageBuilder::build(const ImagePlan &plan,
                          const std::shared_ptr<const EvidenceStore> &storePtr,
                          const LayerScanner::Options &options,
                          const std::function<void(const Image &)> &layersPaired)
{
    const EvidenceStore &store = *storePtr;
    Image image;
    image.store = storePtr;
    image.evidence = store.evidence();
    image.kind = plan.format == u"container-export" ? QStringLiteral("container-export")
                                                     : QStringLiteral("image");
    image.format = plan.format;
    image.repoTags = plan.repoTags;
    image.platform = plan.platform;
    image.manifestDigest = plan.manifestDigest;
    image.configSource = plan.configMember;
    image.configRebuilt = plan.configRebuilt;
    DiagnosticSink diag(store.evidence());

    if (plan.configFound || plan.configRebuilt) {
        QString error;
        image.config = ImageConfig::parse(plan.configBytes, &error);
        if (!image.config.valid) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "%1"), {error}, plan.configMember);
        }
        if (plan.configRebuilt) {
            image.id = plan.legacyId;
        } else {
            image.id = Sha256::of(plan.configBytes).prefixed();
            if (plan.expectedConfigDigest.startsWith(u"sha256:")) {
                check(image, diag, QStringLiteral("config digest (image id)"),
                      plan.expectedConfigDigest, image.id, plan.configDigestSource);
            }
            if (plan.expectedConfigSize >= 0) {
                check(image, diag, QStringLiteral("config size"),
                      QString::number(plan.expectedConfigSize),
                      QString::number(plan.configBytes.size()), plan.configDigestSource);
            }
        }
    }
    if (image.platform.isEmpty() && image.config.valid && !image.config.os.isEmpty()) {
        image.platform = image.config.os + u'/' + image.config.architecture
            + (image.config.variant.isEmpty() ? QString() : u'/' + image.config.variant);
    }

    // History entries that made layers, paired in order.
    std::vector<const HistoryEntry *> layerHistory;
    for (const HistoryEntry &h : image.config.history) {
        if (!h.emptyLayer) {
            layerHistory.push_back(&h);
        }
    }

    std::vector<LayerScanPtr> scans;
    QStringList names;
    QStringList actualDiffIds;
    for (std::size_t i = 0; i < plan.layers.size(); ++i) {
        const PlannedLayer &planned = plan.layers[i];
        Layer layer;
        layer.index = int(i);
        layer.member = planned.member;
        layer.mediaType = planned.mediaType;
        layer.expectedDigest = planned.expectedDigest;
        layer.expectedSize = planned.expectedSize;
        layer.scan = store.layerScan(planned.member, options);
        const LayerScan &scan = *layer.scan;
        layer.readable = scan.complete;
        layer.compression = scan.compression;
        layer.digest = scan.storedDigest.prefixed();
        layer.storedSize = scan.storedSize;
        layer.diffId = scan.diffId.prefixed();
        layer.sizeBytes = scan.tarSize;
        if (i < std::size_t(image.config.diffIds.size())) {
            layer.expectedDiffId = image.config.diffIds.at(qsizetype(i));
        }
        // Docker's LayerSources describe foreign layers by diff_id with their distribution
        // descriptor (the compressed registry blob, not the tar stored here): they explain a
        // missing layer but are no digest for the stored one.
        if (!scan.complete && scan.storedSize == 0 && plan.layerSources.contains(layer.expectedDiffId)) {
            const PlannedLayer &d = plan.layerSources[layer.expectedDiffId];
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "layer %1 is a foreign layer (%2, %3) that "
                                                         "the archive does not include"),
                         {QString::number(i), d.mediaType, d.expectedDigest}, planned.member);
        }
        if (i < layerHistory.size()) {
            layer.createdBy = layerHistory[i]->createdBy;
            layer.created = layerHistory[i]->created;
        }
        const QString where = planned.digestSource.isEmpty() ? planned.member
                                                             : planned.digestSource;
        // Verified: read completely, and the blob and its decompressed tar match what the
        // manifest (where it says anything) and the config declare.
        bool verified = scan.complete && scan.diffId.valid && image.config.valid
            && !plan.configRebuilt && !layer.expectedDiffId.isEmpty();
        if (!layer.expectedDigest.isEmpty() && !layer.expectedDigest.startsWith(u"sha256:")) {
            // Only SHA-256 is computed; other algorithms (sha512) are named, not checked.
            diag.info(QT_TRANSLATE_NOOP("Diagnostic", "layer %1 digest uses another algorithm "
                                                      "(%2); only its diff_id is verified"),
                      {QString::number(i), layer.expectedDigest.section(u':', 0, 0)}, where);
        } else if (!layer.expectedDigest.isEmpty()) {
            check(image, diag, QStringLiteral("layer %1 blob digest").arg(i), layer.expectedDigest,
                  layer.digest, where);
            verified = verified && layer.expectedDigest == layer.digest;
        }
        if (layer.expectedSize >= 0) {
            check(image, diag, QStringLiteral("layer %1 blob size").arg(i),
                  QString::number(layer.expectedSize), QString::number(layer.storedSize), where);
            verified = verified && layer.expectedSize == layer.storedSize;
        }
        if (!layer.expectedDiffId.isEmpty() && !plan.configRebuilt) {
            check(image, diag, QStringLiteral("layer %1 diff_id").arg(i), layer.expectedDiffId,
                  layer.diffId,
                  QStringLiteral("%1 rootfs.diff_ids[%2]").arg(plan.configMember).arg(i));
            verified = verified && layer.expectedDiffId == layer.diffId;
        }
        layer.verified = verified;
        actualDiffIds << layer.diffId;
        scans.push_back(layer.scan);
        names << planned.member;
        image.layers.push_back(std::move(layer));
    }

    if (image.config.valid && !plan.configRebuilt) {
        if (image.config.diffIds.size() != qsizetype(plan.layers.size())) {
            check(image, diag, QStringLiteral("layer count"),
                  QString::number(image.config.diffIds.size()),
                  QString::number(plan.layers.size()),
                  plan.configMember + QStringLiteral(" rootfs.diff_ids"));
        }
        if (!image.config.history.empty() && layerHistory.size() != plan.layers.size()) {
            check(image, diag, QStringLiteral("history entries with layers"),
                  QString::number(plan.layers.size()), QString::number(layerHistory.size()),
                  plan.configMember + QStringLiteral(" history"));
        }
        if (!image.config.diffIds.isEmpty()) {
            const QStringList expectedChain = chainIds(image.config.diffIds);
            const QStringList actualChain = chainIds(actualDiffIds);
            check(image, diag, QStringLiteral("top layer chain id"), expectedChain.last(),
                  actualChain.size() == expectedChain.size() ? actualChain.last() : QString(),
                  plan.configMember + QStringLiteral(" rootfs.diff_ids"));
        }
    }
    const QStringList chain = chainIds(actualDiffIds);
    for (std::size_t i = 0; i < image.layers.size(); ++i) {
        image.layers[i].chainId = chain.value(qsizetype(i));
    }

    QElapsedTimer clock;
    clock.start();
    // dive's per-layer leaves do not depend on the stack: compute them on the pool meanwhile,
    // before what layersPaired starts there.
    QFuture<LayerLeavesPtr> leaves = QtConcurrent::mapped(
        scans, [](const LayerScanPtr &scan) { return LayerLeaves::of(*scan); });
    if (layersPaired) {
        layersPaired(image);
    }
    StackResult stack = LayerStack::build(scans, store.evidence(), names);
    qCDebug(lcTiming) << "stack:" << clock.restart() << "ms";
    for (std::size_t i = 0; i < image.layers.size(); ++i) {
        image.layers[i].changes = stack.changes[i];
    }
    const QList<LayerLeavesPtr> leafList = leaves.results();
    const std::vector<LayerLeavesPtr> layerLeaves(leafList.begin(), leafList.end());
    image.efficiency = Efficiency::compute(scans, layerLeaves, stack);
    qCDebug(lcTiming) << "efficiency:" << clock.restart() << "ms";
    image.tree = stack.tree;
    image.diagnostics = diag.take();
    append(image.diagnostics, stack.diagnostics);
    return image;
}

} // namespace dockscope
