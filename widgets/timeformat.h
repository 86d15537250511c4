#pragma once

#include <QString>

#include <cstdint>

namespace dockscope {

// Formats times for display, in UTC or local time as the settings say.
class TimeFormat
{
public:
    static QString fromEpoch(qint64 seconds, std::uint32_t nanoseconds = 0);
    // An RFC 3339 text from the evidence; returned unchanged when it cannot be parsed.
    static QString fromRfc3339(const QString &text);
};

} // namespace dockscope
