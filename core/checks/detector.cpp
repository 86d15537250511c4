#include "detector.h"

#include "checks/filesystemchecks.h"
#include "checks/findingranker.h"
#include "checks/imagechecks.h"
#include "checks/loganalyzer.h"
#include "checks/securitychecklist.h"
#include "checks/timelinebuilder.h"
#include "rules/ruleset.h"

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

} // namespace

void Detector::run(Analysis &analysis, const RuleSet &rules)
{
    FindingSink sink(rules.catalog());

    for (Container &c : analysis.containers) {
        const Image *image = imageOf(analysis, c.imageId);
        c.checklist = SecurityChecklist::evaluate(c, image ? &image->config : nullptr, rules);
        checklistFindings(c, sink);
    }

    std::set<QString> checkedImages;
    for (const Image &image : analysis.images) {
        if (image.kind == u"image" && (image.id.isEmpty() || checkedImages.insert(image.id).second)) {
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
    for (const FileSet &layer : FileSetBuilder::imageLayers(analysis)) {
        FileSystemChecks::run(layer, nullptr, rules, sink);
        ContentFindings::run(layer, rules, sink);
    }

    analysis.findings = FindingRanker::rank(sink.take());
    TimelineBuilder::addAnalysisEvents(analysis, containerSets);
}

} // namespace dockscope
