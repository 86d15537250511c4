#pragma once

#include <QByteArray>
#include <QList>

#include <vector>

namespace dockscope::test {

// An rpm header blob as rpmdb.sqlite stores it (no magic): index count and data size, 16-byte
// index entries (tag, type, offset, count), the data store; integers aligned as rpm aligns them.
class RpmHeaderBuilder
{
public:
    RpmHeaderBuilder &string(quint32 tag, const QByteArray &value);
    RpmHeaderBuilder &strings(quint32 tag, const QList<QByteArray> &values);
    RpmHeaderBuilder &int32s(quint32 tag, const std::vector<quint32> &values);
    RpmHeaderBuilder &int16s(quint32 tag, const std::vector<quint16> &values);
    // An entry as given, for hostile headers.
    RpmHeaderBuilder &raw(quint32 tag, quint32 type, quint32 offset, quint32 count);
    QByteArray bytes() const;

private:
    void entry(quint32 tag, quint32 type, quint32 count);
    void align(int n);

    QByteArray m_index;
    QByteArray m_data;
};

// The bytes of an rpmdb.sqlite whose Packages table holds these blobs, in order.
QByteArray rpmdbSqlite(const std::vector<QByteArray> &blobs);

} // namespace dockscope::test
