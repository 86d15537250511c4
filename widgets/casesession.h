#pragma once

#include "analysis/analyzer.h"
#include "case/casedata.h"
#include "case/evidenceintake.h"
#include "util/diagnostic.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace dockscope {

class CaseStore;
struct Report;
struct ReportFile;

// The case open in the window. The store lives on the GUI thread; hashing (intake and
// verification) runs on a worker with progress and cancel, and its results are recorded here
// when it finishes. Every change refreshes the snapshot and emits changed(). One hashing job at
// a time.
class CaseSession final : public QObject
{
    Q_OBJECT
public:
    explicit CaseSession(QObject *parent = nullptr);
    ~CaseSession() override;

    bool isOpen() const { return m_store != nullptr; }
    QString path() const;
    QString folder() const;
    // Where exported files go: "<case folder>/exports".
    QString exportFolder() const;
    const CaseSnapshot &snapshot() const { return m_snapshot; }
    // The latest verification of the evidence item at path (absolute), if any.
    std::optional<CaseVerification> latestVerification(const QString &path) const;
    // Evidence whose latest verification failed (mismatch, missing, unreadable).
    int failedEvidence() const;

    // Both return a translated message on failure, an empty string on success.
    QString create(const QString &path, const CaseInfo &info);
    QString open(const QString &path);
    void close();

    // Hashing on a worker; results are recorded, then verificationFinished/intakeFinished.
    void verifyEvidence();
    void intake(const QStringList &paths);
    bool isBusy() const { return m_busy; }
    void cancel();

    // Recorded at once, with their audit entries; false (and failed()) on a database error.
    bool updateInfo(const CaseInfo &info);
    bool addNote(const CaseNote &note);
    bool removeNote(qint64 id);
    bool addTag(const CaseTag &tag);
    bool removeTag(qint64 id);
    bool recordAnalysis(const Analysis &analysis, const AnalyzeOptions &options);
    bool recordReport(const Report &report, const ReportFile &file);
    bool logExport(const QString &filePath, const QString &sha256);
    // Any other action of the examiner's, with its details, into the audit log.
    bool logAction(const QString &action, const QJsonObject &details);

Q_SIGNALS:
    void opened();
    void closed();
    void changed();
    void busyChanged(bool busy);
    // done/total in bytes.
    void progressChanged(qint64 done, qint64 total, const QString &text);
    // problems: evidence items that did not verify now; cancelled: the run stopped early.
    void verificationFinished(int problems, bool cancelled);
    // added: absolute paths now in the case; refused: "path: reason" (translated).
    void intakeFinished(const QStringList &added, const QStringList &refused, bool cancelled);
    void failed(const QString &message);

private:
    void refresh();
    void stopWork();
    bool check(bool ok, const Diagnostic &error);
    // Runs work on a worker thread with progress over total bytes, then done on this thread.
    template<typename Result, typename Work, typename Done>
    void runHashing(qint64 total, const QString &text, Work work, Done done);
    void recordVerifications(const std::vector<std::optional<CaseVerification>> &results);
    void recordIntake(const std::vector<EvidenceIntake::Result> &results, const QStringList &refused);

    std::unique_ptr<CaseStore> m_store;
    CaseSnapshot m_snapshot;
    bool m_busy = false;
    int m_generation = 0; // a new case (or none): hashing started before it is dropped
    QString m_workText;
    qint64 m_workTotal = 0;
    std::shared_ptr<std::atomic<qint64>> m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QTimer *m_ticker = nullptr;
};

} // namespace dockscope
