#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace dockscope {

// Package URLs as the purl specification writes them: pkg:type/namespace/name@version?qualifiers,
// each component percent-encoded, qualifiers sorted by key and empty ones left out.
class Purl
{
public:
    static QString make(const QString &type, const QString &nameSpace, const QString &name,
        const QString &version, std::vector<std::pair<QString, QString>> qualifiers = {});
    // Percent-encodes everything outside the unreserved set (A-Z a-z 0-9 . - _ ~).
    static QString encode(const QString &component);
};

} // namespace dockscope
