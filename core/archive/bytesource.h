#pragma once

#include <QString>
#include <QtGlobal>

#include <memory>

namespace dockscope {

// A forward stream of bytes. Readers pull from it; skip() may seek when the source can.
class ByteSource
{
public:
    virtual ~ByteSource() = default;

    // Reads up to max bytes. Returns the count read, 0 at the end, -1 on an I/O error.
    virtual qint64 read(char *buffer, qint64 max) = 0;
    // Skips n bytes; returns false when the stream ends first or fails.
    virtual bool skip(qint64 n);
    // Bytes consumed so far.
    virtual qint64 position() const = 0;
    // Total size when known, else -1.
    virtual qint64 size() const { return -1; }
    virtual bool canSeek() const { return false; }

    const QString &errorString() const { return m_error; }

    // Reads exactly n bytes unless the stream ends or fails; returns the count read.
    qint64 readFully(char *buffer, qint64 n);

    // Zero-copy read for sources backed by memory: a pointer to up to max bytes, valid as long
    // as the source lives, and *length set; nullptr when the source cannot lend its bytes.
    virtual const char *borrow(qint64 max, qint64 *length)
    {
        Q_UNUSED(max);
        *length = 0;
        return nullptr;
    }
    virtual bool canBorrow() const { return false; }

protected:
    QString m_error;
};

// An evidence file opened read-only (with O_NOATIME where allowed) and shared by readers that
// use positional reads, so several threads can read different ranges at once.
class ReadOnlyFile
{
public:
    ~ReadOnlyFile();
    ReadOnlyFile(const ReadOnlyFile &) = delete;
    ReadOnlyFile &operator=(const ReadOnlyFile &) = delete;

    static std::shared_ptr<ReadOnlyFile> open(const QString &path, QString *error);

    const QString &path() const { return m_path; }
    qint64 size() const { return m_size; }
    // Positional read; returns bytes read, 0 at end, -1 on error.
    qint64 readAt(qint64 offset, char *buffer, qint64 max) const;
    int descriptor() const { return m_fd; }

private:
    ReadOnlyFile() = default;
    QString m_path;
    int m_fd = -1;
    qint64 m_size = 0;
};

// A byte range [offset, offset + length) of a ReadOnlyFile. Reading it sequentially can borrow
// its bytes from a sliding read-only mapping (no copy through read(); only one window of the
// file mapped at a time, so memory use does not grow with the file).
class FileRangeSource final : public ByteSource
{
public:
    static constexpr qint64 Window = 8 << 20;

    FileRangeSource(std::shared_ptr<const ReadOnlyFile> file, qint64 offset, qint64 length);
    ~FileRangeSource() override;
    FileRangeSource(const FileRangeSource &) = delete;
    FileRangeSource &operator=(const FileRangeSource &) = delete;

    qint64 read(char *buffer, qint64 max) override;
    bool skip(qint64 n) override;
    qint64 position() const override { return m_pos; }
    qint64 size() const override { return m_length; }
    bool canSeek() const override { return true; }
    // A borrowed pointer stays valid until the next borrow() or read().
    const char *borrow(qint64 max, qint64 *length) override;
    bool canBorrow() const override { return m_mappable; }

private:
    void unmap();

    std::shared_ptr<const ReadOnlyFile> m_file;
    qint64 m_offset;
    qint64 m_length;
    qint64 m_pos = 0;
    bool m_mappable = true;
    char *m_map = nullptr;     // current window
    qint64 m_mapStart = 0;     // file offset of the window (page aligned)
    qint64 m_mapLength = 0;
};

// Bytes held in memory (small members, test data).
class MemorySource final : public ByteSource
{
public:
    explicit MemorySource(QByteArray data)
        : m_data(std::move(data))
    {
    }
    qint64 read(char *buffer, qint64 max) override;
    bool skip(qint64 n) override;
    qint64 position() const override { return m_pos; }
    qint64 size() const override { return m_data.size(); }
    bool canSeek() const override { return true; }
    const char *borrow(qint64 max, qint64 *length) override;
    bool canBorrow() const override { return true; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace dockscope
