#include "streamedtarstore.h"

#include "archive/blobdecoder.h"
#include "archive/decodedsource.h"
#include "archive/tarstream.h"
#include "util/membername.h"

#include <QtGlobal>

#include <cstring>

namespace dockscope {

namespace {

// Replays a peeked prefix, then continues from the member's data.
class PrefixedSource final : public ByteSource
{
public:
    PrefixedSource(QByteArray prefix, ByteSource &rest)
        : m_prefix(std::move(prefix))
        , m_rest(rest)
    {
    }
    qint64 read(char *buffer, qint64 max) override
    {
        if (m_pos < m_prefix.size()) {
            const qint64 n = std::min(max, m_prefix.size() - m_pos);
            std::memcpy(buffer, m_prefix.constData() + m_pos, size_t(n));
            m_pos += n;
            return n;
        }
        const qint64 n = m_rest.read(buffer, max);
        if (n > 0) {
            m_pos += n;
        }
        return n;
    }
    qint64 position() const override { return m_pos; }

private:
    QByteArray m_prefix;
    ByteSource &m_rest;
    qint64 m_pos = 0;
};

bool looksLikeTar(const QByteArray &head)
{
    return head.size() >= 262 && std::memcmp(head.constData() + 257, "ustar", 5) == 0;
}

} // namespace

StreamedTarStore::StreamedTarStore(QString evidence, std::shared_ptr<const ReadOnlyFile> file,
                                   const LayerScanner::Options &options)
    : IndexedTarStore(std::move(evidence))
    , m_file(file)
{
    FileRangeSource raw(file, 0, file->size());
    BlobDecoder decoder(raw);
    m_compression = decoder.compression();
    DecodedSource decoded(decoder);
    DiagnosticSink diag(m_evidence);
    TarStream tar(decoded, diag);
    TarMember member;
    while (tar.next(member)) {
        if (options.cancel && options.cancel->load()) {
            break;
        }
        m_index.add(member, diag);
        if (member.type != TarMember::Regular || (member.nameFlags & NameEscapes)) {
            continue;
        }
        TarMemberSource data(tar, member.size);
        QByteArray head(std::min<qint64>(member.size, 512), Qt::Uninitialized);
        head.resize(data.readFully(head.data(), head.size()));
        const bool layerLike = detectCompression(head.constData(), head.size()) != Compression::None
            || looksLikeTar(head);
        if (layerLike) {
            PrefixedSource source(head, data);
            LayerScanner::Options scanOptions = options;
            if (options.progress) {
                scanOptions.progress = [&raw, &options](qint64) { options.progress(raw.position()); };
            }
            m_prescanned[member.name] =
                LayerScanner::scan(source, m_evidence, QString::fromStdString(member.name), scanOptions);
        } else if (member.size <= MaxKeptMember) {
            QByteArray all(member.size, Qt::Uninitialized);
            std::memcpy(all.data(), head.constData(), size_t(head.size()));
            const qint64 got = data.readFully(all.data() + head.size(), member.size - head.size());
            all.resize(head.size() + got);
            m_kept[member.name] = all;
        }
    }
    decoder.drain();
    m_digest = decoder.storedDigest();
    if (decoder.failed()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "%1"), {decoder.error()}, {},
                   decoder.errorOffset());
    }
    m_indexDiagnostics = diag.take();
}

std::optional<QByteArray> StreamedTarStore::readResolved(const QString &resolved, qint64,
                                                         DiagnosticSink &diag) const
{
    const auto it = m_kept.find(resolved.toStdString());
    if (it == m_kept.end()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "member was not kept while streaming the "
                                                   "compressed archive (it looked like a layer "
                                                   "or was too large)"),
                   {}, resolved);
        return std::nullopt;
    }
    return it->second;
}

namespace {

// One member of a compressed archive: the archive is decoded again up to the member.
class StreamedMemberSource final : public ByteSource
{
public:
    StreamedMemberSource(const std::shared_ptr<const ReadOnlyFile> &file, const std::string &name)
        : m_raw(file, 0, file->size())
        , m_decoder(m_raw)
        , m_decoded(m_decoder)
        , m_tar(m_decoded, m_sink)
    {
        TarMember m;
        while (m_tar.next(m)) {
            if (m.name == name && m.type == TarMember::Regular) {
                m_size = m.size;
                m_found = true;
                return;
            }
        }
    }
    bool found() const { return m_found; }
    qint64 read(char *buffer, qint64 max) override
    {
        const qint64 n = m_tar.readData(buffer, std::min(max, m_size - m_pos));
        if (n > 0) {
            m_pos += n;
        }
        return n;
    }
    qint64 position() const override { return m_pos; }
    qint64 size() const override { return m_size; }

private:
    FileRangeSource m_raw;
    BlobDecoder m_decoder;
    DecodedSource m_decoded;
    DiagnosticSink m_sink;
    TarStream m_tar;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    bool m_found = false;
};

} // namespace

std::unique_ptr<ByteSource> StreamedTarStore::openResolved(const QString &resolved,
                                                           DiagnosticSink &diag) const
{
    auto source = std::make_unique<StreamedMemberSource>(m_file, resolved.toStdString());
    if (!source->found()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "member not found in the archive"), {}, resolved);
        return {};
    }
    return source;
}

LayerScan StreamedTarStore::scanResolved(const QString &resolved, const LayerScanner::Options &) const
{
    {
        std::lock_guard lock(m_prescanMutex);
        const auto it = m_prescanned.find(resolved.toStdString());
        if (it != m_prescanned.end()) {
            LayerScan scan = std::move(it->second);
            m_prescanned.erase(it);
            return scan;
        }
    }
    // Metadata-looking members kept in memory can still be scanned (an odd but valid layer).
    const auto kept = m_kept.find(resolved.toStdString());
    if (kept != m_kept.end()) {
        MemorySource source(kept->second);
        return LayerScanner::scan(source, m_evidence, resolved);
    }
    LayerScan scan;
    scan.source = resolved;
    DiagnosticSink diag(m_evidence, resolved);
    diag.error(QT_TRANSLATE_NOOP("Diagnostic", "member is not available from the compressed "
                                               "archive"));
    scan.diagnostics = diag.take();
    return scan;
}

} // namespace dockscope
