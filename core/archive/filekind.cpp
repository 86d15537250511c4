#include "filekind.h"

#include <cstring>
#include <string_view>

namespace dockscope {

namespace {

template<typename T>
T load(const char *p, bool little)
{
    T v{};
    std::memcpy(&v, p, sizeof v);
    if (!little) {
        T r{};
        for (std::size_t i = 0; i < sizeof v; ++i) {
            reinterpret_cast<unsigned char *>(&r)[i] = reinterpret_cast<const unsigned char *>(&v)[sizeof v - 1 - i];
        }
        return r;
    }
    return v;
}

std::uint8_t elfFlags(const char *d, std::size_t n)
{
    std::uint8_t flags = 0;
    if (n < 64) {
        return flags;
    }
    const bool is64 = d[4] == 2;
    const bool little = d[5] == 1;
    const std::uint16_t type = load<std::uint16_t>(d + 16, little);
    std::uint64_t phoff = 0, shoff = 0;
    std::uint16_t phentsize = 0, phnum = 0, shentsize = 0, shnum = 0;
    if (is64) {
        phoff = load<std::uint64_t>(d + 32, little);
        shoff = load<std::uint64_t>(d + 40, little);
        phentsize = load<std::uint16_t>(d + 54, little);
        phnum = load<std::uint16_t>(d + 56, little);
        shentsize = load<std::uint16_t>(d + 58, little);
        shnum = load<std::uint16_t>(d + 60, little);
    } else {
        phoff = load<std::uint32_t>(d + 28, little);
        shoff = load<std::uint32_t>(d + 32, little);
        phentsize = load<std::uint16_t>(d + 42, little);
        phnum = load<std::uint16_t>(d + 44, little);
        shentsize = load<std::uint16_t>(d + 46, little);
        shnum = load<std::uint16_t>(d + 48, little);
    }
    bool interp = false;
    bool phRead = false;
    if (phentsize >= 4 && phoff < n && phnum > 0 && phoff + std::uint64_t(phentsize) * phnum <= n) {
        phRead = true;
        for (std::uint16_t i = 0; i < phnum; ++i) {
            if (load<std::uint32_t>(d + phoff + std::uint64_t(i) * phentsize, little) == 3) { // PT_INTERP
                interp = true;
            }
        }
    }
    if (phRead && !interp) {
        flags |= type == 3 ? ElfShared : ElfStatic;
    }
    if (shentsize >= 8 && shnum > 0 && shoff < n && shoff + std::uint64_t(shentsize) * shnum <= n) {
        bool symtab = false;
        for (std::uint16_t i = 0; i < shnum; ++i) {
            if (load<std::uint32_t>(d + shoff + std::uint64_t(i) * shentsize + 4, little) == 2) { // SHT_SYMTAB
                symtab = true;
            }
        }
        if (!symtab) {
            flags |= ElfStripped;
        }
    } else if (shnum == 0) {
        flags |= ElfStripped;
    }
    if (std::string_view(d, std::min<std::size_t>(n, 1024)).find("UPX!") != std::string_view::npos) {
        flags |= ElfUpx;
    }
    return flags;
}

constexpr std::size_t TextBlock = 128; // counts of one block fit a byte

struct ByteCounts
{
    unsigned char nul = 0;
    unsigned char control = 0; // control characters other than \b \t \n \f \r ESC, NULs included
};

// One block, without a branch per byte, so that the compiler vectorises the loop. The allowed
// control characters are counted and subtracted: or-ing their tests would be turned into a
// 64-bit bit test, which does not vectorise.
ByteCounts countBlock(const unsigned char *p)
{
    unsigned char nul = 0, low = 0, allowed = 0, vt = 0;
    for (std::size_t i = 0; i < TextBlock; ++i) {
        const unsigned char c = p[i];
        nul += c == 0;
        low += c < 0x20;
        allowed += (static_cast<unsigned char>(c - '\b') <= '\r' - '\b') + (c == 0x1b); // \b … \r, ESC
        vt += c == '\v'; // in that range, yet not allowed
    }
    return {nul, static_cast<unsigned char>(low - allowed + vt)};
}

// No NUL and at most 1 % other control characters in the first 8 KiB.
bool looksLikeText(const char *d, std::size_t n)
{
    const std::size_t probe = std::min<std::size_t>(n, 8192);
    const auto *p = reinterpret_cast<const unsigned char *>(d);
    std::size_t control = 0;
    for (std::size_t at = 0; at < probe; at += TextBlock) {
        ByteCounts counts;
        if (probe - at >= TextBlock) {
            counts = countBlock(p + at);
        } else {
            unsigned char last[TextBlock]; // the short last block, padded with spaces
            std::memset(last, ' ', sizeof last);
            std::memcpy(last, p + at, probe - at);
            counts = countBlock(last);
        }
        if (counts.nul != 0) {
            return false;
        }
        control += counts.control;
    }
    return control * 100 <= probe; // at most 1 % other control characters
}

} // namespace

const char *fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Elf:
        return "elf";
    case FileKind::Script:
        return "script";
    case FileKind::Php:
        return "php";
    case FileKind::Text:
        return "text";
    case FileKind::Archive:
        return "archive";
    case FileKind::Binary:
        return "binary";
    case FileKind::Unknown:
        break;
    }
    return "unknown";
}

FileKind classifyContent(const char *d, std::size_t n, std::uint8_t *flags)
{
    if (flags) {
        *flags = 0;
    }
    if (n == 0) {
        return FileKind::Unknown;
    }
    const std::string_view head(d, std::min<std::size_t>(n, 1024));
    if (n >= 4 && std::memcmp(d, "\x7f" "ELF", 4) == 0) {
        if (flags) {
            *flags = elfFlags(d, n);
        }
        return FileKind::Elf;
    }
    if (n >= 2 && d[0] == '#' && d[1] == '!') {
        return head.find("php") != std::string_view::npos && head.substr(0, head.find('\n')).find("php") != std::string_view::npos
            ? FileKind::Php
            : FileKind::Script;
    }
    static const struct { const char *magic; std::size_t size; } archives[] = {
        {"\x1f\x8b", 2}, {"PK\x03\x04", 4}, {"\xfd" "7zXZ", 5}, {"BZh", 3}, {"\x28\xb5\x2f\xfd", 4},
        {"7z\xbc\xaf\x27\x1c", 6}, {"Rar!", 4},
    };
    for (const auto &a : archives) {
        if (n >= a.size && std::memcmp(d, a.magic, a.size) == 0) {
            return FileKind::Archive;
        }
    }
    if (n > 262 && std::memcmp(d + 257, "ustar", 5) == 0) {
        return FileKind::Archive;
    }
    if (head.find("<?php") != std::string_view::npos || head.find("<?=") != std::string_view::npos) {
        return FileKind::Php; // also PHP behind an image header (GIF89a; <?php …)
    }
    return looksLikeText(d, n) ? FileKind::Text : FileKind::Binary;
}

} // namespace dockscope
