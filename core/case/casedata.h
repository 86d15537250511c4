#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

// The values a case file holds, as plain immutable records (read from CaseStore, handed to
// reports and views). Times are UTC, ISO 8601 with milliseconds.

struct CaseInfo
{
    QString uuid;        // fixed at creation
    QString number;      // the case number the organisation uses
    QString name;
    QString examiner;
    QString organisation;
    QString description;
    QString timeZone;    // IANA id for displayed times ("UTC" by default)
    QString created;
    int schemaVersion = 0;
};

struct CaseEvidence
{
    qint64 id = 0;
    QString path;        // absolute, as added
    QString kind;        // evidence kind at intake (from content)
    qint64 sizeBytes = 0;
    bool folder = false;
    QString sha256;      // at intake, hex
    QString sha1;
    QString md5;
    QString addedAt;
    QString addedBy;
    QString notes;       // acquisition notes
};

struct CaseVerification
{
    enum class Result { Match, Mismatch, Missing, Unreadable };

    qint64 id = 0;
    qint64 evidenceId = 0;
    QString time;
    Result result = Result::Match;
    QString sha256;      // found now (empty when missing or unreadable)
    QString examiner;
    QString detail;

    static QString resultName(Result r); // match | mismatch | missing | unreadable
    static Result resultFromName(const QString &name);
};

// An examiner's note; with a target, attached to a finding or a file.
struct CaseNote
{
    qint64 id = 0;
    QString time;
    QString examiner;
    QString targetType;  // "" (the case) | finding | file | check | event
    QString target;      // the key from CaseTargets
    QString text;
};

// A tag or a bookmark on a finding or a file, with the examiner's comment.
struct CaseTag
{
    qint64 id = 0;
    QString time;
    QString examiner;
    QString targetType;  // finding | file | check | event
    QString target;      // the key from CaseTargets
    QString label;       // the tag; "bookmark" for bookmarks
    QString comment;
    QString title;       // what the target was when tagged (finding title, file path), for reports
};

// One analysis run recorded in the case: what ran, with which rules and settings.
struct CaseAnalysisRun
{
    qint64 id = 0;
    QString time;
    QString examiner;
    QString toolVersion;
    QString rulesVersion;
    QString rulesSha256;
    QString settings;    // compact JSON
    QString resultSha256; // of the analysis JSON, to show the result is reproducible
    int findings = 0;
};

struct CaseReportRecord
{
    qint64 id = 0;
    QString time;
    QString reportId;
    QString format;
    QString path;
    QString sha256;
};

// One row of the hash-chained audit log. hash = SHA-256 over the row's fields and prevHash
// (see CaseStore::entryHash), so editing, removing or reordering a row breaks the chain.
struct AuditEntry
{
    qint64 seq = 0;      // 1, 2, 3, … without gaps
    QString time;
    QString examiner;
    QString action;      // case.create, evidence.add, evidence.verify, report.write, …
    QString details;
    QString prevHash;
    QString hash;
};

// What CaseStore::verifyChain found.
struct ChainCheck
{
    bool ok = true;
    qint64 entries = 0;
    qint64 brokenSeq = -1;   // the first entry that does not fit the chain
    const char *text = "";   // why, an untranslated template (context "ChainCheck")
    QStringList args;

    QString reason() const;           // English, for JSON and logs
    QString translatedReason() const; // for the examiner
};

// Everything a report needs from a case, read at one moment.
struct CaseSnapshot
{
    QString path;            // the .dscase file
    QString folder;          // the case folder for exports and reports
    CaseInfo info;
    std::vector<CaseEvidence> evidence;
    std::vector<CaseVerification> verifications;
    std::vector<CaseNote> notes;
    std::vector<CaseTag> tags;
    std::vector<CaseAnalysisRun> analyses;
    std::vector<CaseReportRecord> reports;
    std::vector<AuditEntry> audit;
    ChainCheck chain;

    // The latest verification of an evidence item, or nullptr.
    const CaseVerification *latestVerification(qint64 evidenceId) const;
    // True when any verification ever failed (mismatch, missing, unreadable).
    bool anyVerificationFailed() const;
};

} // namespace dockscope
