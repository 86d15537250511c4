#include "bytesource.h"

#include <QByteArray>
#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dockscope {

bool ByteSource::skip(qint64 n)
{
    char buffer[64 * 1024];
    while (n > 0) {
        const qint64 got = read(buffer, std::min<qint64>(n, qint64(sizeof buffer)));
        if (got <= 0) {
            return false;
        }
        n -= got;
    }
    return true;
}

qint64 ByteSource::readFully(char *buffer, qint64 n)
{
    qint64 done = 0;
    while (done < n) {
        const qint64 got = read(buffer + done, n - done);
        if (got <= 0) {
            break;
        }
        done += got;
    }
    return done;
}

ReadOnlyFile::~ReadOnlyFile()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

std::shared_ptr<ReadOnlyFile> ReadOnlyFile::open(const QString &path, QString *error)
{
    const QByteArray native = path.toLocal8Bit();
    // O_NOATIME keeps the evidence's access time untouched; it needs ownership, so fall back.
    int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOATIME);
    if (fd < 0 && errno == EPERM) {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    }
    if (fd < 0) {
        if (error) {
            *error = QString::fromLocal8Bit(std::strerror(errno));
        }
        return {};
    }
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (error) {
            *error = QCoreApplication::translate("Diagnostic", "not a regular file");
        }
        ::close(fd);
        return {};
    }
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    std::shared_ptr<ReadOnlyFile> file(new ReadOnlyFile);
    file->m_path = path;
    file->m_fd = fd;
    file->m_size = st.st_size;
    return file;
}

qint64 ReadOnlyFile::readAt(qint64 offset, char *buffer, qint64 max) const
{
    for (;;) {
        const ssize_t n = ::pread(m_fd, buffer, size_t(max), off_t(offset));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        return n;
    }
}

FileRangeSource::FileRangeSource(std::shared_ptr<const ReadOnlyFile> file, qint64 offset,
                                 qint64 length)
    : m_file(std::move(file))
    , m_offset(offset)
    , m_length(length)
{
}

FileRangeSource::~FileRangeSource()
{
    unmap();
}

void FileRangeSource::unmap()
{
    if (m_map) {
        ::munmap(m_map, size_t(m_mapLength));
        m_map = nullptr;
        m_mapLength = 0;
    }
}

const char *FileRangeSource::borrow(qint64 max, qint64 *length)
{
    *length = 0;
    const qint64 at = m_offset + m_pos;
    const qint64 available = std::min(m_length - m_pos, m_file->size() - at);
    if (available <= 0 || !m_mappable) {
        return nullptr;
    }
    if (!m_map || at < m_mapStart || at >= m_mapStart + m_mapLength) {
        unmap();
        static const qint64 page = ::sysconf(_SC_PAGESIZE);
        m_mapStart = at / page * page;
        m_mapLength = std::min(Window, m_file->size() - m_mapStart);
        void *map = ::mmap(nullptr, size_t(m_mapLength), PROT_READ, MAP_PRIVATE,
                           m_file->descriptor(), off_t(m_mapStart));
        if (map == MAP_FAILED) {
            m_mappable = false; // fall back to read()
            m_mapLength = 0;
            return nullptr;
        }
        ::madvise(map, size_t(m_mapLength), MADV_SEQUENTIAL | MADV_WILLNEED);
        m_map = static_cast<char *>(map);
    }
    *length = std::min({max, available, m_mapStart + m_mapLength - at});
    m_pos += *length;
    return m_map + (at - m_mapStart);
}

qint64 FileRangeSource::read(char *buffer, qint64 max)
{
    const qint64 want = std::min(max, m_length - m_pos);
    if (want <= 0) {
        return 0;
    }
    const qint64 n = m_file->readAt(m_offset + m_pos, buffer, want);
    if (n < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    m_pos += n;
    return n;
}

bool FileRangeSource::skip(qint64 n)
{
    if (n > m_length - m_pos) {
        m_pos = m_length;
        return false;
    }
    m_pos += n;
    return true;
}

qint64 MemorySource::read(char *buffer, qint64 max)
{
    const qint64 n = std::min(max, m_data.size() - m_pos);
    if (n <= 0) {
        return 0;
    }
    std::memcpy(buffer, m_data.constData() + m_pos, size_t(n));
    m_pos += n;
    return n;
}

const char *MemorySource::borrow(qint64 max, qint64 *length)
{
    *length = std::max<qint64>(0, std::min(max, m_data.size() - m_pos));
    if (*length == 0) {
        return nullptr;
    }
    const char *p = m_data.constData() + m_pos;
    m_pos += *length;
    return p;
}

bool MemorySource::skip(qint64 n)
{
    if (n > m_data.size() - m_pos) {
        m_pos = m_data.size();
        return false;
    }
    m_pos += n;
    return true;
}

} // namespace dockscope
