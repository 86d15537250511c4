#pragma once

#include "casedata.h"
#include "util/diagnostic.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace dockscope {

// The case file: NAME.dscase, an SQLite database (Qt Sql), beside the case folder NAME-files/
// that receives exports and reports. It holds the case's metadata, its evidence items with the
// digests taken at intake, every verification, notes, tags and bookmarks, the analyses and
// reports made, and a hash-chained audit log. Never evidence contents.
//
// Every change is written at once in one transaction together with its audit entry. The audit
// chain is checked by verifyChain(), which also checks the evidence and verification rows
// against the audit entries that recorded them. Use from one thread.
class CaseStore
{
public:
    ~CaseStore();
    CaseStore(const CaseStore &) = delete;
    CaseStore &operator=(const CaseStore &) = delete;

    static constexpr int SchemaVersion = 1;

    // Creates a new case file (refuses to overwrite one) and its case folder.
    static std::unique_ptr<CaseStore> create(const QString &path, const CaseInfo &info,
                                             Diagnostic *error);
    static std::unique_ptr<CaseStore> open(const QString &path, Diagnostic *error);

    // True when the file is a Dockscope case by its content: an SQLite database whose header
    // carries our application id (the name does not matter).
    static bool isCaseFile(const QString &path);
    // The case folder of a case file: "dir/NAME.dscase" → "dir/NAME-files".
    static QString folderFor(const QString &casePath);

    QString path() const { return m_path; }
    QString folder() const { return folderFor(m_path); }

    // Who acts now (audit entries name them); the case's examiner unless set.
    void setExaminer(const QString &examiner) { m_examiner = examiner; }
    QString examiner() const;

    CaseInfo info() const;
    bool updateInfo(const CaseInfo &info, Diagnostic *error = nullptr);

    // Records an evidence item with its intake digests; returns its id (0 on failure).
    qint64 addEvidence(const CaseEvidence &item, Diagnostic *error = nullptr);
    qint64 recordVerification(const CaseVerification &verification, Diagnostic *error = nullptr);
    qint64 addNote(const CaseNote &note, Diagnostic *error = nullptr);
    bool removeNote(qint64 id, Diagnostic *error = nullptr);
    qint64 addTag(const CaseTag &tag, Diagnostic *error = nullptr);
    bool removeTag(qint64 id, Diagnostic *error = nullptr);
    qint64 recordAnalysis(const CaseAnalysisRun &run, Diagnostic *error = nullptr);
    qint64 recordReport(const CaseReportRecord &report, Diagnostic *error = nullptr);
    // An action without a table of its own (case.open, file.export, …).
    bool logAction(const QString &action, const QString &details, Diagnostic *error = nullptr);

    std::vector<CaseEvidence> evidence() const;
    std::vector<CaseVerification> verifications() const;
    std::vector<CaseNote> notes() const;
    std::vector<CaseTag> tags() const;
    std::vector<CaseAnalysisRun> analyses() const;
    std::vector<CaseReportRecord> reports() const;
    std::vector<AuditEntry> auditLog() const;

    ChainCheck verifyChain() const;
    CaseSnapshot snapshot() const;

    // SHA-256 (hex) of an entry: over the compact JSON array
    // [seq, time, examiner, action, details, prevHash].
    static QString entryHash(const AuditEntry &entry);
    static QString genesisHash(); // prevHash of entry 1: 64 zeros
    static QString now();         // UTC, ISO 8601 with milliseconds

private:
    explicit CaseStore(QString path, QString connection);
    static std::unique_ptr<CaseStore> openConnection(const QString &absolute, Diagnostic *error);
    QSqlDatabase db() const;
    bool createSchema(const CaseInfo &info, Diagnostic *error);
    bool checkSchema(Diagnostic *error);
    // Runs body (which fills the audit details and may fail with an SQL error) and appends the
    // audit entry, in one transaction.
    bool transact(const QString &action, const std::function<bool(QString &details, QString &sqlError)> &body,
                  Diagnostic *error);
    bool appendAudit(const QString &action, const QString &details, QString *sqlError);
    Diagnostic sqlFailure(const QString &what, const QString &sqlError) const;
    QString meta(const QString &key) const;

    QString m_path;
    QString m_connection;
    QString m_examiner;
};

} // namespace dockscope
