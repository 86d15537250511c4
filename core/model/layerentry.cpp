#include "layerentry.h"

#include "util/membername.h"

namespace dockscope {

QString entryTypeName(EntryType type)
{
    switch (type) {
    case EntryType::File:
        return QStringLiteral("file");
    case EntryType::Directory:
        return QStringLiteral("dir");
    case EntryType::Symlink:
        return QStringLiteral("symlink");
    case EntryType::Hardlink:
        return QStringLiteral("hardlink");
    case EntryType::CharDevice:
        return QStringLiteral("char");
    case EntryType::BlockDevice:
        return QStringLiteral("block");
    case EntryType::Fifo:
        return QStringLiteral("fifo");
    }
    return {};
}

std::string LayerEntry::whiteoutTarget() const
{
    const std::string_view dir = dirName(path);
    if (flags & EntryOpaque) {
        return std::string(dir);
    }
    std::string_view base = baseName(path);
    if (base.substr(0, 4) == ".wh.") {
        base.remove_prefix(4);
    }
    std::string out(dir);
    if (!out.empty()) {
        out += '/';
    }
    out.append(base);
    return out;
}

} // namespace dockscope
