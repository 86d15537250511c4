#pragma once

#include "bytesource.h"
#include "util/diagnostic.h"

#include <cstdint>
#include <string>

namespace dockscope {

// One member of an outer archive (a docker save or OCI layout tar).
struct TarMember
{
    enum Type : char {
        Regular = '0',
        HardLink = '1',
        SymLink = '2',
        CharDevice = '3',
        BlockDevice = '4',
        Directory = '5',
        Fifo = '6',
        Other = '?',
    };

    std::string rawName;  // bytes as stored (after long-name and pax records)
    std::string name;     // normalised (see normalizeMemberName)
    std::uint8_t nameFlags = 0;
    std::string linkName; // raw link target for hard and symbolic links
    Type type = Regular;
    qint64 size = 0;          // data bytes that follow the header
    qint64 headerOffset = 0;  // offset of the first header block (long-name/pax included)
    qint64 dataOffset = 0;    // offset of the first data byte
    qint64 mtime = 0;
    std::uint32_t mode = 0;
};

// A small, strict reader of the ustar/GNU/pax header formats for outer archives. It walks
// headers in order, keeps member data available for the current member only, and skips by
// seeking when the source can. Checksum failures, truncation and oversized records become
// diagnostics with the offset of the damaged header; after a damaged header it searches for the
// next valid one, so the members behind the damage are still read.
class TarStream
{
public:
    TarStream(ByteSource &source, DiagnosticSink &diagnostics);

    // Advances to the next member; false at the end of the archive or on a fatal error.
    bool next(TarMember &member);
    // Reads data of the current member.
    qint64 readData(char *buffer, qint64 max);
    // True when the archive ended cleanly (end-of-archive blocks or end of stream on a block
    // boundary) rather than by truncation or a read error.
    bool endedCleanly() const { return m_clean; }
    qint64 position() const { return m_source.position(); }

    // Limits that protect against hostile archives.
    static constexpr qint64 MaxExtendedHeader = 1 << 20; // pax and GNU long-name records

private:
    bool finishCurrent();
    bool readBlock(char *block, bool *eof);
    bool resync(char *block, qint64 damagedAt);

    ByteSource &m_source;
    DiagnosticSink &m_diag;
    qint64 m_remaining = 0; // data bytes of the current member not yet consumed
    qint64 m_padding = 0;   // padding after the current member's data
    bool m_done = false;
    bool m_clean = false;
};

// ByteSource over the data of TarStream's current member.
class TarMemberSource final : public ByteSource
{
public:
    TarMemberSource(TarStream &stream, qint64 size)
        : m_stream(stream)
        , m_size(size)
    {
    }
    qint64 read(char *buffer, qint64 max) override;
    qint64 position() const override { return m_pos; }
    qint64 size() const override { return m_size; }

private:
    TarStream &m_stream;
    qint64 m_size;
    qint64 m_pos = 0;
};

} // namespace dockscope
