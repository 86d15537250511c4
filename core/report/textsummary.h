#pragma once

#include "model/analysis.h"

#include <QString>

namespace dockscope {

// The readable summary `dockscope-cli analyze` prints without --json: per image a layer table,
// efficiency, inefficient files and the integrity verdict; then the warnings.
class TextSummary
{
public:
    static QString write(const Analysis &analysis);
};

} // namespace dockscope
