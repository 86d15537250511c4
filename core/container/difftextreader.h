#pragma once

#include "model/container.h"
#include "util/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace dockscope {

// Reads `docker diff` output: one change a line, "A /path", "C /path" or "D /path". Paths are
// kept exactly (they may hold spaces); the result is sorted by path. Other lines are reported
// with their line number and skipped. A file whose every line ends in "\r\n" is read as text
// converted to CRLF line ends.
class DiffTextReader
{
public:
    static constexpr int MaxLineDiagnostics = 20;

    static std::vector<Change> read(const QByteArray &text, const QString &source,
                                    DiagnosticSink &diag);
};

} // namespace dockscope
