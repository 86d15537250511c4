#pragma once

#include <cstddef>
#include <cstdint>

namespace dockscope {

// What a file is, from its first bytes (never from its name).
enum class FileKind : std::uint8_t { Unknown, Elf, Script, Php, Text, Archive, Binary };

enum ElfFlag : std::uint8_t {
    ElfStatic = 1 << 0,   // no program interpreter (PT_INTERP)
    ElfStripped = 1 << 1, // no symbol table section (.symtab)
    ElfUpx = 1 << 2,      // the UPX packer's marker in the first kilobyte
    ElfShared = 1 << 3,   // ET_DYN with an interpreter-less shared object shape
};

const char *fileKindName(FileKind kind); // elf | script | php | text | archive | binary | unknown

// Classifies the first bytes of a file; for ELF files also reads what the headers say (the
// section headers only when they lie inside `length`).
FileKind classifyContent(const char *data, std::size_t length, std::uint8_t *elfFlags);

} // namespace dockscope
