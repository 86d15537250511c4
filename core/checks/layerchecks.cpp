#include "layerchecks.h"

#include "checks/filesystemchecks.h"
#include "checks/findingsink.h"
#include "rules/ruleset.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dockscope {

LayerChecks::LayerChecks(const RuleSet &rules)
    : m_rules(rules)
{
}

LayerChecks::~LayerChecks()
{
    // After take() every check is done; before it (a cancelled analysis) the queued ones
    // would otherwise be run here, by the waiting thread.
    m_dropping = true;
    for (auto &started : m_started) {
        started.second.second.waitForFinished();
    }
}

void LayerChecks::start(const Image &image)
{
    if (image.kind != u"image") {
        return;
    }
    for (std::size_t i = 0; i < image.layers.size(); ++i) {
        const LayerScan *scan = image.layers[i].scan.get();
        if (scan && !m_started.contains(scan)) {
            FileSetBuilder::LayerSource source = FileSetBuilder::source(image, i);
            QFuture<std::vector<Finding>> found = check(source);
            m_started.emplace(scan, std::make_pair(std::move(source), std::move(found)));
        }
    }
}

QList<std::vector<Finding>> LayerChecks::take(const Analysis &analysis)
{
    std::vector<QFuture<std::vector<Finding>>> pending;
    for (const FileSetBuilder::LayerRef &ref : FileSetBuilder::imageLayers(analysis)) {
        FileSetBuilder::LayerSource source = FileSetBuilder::source(*ref.image, ref.layer);
        const auto it = m_started.find(source.scan.get());
        pending.push_back(it != m_started.end() && it->second.first == source ? it->second.second
                                                                                : check(std::move(source)));
    }
    QList<std::vector<Finding>> out;
    out.reserve(qsizetype(pending.size()));
    for (const QFuture<std::vector<Finding>> &found : pending) {
        out.push_back(found.result());
    }
    return out;
}

QFuture<std::vector<Finding>> LayerChecks::check(FileSetBuilder::LayerSource source) const
{
    return QtConcurrent::run([&rules = m_rules, &dropping = m_dropping, source = std::move(source)] {
        if (dropping) {
            return std::vector<Finding>();
        }
        FindingSink own(rules.catalog());
        const FileSet layer = FileSetBuilder::imageLayer(source);
        FileSystemChecks::run(layer, nullptr, rules, own);
        ContentFindings::run(layer, rules, own);
        return own.take();
    });
}

} // namespace dockscope
