#include "acquisitionlog.h"

#include <QDateTime>

namespace dockscope {

QString AcquisitionLog::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool AcquisitionLog::open(const QString &path)
{
    return m_file.create(path);
}

void AcquisitionLog::line(const QString &level, const QString &text)
{
    const QString l = now() + u' ' + level.leftJustified(5) + u' ' + text;
    if (m_echo) {
        m_echo(l);
    }
    if (m_file.isOpen() && !m_writeFailed) {
        const QByteArray bytes = l.toUtf8() + '\n';
        m_writeFailed = !m_file.write(bytes.constData(), std::size_t(bytes.size()));
    }
}

bool AcquisitionLog::close()
{
    return m_file.close() && !m_writeFailed;
}

} // namespace dockscope
