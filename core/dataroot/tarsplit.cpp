#include "tarsplit.h"

#include "archive/blobdecoder.h"
#include "util/membername.h"

#include <isa-l/crc64.h>
#include <nlohmann/json.hpp>

#include <QtGlobal>

namespace dockscope {

quint64 TarSplit::crc64(quint64 crc, const char *data, std::size_t length)
{
    return crc64_iso_refl(crc, reinterpret_cast<const unsigned char *>(data), length);
}

TarSplit::Result TarSplit::rebuild(const QByteArray &tarSplitGz, const FsView &fs,
                                   const std::string &layerDir, DiagnosticSink &diag)
{
    Result result;
    MemorySource compressed(tarSplitGz);
    BlobDecoder decoder(compressed);
    QByteArray text;
    qint64 n = 0;
    while (const char *chunk = decoder.nextChunk(&n)) {
        if (text.size() + n > MaxMetadata) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "tar-split metadata larger than %1 bytes; "
                                                       "not rebuilt"),
                       {QString::number(MaxMetadata)});
            return result;
        }
        text.append(chunk, n);
    }
    if (decoder.failed()) {
        diag.error(QT_TRANSLATE_NOOP("Diagnostic", "tar-split metadata unreadable: %1"),
                   {decoder.error()});
        return result;
    }

    Sha256 stream;
    std::vector<char> buffer(1 << 20);
    qint64 lineNo = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++lineNo;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        const auto j = nlohmann::json::parse(line.constData(), line.constData() + line.size(),
                                             nullptr, false);
        if (!j.is_object() || !j.contains("type")) {
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "tar-split line %1 is not a valid entry"),
                       {QString::number(lineNo)});
            return result;
        }
        const int type = j.value("type", 0);
        if (type == 2) { // a segment: raw bytes of the original tar
            const std::string b64 = j.value("payload", std::string());
            const QByteArray raw = QByteArray::fromBase64(QByteArray::fromStdString(b64));
            stream.update(raw);
            result.size += raw.size();
            continue;
        }
        if (type != 1) {
            continue;
        }
        const qint64 size = j.contains("size") && j["size"].is_number_integer() ? j["size"].get<qint64>() : 0;
        if (size <= 0) {
            continue; // directories, links, devices, whiteouts: no payload
        }
        const std::string name = normalizeMemberName(j.value("name", std::string())).path;
        const std::string path = FsView::join(layerDir, name);
        QString error;
        auto source = fs.open(path, &error);
        if (!source) {
            result.mismatches.push_back({name, QStringLiteral("missing")});
            diag.error(QT_TRANSLATE_NOOP("Diagnostic", "file of the layer is missing or unreadable "
                                                       "on disk (%1); the layer cannot be rebuilt"),
                       {error}, displayName(name));
            return result;
        }
        Sha256 content;
        quint64 crc = 0;
        qint64 read = 0;
        for (;;) {
            const qint64 got = source->read(buffer.data(), std::min<qint64>(qint64(buffer.size()), size - read));
            if (got <= 0) {
                break;
            }
            // The content starts on a tar block boundary of the stream: one pass for both.
            Sha256::updateBoth(stream, content, buffer.data(), size_t(got));
            crc = crc64(crc, buffer.data(), size_t(got));
            read += got;
        }
        result.size += read;
        result.contentDigests[name] = content.finish();
        if (read != size) {
            result.mismatches.push_back({name, QStringLiteral("size changed")});
            // Keep the stream aligned so later entries still hash as they would have.
            std::vector<char> zeros(size_t(std::max<qint64>(0, size - read)), '\0');
            stream.update(zeros.data(), zeros.size());
            result.size += qint64(zeros.size());
            continue;
        }
        const std::string b64 = j.contains("payload") && j["payload"].is_string() ? j["payload"].get<std::string>() : std::string();
        const QByteArray expected = QByteArray::fromBase64(QByteArray::fromStdString(b64));
        if (expected.size() == 8) {
            quint64 recorded = 0;
            for (char c : expected) {
                recorded = (recorded << 8) | static_cast<unsigned char>(c);
            }
            if (recorded != crc) {
                result.mismatches.push_back({name, QStringLiteral("content changed")});
            }
        }
    }
    result.diffId = stream.finish();
    result.ok = true;
    return result;
}

} // namespace dockscope
