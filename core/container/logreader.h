#pragma once

#include "model/container.h"
#include "util/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace dockscope {

// Reads container logs: Docker's json-file driver files and `docker logs --timestamps` text.
class LogReader
{
public:
    // At most this many unreadable lines are reported one by one per file; the rest are counted.
    static constexpr int MaxLineDiagnostics = 20;

    // All files of one json-file log (name, bytes): "<id>-json.log", ".1", ".2" … in any order,
    // rotated files possibly gzip-compressed (".1.gz", recognised by their first bytes). The
    // records come oldest first: the highest rotation number first, each file top to bottom.
    // Messages Docker split into 16 KiB parts (a "log" without a trailing "\n") are joined with
    // the following parts of the same stream, also across files; a record takes the time, file
    // and line of its first part. Bad lines are reported with the file and line and skipped.
    static std::vector<LogRecord> readJsonFile(const std::vector<std::pair<QString, QByteArray>> &files,
                                               DiagnosticSink &diag);

    // `docker logs --timestamps` output: one record a line, "<RFC 3339 time> <text>"; a line
    // without a leading timestamp is a record with an empty time. The stream is unknown.
    static std::vector<LogRecord> readTimestampedText(const QByteArray &text, const QString &source,
                                                      DiagnosticSink &diag);

    // 0 for "<id>-json.log", n for "<id>-json.log.n" and "<id>-json.log.n.gz".
    static int rotationNumber(const QString &name);
    // Length of the RFC 3339 timestamp that starts `line` ("2024-05-14T10:00:00.123Z",
    // "…+02:00"), 0 when it does not start with one.
    static qsizetype timestampLength(QByteArrayView line);
};

} // namespace dockscope
