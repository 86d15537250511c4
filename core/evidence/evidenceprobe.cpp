#include "evidenceprobe.h"

#include "acquire/acquisitionfolder.h"
#include "archive/blobdecoder.h"
#include "archive/bytesource.h"
#include "archive/tarstream.h"
#include "util/digest.h"
#include "vulns/scanreport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <cstring>

namespace dockscope {

QString evidenceKindName(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::ImageArchive:
    case EvidenceKind::DockerArchiveFolder:
        return QStringLiteral("docker-archive");
    case EvidenceKind::OciLayoutFolder:
        return QStringLiteral("oci-layout");
    case EvidenceKind::ContainerExport:
        return QStringLiteral("container-export");
    case EvidenceKind::InspectJson:
        return QStringLiteral("inspect");
    case EvidenceKind::JsonFileLog:
    case EvidenceKind::TextLog:
        return QStringLiteral("container-logs");
    case EvidenceKind::DockerDiffText:
        return QStringLiteral("docker-diff");
    case EvidenceKind::DockerRootFolder:
        return QStringLiteral("docker-root");
    case EvidenceKind::AcquisitionFolder:
        return QStringLiteral("acquisition");
    case EvidenceKind::VulnerabilityReport:
        return QStringLiteral("vulnerability-report");
    case EvidenceKind::Missing:
    case EvidenceKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace {

bool isTarHeader(const char *block, qint64 length)
{
    if (length < 512) {
        return false;
    }
    if (std::memcmp(block + 257, "ustar", 5) == 0) {
        return true;
    }
    // v7 tar: no magic; check the header checksum.
    qint64 sum = 0;
    for (int i = 0; i < 512; ++i) {
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(block[i]);
    }
    qint64 stored = 0;
    bool any = false;
    for (int i = 148; i < 156; ++i) {
        const char c = block[i];
        if (c >= '0' && c <= '7') {
            stored = stored * 8 + (c - '0');
            any = true;
        } else if (any) {
            break;
        }
    }
    return any && stored == sum && block[0] != 0;
}

ProbeResult probeText(const QByteArray &head, ProbeResult r)
{
    QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith("\xEF\xBB\xBF")) {
        trimmed = trimmed.mid(3);
    }
    if (trimmed.startsWith("{\"log\":") || trimmed.startsWith("{\"log\" :")) {
        r.kind = EvidenceKind::JsonFileLog;
    } else if (ScanReportReader::headLooksLikeReport(trimmed)) {
        r.kind = EvidenceKind::VulnerabilityReport; // refined from the whole document on opening
    } else if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        r.kind = EvidenceKind::InspectJson;
    } else {
        static const QRegularExpression diffLine(QStringLiteral("^[ACD] /"));
        static const QRegularExpression stampLine(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:"));
        const QString first = QString::fromUtf8(trimmed.left(256)).section(u'\n', 0, 0);
        if (diffLine.match(first).hasMatch()) {
            r.kind = EvidenceKind::DockerDiffText;
        } else if (stampLine.match(first).hasMatch()) {
            r.kind = EvidenceKind::TextLog;
        }
    }
    return r;
}

// A data root: containers/ beside an image store (image/) or Docker 1.x's graph/.
bool looksLikeDataRoot(const QDir &dir, const QString &prefix)
{
    return dir.exists(prefix + QStringLiteral("containers"))
        && (dir.exists(prefix + QStringLiteral("image")) || dir.exists(prefix + QStringLiteral("graph")));
}

} // namespace

bool EvidenceProbe::namesLookLikeImageArchive(const QStringList &names)
{
    static const QRegularExpression hexDir(QStringLiteral("^[0-9a-f]{64}/"));
    bool ociLayout = false;
    bool index = false;
    for (const QString &n : names) {
        if (n == u"manifest.json" || n == u"repositories") {
            return true;
        }
        if (n == u"oci-layout") {
            ociLayout = true;
        } else if (n == u"index.json") {
            index = true;
        } else if (n.startsWith(QStringLiteral("blobs/sha256/")) || hexDir.match(n).hasMatch()) {
            return true;
        }
    }
    return ociLayout && index;
}

bool EvidenceProbe::namesLookLikeDataRoot(const QStringList &names)
{
    static const QRegularExpression marker(
        QStringLiteral("^(.*/)?(containers/[0-9a-f]{64}/|image/[a-z0-9]+/(repositories\\.json|imagedb/|layerdb/)|graph/[0-9a-f]{64}/)"));
    // The root of a host's disk: a Docker or containerd state folder where it belongs, and no
    // .dockerenv (which every docker export carries, even of a docker-in-docker container).
    static const QRegularExpression hostState(QStringLiteral(
        "^(\\./)?(var/lib/docker(/|$)|var/lib/containerd/io\\.containerd\\.|etc/docker/daemon\\.json$)"));
    bool hostDisk = false;
    bool dockerenv = false;
    QSet<QString> containers;
    QSet<QString> images;
    for (const QString &n : names) {
        hostDisk = hostDisk || hostState.match(n).hasMatch();
        dockerenv = dockerenv || n == u".dockerenv" || n == u"./.dockerenv";
        const auto m = marker.match(n);
        if (!m.hasMatch()) {
            continue;
        }
        const QString prefix = m.captured(1);
        (m.captured(2).startsWith(u"containers/") ? containers : images).insert(prefix);
        if (containers.contains(prefix) && images.contains(prefix)) {
            return true;
        }
    }
    return hostDisk && !dockerenv;
}

ProbeResult EvidenceProbe::probe(const QString &path)
{
    ProbeResult r;
    const QFileInfo info(path);
    if (!info.exists()) {
        r.kind = EvidenceKind::Missing;
        return r;
    }
    if (info.isDir()) {
        const QDir dir(path);
        if (AcquisitionFolder::isAcquisition(path)) {
            r.kind = EvidenceKind::AcquisitionFolder;
        } else if (dir.exists(QStringLiteral("index.json")) && dir.exists(QStringLiteral("oci-layout"))) {
            r.kind = EvidenceKind::OciLayoutFolder;
        } else if (dir.exists(QStringLiteral("manifest.json"))
                   || dir.exists(QStringLiteral("repositories"))) {
            r.kind = EvidenceKind::DockerArchiveFolder;
        } else if (dir.exists(QStringLiteral("var/lib/docker"))
                   || dir.exists(QStringLiteral("var/lib/containerd/io.containerd.content.v1.content"))
                   || looksLikeDataRoot(dir, QString())
                   || looksLikeDataRoot(dir, QStringLiteral("docker/"))
                   || dir.exists(QStringLiteral("etc/docker/daemon.json"))) {
            r.kind = EvidenceKind::DockerRootFolder;
        }
        return r;
    }
    QString error;
    const auto file = ReadOnlyFile::open(path, &error);
    if (!file) {
        r.detail = error;
        return r;
    }
    QByteArray head(4096, Qt::Uninitialized);
    head.resize(file->readAt(0, head.data(), head.size()));
    const Compression c = detectCompression(head.constData(), head.size());
    if (c != Compression::None) {
        r.compressed = true;
        r.compression = compressionName(c);
        // Decompress the beginning only.
        FileRangeSource source(file, 0, std::min<qint64>(file->size(), 4 << 20));
        BlobDecoder decoder(source);
        QByteArray decoded;
        qint64 n = 0;
        while (decoded.size() < (1 << 20)) {
            const char *chunk = decoder.nextChunk(&n);
            if (!chunk) {
                break;
            }
            decoded.append(chunk, n);
        }
        head = decoded;
    }
    if (isTarHeader(head.constData(), head.size())) {
        r.kind = EvidenceKind::ContainerExport; // refined from member names by the caller
        return r;
    }
    return probeText(head, r);
}

} // namespace dockscope
