#pragma once

#include "util/digest.h"

#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dockscope {

enum class EntryType : std::uint8_t { File, Directory, Symlink, Hardlink, CharDevice, BlockDevice, Fifo };

QString entryTypeName(EntryType type); // file | dir | symlink | hardlink | char | block | fifo

// What an entry means for the layer stack, and what reading it found out.
enum EntryFlag : std::uint16_t {
    EntryWhiteout = 1 << 0,   // ".wh.NAME": deletes NAME from the layers below
    EntryOpaque = 1 << 1,     // ".wh..wh..opq": hides the lower children of its directory
    EntryAufsMeta = 1 << 2,   // ".wh..wh.plnk" and friends: aufs bookkeeping, not a file
    EntryDuplicate = 1 << 3,  // the same path appeared earlier in this layer
    EntryTruncated = 1 << 4,  // the archive ended inside this entry's data
    EntryEscapes = 1 << 5,    // the name climbs above the root: never applied
    EntryAbsolute = 1 << 6,   // the name started with '/'
    EntryNotUtf8 = 1 << 7,    // the name is not valid UTF-8
    EntryHasNul = 1 << 8,     // the name carried a NUL byte
    EntryDotDot = 1 << 9,     // the name had ".." components (resolved inside the root)
};

// One member of a layer tar, as read. Immutable once the scan is done.
struct LayerEntry
{
    std::string path;       // normalised: no leading '/', no "." or ".." components; "" = root
    std::string linkTarget; // symlink target as stored, or the normalised hard-link target
    std::string rawName;    // the member name as stored, when it differs from path
    std::vector<std::pair<std::string, std::string>> xattrs;
    qint64 size = 0;         // the tar header size (dive's definition of a file's size)
    qint64 mtime = 0;        // seconds since the epoch
    qint64 headerOffset = 0; // offset of the header in the decompressed layer tar
    std::uint32_t mtimeNsec = 0;
    std::uint32_t mode = 0;  // permission bits including setuid, setgid and sticky (07777)
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::uint32_t devMajor = 0;
    std::uint32_t devMinor = 0;
    Digest sha256;           // content of regular files (and of hard links, once resolved)
    EntryType type = EntryType::File;
    std::uint16_t flags = 0;
    std::uint8_t fileKind = 0; // FileKind of the content (archive/filekind.h), when inspected
    std::uint8_t elfFlags = 0; // ElfFlag bits, for ELF files

    bool is(EntryFlag f) const { return (flags & f) != 0; }
    // Applies to the file system (not a whiteout, opaque marker, aufs metadata or escape).
    bool isPlainEntry() const
    {
        return !(flags & (EntryWhiteout | EntryOpaque | EntryAufsMeta | EntryEscapes));
    }
    // For a whiteout "dir/.wh.NAME": "dir/NAME"; for an opaque marker: its directory.
    std::string whiteoutTarget() const;
};

} // namespace dockscope
