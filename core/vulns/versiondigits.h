#pragma once

// Helpers the version orderings of VersionCompare share; not part of its interface.

#include <QByteArrayView>

#include <cstring>

namespace dockscope::VersionCompare::detail {

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool isLower(char c) { return c >= 'a' && c <= 'z'; }
inline int sign(qint64 v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

// Compares two runs of decimal digits numerically, of any length.
inline int compareDigits(QByteArrayView a, QByteArrayView b)
{
    while (!a.isEmpty() && a.front() == '0') {
        a = a.sliced(1);
    }
    while (!b.isEmpty() && b.front() == '0') {
        b = b.sliced(1);
    }
    if (a.size() != b.size()) {
        return a.size() < b.size() ? -1 : 1;
    }
    return sign(std::memcmp(a.data(), b.data(), size_t(a.size())));
}

} // namespace dockscope::VersionCompare::detail
