#include "layerfilereader.h"

#include "blobdecoder.h"
#include "evidence/evidencestore.h"
#include "layerscanner.h"
#include "util/diagnostic.h"
#include "util/membername.h"

#include <QCoreApplication>
#include <QFileDevice>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace dockscope {

namespace {

constexpr int MaxLinkDepth = 16;

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

QString cancelledText()
{
    return QCoreApplication::translate("Diagnostic", "reading was cancelled");
}

// Where the bytes of one file version go; told to start again when a later copy turns up.
class Consumer
{
public:
    virtual ~Consumer() = default;
    virtual bool restart() = 0;
    virtual bool write(const char *data, qint64 length) = 0;
    virtual QString errorString() const { return {}; }
};

class MemoryConsumer final : public Consumer
{
public:
    explicit MemoryConsumer(qint64 maxBytes)
        : m_max(maxBytes)
    {
    }
    bool restart() override
    {
        m_data.clear();
        m_truncated = false;
        return true;
    }
    bool write(const char *data, qint64 length) override
    {
        qint64 keep = length;
        if (m_max >= 0) {
            keep = std::clamp<qint64>(m_max - m_data.size(), 0, length);
        }
        if (keep < length) {
            m_truncated = true;
        }
        if (keep > 0) {
            m_data.append(data, keep);
        }
        return true;
    }
    QByteArray take() { return std::exchange(m_data, {}); }
    bool truncated() const { return m_truncated; }

private:
    qint64 m_max;
    QByteArray m_data;
    bool m_truncated = false;
};

class DeviceConsumer final : public Consumer
{
public:
    explicit DeviceConsumer(QFileDevice &out)
        : m_out(out)
    {
    }
    bool restart() override
    {
        if (m_written == 0) {
            return true;
        }
        m_written = 0;
        return m_out.seek(0) && m_out.resize(0);
    }
    bool write(const char *data, qint64 length) override
    {
        while (length > 0) {
            const qint64 n = m_out.write(data, length);
            if (n <= 0) {
                return false;
            }
            data += n;
            length -= n;
            m_written += n;
        }
        return true;
    }
    QString errorString() const override { return m_out.errorString(); }

private:
    QFileDevice &m_out;
    qint64 m_written = 0;
};

// Which entry to read.
struct Selector
{
    std::string path;
    qint64 headerOffset = -1; // exactly the entry whose header starts here
    qint64 before = -1; // only entries whose header starts before this offset
};

struct WalkResult
{
    FileContent content;
    bool cancelled = false;
    // The chosen entry is a hard link without bytes of its own: they are in linkTarget's latest
    // version before linkOffset.
    bool pendingLink = false;
    std::string linkTarget;
    qint64 linkOffset = -1;
};

struct ReadContext
{
    BlobDecoder *decoder = nullptr;
    const std::atomic_bool *cancel = nullptr;
};

la_ssize_t readCallback(struct archive *, void *opaque, const void **buffer)
{
    auto *ctx = static_cast<ReadContext *>(opaque);
    if (isCancelled(ctx->cancel)) {
        return -1;
    }
    qint64 length = 0;
    *buffer = ctx->decoder->nextChunk(&length);
    if (ctx->decoder->failed()) {
        return -1;
    }
    return la_ssize_t(length);
}

QString typeText(struct archive_entry *e)
{
    switch (archive_entry_filetype(e)) {
    case AE_IFDIR:
        return QCoreApplication::translate("Diagnostic", "a directory");
    case AE_IFLNK:
        return QCoreApplication::translate("Diagnostic", "a symbolic link");
    case AE_IFCHR:
        return QCoreApplication::translate("Diagnostic", "a character device");
    case AE_IFBLK:
        return QCoreApplication::translate("Diagnostic", "a block device");
    case AE_IFIFO:
        return QCoreApplication::translate("Diagnostic", "a named pipe");
    default:
        return QCoreApplication::translate("Diagnostic", "a special file");
    }
}

QString diagnosticsText(const DiagnosticSink &sink)
{
    QStringList parts;
    for (const Diagnostic &d : sink.items()) {
        parts << d.translatedMessage();
    }
    return parts.join(QStringLiteral("; "));
}

// Reads the content of the current entry into consumer, hashing every byte; holes of sparse
// files read as zeros. Returns false when the walk cannot go on (damage, cancel, write error).
bool readData(struct archive *a, struct archive_entry *e, BlobDecoder &decoder,
    const std::atomic_bool *cancel, Consumer &consumer, WalkResult &r)
{
    const qint64 declared = archive_entry_size_is_set(e) ? archive_entry_size(e) : 0;
    Sha256 hash;
    qint64 done = 0;
    qint64 holes = 0;
    std::vector<char> zeros;
    QString error;

    auto fillZeros = [&](qint64 upTo) -> bool {
        while (done < upTo) {
            if (isCancelled(cancel)) {
                r.cancelled = true;
                error = cancelledText();
                return false;
            }
            if (holes >= LayerScanner::MaxSparseHoleBytes) {
                error = QCoreApplication::translate("Diagnostic",
                    "sparse file of %1 bytes whose holes exceed "
                    "%2 bytes: its content was not read")
                            .arg(declared)
                            .arg(LayerScanner::MaxSparseHoleBytes);
                return false;
            }
            if (zeros.empty()) {
                zeros.assign(1 << 20, '\0');
            }
            const qint64 gap = std::min<qint64>(upTo - done, qint64(zeros.size()));
            hash.update(zeros.data(), std::size_t(gap));
            if (!consumer.write(zeros.data(), gap)) {
                error = QCoreApplication::translate("Diagnostic", "cannot write the copy: %1")
                            .arg(consumer.errorString());
                return false;
            }
            done += gap;
            holes += gap;
        }
        return true;
    };

    bool ok = true;
    for (;;) {
        const void *buf = nullptr;
        size_t len = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(a, &buf, &len, &offset);
        if (rc == ARCHIVE_EOF) {
            break;
        }
        if (rc < ARCHIVE_WARN) {
            if (isCancelled(cancel)) {
                r.cancelled = true;
                error = cancelledText();
            } else if (decoder.failed()) {
                error = decoder.error();
            } else {
                error = QCoreApplication::translate("Diagnostic",
                    "damaged tar archive inside the data of this "
                    "file (declared %1 bytes, %2 read): %3")
                            .arg(declared)
                            .arg(done)
                            .arg(QString::fromUtf8(archive_error_string(a)));
            }
            ok = false;
            break;
        }
        if (offset > done && !fillZeros(offset)) {
            ok = false;
            break;
        }
        hash.update(buf, len);
        if (!consumer.write(static_cast<const char *>(buf), qint64(len))) {
            error = QCoreApplication::translate("Diagnostic", "cannot write the copy: %1")
                        .arg(consumer.errorString());
            ok = false;
            break;
        }
        done += qint64(len);
    }
    if (ok && done < declared && !fillZeros(declared)) {
        ok = false; // a trailing hole of a sparse file could not be filled
    }
    r.content.size = done;
    if (ok) {
        r.content.sha256 = hash.finish();
    } else {
        r.content.error = error;
    }
    return ok;
}

WalkResult walk(const EvidenceStore &store, const QString &member, const Selector &sel,
    Consumer &consumer, const std::atomic_bool *cancel)
{
    WalkResult r;
    DiagnosticSink diag(store.evidence(), member);
    const std::unique_ptr<ByteSource> raw = store.open(member, diag);
    if (!raw) {
        r.content.error = diagnosticsText(diag);
        if (r.content.error.isEmpty()) {
            r.content.error
                = QCoreApplication::translate("Diagnostic", "cannot open member %1").arg(member);
        }
        return r;
    }

    BlobDecoder decoder(*raw);
    ReadContext ctx { &decoder, cancel };
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_support_format_empty(a);
    if (archive_read_open(a, &ctx, nullptr, readCallback, nullptr) != ARCHIVE_OK) {
        if (isCancelled(cancel)) {
            r.cancelled = true;
            r.content.error = cancelledText();
        } else if (decoder.failed()) {
            r.content.error = decoder.error();
        } else {
            r.content.error = QCoreApplication::translate("Diagnostic", "not a tar archive: %1")
                                  .arg(QString::fromUtf8(archive_error_string(a)));
        }
        archive_read_free(a);
        return r;
    }

    int retries = 0;
    for (;;) {
        if (isCancelled(cancel)) {
            r.cancelled = true;
            r.content.error = cancelledText();
            break;
        }
        struct archive_entry *e = nullptr;
        const int rc = archive_read_next_header(a, &e);
        if (rc == ARCHIVE_EOF) {
            break;
        }
        if (rc == ARCHIVE_RETRY) {
            // A damaged header block; libarchive skips it and tries the next one.
            if (++retries > 1 << 20) {
                r.content.error = QCoreApplication::translate(
                    "Diagnostic", "no valid tar header found after a damaged header");
                break;
            }
            continue;
        }
        retries = 0;
        if (rc == ARCHIVE_FATAL) {
            QString why;
            if (isCancelled(cancel)) {
                r.cancelled = true;
                why = cancelledText();
            } else if (decoder.failed()) {
                why = decoder.error();
            } else {
                why = QString::fromUtf8(archive_error_string(a));
            }
            if (r.cancelled) {
                r.content.error = why;
            } else if (r.content.found) {
                r.content.error = QCoreApplication::translate("Diagnostic",
                    "the layer is damaged after this file, so a "
                    "later copy of it may be missing: %1")
                                      .arg(why);
            } else {
                r.content.error
                    = QCoreApplication::translate("Diagnostic", "damaged tar archive: %1").arg(why);
            }
            break;
        }

        const qint64 position = archive_read_header_position(a);
        if ((sel.before >= 0 && position >= sel.before)
            || (sel.headerOffset >= 0 && position > sel.headerOffset)) {
            break;
        }
        const char *rawName = archive_entry_pathname(e);
        const NormalizedName name
            = normalizeMemberName(rawName ? std::string_view(rawName) : std::string_view());
        if (name.path != sel.path) {
            continue;
        }
        if (sel.headerOffset >= 0 ? position != sel.headerOffset
                                  : (name.flags & NameEscapes) != 0) {
            continue;
        }

        // A new copy: it replaces whatever an earlier one left.
        r = WalkResult {};
        r.content.found = true;
        if (!consumer.restart()) {
            r.content.error = QCoreApplication::translate("Diagnostic", "cannot write the copy: %1")
                                  .arg(consumer.errorString());
            break;
        }
        const bool hardlink = archive_entry_hardlink(e) != nullptr;
        const qint64 size = archive_entry_size_is_set(e) ? archive_entry_size(e) : 0;
        if (hardlink && size <= 0) {
            r.pendingLink = true;
            r.linkTarget = normalizeMemberName(archive_entry_hardlink(e)).path;
            r.linkOffset = position;
        } else if (hardlink || archive_entry_filetype(e) == AE_IFREG) {
            if (!readData(a, e, decoder, cancel, consumer, r)) {
                break;
            }
        } else {
            r.content.error
                = QCoreApplication::translate("Diagnostic", "\"%1\" is %2, not a regular file")
                      .arg(displayName(name.path), typeText(e));
        }
        if (sel.headerOffset >= 0) {
            break; // exactly this version was asked for
        }
    }
    if (retries > 0 && r.content.error.isEmpty()) {
        r.content.error = QCoreApplication::translate(
            "Diagnostic", "no valid tar header found after a damaged header");
    }
    archive_read_free(a);
    if (r.content.error.isEmpty() && decoder.failed()) {
        r.content.error = decoder.error();
    }
    return r;
}

// Layers kept as folders (a Docker data root): the file is read where it lies.
std::optional<FileContent> readDirect(const EvidenceStore &store, const QString &member,
    const std::string &path, Consumer &consumer, const std::atomic_bool *cancel)
{
    QString error;
    std::unique_ptr<ByteSource> source = store.openEntry(member, path, &error);
    if (!source) {
        if (error.isEmpty()) {
            return std::nullopt; // not a folder layer: walk the tar
        }
        FileContent c;
        c.error = error;
        return c;
    }
    FileContent c;
    c.found = true;
    Sha256 hash;
    std::vector<char> buffer(256 * 1024);
    for (qint64 n; (n = source->read(buffer.data(), qint64(buffer.size()))) > 0;) {
        if (isCancelled(cancel)) {
            c.error = cancelledText();
            return c;
        }
        hash.update(buffer.data(), size_t(n));
        c.size += n;
        if (!consumer.write(buffer.data(), n)) {
            c.error = consumer.errorString();
            return c;
        }
    }
    c.sha256 = hash.finish();
    return c;
}

FileContent fetch(const EvidenceStore &store, const QString &member, const Selector &sel,
    Consumer &consumer, const std::atomic_bool *cancel, int depth = 0)
{
    if (auto direct = readDirect(store, member, sel.path, consumer, cancel)) {
        return std::move(*direct);
    }
    WalkResult w = walk(store, member, sel, consumer, cancel);
    if (!w.pendingLink || w.cancelled) {
        if (!w.content.found && w.content.error.isEmpty()) {
            w.content.error
                = QCoreApplication::translate("Diagnostic", "no entry \"%1\" in layer member %2")
                      .arg(displayName(sel.path), member);
        }
        return std::move(w.content);
    }
    // A hard link: its bytes are those of the target's latest version before the link.
    const QString laterError = w.content.error;
    FileContent c;
    if (depth >= MaxLinkDepth) {
        c.error = QCoreApplication::translate("Diagnostic", "hard link chain longer than %1 links")
                      .arg(MaxLinkDepth);
    } else {
        c = fetch(store, member, Selector { w.linkTarget, -1, w.linkOffset }, consumer, cancel,
            depth + 1);
        if (!c.found && !isCancelled(cancel)) {
            c.error = QCoreApplication::translate("Diagnostic",
                "hard link to \"%1\", which is not in this "
                "layer before the link")
                          .arg(displayName(w.linkTarget));
        }
    }
    c.found = true;
    if (!laterError.isEmpty()) {
        c.error
            = c.error.isEmpty() ? laterError : QString(c.error + QStringLiteral("; ") + laterError);
    }
    return c;
}

FileContent readInto(const EvidenceStore &store, const QString &member, const std::string &path,
    qint64 headerOffset, qint64 maxBytes, const std::atomic_bool *cancel)
{
    MemoryConsumer memory(maxBytes);
    FileContent c = fetch(store, member, Selector { path, headerOffset, -1 }, memory, cancel);
    if (!c.found && headerOffset >= 0 && !isCancelled(cancel)) {
        memory.restart();
        c = fetch(store, member, Selector { path, -1, -1 }, memory, cancel);
    }
    c.data = memory.take();
    c.truncated = memory.truncated();
    return c;
}

} // namespace

FileContent LayerFileReader::read(const EvidenceStore &store, const QString &layerMember,
    const std::string &entryPath, qint64 maxBytes, const std::atomic_bool *cancel)
{
    return readInto(store, layerMember, entryPath, -1, maxBytes, cancel);
}

FileContent LayerFileReader::readAt(const EvidenceStore &store, const QString &layerMember,
    const std::string &entryPath, qint64 headerOffset, qint64 maxBytes,
    const std::atomic_bool *cancel)
{
    return readInto(store, layerMember, entryPath, headerOffset, maxBytes, cancel);
}

FileContent LayerFileReader::exportTo(const EvidenceStore &store, const QString &layerMember,
    const std::string &entryPath, QFileDevice &out, const std::atomic_bool *cancel,
    qint64 headerOffset)
{
    DeviceConsumer device(out);
    FileContent c
        = fetch(store, layerMember, Selector { entryPath, headerOffset, -1 }, device, cancel);
    if (!c.found && headerOffset >= 0 && !isCancelled(cancel)) {
        c = fetch(store, layerMember, Selector { entryPath, -1, -1 }, device, cancel);
    }
    return c;
}

} // namespace dockscope
