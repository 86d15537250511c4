#pragma once

#include <QString>
#include <QtGlobal>

#include <cstdint>

namespace dockscope {

// "1.2 MB" with SI units like dive and docker (1 kB = 1000 B).
QString humanBytes(qint64 bytes);
// RFC 3339 in UTC: "2024-01-29T17:10:00Z", with nanoseconds when they are not zero.
QString rfc3339(qint64 seconds, std::uint32_t nanoseconds = 0);
// An RFC 3339 time as text that sorts in time order: UTC, nine fractional digits
// ("2024-01-02T03:04:05.120000000Z"). Unparsable text is returned unchanged.
QString sortableTime(const QString &rfc3339Text);
// Octal permission string with the special bits: "0644", "4755".
QString octalMode(std::uint32_t mode);
// "rwsr-xr-x" (the type letter is not included).
QString symbolicMode(std::uint32_t mode);

} // namespace dockscope
