#include "artefactfile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace dockscope {

ArtefactFile::~ArtefactFile()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

bool ArtefactFile::create(const QString &path)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        m_diskFull = errno == ENOSPC || errno == EDQUOT;
        m_error = QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

bool ArtefactFile::write(const char *data, std::size_t length)
{
    if (m_fd < 0) {
        return false;
    }
    std::size_t done = 0;
    while (done < length) {
        const ssize_t n = ::write(m_fd, data + done, length - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const int e = n < 0 ? errno : ENOSPC;
            m_diskFull = e == ENOSPC || e == EDQUOT || e == EFBIG;
            m_error = QStringLiteral("write failed after %1 bytes: %2")
                          .arg(m_size)
                          .arg(QString::fromLocal8Bit(std::strerror(e)));
            return false;
        }
        m_hash.update(data + done, std::size_t(n));
        m_size += n;
        done += std::size_t(n);
    }
    return true;
}

bool ArtefactFile::close()
{
    m_digest = m_hash.finish();
    if (m_fd < 0) {
        return m_error.isEmpty();
    }
    bool ok = true;
    if (::fsync(m_fd) != 0 && m_error.isEmpty()) {
        m_diskFull = errno == ENOSPC || errno == EDQUOT;
        m_error = QStringLiteral("cannot flush to disk: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ok = false;
    }
    if (::close(m_fd) != 0 && m_error.isEmpty()) {
        m_error = QStringLiteral("cannot close: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        ok = false;
    }
    m_fd = -1;
    return ok && m_error.isEmpty();
}

} // namespace dockscope
