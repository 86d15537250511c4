#include "membername.h"

#include <vector>

namespace dockscope {

NormalizedName normalizeMemberName(std::string_view raw)
{
    NormalizedName out;
    if (raw.find('\0') != std::string_view::npos) {
        out.flags |= NameHasNul;
    }
    if (!isValidUtf8(raw)) {
        out.flags |= NameNotUtf8;
    }
    if (!raw.empty() && raw.front() == '/') {
        out.flags |= NameAbsolute;
    }
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= raw.size()) {
        std::size_t end = raw.find('/', start);
        if (end == std::string_view::npos) {
            end = raw.size();
        }
        const std::string_view part = raw.substr(start, end - start);
        if (part == "..") {
            out.flags |= NameDotDot;
            if (parts.empty()) {
                out.flags |= NameEscapes;
            } else {
                parts.pop_back();
            }
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::size_t total = 0;
    for (auto p : parts) {
        total += p.size() + 1;
    }
    out.path.reserve(total);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) {
            out.path += '/';
        }
        out.path.append(parts[i]);
    }
    if (out.path != raw) {
        out.flags |= NameRewritten;
    }
    return out;
}

NormalizedName resolveLinkTarget(std::string_view memberPath, std::string_view target)
{
    if (!target.empty() && target.front() == '/') {
        return normalizeMemberName(target);
    }
    std::string joined(dirName(memberPath));
    if (!joined.empty()) {
        joined += '/';
    }
    joined.append(target);
    return normalizeMemberName(joined);
}

bool isValidUtf8(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *end = p + s.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            n = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= n) {
            return false;
        }
        for (int i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000)
            || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        p += n + 1;
    }
    return true;
}

QString displayName(std::string_view bytes)
{
    if (isValidUtf8(bytes)) {
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    }
    // Keep valid sequences, escape every byte that is not part of one.
    QString out;
    std::size_t i = 0;
    while (i < bytes.size()) {
        std::size_t len = 1;
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c >= 0xC0 && c < 0xE0) {
            len = 2;
        } else if (c >= 0xE0 && c < 0xF0) {
            len = 3;
        } else if (c >= 0xF0 && c < 0xF8) {
            len = 4;
        }
        if (c >= 0x80 && (i + len > bytes.size() || !isValidUtf8(bytes.substr(i, len)) || len == 1)) {
            out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0')).toUpper().replace(
                QStringLiteral("\\X"), QStringLiteral("\\x"));
            ++i;
            continue;
        }
        if (c == 0) {
            out += QStringLiteral("\\x00");
            ++i;
            continue;
        }
        out += QString::fromUtf8(bytes.data() + i, qsizetype(len));
        i += len;
    }
    return out;
}

std::string_view baseName(std::string_view path)
{
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

std::string_view dirName(std::string_view path)
{
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
}

} // namespace dockscope
