#include "detector.h"

#include "checks/filesystemchecks.h"
#include "checks/packagechecks.h"
#include "checks/findingranker.h"
#include "checks/imagechecks.h"
#include "checks/layerchecks.h"
#include "checks/loganalyzer.h"
#include "checks/securitychecklist.h"
#include "checks/timelinebuilder.h"
#include "rules/ruleset.h"
#include "vulns/vulnerabilitymatcher.h"

#include <set>

namespace dockscope {

namespace {

const Image *imageOf(const Analysis &a, const QString &id)
{
    for (const Image &i : a.images) {
        if (i.kind == u"image" && i.id == id) {
            return &i;
        }
    }
    return nullptr;
}

void checklistFindings(const Container &c, FindingSink &sink)
{
    for (const ChecklistItem &item : c.checklist) {
        if (item.status != ChecklistItem::Status::Fail && item.status != ChecklistItem::Status::Warn) {
            continue;
        }
        Finding &f = sink.add(item.id, item.severity);
        f.container = c.id;
        f.image = c.imageId;
        f.evidenceFile = c.evidenceFile;
        f.source = item.source;
        f.evidence = item.value.left(300);
    }
}

// An untagged image that another image of the same evidence was built on: the classic builder
// leaves one per Dockerfile step. Its layers and history are the other image's first ones, so
// its findings would repeat the other's; it is checked through the image built on it.
bool isBuildIntermediate(const Image &image, const Analysis &analysis)
{
    if (!image.repoTags.isEmpty()) {
        return false;
    }
    const auto &history = image.config.history;
    for (const Image &other : analysis.images) {
        if (&other == &image || other.kind != u"image" || other.evidence != image.evidence
            || other.config.history.size() <= history.size()
            || other.layers.size() < image.layers.size()) {
            continue;
        }
        bool prefix = true;
        for (std::size_t i = 0; prefix && i < image.layers.size(); ++i) {
            prefix = !image.layers[i].diffId.isEmpty()
                && image.layers[i].diffId == other.layers[i].diffId;
        }
        for (std::size_t i = 0; prefix && i < history.size(); ++i) {
            prefix = history[i].createdBy == other.config.history[i].createdBy
                && history[i].created == other.config.history[i].created;
        }
        if (prefix) {
            return true;
        }
    }
    return false;
}

} // namespace

void Detector::run(Analysis &analysis, const RuleSet &rules)
{
    LayerChecks layers(rules);
    run(analysis, rules, layers.take(analysis));
}

void Detector::run(Analysis &analysis, const RuleSet &rules, QList<std::vector<Finding>> layerFindings)
{
    FindingSink sink(rules.catalog());

    for (Container &c : analysis.containers) {
        const Image *image = imageOf(analysis, c.imageId);
        c.checklist = SecurityChecklist::evaluate(c, image ? &image->config : nullptr, rules);
        checklistFindings(c, sink);
    }

    std::set<QString> checkedImages;
    for (const Image &image : analysis.images) {
        if (image.kind == u"image" && !isBuildIntermediate(image, analysis)
            && (image.id.isEmpty() || checkedImages.insert(image.id).second)) {
            ImageChecks::run(image, rules, sink);
        }
    }

    const std::vector<FileSet> containerSets = FileSetBuilder::containers(analysis);
    for (std::size_t i = 0; i < containerSets.size(); ++i) {
        const Container &c = analysis.containers[i];
        FileSystemChecks::run(containerSets[i], &c, rules, sink);
        ContentFindings::run(containerSets[i], rules, sink);
        LogAnalyzer::run(c, &containerSets[i], rules, sink);
    }
    for (std::vector<Finding> &found : layerFindings) {
        sink.findings().insert(sink.findings().end(), std::make_move_iterator(found.begin()),
                               std::make_move_iterator(found.end()));
    }
    PackageChecks::run(analysis, sink); // after the file checks: names what their FS-08/FS-15 saw

    VulnerabilityMatcher::addFindings(analysis, sink);

    analysis.findings = FindingRanker::rank(sink.take());
    TimelineBuilder::addAnalysisEvents(analysis, containerSets);
}

} // namespace dockscope
