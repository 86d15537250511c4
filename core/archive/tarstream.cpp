#include "tarstream.h"

#include "util/membername.h"

#include <QtGlobal>

#include <algorithm>
#include <cstring>
#include <optional>

namespace dockscope {

namespace {

constexpr qint64 Block = 512;

bool allZero(const char *block)
{
    for (int i = 0; i < Block; ++i) {
        if (block[i] != 0) {
            return false;
        }
    }
    return true;
}

// Octal (NUL/space terminated) or GNU base-256 number.
std::optional<qint64> parseNumber(const char *field, int len)
{
    const auto *u = reinterpret_cast<const unsigned char *>(field);
    if (u[0] & 0x80) {
        // base-256: first byte's top bit flags it; 0xff means negative (not valid for sizes)
        if (u[0] == 0xff) {
            return std::nullopt;
        }
        quint64 v = u[0] & 0x7f;
        for (int i = 1; i < len; ++i) {
            if (v >> 55) {
                return std::nullopt;
            }
            v = (v << 8) | u[i];
        }
        return qint64(v);
    }
    int i = 0;
    while (i < len && (field[i] == ' ' || field[i] == '\0')) {
        ++i;
    }
    quint64 v = 0;
    bool any = false;
    for (; i < len; ++i) {
        const char c = field[i];
        if (c == ' ' || c == '\0') {
            break;
        }
        if (c < '0' || c > '7') {
            return std::nullopt;
        }
        if (v >> 60) {
            return std::nullopt;
        }
        v = v * 8 + quint64(c - '0');
        any = true;
    }
    if (!any) {
        return 0;
    }
    return qint64(v);
}

std::string fieldString(const char *field, int len)
{
    const void *nul = std::memchr(field, 0, size_t(len));
    return std::string(field, nul ? size_t(static_cast<const char *>(nul) - field) : size_t(len));
}

bool checksumOk(const char *block)
{
    const auto stored = parseNumber(block + 148, 8);
    if (!stored) {
        return false;
    }
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < Block; ++i) {
        const char c = (i >= 148 && i < 156) ? ' ' : block[i];
        unsignedSum += static_cast<unsigned char>(c);
        signedSum += static_cast<signed char>(c);
    }
    return *stored == unsignedSum || *stored == signedSum;
}

struct PaxValues
{
    std::optional<std::string> path;
    std::optional<std::string> linkpath;
    std::optional<qint64> size;
    std::optional<qint64> mtime;
};

// Parses "<len> <key>=<value>\n" records. Returns false on a malformed record.
bool parsePax(const std::string &data, PaxValues &out)
{
    std::size_t pos = 0;
    while (pos < data.size()) {
        std::size_t sp = data.find(' ', pos);
        if (sp == std::string::npos) {
            return false;
        }
        qint64 len = 0;
        for (std::size_t i = pos; i < sp; ++i) {
            if (data[i] < '0' || data[i] > '9' || len > (1 << 24)) {
                return false;
            }
            len = len * 10 + (data[i] - '0');
        }
        if (len <= 0 || pos + std::size_t(len) > data.size() || data[pos + std::size_t(len) - 1] != '\n') {
            return false;
        }
        const std::string record = data.substr(sp + 1, pos + std::size_t(len) - 1 - (sp + 1));
        const std::size_t eq = record.find('=');
        if (eq == std::string::npos) {
            return false;
        }
        const std::string key = record.substr(0, eq);
        const std::string value = record.substr(eq + 1);
        if (key == "path") {
            out.path = value;
        } else if (key == "linkpath") {
            out.linkpath = value;
        } else if (key == "size" || key == "mtime") {
            qint64 v = 0;
            bool ok = !value.empty();
            for (char c : value) {
                if (c == '.') {
                    break; // fractional seconds
                }
                if (c < '0' || c > '9' || v > (qint64(1) << 56)) {
                    ok = false;
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (!ok) {
                return false;
            }
            (key == "size" ? out.size : out.mtime) = v;
        }
        pos += std::size_t(len);
    }
    return true;
}

} // namespace

TarStream::TarStream(ByteSource &source, DiagnosticSink &diagnostics)
    : m_source(source)
    , m_diag(diagnostics)
{
}

bool TarStream::readBlock(char *block, bool *eof)
{
    const qint64 n = m_source.readFully(block, Block);
    *eof = (n == 0);
    if (n == Block) {
        return true;
    }
    if (n < 0 || !m_source.errorString().isEmpty()) {
        m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "read error: %1"), {m_source.errorString()},
                     {}, m_source.position());
    } else if (n > 0) {
        m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "truncated tar archive: the last header "
                                                     "block is incomplete"),
                     {}, {}, m_source.position() - n);
    }
    return false;
}

bool TarStream::finishCurrent()
{
    const qint64 toSkip = m_remaining + m_padding;
    const qint64 dataStart = m_source.position();
    m_remaining = 0;
    m_padding = 0;
    if (toSkip > 0 && !m_source.skip(toSkip)) {
        m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "truncated tar archive: member data ends "
                                                     "early"),
                     {}, {}, dataStart);
        m_done = true;
        return false;
    }
    return true;
}

bool TarStream::resync(char *block, qint64 damagedAt)
{
    // Look for the next block that is a valid ustar header.
    for (;;) {
        bool eof = false;
        if (!readBlock(block, &eof)) {
            m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "no valid tar header found after the "
                                                         "damaged header at offset %1"),
                         {QString::number(damagedAt)}, {}, damagedAt);
            return false;
        }
        if (!allZero(block) && checksumOk(block)
            && (std::memcmp(block + 257, "ustar", 5) == 0)) {
            m_diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "skipped %1 damaged bytes; reading "
                                                           "resumes at the next valid header"),
                           {QString::number(m_source.position() - Block - damagedAt)}, {},
                           m_source.position() - Block);
            return true;
        }
    }
}

bool TarStream::next(TarMember &member)
{
    if (m_done || !finishCurrent()) {
        return false;
    }
    char block[Block];
    std::optional<std::string> longName;
    std::optional<std::string> longLink;
    PaxValues pax;
    qint64 firstHeader = -1;

    for (;;) {
        const qint64 headerAt = m_source.position();
        bool eof = false;
        if (!readBlock(block, &eof)) {
            m_done = true;
            if (eof && firstHeader < 0) {
                m_clean = true; // end of stream on a block boundary without end blocks
            } else if (eof) {
                m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "truncated tar archive: extended "
                                                             "header without a member"),
                             {}, {}, firstHeader);
            }
            return false;
        }
        if (allZero(block)) {
            m_done = true;
            m_clean = true;
            return false;
        }
        if (!checksumOk(block)) {
            m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "corrupt tar header: checksum mismatch"),
                         {}, {}, headerAt);
            if (!resync(block, headerAt)) {
                m_done = true;
                return false;
            }
        }
        if (firstHeader < 0) {
            firstHeader = m_source.position() - Block;
        }
        const qint64 thisHeader = m_source.position() - Block;
        const auto size = parseNumber(block + 124, 12);
        if (!size) {
            m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "corrupt tar header: invalid size field"),
                         {}, {}, thisHeader);
            m_done = true;
            return false;
        }
        const char type = block[156];
        if (type == 'x' || type == 'g' || type == 'L' || type == 'K') {
            if (*size > MaxExtendedHeader) {
                m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "extended header of %1 bytes exceeds "
                                                             "the limit of %2 bytes"),
                             {QString::number(*size), QString::number(MaxExtendedHeader)}, {},
                             thisHeader);
                m_done = true;
                return false;
            }
            std::string data(size_t(*size), '\0');
            if (m_source.readFully(data.data(), *size) != *size
                || !m_source.skip((Block - *size % Block) % Block)) {
                m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "truncated tar archive: extended "
                                                             "header ends early"),
                             {}, {}, thisHeader);
                m_done = true;
                return false;
            }
            if (type == 'L') {
                longName = fieldString(data.data(), int(data.size()));
            } else if (type == 'K') {
                longLink = fieldString(data.data(), int(data.size()));
            } else if (type == 'x') {
                if (!parsePax(data, pax)) {
                    m_diag.warning(QT_TRANSLATE_NOOP("Diagnostic", "malformed pax extended "
                                                                   "header ignored"),
                                   {}, {}, thisHeader);
                }
            }
            continue; // global pax headers ('g') carry defaults we do not need for members
        }

        // A real member header.
        std::string name = fieldString(block, 100);
        const bool ustar = std::memcmp(block + 257, "ustar\0", 6) == 0;
        if (ustar) {
            const std::string prefix = fieldString(block + 345, 155);
            if (!prefix.empty()) {
                name = prefix + '/' + name;
            }
        }
        if (longName) {
            name = *longName;
        }
        if (pax.path) {
            name = *pax.path;
        }
        member = TarMember{};
        member.rawName = name;
        auto normalized = normalizeMemberName(name);
        member.name = std::move(normalized.path);
        member.nameFlags = normalized.flags;
        member.linkName = pax.linkpath ? *pax.linkpath
                                       : (longLink ? *longLink : fieldString(block + 157, 100));
        switch (type) {
        case '\0':
        case '0':
        case '7':
            member.type = TarMember::Regular;
            break;
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
            member.type = TarMember::Type(type);
            break;
        default:
            member.type = TarMember::Other;
            break;
        }
        // Old tars mark directories only by a trailing slash.
        if (member.type == TarMember::Regular && !name.empty() && name.back() == '/') {
            member.type = TarMember::Directory;
        }
        member.size = pax.size ? *pax.size : *size;
        if (member.type == TarMember::HardLink || member.type == TarMember::SymLink
            || member.type == TarMember::Directory || member.type == TarMember::CharDevice
            || member.type == TarMember::BlockDevice || member.type == TarMember::Fifo) {
            // These carry no data in the archive, whatever the size field says (except that a
            // hard link may carry data in pax archives; we read it as data-less like GNU tar).
            if (member.type != TarMember::HardLink) {
                member.size = 0;
            }
        }
        member.mtime = pax.mtime ? *pax.mtime : parseNumber(block + 136, 12).value_or(0);
        member.mode = std::uint32_t(parseNumber(block + 100, 8).value_or(0) & 07777);
        member.headerOffset = firstHeader;
        member.dataOffset = m_source.position();
        m_remaining = member.size;
        m_padding = (Block - member.size % Block) % Block;
        if (m_source.size() >= 0 && member.dataOffset + member.size > m_source.size()) {
            m_diag.error(QT_TRANSLATE_NOOP("Diagnostic", "truncated tar archive: member declares "
                                                         "%1 bytes but only %2 remain"),
                         {QString::number(member.size),
                          QString::number(m_source.size() - member.dataOffset)},
                         displayName(member.rawName), member.headerOffset);
        }
        return true;
    }
}

qint64 TarStream::readData(char *buffer, qint64 max)
{
    const qint64 want = std::min(max, m_remaining);
    if (want <= 0) {
        return 0;
    }
    const qint64 n = m_source.read(buffer, want);
    if (n > 0) {
        m_remaining -= n;
    }
    return n;
}

qint64 TarMemberSource::read(char *buffer, qint64 max)
{
    const qint64 n = m_stream.readData(buffer, std::min(max, m_size - m_pos));
    if (n > 0) {
        m_pos += n;
    }
    return n;
}

} // namespace dockscope
