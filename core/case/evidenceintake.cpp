#include "evidenceintake.h"

#include "casestore.h"
#include "evidencehasher.h"
#include "analysis/evidenceopener.h"
#include "evidence/evidenceprobe.h"

#include <QFileInfo>

namespace dockscope {

EvidenceIntake::Result EvidenceIntake::intake(const QString &path, const QString &notes,
                                              std::atomic<qint64> *progress,
                                              const std::atomic_bool *cancel)
{
    Result r;
    const QFileInfo info(path);
    r.item.path = info.absoluteFilePath();
    r.item.notes = notes;
    if (!info.exists()) {
        r.error = QStringLiteral("no such file or folder");
        return r;
    }
    const ProbeResult probe = EvidenceProbe::probe(r.item.path);
    r.item.kind = evidenceKindName(probe.kind);
    if (probe.kind == EvidenceKind::ContainerExport) {
        // A tar's kind is refined from its member names (image archive or root file system),
        // which the opener reads; layer contents are not read here.
        const OpenedEvidence opened = EvidenceOpener::open(r.item.path, AnalyzeOptions{},
                                                           LayerScanner::Options{},
                                                           [](const QString &) {});
        if (!opened.item.kind.isEmpty()) {
            r.item.kind = opened.item.kind;
        }
    }
    const EvidenceHashes h = EvidenceHasher::hash(r.item.path, EvidenceHasher::AllDigests,
                                                  progress, cancel);
    r.cancelled = h.cancelled;
    r.item.folder = h.folder;
    r.item.sizeBytes = h.sizeBytes;
    r.item.sha256 = h.sha256;
    r.item.sha1 = h.sha1;
    r.item.md5 = h.md5;
    r.ok = h.ok && !h.cancelled;
    r.error = h.error;
    return r;
}

std::optional<CaseVerification> EvidenceIntake::verify(const CaseEvidence &item,
                                                       std::atomic<qint64> *progress,
                                                       const std::atomic_bool *cancel)
{
    CaseVerification v;
    v.evidenceId = item.id;
    v.time = CaseStore::now();
    if (!QFileInfo::exists(item.path)) {
        v.result = CaseVerification::Result::Missing;
        v.detail = QStringLiteral("not found at %1").arg(item.path);
        return v;
    }
    const EvidenceHashes h = EvidenceHasher::hash(item.path, EvidenceHasher::AllDigests, progress,
                                                  cancel);
    if (h.cancelled) {
        return std::nullopt;
    }
    v.sha256 = h.sha256;
    if (!h.ok && h.sha256.isEmpty()) {
        v.result = CaseVerification::Result::Unreadable;
        v.detail = h.error;
        return v;
    }
    QStringList differ;
    if (h.sha256 != item.sha256) {
        differ << QStringLiteral("SHA-256");
    }
    if (!item.sha1.isEmpty() && h.sha1 != item.sha1) {
        differ << QStringLiteral("SHA-1");
    }
    if (!item.md5.isEmpty() && h.md5 != item.md5) {
        differ << QStringLiteral("MD5");
    }
    if (h.sizeBytes != item.sizeBytes) {
        differ << QStringLiteral("size %1 (was %2)").arg(h.sizeBytes).arg(item.sizeBytes);
    }
    if (!h.ok) {
        differ << h.error;
    }
    v.result = differ.isEmpty() ? CaseVerification::Result::Match
                                : CaseVerification::Result::Mismatch;
    v.detail = differ.join(QStringLiteral(", "));
    return v;
}

} // namespace dockscope
