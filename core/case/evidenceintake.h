#pragma once

#include "casedata.h"

#include <atomic>
#include <optional>

namespace dockscope {

// Taking evidence into a case and checking it later: the digests at intake, and a verification
// that hashes the item again and compares. No database here, so both run on worker threads;
// the caller records the results in the CaseStore.
class EvidenceIntake
{
public:
    // The case record of an evidence item: absolute path, kind from content, size, SHA-256,
    // SHA-1 and MD5. ok is false when the item could not be read (error says why).
    struct Result
    {
        CaseEvidence item;
        bool ok = false;
        bool cancelled = false;
        QString error;
    };
    static Result intake(const QString &path, const QString &notes = {},
                         std::atomic<qint64> *progress = nullptr,
                         const std::atomic_bool *cancel = nullptr);

    // Hashes the item again: match, mismatch (with the digest found), missing or unreadable.
    // Returns nothing when cancelled.
    static std::optional<CaseVerification> verify(const CaseEvidence &item,
                                                  std::atomic<qint64> *progress = nullptr,
                                                  const std::atomic_bool *cancel = nullptr);
};

} // namespace dockscope
