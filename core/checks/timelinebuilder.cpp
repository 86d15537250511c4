#include "timelinebuilder.h"

#include "util/format.h"

#include <algorithm>
#include <set>

namespace dockscope {

namespace {

QString imageName(const Image &i)
{
    return i.repoTags.isEmpty() ? i.id.left(19) : i.repoTags.join(QStringLiteral(", "));
}

bool zeroTime(const QString &t)
{
    return t.isEmpty() || t.startsWith(u"0001-01-01") || t.startsWith(u"1970-01-01T00:00:00");
}

} // namespace

void TimelineBuilder::sort(std::vector<TimelineEvent> &events)
{
    for (TimelineEvent &e : events) {
        e.datetime = sortableTime(e.datetime);
    }
    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        return std::tie(a.datetime, a.source, a.message, a.path) < std::tie(b.datetime, b.source, b.message, b.path);
    });
}

void TimelineBuilder::addAnalysisEvents(Analysis &analysis, const std::vector<FileSet> &containerChanges)
{
    std::vector<TimelineEvent> &out = analysis.timeline;
    std::set<QString> images;
    for (const Image &i : analysis.images) {
        if (i.kind != u"image" || !i.config.valid || (!i.id.isEmpty() && !images.insert(i.id).second)) {
            continue;
        }
        if (!zeroTime(i.config.created)) {
            TimelineEvent e;
            e.datetime = i.config.created;
            e.timestampDesc = QStringLiteral("Image Created");
            e.source = QStringLiteral("image");
            e.message = QStringLiteral("image %1 created").arg(imageName(i));
            e.evidenceFile = i.evidence;
            out.push_back(std::move(e));
        }
        int layer = 0;
        for (std::size_t h = 0; h < i.config.history.size(); ++h) {
            const HistoryEntry &entry = i.config.history[h];
            if (!zeroTime(entry.created)) {
                TimelineEvent e;
                e.datetime = entry.created;
                e.timestampDesc = entry.emptyLayer ? QStringLiteral("Image Build Step") : QStringLiteral("Image Layer Built");
                e.source = QStringLiteral("image history");
                e.message = QStringLiteral("%1: %2").arg(imageName(i), entry.createdBy.isEmpty() ? entry.comment : entry.createdBy);
                e.evidenceFile = i.evidence;
                e.layer = entry.emptyLayer ? -1 : layer;
                e.path = QStringLiteral("history[%1]").arg(h);
                out.push_back(std::move(e));
            }
            layer += entry.emptyLayer ? 0 : 1;
        }
    }
    for (const FileSet &set : containerChanges) {
        for (const FileView &f : set.files) {
            if (!f.entry || f.entry->mtime <= 0) {
                continue;
            }
            TimelineEvent e;
            e.datetime = rfc3339(f.entry->mtime, f.entry->mtimeNsec);
            e.timestampDesc = QStringLiteral("Content Modification Time");
            e.source = set.estimated ? QStringLiteral("container export") : QStringLiteral("container layer");
            e.message = QStringLiteral("%1 %2 (%3, %4 bytes) in container %5")
                            .arg(Change::kindLetter(f.kind))
                            .arg(f.path, octalMode(f.entry->mode))
                            .arg(f.entry->size)
                            .arg(set.containerId.left(12));
            e.evidenceFile = set.evidence;
            e.path = f.path;
            e.layer = f.layer;
            out.push_back(std::move(e));
        }
    }
    for (const Finding &f : analysis.findings) {
        if (f.timestamp.isEmpty()) {
            continue;
        }
        TimelineEvent e;
        e.datetime = f.timestamp;
        e.timestampDesc = f.rule.startsWith(u"LOG") ? QStringLiteral("Finding (log line)") : QStringLiteral("Finding (file time)");
        e.source = QStringLiteral("finding");
        e.message = QStringLiteral("[%1] %2 %3: %4").arg(severityName(f.severity), f.rule, f.title,
                                                           f.path.isEmpty() ? f.evidence.left(160) : f.path);
        e.evidenceFile = f.evidenceFile;
        e.path = f.path;
        e.layer = f.layer;
        e.findingId = f.id;
        out.push_back(std::move(e));
    }
    sort(out);
}

std::vector<TimelineEvent> TimelineBuilder::imageFileEvents(const Analysis &analysis)
{
    std::vector<TimelineEvent> out;
    std::set<QString> layers;
    for (const Image &i : analysis.images) {
        if (i.kind != u"image") {
            continue;
        }
        for (const Layer &l : i.layers) {
            if (!l.scan || !layers.insert(l.diffId).second) {
                continue;
            }
            for (const LayerEntry &entry : l.scan->entries) {
                if (!entry.isPlainEntry() || entry.mtime <= 0 || entry.path.empty()) {
                    continue;
                }
                TimelineEvent e;
                e.datetime = rfc3339(entry.mtime, entry.mtimeNsec);
                e.timestampDesc = QStringLiteral("Content Modification Time");
                e.source = QStringLiteral("image layer");
                e.message = QStringLiteral("/%1 (%2, %3 bytes) in layer %4 of %5")
                                .arg(QString::fromStdString(entry.path), octalMode(entry.mode))
                                .arg(entry.size)
                                .arg(l.index)
                                .arg(imageName(i));
                e.evidenceFile = i.evidence;
                e.path = u'/' + QString::fromStdString(entry.path);
                e.layer = l.index;
                out.push_back(std::move(e));
            }
        }
    }
    sort(out);
    return out;
}

} // namespace dockscope
