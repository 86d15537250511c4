#pragma once

#include "checks/fileset.h"
#include "model/analysis.h"

#include <QFuture>
#include <QList>

#include <atomic>
#include <map>
#include <utility>
#include <vector>

namespace dockscope {

class RuleSet;

// The file-system and content checks of image layers, one pool task a layer. An image's layers
// can be started as soon as they are read and paired, before they are stacked; take() hands
// over the findings of every distinct image layer of the finished analysis in
// FileSetBuilder::imageLayers order, using a started result where its layer, image and place
// are the ones taken, and checking the others then. What was started never changes the
// findings, only when they are found.
class LayerChecks
{
public:
    explicit LayerChecks(const RuleSet &rules);
    ~LayerChecks(); // drops the checks not begun yet and waits for the others
    LayerChecks(const LayerChecks &) = delete;
    LayerChecks &operator=(const LayerChecks &) = delete;

    // Starts the layers of an image (kind "image") whose scans no earlier image started.
    void start(const Image &image);
    QList<std::vector<Finding>> take(const Analysis &analysis);

private:
    QFuture<std::vector<Finding>> check(FileSetBuilder::LayerSource source) const;

    const RuleSet &m_rules;
    std::atomic_bool m_dropping{false};
    // Started checks by scan, with the source they were started for.
    std::map<const LayerScan *, std::pair<FileSetBuilder::LayerSource, QFuture<std::vector<Finding>>>> m_started;
};

} // namespace dockscope
