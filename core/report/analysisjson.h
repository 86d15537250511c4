#pragma once

#include "model/analysis.h"

#include <QByteArray>

namespace dockscope {

// The JSON contract of `dockscope-cli analyze` (schema "dockscope.analysis/1"), deterministic:
// the same evidence gives the same bytes.
class AnalysisJson
{
public:
    struct Options
    {
        bool files = false; // include the flattened file system of every image
    };
    static QByteArray write(const Analysis &analysis, const Options &options);
};

} // namespace dockscope
