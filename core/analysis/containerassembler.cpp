#include "containerassembler.h"

#include "analysis/containerdiff.h"
#include "analysis/exportdiff.h"
#include "analysis/imagebuilder.h"
#include "util/format.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtGlobal>

namespace dockscope {

namespace {

// The read-write layer alone, without the layers below: whiteouts are deletions, everything
// else may be added or changed (which one cannot be told without the image).
std::vector<Change> changesWithoutImage(const LayerScan &rw)
{
    std::vector<Change> out;
    for (const LayerEntry &e : rw.entries) {
        if (e.is(EntryOpaque) || e.is(EntryAufsMeta) || e.path.empty()) {
            continue;
        }
        const QString path = u'/' + QString::fromStdString(e.is(EntryWhiteout) ? e.whiteoutTarget() : e.path);
        out.push_back({path, e.is(EntryWhiteout) ? Change::Kind::Deleted : Change::Kind::Added});
    }
    std::sort(out.begin(), out.end(), [](const Change &a, const Change &b) { return a.path < b.path; });
    return out;
}

Container *findContainer(Analysis &analysis, const QString &id)
{
    for (Container &c : analysis.containers) {
        if (!id.isEmpty() && c.id == id) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace

void ContainerAssembler::addDataRoot(Analysis &analysis, const OpenedEvidence &evidence,
                                     const DataRootContent &root, std::size_t firstImage,
                                     const LayerScanner::Options &options)
{
    for (const DataRootContent::ContainerPlan &cp : root.containers) {
        Container c = cp.container;
        if (!cp.rwMember.isEmpty() && cp.image >= 0) {
            const ImagePlan &imagePlan = root.images[std::size_t(cp.image)];
            const Image &base = analysis.images[firstImage + std::size_t(cp.image)];
            ImagePlan fsPlan;
            fsPlan.format = QStringLiteral("container");
            fsPlan.layers = imagePlan.layers;
            if (!cp.initMember.isEmpty()) {
                fsPlan.layers.push_back({cp.initMember, {}, -1, {}, {}});
            }
            fsPlan.layers.push_back({cp.rwMember, {}, -1, {}, {}});
            Image fs = ImageBuilder::build(fsPlan, evidence.store, options);
            fs.kind = QStringLiteral("container");
            fs.id = c.id;
            fs.repoTags = {c.name.isEmpty() ? c.id.left(12) : c.name};
            fs.config = base.config;
            fs.platform = base.platform;
            fs.integrity.clear(); // the image's own checks are on the image
            fs.diagnostics.clear();
            for (std::size_t i = 0; i < fs.layers.size(); ++i) {
                Layer &l = fs.layers[i];
                if (i < base.layers.size()) {
                    l.createdBy = base.layers[i].createdBy;
                    l.created = base.layers[i].created;
                    l.verified = base.layers[i].verified;
                    l.expectedDiffId = base.layers[i].expectedDiffId;
                } else if (l.member == cp.initMember) {
                    l.createdBy = QCoreApplication::translate("ContainerAssembler", "container init layer (/etc/hosts, /etc/resolv.conf, …)");
                } else {
                    l.createdBy = QCoreApplication::translate("ContainerAssembler", "container read-write layer: the changes made while it ran");
                }
            }
            const int rw = int(fs.layers.size()) - 1;
            c.changes = ContainerDiff::naive(*fs.tree, rw);
            c.changesSource = QCoreApplication::translate("ContainerAssembler", "read-write layer %1 compared with the layers below, as docker diff")
                                  .arg(cp.rwMember);
            append(analysis.diagnostics, fs.layers.back().scan->diagnostics);
            analysis.images.push_back(std::move(fs));
        } else if (!cp.rwMember.isEmpty()) {
            DiagnosticSink diag(evidence.item.path, cp.rwMember);
            const LayerScanPtr rw = evidence.store->layerScan(cp.rwMember, options);
            c.changes = changesWithoutImage(*rw);
            c.changesEstimated = true;
            c.changesSource = QCoreApplication::translate("ContainerAssembler", "read-write layer alone (the image is not in this data root: "
                                 "added and changed cannot be told apart)");
            diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "the container's image %1 is not in this "
                                                         "data root: its changes are read from the "
                                                         "read-write layer alone"),
                         {c.imageId});
            append(analysis.diagnostics, diag.items());
        }
        for (const auto &[mount, member] : cp.mountMembers) {
            const LayerScanPtr scan = evidence.store->layerScan(member, options);
            append(analysis.diagnostics, scan->diagnostics);
            c.mountContents.push_back({mount, member, scan});
        }
        analysis.containers.push_back(std::move(c));
    }
}

void ContainerAssembler::tie(Analysis &analysis, const std::vector<OpenedEvidence> &opened)
{
    for (const OpenedEvidence &o : opened) {
        for (const Container &c : o.containers) {
            if (Container *known = findContainer(analysis, c.id)) {
                // The same container from a data root and an inspect file: keep the data
                // root's reading, note the second source.
                known->fieldSources.insert(QStringLiteral("inspect"), o.item.path);
                continue;
            }
            analysis.containers.push_back(c);
        }
    }
    static const QRegularExpression idInName(QStringLiteral("([0-9a-f]{64})"));
    auto target = [&](const OpenedEvidence &o) -> Container * {
        const auto m = idInName.match(QFileInfo(o.item.path).fileName());
        if (m.hasMatch()) {
            if (Container *c = findContainer(analysis, m.captured(1))) {
                return c;
            }
        }
        if (analysis.containers.size() == 1) {
            return &analysis.containers.front();
        }
        return nullptr;
    };
    for (const OpenedEvidence &o : opened) {
        if (o.logs.empty() && o.diffText.empty() && o.item.kind != u"container-export") {
            continue;
        }
        Container *c = target(o);
        DiagnosticSink diag(o.item.path);
        if (!c) {
            if (!o.logs.empty() || !o.diffText.empty()) {
                diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "cannot tell which container this "
                                                             "belongs to (no container id in its "
                                                             "name and not exactly one container "
                                                             "in the evidence)"));
            }
            append(analysis.diagnostics, diag.items());
            continue;
        }
        if (!o.logs.empty()) {
            const bool structured = o.item.kind == u"container-logs" && !o.logs.front().stream.isEmpty();
            const bool haveStructured = !c->logs.empty() && !c->logs.front().stream.isEmpty();
            if (c->logs.empty() || (structured && !haveStructured)) {
                c->logs = o.logs;
            } else {
                diag.info(QT_TRANSLATE_NOOP("Diagnostic", "the container's logs are already read "
                                                          "from %1; these lines are not added "
                                                          "twice"),
                          {c->logs.front().sourceFile});
            }
        }
        if (!o.diffText.empty() && (c->changes.empty() || c->changesEstimated)) {
            c->changes = o.diffText;
            c->changesEstimated = false;
            c->changesSource = QCoreApplication::translate("ContainerAssembler", "docker diff output %1").arg(o.item.path);
        }
        if (o.item.kind == u"container-export" && c->exportEvidence.isEmpty()) {
            c->exportEvidence = o.item.path;
        }
        if (o.item.kind == u"container-export" && c->changes.empty()) {
            // Compare the export with the image the container was started from.
            const Image *exported = nullptr;
            const Image *image = nullptr;
            for (const Image &i : analysis.images) {
                if (i.evidence == o.item.path && i.kind == u"container-export") {
                    exported = &i;
                }
                if (i.kind == u"image" && i.id == c->imageId) {
                    image = &i;
                }
            }
            if (exported && image) {
                c->changes = ExportDiff::estimate(*image->tree, *exported->tree);
                c->changesEstimated = true;
                c->changesSource = QCoreApplication::translate("ContainerAssembler", "export %1 compared with image %2 (estimated)")
                                       .arg(o.item.path, c->imageId);
            } else if (exported) {
                diag.info(QT_TRANSLATE_NOOP("Diagnostic", "the image of the exported container is "
                                                          "not among the evidence: its changes "
                                                          "cannot be estimated"));
            }
        }
        append(analysis.diagnostics, diag.items());
    }
}

void ContainerAssembler::addToTimeline(Analysis &analysis)
{
    auto event = [&](const QString &time, const QString &desc, const QString &source,
                     const QString &message, const QString &evidence) {
        if (time.isEmpty() || time.startsWith(u"0001-01-01")) {
            return; // Docker's zero time: the event did not happen
        }
        TimelineEvent e;
        e.datetime = time;
        e.timestampDesc = desc;
        e.source = source;
        e.message = message;
        e.evidenceFile = evidence;
        analysis.timeline.push_back(std::move(e));
    };
    for (const Container &c : analysis.containers) {
        const QString who = c.name.isEmpty() ? c.id.left(12) : c.name;
        event(c.created, QStringLiteral("Container Created"), QStringLiteral("container"),
              QStringLiteral("%1 created from %2").arg(who, c.image), c.evidenceFile);
        event(c.startedAt, QStringLiteral("Container Started"), QStringLiteral("container"),
              QStringLiteral("%1 started: %2 %3").arg(who, c.path, c.args.join(u' ')), c.evidenceFile);
        if (!c.running) {
            event(c.finishedAt, QStringLiteral("Container Finished"), QStringLiteral("container"),
                  QStringLiteral("%1 finished with exit code %2").arg(who).arg(c.exitCode), c.evidenceFile);
        }
        for (const LogRecord &r : c.logs) {
            TimelineEvent e;
            e.datetime = r.time;
            e.timestampDesc = r.stream.isEmpty() ? QStringLiteral("Log Line")
                                                 : QStringLiteral("Log Line (%1)").arg(r.stream);
            e.source = QStringLiteral("log");
            e.message = QStringLiteral("%1: %2").arg(who, r.text);
            e.evidenceFile = c.evidenceFile;
            e.path = QStringLiteral("%1:%2").arg(r.sourceFile).arg(r.line);
            analysis.timeline.push_back(std::move(e));
        }
    }
    for (TimelineEvent &e : analysis.timeline) {
        e.datetime = sortableTime(e.datetime);
    }
    std::stable_sort(analysis.timeline.begin(), analysis.timeline.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.datetime < b.datetime; });
}

void ContainerAssembler::select(Analysis &analysis, const QString &prefix)
{
    if (prefix.isEmpty()) {
        return;
    }
    std::vector<Container> matches;
    for (const Container &c : analysis.containers) {
        if (c.id.startsWith(prefix) || c.name == prefix || c.name == prefix.mid(1)) {
            matches.push_back(c);
        }
    }
    DiagnosticSink diag(QString(), QStringLiteral("--container %1").arg(prefix));
    if (matches.empty()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "no container matches \"%1\""), {prefix});
    } else if (matches.size() > 1) {
        QStringList ids;
        for (const Container &c : matches) {
            ids << c.id.left(12);
        }
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "\"%1\" is ambiguous: it matches %2"),
                   {prefix, ids.join(QStringLiteral(", "))});
        matches.clear();
    }
    append(analysis.diagnostics, diag.items());
    // Keep the images of the selected container only: its image and its file system.
    std::vector<Image> images;
    const Container c = matches.empty() ? Container{} : matches.front();
    for (const Image &i : analysis.images) {
        const bool keep = matches.empty() ? i.kind != u"container"
                                          : (i.id == c.imageId || i.id == c.id
                                             || (i.kind == u"container-export" && !c.exportEvidence.isEmpty()
                                                 && i.evidence == c.exportEvidence));
        if (keep) {
            images.push_back(i);
        }
    }
    analysis.containers = matches;
    if (!matches.empty()) {
        analysis.images = images;
    }
}

} // namespace dockscope
