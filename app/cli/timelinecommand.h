#pragma once

#include <QStringList>

namespace dockscope::cli {

// dockscope-cli timeline: the analysis timeline as CSV or JSON Lines, in the form Timesketch
// imports.
int runTimeline(const QStringList &arguments);

} // namespace dockscope::cli
