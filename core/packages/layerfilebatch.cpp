#include "layerfilebatch.h"

#include "archive/blobdecoder.h"
#include "evidence/evidencestore.h"
#include "util/membername.h"

#include <QCoreApplication>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <map>
#include <memory>

namespace dockscope {

namespace {

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

struct Context
{
    BlobDecoder *decoder = nullptr;
    const std::atomic_bool *cancel = nullptr;
};

la_ssize_t readCallback(struct archive *, void *opaque, const void **buffer)
{
    auto *ctx = static_cast<Context *>(opaque);
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

// Reads the current entry's data into c (up to maxBytes kept), hashing all of it.
void readData(struct archive *a, qint64 maxBytes, FileContent &c)
{
    Sha256 hash;
    for (;;) {
        const void *buf = nullptr;
        size_t len = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(a, &buf, &len, &offset);
        if (rc == ARCHIVE_EOF) {
            break;
        }
        if (rc < ARCHIVE_WARN) {
            c.error = QCoreApplication::translate("Diagnostic", "damaged tar archive: %1")
                          .arg(QString::fromUtf8(archive_error_string(a)));
            return;
        }
        if (offset > c.size) { // a hole of a sparse file
            const QByteArray zeros(qsizetype(std::min<qint64>(offset - c.size, 1 << 20)), '\0');
            while (c.size < offset) {
                const qint64 gap = std::min<qint64>(offset - c.size, zeros.size());
                hash.update(zeros.constData(), std::size_t(gap));
                const qint64 keep = std::clamp<qint64>(maxBytes - c.data.size(), 0, gap);
                c.data.append(zeros.constData(), keep);
                c.truncated = c.truncated || keep < gap;
                c.size += gap;
            }
        }
        hash.update(buf, len);
        const qint64 keep = std::clamp<qint64>(maxBytes - c.data.size(), 0, qint64(len));
        c.data.append(static_cast<const char *>(buf), keep);
        c.truncated = c.truncated || keep < qint64(len);
        c.size += qint64(len);
    }
    c.sha256 = hash.finish();
}

} // namespace

std::vector<FileContent> LayerFileBatch::read(const EvidenceStore &store,
    const QString &layerMember, const std::vector<Want> &wants, qint64 maxBytes,
    const std::atomic_bool *cancel, const Consumer &consume)
{
    std::vector<FileContent> out(wants.size());
    std::map<qint64, std::vector<std::size_t>> byOffset; // header offset → wants
    auto deliver = [&](std::size_t i) {
        if (consume && consume(i, out[i])) {
            out[i].data.clear();
            out[i].data.squeeze();
        }
    };
    for (std::size_t i = 0; i < wants.size(); ++i) {
        const Want &w = wants[i];
        const qint64 keepMax = w.maxBytes >= 0 ? w.maxBytes : maxBytes;
        QString error;
        if (std::unique_ptr<ByteSource> direct = store.openEntry(layerMember, w.path, &error)) {
            // A layer kept as a folder: read the file where it lies.
            FileContent &c = out[i];
            c.found = true;
            Sha256 hash;
            std::vector<char> buffer(256 * 1024);
            for (qint64 n; (n = direct->read(buffer.data(), qint64(buffer.size()))) > 0;) {
                hash.update(buffer.data(), std::size_t(n));
                const qint64 keep = std::clamp<qint64>(keepMax - c.data.size(), 0, n);
                c.data.append(buffer.data(), keep);
                c.truncated = c.truncated || keep < n;
                c.size += n;
            }
            c.sha256 = hash.finish();
            deliver(i);
        } else if (!error.isEmpty()) {
            out[i].error = error;
        } else if (w.hardlink || w.headerOffset < 0) {
            out[i] = w.headerOffset < 0
                ? LayerFileReader::read(store, layerMember, w.path, keepMax, cancel)
                : LayerFileReader::readAt(store, layerMember, w.path, w.headerOffset, keepMax, cancel);
            deliver(i);
        } else {
            byOffset[w.headerOffset].push_back(i);
        }
    }
    if (byOffset.empty()) {
        return out;
    }

    auto failAll = [&](const QString &why) {
        for (const auto &[offset, list] : byOffset) {
            for (std::size_t i : list) {
                if (!out[i].found && out[i].error.isEmpty()) {
                    out[i].error = why;
                }
            }
        }
    };
    DiagnosticSink diag(store.evidence(), layerMember);
    const std::unique_ptr<ByteSource> raw = store.open(layerMember, diag);
    if (!raw) {
        failAll(QCoreApplication::translate("Diagnostic", "cannot open member %1").arg(layerMember));
        return out;
    }
    BlobDecoder decoder(*raw);
    Context ctx{&decoder, cancel};
    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_support_format_empty(a);
    if (archive_read_open(a, &ctx, nullptr, readCallback, nullptr) != ARCHIVE_OK) {
        failAll(decoder.failed() ? decoder.error()
                                 : QCoreApplication::translate("Diagnostic", "not a tar archive: %1")
                                       .arg(QString::fromUtf8(archive_error_string(a))));
        archive_read_free(a);
        return out;
    }
    const qint64 last = byOffset.rbegin()->first;
    int retries = 0;
    while (!isCancelled(cancel)) {
        struct archive_entry *e = nullptr;
        const int rc = archive_read_next_header(a, &e);
        if (rc == ARCHIVE_EOF) {
            break;
        }
        if (rc == ARCHIVE_RETRY && ++retries < 1 << 20) {
            continue;
        }
        if (rc < ARCHIVE_WARN) {
            failAll(decoder.failed() ? decoder.error()
                                     : QCoreApplication::translate("Diagnostic", "damaged tar archive: %1")
                                           .arg(QString::fromUtf8(archive_error_string(a))));
            break;
        }
        const qint64 position = archive_read_header_position(a);
        if (position > last) {
            break;
        }
        const auto it = byOffset.find(position);
        if (it == byOffset.end()) {
            continue;
        }
        const std::vector<std::size_t> &list = it->second;
        const std::size_t first = list.front();
        FileContent &c = out[first];
        const char *name = archive_entry_pathname(e);
        if (normalizeMemberName(name ? std::string_view(name) : std::string_view()).path
            != wants[first].path) {
            continue;
        }
        c.found = true;
        if (archive_entry_filetype(e) != AE_IFREG) {
            c.error = QCoreApplication::translate("Diagnostic", "not a regular file");
        } else {
            qint64 keepMax = 0; // the largest any of the wants of this version asks for
            for (std::size_t i : list) {
                keepMax = std::max(keepMax, wants[i].maxBytes >= 0 ? wants[i].maxBytes : maxBytes);
            }
            readData(a, keepMax, c);
        }
        for (std::size_t k = 1; k < list.size(); ++k) {
            out[list[k]] = c; // the same version asked for twice (two packages list one file)
        }
        for (std::size_t i : list) {
            deliver(i);
        }
    }
    archive_read_free(a);
    if (isCancelled(cancel)) {
        failAll(QCoreApplication::translate("Diagnostic", "reading was cancelled"));
    }
    failAll(QCoreApplication::translate("Diagnostic", "the entry was not found in the layer"));
    return out;
}

} // namespace dockscope
