#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace dockscope {

// What normalising a tar member name found out about it. Names are data: the raw bytes are kept
// for the record and never used as a file-system path.
enum NameFlag : std::uint8_t {
    NameAbsolute = 1 << 0,  // started with '/'
    NameDotDot = 1 << 1,    // had a ".." component
    NameEscapes = 1 << 2,   // ".." climbed above the root: path traversal
    NameNotUtf8 = 1 << 3,   // not valid UTF-8
    NameHasNul = 1 << 4,    // contained a NUL byte (pax records can)
    NameRewritten = 1 << 5, // the normalised form differs from the raw name
};

struct NormalizedName
{
    std::string path; // no leading or trailing '/', no "." or empty components; "" is the root
    std::uint8_t flags = 0;
};

NormalizedName normalizeMemberName(std::string_view raw);

// Resolves a link target written in the member at `memberPath` (relative to its directory, or
// absolute from the archive root) into a normalised archive path.
NormalizedName resolveLinkTarget(std::string_view memberPath, std::string_view target);

bool isValidUtf8(std::string_view bytes);

// Text for reports: valid UTF-8 as it is; each invalid byte as the four characters "\xNN".
QString displayName(std::string_view bytes);

// "dir/name" → "name"; "name" → "name".
std::string_view baseName(std::string_view path);
// "dir/name" → "dir"; "name" → "".
std::string_view dirName(std::string_view path);

} // namespace dockscope
