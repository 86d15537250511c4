#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace dockscope {

// One rpm header as rpmdb.sqlite stores it (no magic): index count and data size (big-endian
// int32), 16-byte index entries (tag, type, offset, count), then the data store. Every entry is
// checked against the data store when the header is parsed (strings terminated inside it,
// arrays within it); the accessors then read without further checks. Entries pointing past the
// data store are ignored, as before.
class RpmHeader
{
public:
    enum Type : quint32 { Int16 = 3, Int32 = 4, String = 6, Bin = 7, StringArray = 8, I18nString = 9 };

    // nullopt when the header is malformed.
    static std::optional<RpmHeader> parse(const QByteArray &blob);

    // The first string of a string, string array or i18n string entry; empty when absent.
    QString string(quint32 tag) const;
    // Every string of a string array entry (or the one string of a string entry).
    QStringList strings(quint32 tag) const;
    std::vector<quint32> int32s(quint32 tag) const;
    std::vector<quint16> int16s(quint32 tag) const;
    std::optional<quint32> int32(quint32 tag) const;

private:
    struct Entry
    {
        quint32 type = 0;
        quint32 offset = 0;
        quint32 count = 0;
    };
    const Entry *find(quint32 tag, std::initializer_list<quint32> types) const;

    QByteArray m_data; // the data store
    std::map<quint32, Entry> m_entries;
};

} // namespace dockscope
