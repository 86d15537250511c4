#pragma once

#include "util/digest.h"

#include <QString>

#include <cstddef>

namespace dockscope {

// A new file in the acquisition folder, written as the bytes arrive and hashed on the way:
// created exclusively (an existing file is never overwritten), flushed to disk when closed.
class ArtefactFile
{
public:
    ArtefactFile() = default;
    ~ArtefactFile();
    ArtefactFile(const ArtefactFile &) = delete;
    ArtefactFile &operator=(const ArtefactFile &) = delete;

    bool create(const QString &path);
    bool write(const char *data, std::size_t length);
    // fsync and close; false when either failed (the size and digest still describe what was
    // written).
    bool close();

    bool isOpen() const { return m_fd >= 0; }
    qint64 size() const { return m_size; }
    const Digest &digest() const { return m_digest; }
    const QString &error() const { return m_error; }
    // The write failed because the disk (or the quota, or the file size limit) is full.
    bool diskFull() const { return m_diskFull; }

private:
    int m_fd = -1;
    qint64 m_size = 0;
    Sha256 m_hash;
    Digest m_digest;
    QString m_error;
    bool m_diskFull = false;
};

} // namespace dockscope
