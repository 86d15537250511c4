#include "rpmdbbuilder.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

namespace dockscope::test {

void RpmHeaderBuilder::entry(quint32 tag, quint32 type, quint32 count)
{
    raw(tag, type, quint32(m_data.size()), count);
}

RpmHeaderBuilder &RpmHeaderBuilder::raw(quint32 tag, quint32 type, quint32 offset, quint32 count)
{
    char e[16];
    qToBigEndian(tag, e);
    qToBigEndian(type, e + 4);
    qToBigEndian(offset, e + 8);
    qToBigEndian(count, e + 12);
    m_index.append(e, 16);
    return *this;
}

void RpmHeaderBuilder::align(int n)
{
    while (m_data.size() % n) {
        m_data += '\0';
    }
}

RpmHeaderBuilder &RpmHeaderBuilder::string(quint32 tag, const QByteArray &value)
{
    entry(tag, 6, 1);
    m_data += value + '\0';
    return *this;
}

RpmHeaderBuilder &RpmHeaderBuilder::strings(quint32 tag, const QList<QByteArray> &values)
{
    entry(tag, 8, quint32(values.size()));
    for (const QByteArray &v : values) {
        m_data += v + '\0';
    }
    return *this;
}

RpmHeaderBuilder &RpmHeaderBuilder::int32s(quint32 tag, const std::vector<quint32> &values)
{
    align(4);
    entry(tag, 4, quint32(values.size()));
    for (quint32 v : values) {
        char be[4];
        qToBigEndian(v, be);
        m_data.append(be, 4);
    }
    return *this;
}

RpmHeaderBuilder &RpmHeaderBuilder::int16s(quint32 tag, const std::vector<quint16> &values)
{
    align(2);
    entry(tag, 3, quint32(values.size()));
    for (quint16 v : values) {
        char be[2];
        qToBigEndian(v, be);
        m_data.append(be, 2);
    }
    return *this;
}

QByteArray RpmHeaderBuilder::bytes() const
{
    char head[8];
    qToBigEndian(quint32(m_index.size() / 16), head);
    qToBigEndian(quint32(m_data.size()), head + 4);
    return QByteArray(head, 8) + m_index + m_data;
}

QByteArray rpmdbSqlite(const std::vector<QByteArray> &blobs)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rpmdb.sqlite"));
    const QString connection = QStringLiteral("make-rpmdb");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        if (!db.open()) {
            return {};
        }
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)"));
        q.prepare(QStringLiteral("INSERT INTO Packages (blob) VALUES (?)"));
        for (const QByteArray &blob : blobs) {
            q.addBindValue(blob);
            q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace dockscope::test
