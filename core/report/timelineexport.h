#pragma once

#include "model/analysis.h"

#include <QByteArray>

#include <vector>

namespace dockscope {

// The timeline in the two forms Timesketch imports: CSV with the columns message, datetime,
// timestamp_desc and timestamp (microseconds since the epoch) first, then where each event
// comes from; and JSON Lines with the same keys. Both are byte-for-byte deterministic.
class TimelineExport
{
public:
    enum class Format { Csv, Jsonl };

    // The analysis timeline plus, with imageFiles, the modification time of every file of every
    // image layer, sorted as one list.
    static std::vector<TimelineEvent> events(const Analysis &analysis, bool imageFiles);
    static QByteArray write(const std::vector<TimelineEvent> &events, Format format);

    // Microseconds since the epoch, as Timesketch's "timestamp" column wants; 0 when unparsable.
    static qint64 epochMicros(const QString &datetime);
    // One CSV field (RFC 4180 quoting), UTF-8.
    static QByteArray csvField(const QString &value);
};

} // namespace dockscope
