#pragma once

#include <QString>

#include <optional>

namespace dockscope {

// CVSS v3.0/v3.1 base score from a vector ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"), by
// the formula of the CVSS v3.1 specification §7.1 (v3.0 vectors use v3.0's Roundup).
class Cvss
{
public:
    // nullopt when the vector is not a complete, well-formed v3 base vector.
    static std::optional<double> baseScore(const QString &vector);
    // Qualitative rating (§5): critical | high | medium | low | none.
    static QString rating(double score);
};

} // namespace dockscope
