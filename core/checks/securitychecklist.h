#pragma once

#include "model/container.h"
#include "model/imageconfig.h"

#include <vector>

namespace dockscope {

class RuleSet;

// The security-configuration checklist RT-01 … RT-20 of one container, from its inspect view
// (docker inspect, or config.v2.json + hostconfig.json merged) and its image's config. Every row
// says what was found and which file and field it was read from; `pass` means the evidence shows
// the risk is absent, `n/a` that the evidence does not carry the field.
class SecurityChecklist
{
public:
    static std::vector<ChecklistItem> evaluate(const Container &container, const ImageConfig *image,
                                               const RuleSet &rules);
};

} // namespace dockscope
