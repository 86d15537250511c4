#pragma once

#include "analysis/layerstack.h"
#include "model/layerscan.h"

#include <optional>
#include <string>
#include <vector>

namespace dockscope {

struct InefficientFile
{
    std::string path; // "/etc/nginx/nginx.conf", as dive prints it
    int count = 0;
    qint64 sizeBytes = 0; // dive's cumulative size over every layer that wrote the path
};

// dive's image metrics, exactly as dive v0.13 computes them (see docs/dive-metrics.md), plus
// our own figure of the bytes that are stored in layers but not visible in the final image.
struct Efficiency
{
    double score = 1.0;
    qint64 sizeBytes = 0;
    qint64 userSizeBytes = 0;
    qint64 wastedBytes = 0;
    std::optional<double> userWastedPercent; // empty where dive gets NaN
    std::vector<InefficientFile> inefficientFiles; // largest first, then by path
    qint64 trulyWastedBytes = 0;

    static Efficiency compute(const std::vector<LayerScanPtr> &layers, const StackResult &stack);
};

} // namespace dockscope
