#include "rpmheader.h"

#include <QtEndian>

namespace dockscope {

namespace {

quint32 be32(const char *p)
{
    return qFromBigEndian<quint32>(p);
}

bool isString(quint32 type)
{
    return type == RpmHeader::String || type == RpmHeader::StringArray || type == RpmHeader::I18nString;
}

} // namespace

std::optional<RpmHeader> RpmHeader::parse(const QByteArray &blob)
{
    if (blob.size() < 8) {
        return std::nullopt;
    }
    const quint32 il = be32(blob.constData());
    const quint32 dl = be32(blob.constData() + 4);
    const qint64 dataStart = 8 + qint64(il) * 16;
    if (il == 0 || il > 0x10000 || dl > 0x10000000 || dataStart + qint64(dl) > blob.size()) {
        return std::nullopt;
    }
    RpmHeader h;
    h.m_data = blob.mid(dataStart, dl);
    const char *data = h.m_data.constData();
    for (quint32 i = 0; i < il; ++i) {
        const char *e = blob.constData() + 8 + qint64(i) * 16;
        Entry entry{be32(e + 4), be32(e + 8), be32(e + 12)};
        const quint32 tag = be32(e);
        if (entry.offset >= dl) {
            continue;
        }
        const qint64 room = qint64(dl) - entry.offset;
        if (isString(entry.type)) {
            // String and i18n string entries are read for their first string only.
            const quint32 strings = entry.type == StringArray ? entry.count : 1;
            if (strings > dl) {
                return std::nullopt;
            }
            qint64 at = entry.offset;
            for (quint32 k = 0; k < strings; ++k) {
                const qsizetype len = qstrnlen(data + at, size_t(qint64(dl) - at));
                if (at + len >= qint64(dl)) {
                    return std::nullopt; // not terminated inside the data store
                }
                at += len + 1;
            }
        } else if (entry.type == Int32 || entry.type == Int16) {
            if (qint64(entry.count) * (entry.type == Int32 ? 4 : 2) > room) {
                return std::nullopt;
            }
        }
        h.m_entries[tag] = entry;
    }
    return h;
}

const RpmHeader::Entry *RpmHeader::find(quint32 tag, std::initializer_list<quint32> types) const
{
    const auto it = m_entries.find(tag);
    if (it == m_entries.end()) {
        return nullptr;
    }
    for (quint32 t : types) {
        if (it->second.type == t) {
            return &it->second;
        }
    }
    return nullptr;
}

QString RpmHeader::string(quint32 tag) const
{
    const Entry *e = find(tag, {String, StringArray, I18nString});
    return e ? QString::fromUtf8(m_data.constData() + e->offset) : QString();
}

QStringList RpmHeader::strings(quint32 tag) const
{
    const Entry *e = find(tag, {String, StringArray});
    QStringList out;
    if (!e) {
        return out;
    }
    const quint32 n = e->type == StringArray ? e->count : 1;
    out.reserve(qsizetype(n));
    const char *s = m_data.constData() + e->offset;
    for (quint32 k = 0; k < n; ++k) {
        const qsizetype len = qstrlen(s);
        out << QString::fromUtf8(s, len);
        s += len + 1;
    }
    return out;
}

std::vector<quint32> RpmHeader::int32s(quint32 tag) const
{
    std::vector<quint32> out;
    if (const Entry *e = find(tag, {Int32})) {
        out.reserve(e->count);
        for (quint32 k = 0; k < e->count; ++k) {
            out.push_back(be32(m_data.constData() + e->offset + qint64(k) * 4));
        }
    }
    return out;
}

std::vector<quint16> RpmHeader::int16s(quint32 tag) const
{
    std::vector<quint16> out;
    if (const Entry *e = find(tag, {Int16})) {
        out.reserve(e->count);
        for (quint32 k = 0; k < e->count; ++k) {
            out.push_back(qFromBigEndian<quint16>(m_data.constData() + e->offset + qint64(k) * 2));
        }
    }
    return out;
}

std::optional<quint32> RpmHeader::int32(quint32 tag) const
{
    const Entry *e = find(tag, {Int32});
    if (!e || e->count == 0) {
        return std::nullopt;
    }
    return be32(m_data.constData() + e->offset);
}

} // namespace dockscope
