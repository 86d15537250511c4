#include "packagefixtures.h"

#include <QByteArray>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

namespace dockscope::test {

QByteArray zipWith(const std::vector<std::pair<std::string, QByteArray>> &files)
{
    std::vector<char> buffer(1 << 20);
    size_t used = 0;
    struct archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open_memory(a, buffer.data(), buffer.size(), &used);
    for (const auto &[path, content] : files) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, path.c_str());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0644);
        archive_entry_set_size(e, content.size());
        archive_write_header(a, e);
        archive_write_data(a, content.constData(), size_t(content.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    return QByteArray(buffer.data(), qsizetype(used));
}

namespace {

QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        quint8 b = v & 0x7f;
        v >>= 7;
        if (v) {
            b |= 0x80;
        }
        out += char(b);
    } while (v);
    return out;
}

} // namespace

QByteArray goElf(const QByteArray &modinfo)
{
    QByteArray elf("\x7f" "ELF\x02\x01\x01", 7);
    elf.resize(64, '\0');
    elf[16] = 2;    // ET_EXEC
    elf[18] = 0x3e; // x86-64
    elf[20] = 1;
    elf.resize(4096, '\0');
    QByteArray info("\xff Go buildinf:", 14);
    info += char(8);
    info += char(2); // inline strings
    info.resize(32, '\0');
    const QByteArray start("\x30\x77\xaf\x0c\x92\x74\x08\x02\x41\xe1\xc1\x07\xe6\xd6\x18\xe6", 16);
    const QByteArray end("\xf9\x32\x43\x31\x86\x18\x20\x72\x00\x82\x42\x10\x41\x16\xd8\xf2", 16);
    const QByteArray wrapped = start + modinfo + end;
    info += varint(8) + QByteArray("go1.21.5") + varint(quint64(wrapped.size())) + wrapped;
    return elf + info + QByteArray(512, '\0');
}

} // namespace dockscope::test
