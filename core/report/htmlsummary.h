#pragma once

#include "model/analysis.h"

#include <QCoreApplication>
#include <QString>

namespace dockscope {

// A self-contained HTML summary of an analysis (inline CSS, nothing loaded from anywhere):
// the evidence with its hashes, per image the layer table, efficiency and integrity verdict,
// the findings, the containers' checklists and the warnings. Every value from the evidence is
// HTML-escaped: names and paths in evidence are hostile data.
class HtmlSummary
{
    Q_DECLARE_TR_FUNCTIONS(HtmlSummary)

public:
    static QString write(const Analysis &analysis);
};

} // namespace dockscope
