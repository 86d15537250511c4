#include "layerscanner.h"

#include "util/membername.h"
#include "util/pathindex.h"

#include <QCoreApplication>
#include <QHash>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace dockscope {

namespace {

struct ReadContext
{
    BlobDecoder *decoder = nullptr;
    const LayerScanner::Options *options = nullptr;
    ByteSource *raw = nullptr;
    qint64 lastProgress = 0;
};

la_ssize_t readCallback(struct archive *, void *opaque, const void **buffer)
{
    auto *ctx = static_cast<ReadContext *>(opaque);
    if (ctx->options->cancel && ctx->options->cancel->load(std::memory_order_relaxed)) {
        return -1;
    }
    qint64 length = 0;
    *buffer = ctx->decoder->nextChunk(&length);
    if (ctx->options->progress) {
        const qint64 pos = ctx->raw->position();
        if (pos - ctx->lastProgress >= (4 << 20) || length == 0) {
            ctx->options->progress(pos);
            ctx->lastProgress = pos;
        }
    }
    if (ctx->decoder->failed()) {
        return -1;
    }
    return la_ssize_t(length);
}

EntryType typeOf(struct archive_entry *e)
{
    if (archive_entry_hardlink(e)) {
        return EntryType::Hardlink;
    }
    switch (archive_entry_filetype(e)) {
    case AE_IFDIR:
        return EntryType::Directory;
    case AE_IFLNK:
        return EntryType::Symlink;
    case AE_IFCHR:
        return EntryType::CharDevice;
    case AE_IFBLK:
        return EntryType::BlockDevice;
    case AE_IFIFO:
        return EntryType::Fifo;
    default:
        return EntryType::File;
    }
}

// Caps repeated diagnostics of one kind per layer.
class CappedSink
{
public:
    CappedSink(DiagnosticSink &sink, int cap)
        : m_sink(sink)
        , m_cap(cap)
    {
    }
    void add(Diagnostic::Severity severity, const char *text, QStringList args,
             const QString &detail, qint64 offset)
    {
        int &n = m_counts[text];
        ++n;
        if (n <= m_cap) {
            m_sink.add(severity, detail, offset, text, std::move(args));
        }
    }
    void summarise()
    {
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
            if (it.value() > m_cap) {
                m_sink.info(QT_TRANSLATE_NOOP("Diagnostic",
                                              "%1 more entries like this were not listed: \"%2\""),
                            {QString::number(it.value() - m_cap), QString::fromUtf8(it.key())});
            }
        }
    }

private:
    DiagnosticSink &m_sink;
    int m_cap;
    QHash<const char *, int> m_counts;
};

void classifyWhiteout(LayerEntry &entry)
{
    const std::string_view base = baseName(entry.path);
    if (base.substr(0, 4) != ".wh.") {
        return;
    }
    if (base == ".wh..wh..opq") {
        entry.flags |= EntryOpaque;
    } else if (base.substr(0, 8) == ".wh..wh.") {
        entry.flags |= EntryAufsMeta;
    } else {
        entry.flags |= EntryWhiteout;
    }
}

} // namespace

LayerScan LayerScanner::scan(ByteSource &blob, const QString &evidence, const QString &where,
                             const Options &options)
{
    LayerScan result;
    result.source = where;
    DiagnosticSink sink(evidence, where);
    CappedSink capped(sink, options.diagnosticsPerKind);

    BlobDecoder decoder(blob);
    result.compression = decoder.compression();

    ReadContext ctx;
    ctx.decoder = &decoder;
    ctx.options = &options;
    ctx.raw = &blob;

    struct archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    archive_read_support_format_empty(a);
    // A whole block of header parsing happens in libarchive; we only hand it decoded bytes.
    if (archive_read_open(a, &ctx, nullptr, readCallback, nullptr) != ARCHIVE_OK) {
        if (!decoder.failed() && !(options.cancel && options.cancel->load())) {
            sink.error(QT_TRANSLATE_NOOP("Diagnostic", "not a tar archive: %1"),
                       {QString::fromUtf8(archive_error_string(a))}, {}, 0);
        }
        archive_read_free(a);
        decoder.drain();
        result.storedDigest = decoder.storedDigest();
        result.storedSize = decoder.storedSize();
        result.diffId = decoder.decodedDigest();
        result.diffSize = decoder.decodedSize();
        if (decoder.failed()) {
            sink.error(QT_TRANSLATE_NOOP("Diagnostic", "%1"), {decoder.error()}, {},
                       decoder.errorOffset());
        }
        result.cancelled = options.cancel && options.cancel->load();
        result.diagnostics = sink.take();
        return result;
    }

    // path → index of its latest entry, without copying the paths
    PathIndex seen([&result](std::uint32_t i) -> std::string_view { return result.entries[i].path; });
    std::vector<char> zeros;
    std::string sample; // the file's first bytes for the content rules, reused entry to entry
    const qint64 sampleLimit = options.inspector ? options.inspector->maxBytes() : 0;
    bool fatal = false;
    int retries = 0;
    qint64 retryStart = -1;

    for (;;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            result.cancelled = true;
            break;
        }
        // Where the next header starts: libarchive consumes the previous entry's padding only
        // when it reads the next header, and cannot report positions after a fatal error.
        const qint64 nextHeader = (archive_filter_bytes(a, 0) + 511) / 512 * 512;
        struct archive_entry *e = nullptr;
        const int rc = archive_read_next_header(a, &e);
        if (rc == ARCHIVE_EOF) {
            break;
        }
        if (rc == ARCHIVE_RETRY) {
            // A damaged header block; libarchive skips it and tries the next one.
            if (retries++ == 0) {
                retryStart = archive_read_header_position(a);
                sink.error(QT_TRANSLATE_NOOP("Diagnostic", "corrupt tar header: %1"),
                           {QString::fromUtf8(archive_error_string(a))}, {}, retryStart);
            }
            if (retries > 1 << 20) {
                fatal = true;
                break;
            }
            continue;
        }
        if (retries > 0) {
            sink.warning(QT_TRANSLATE_NOOP("Diagnostic",
                                           "skipped %1 damaged header blocks; reading resumes at "
                                           "the next valid header"),
                         {QString::number(retries)}, {}, retryStart);
            retries = 0;
        }
        if (rc == ARCHIVE_FATAL) {
            if (!decoder.failed() && !(options.cancel && options.cancel->load())) {
                sink.error(QT_TRANSLATE_NOOP("Diagnostic", "damaged tar archive: %1"),
                           {QString::fromUtf8(archive_error_string(a))}, {}, nextHeader);
            }
            fatal = true;
            break;
        }

        LayerEntry entry;
        const char *rawName = archive_entry_pathname(e);
        const std::string_view raw = rawName ? std::string_view(rawName) : std::string_view();
        const NormalizedName norm = normalizeMemberName(raw);
        entry.path = norm.path;
        if (norm.flags & NameRewritten) {
            entry.rawName.assign(raw);
        }
        entry.headerOffset = archive_read_header_position(a);
        entry.type = typeOf(e);
        entry.size = archive_entry_size_is_set(e) ? archive_entry_size(e) : 0;
        entry.mtime = archive_entry_mtime(e);
        entry.mtimeNsec = std::uint32_t(archive_entry_mtime_nsec(e));
        entry.mode = std::uint32_t(archive_entry_perm(e)) & 07777;
        entry.uid = std::uint32_t(archive_entry_uid(e));
        entry.gid = std::uint32_t(archive_entry_gid(e));
        if (entry.type == EntryType::CharDevice || entry.type == EntryType::BlockDevice) {
            entry.devMajor = std::uint32_t(archive_entry_rdevmajor(e));
            entry.devMinor = std::uint32_t(archive_entry_rdevminor(e));
        }
        if (entry.type == EntryType::Symlink) {
            if (const char *t = archive_entry_symlink(e)) {
                entry.linkTarget = t;
            }
        } else if (entry.type == EntryType::Hardlink) {
            entry.linkTarget = normalizeMemberName(archive_entry_hardlink(e)).path;
        }
        if (archive_entry_xattr_reset(e) > 0) {
            const char *name = nullptr;
            const void *value = nullptr;
            size_t size = 0;
            while (archive_entry_xattr_next(e, &name, &value, &size) == ARCHIVE_OK) {
                // pax archives may carry one attribute twice (SCHILY.xattr and LIBARCHIVE.xattr).
                std::string key = name ? name : "";
                std::string data(static_cast<const char *>(value), size);
                auto same = std::find_if(entry.xattrs.begin(), entry.xattrs.end(),
                                         [&key](const auto &x) { return x.first == key; });
                if (same != entry.xattrs.end()) {
                    same->second = std::move(data);
                } else {
                    entry.xattrs.emplace_back(std::move(key), std::move(data));
                }
            }
        }

        // The name as diagnostics show it, made only for a diagnostic (the entry, and so raw,
        // stays valid until the next header is read).
        const auto shown = [raw] { return displayName(raw); };
        if (norm.flags & NameEscapes) {
            entry.flags |= EntryEscapes;
            capped.add(Diagnostic::Severity::Warning,
                       QT_TRANSLATE_NOOP("Diagnostic", "member name climbs above the layer root "
                                                       "(path traversal); it is recorded but not "
                                                       "applied to the file system"),
                       {}, shown(), entry.headerOffset);
        } else if (norm.flags & NameDotDot) {
            entry.flags |= EntryDotDot;
            capped.add(Diagnostic::Severity::Warning,
                       QT_TRANSLATE_NOOP("Diagnostic", "member name contains \"..\" components; "
                                                       "read as \"%1\""),
                       {displayName(entry.path)}, shown(), entry.headerOffset);
        }
        if (norm.flags & NameAbsolute) {
            entry.flags |= EntryAbsolute;
            capped.add(Diagnostic::Severity::Warning,
                       QT_TRANSLATE_NOOP("Diagnostic", "absolute member name; read relative to "
                                                       "the layer root as Docker does"),
                       {}, shown(), entry.headerOffset);
        }
        if (norm.flags & NameNotUtf8) {
            entry.flags |= EntryNotUtf8;
            capped.add(Diagnostic::Severity::Info,
                       QT_TRANSLATE_NOOP("Diagnostic", "member name is not valid UTF-8; invalid "
                                                       "bytes are shown as \\xNN"),
                       {}, shown(), entry.headerOffset);
        }
        if (entry.path.empty() && entry.type != EntryType::Directory) {
            entry.flags |= EntryEscapes;
            capped.add(Diagnostic::Severity::Warning,
                       QT_TRANSLATE_NOOP("Diagnostic", "a non-directory member names the layer "
                                                       "root; it is recorded but not applied"),
                       {}, shown(), entry.headerOffset);
        }
        classifyWhiteout(entry);

        // Content: hash regular files (and hard links that carry data) in the same pass.
        if ((entry.type == EntryType::File || entry.type == EntryType::Hardlink) && entry.size > 0) {
            sample.clear();
            bool inspectable = sampleLimit > 0 && entry.type == EntryType::File && entry.isPlainEntry();
            auto inspect = [&](const char *data, qint64 length) {
                options.inspector->inspect(std::uint32_t(result.entries.size()), entry, data, std::size_t(length),
                                           length == entry.size, options.role, result.content);
            };
            Sha256 hash;
            qint64 expect = 0;
            qint64 holes = 0;
            bool unhashed = false;
            // Sparse holes read as zeros. Hashing them is bounded (a hostile header can declare
            // terabytes) and stays cancellable.
            auto hashZeros = [&](qint64 upTo) {
                while (expect < upTo && !unhashed) {
                    if (zeros.empty()) {
                        zeros.assign(1 << 20, '\0');
                    }
                    if (holes >= MaxSparseHoleBytes
                        || (options.cancel && options.cancel->load(std::memory_order_relaxed))) {
                        unhashed = true;
                        break;
                    }
                    const qint64 gap = std::min<qint64>(upTo - expect, qint64(zeros.size()));
                    hash.update(zeros.data(), size_t(gap));
                    expect += gap;
                    holes += gap;
                }
            };
            for (;;) {
                const void *buf = nullptr;
                size_t len = 0;
                la_int64_t offset = 0;
                const int drc = archive_read_data_block(a, &buf, &len, &offset);
                if (drc == ARCHIVE_EOF) {
                    break;
                }
                if (drc < ARCHIVE_WARN) {
                    entry.flags |= EntryTruncated;
                    if (!decoder.failed() && !(options.cancel && options.cancel->load())) {
                        sink.error(QT_TRANSLATE_NOOP("Diagnostic",
                                                     "damaged tar archive inside the data of "
                                                     "this entry (declared %1 bytes, %2 read): %3"),
                                   {QString::number(entry.size), QString::number(expect),
                                    QString::fromUtf8(archive_error_string(a))},
                                   shown(), entry.headerOffset);
                    }
                    fatal = true;
                    break;
                }
                if (offset > expect) {
                    hashZeros(offset);
                }
                if (unhashed) {
                    break;
                }
                // With the diff_id in one pass over the bytes (the content starts on a block
                // boundary of the layer stream, so the two hashes share their message schedule).
                decoder.hashAlong(hash, static_cast<const char *>(buf), len);
                if (inspectable && offset == 0 && qint64(len) >= entry.size) {
                    // The whole file in one block (usual for a plain layer): the rules read it
                    // where it is, while the block is valid, instead of from a copy.
                    inspect(static_cast<const char *>(buf), std::min<qint64>(entry.size, sampleLimit));
                    inspectable = false;
                } else if (sampleLimit > 0 && qint64(sample.size()) < sampleLimit && offset == expect) {
                    sample.append(static_cast<const char *>(buf),
                                  std::min<std::size_t>(len, std::size_t(sampleLimit - qint64(sample.size()))));
                }
                if (options.onContent) {
                    options.onContent(result.entries.size(), static_cast<const char *>(buf), len);
                }
                expect += qint64(len);
            }
            if (fatal) {
                result.tarSize += entry.size;
                result.entries.push_back(std::move(entry));
                break;
            }
            if (!unhashed && expect < entry.size) {
                hashZeros(entry.size); // trailing hole of a sparse file
            }
            if (unhashed) {
                if (!(options.cancel && options.cancel->load())) {
                    sink.warning(QT_TRANSLATE_NOOP("Diagnostic",
                                                   "sparse file of %1 bytes whose holes exceed %2 "
                                                   "bytes: its content hash was not computed"),
                                 {QString::number(entry.size), QString::number(MaxSparseHoleBytes)},
                                 shown(), entry.headerOffset);
                }
            } else {
                entry.sha256 = hash.finish();
            }
            if (inspectable && !sample.empty()) {
                inspect(sample.data(), qint64(sample.size()));
            }
        } else if (entry.type == EntryType::File) {
            entry.sha256 = Sha256::of("", 0);
        }

        if (entry.type == EntryType::Hardlink && !entry.sha256.valid) {
            const std::uint32_t target = seen.find(entry.linkTarget);
            if (target != seen.None) {
                entry.sha256 = result.entries[target].sha256;
            }
        }

        const auto index = std::uint32_t(result.entries.size());
        result.entries.push_back(std::move(entry));
        const std::uint32_t earlier = seen.insert(result.entries.back().path, index);
        if (earlier != seen.None) {
            LayerEntry &current = result.entries.back();
            current.flags |= EntryDuplicate;
            const LayerEntry &previous = result.entries[earlier];
            const bool sameDir = previous.type == EntryType::Directory
                && current.type == EntryType::Directory && previous.mode == current.mode
                && previous.uid == current.uid && previous.gid == current.gid;
            capped.add(sameDir ? Diagnostic::Severity::Info : Diagnostic::Severity::Warning,
                       QT_TRANSLATE_NOOP("Diagnostic", "duplicate member (first at offset %1); "
                                                       "the later copy wins, as on extraction"),
                       {QString::number(previous.headerOffset)}, shown(), current.headerOffset);
        }
        result.tarSize += result.entries.back().size;
    }
    if (retries > 0) {
        sink.error(QT_TRANSLATE_NOOP("Diagnostic", "no valid tar header found after the damaged "
                                                   "header"),
                   {}, {}, retryStart);
        fatal = true;
    }

    archive_read_free(a);
    decoder.drain();
    capped.summarise();

    result.storedDigest = decoder.storedDigest();
    result.storedSize = decoder.storedSize();
    result.diffId = decoder.decodedDigest();
    result.diffSize = decoder.decodedSize();
    if (decoder.failed()) {
        sink.error(QT_TRANSLATE_NOOP("Diagnostic", "%1"), {decoder.error()}, {},
                   decoder.errorOffset());
        fatal = true;
    }
    for (const QString &note : decoder.notes()) {
        sink.info(QT_TRANSLATE_NOOP("Diagnostic", "%1"), {note});
    }
    result.cancelled = result.cancelled || (options.cancel && options.cancel->load());
    result.complete = !fatal && !result.cancelled;
    result.diagnostics = sink.take();
    return result;
}

} // namespace dockscope
