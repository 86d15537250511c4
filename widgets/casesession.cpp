#include "casesession.h"

#include "case/caseactions.h"
#include "case/casestore.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtConcurrent>

namespace dockscope {

CaseSession::CaseSession(QObject *parent)
    : QObject(parent)
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        if (m_progress) {
            Q_EMIT progressChanged(m_progress->load(), m_workTotal, m_workText);
        }
    });
}

CaseSession::~CaseSession()
{
    cancel();
    // A running worker holds only shared state (progress, cancel flag, copies of the items):
    // its result is dropped with the watcher, which QObject deletes with us.
}

QString CaseSession::path() const
{
    return m_store ? m_store->path() : QString();
}

QString CaseSession::folder() const
{
    return m_store ? m_store->folder() : QString();
}

QString CaseSession::exportFolder() const
{
    return m_store ? m_store->folder() + QStringLiteral("/exports") : QString();
}

std::optional<CaseVerification> CaseSession::latestVerification(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const CaseEvidence &e : m_snapshot.evidence) {
        if (e.path == absolute) {
            if (const CaseVerification *v = m_snapshot.latestVerification(e.id)) {
                return *v;
            }
        }
    }
    return std::nullopt;
}

int CaseSession::failedEvidence() const
{
    int failed = 0;
    for (const CaseEvidence &e : m_snapshot.evidence) {
        const CaseVerification *v = m_snapshot.latestVerification(e.id);
        failed += v && v->result != CaseVerification::Result::Match ? 1 : 0;
    }
    return failed;
}

QString CaseSession::create(const QString &path, const CaseInfo &info)
{
    Diagnostic error;
    std::unique_ptr<CaseStore> store = CaseStore::create(path, info, &error);
    if (!store) {
        return error.translatedMessage();
    }
    close();
    m_store = std::move(store);
    refresh();
    Q_EMIT opened();
    return {};
}

QString CaseSession::open(const QString &path)
{
    Diagnostic error;
    std::unique_ptr<CaseStore> store = CaseStore::open(path, &error);
    if (!store) {
        return error.translatedMessage();
    }
    close();
    m_store = std::move(store);
    m_store->logAction(QStringLiteral("case.open"), QStringLiteral("opened in the workbench"));
    refresh();
    Q_EMIT opened();
    return {};
}

void CaseSession::close()
{
    if (!m_store) {
        return;
    }
    stopWork();
    m_store->logAction(QStringLiteral("case.close"), QStringLiteral("closed in the workbench"));
    m_store.reset();
    m_snapshot = {};
    Q_EMIT closed();
    Q_EMIT changed();
}

void CaseSession::cancel()
{
    if (m_cancel) {
        *m_cancel = true;
    }
}

void CaseSession::stopWork()
{
    // The running worker stops at its next block; its result belongs to this case only and is
    // dropped (the generation changes), so the next case can start its own hashing at once.
    cancel();
    ++m_generation;
    if (m_busy) {
        m_busy = false;
        m_ticker->stop();
        m_progress.reset();
        m_cancel.reset();
        Q_EMIT busyChanged(false);
    }
}

void CaseSession::refresh()
{
    m_snapshot = m_store ? m_store->snapshot() : CaseSnapshot{};
    Q_EMIT changed();
}

bool CaseSession::check(bool ok, const Diagnostic &error)
{
    refresh();
    if (!ok) {
        Q_EMIT failed(error.translatedMessage());
    }
    return ok;
}

template<typename Result, typename Work, typename Done>
void CaseSession::runHashing(qint64 total, const QString &text, Work work, Done done)
{
    m_busy = true;
    m_workTotal = total;
    m_workText = text;
    m_progress = std::make_shared<std::atomic<qint64>>(0);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    Q_EMIT busyChanged(true);
    Q_EMIT progressChanged(0, total, text);
    m_ticker->start();

    auto *watcher = new QFutureWatcher<Result>(this);
    const std::shared_ptr<std::atomic<qint64>> progress = m_progress;
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, done, generation = m_generation] {
        watcher->deleteLater();
        if (generation != m_generation) {
            return; // started for a case that is closed now
        }
        m_ticker->stop();
        const bool cancelled = m_cancel && m_cancel->load();
        m_progress.reset();
        m_cancel.reset();
        m_busy = false;
        done(watcher->result(), cancelled);
        Q_EMIT busyChanged(false);
    });
    watcher->setFuture(QtConcurrent::run([work, progress, cancelFlag] { return work(progress.get(), cancelFlag.get()); }));
}

void CaseSession::verifyEvidence()
{
    if (!m_store || m_busy) {
        return;
    }
    const std::vector<CaseEvidence> items = m_snapshot.evidence;
    qint64 total = 0;
    for (const CaseEvidence &e : items) {
        total += e.sizeBytes;
    }
    using Results = std::vector<std::optional<CaseVerification>>;
    runHashing<Results>(
        total, tr("Verifying the evidence hashes"),
        [items](std::atomic<qint64> *progress, const std::atomic_bool *cancel) {
            Results out;
            for (const CaseEvidence &item : items) {
                out.push_back(EvidenceIntake::verify(item, progress, cancel));
                if (!out.back()) {
                    break;
                }
            }
            return out;
        },
        [this, count = items.size()](const Results &results, bool cancelled) {
            recordVerifications(results);
            int problems = 0;
            for (const auto &v : results) {
                problems += v && v->result != CaseVerification::Result::Match ? 1 : 0;
            }
            const bool stopped = cancelled || results.size() < count || (!results.empty() && !results.back());
            if (stopped) {
                m_store->logAction(QStringLiteral("evidence.verify.cancelled"),
                                   QStringLiteral("verification cancelled by the examiner"));
                refresh();
            }
            Q_EMIT verificationFinished(problems, stopped);
        });
}

void CaseSession::recordVerifications(const std::vector<std::optional<CaseVerification>> &results)
{
    bool ok = true;
    Diagnostic error;
    for (const auto &v : results) {
        if (v) {
            ok = m_store->recordVerification(*v, &error) != 0 && ok;
        }
    }
    check(ok, error);
}

void CaseSession::intake(const QStringList &paths)
{
    if (!m_store || m_busy) {
        return;
    }
    QStringList known;
    for (const CaseEvidence &e : m_snapshot.evidence) {
        known << e.path;
    }
    QStringList fresh;
    QStringList refused;
    qint64 total = 0;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        const QString absolute = info.absoluteFilePath();
        if (known.contains(absolute) || fresh.contains(absolute)) {
            refused << tr("%1: already in the case").arg(QDir::toNativeSeparators(absolute));
            continue;
        }
        fresh << absolute;
        total += info.isFile() ? info.size() : 0;
    }
    using Results = std::vector<EvidenceIntake::Result>;
    runHashing<Results>(
        total, tr("Hashing the evidence (SHA-256, SHA-1, MD5)"),
        [fresh](std::atomic<qint64> *progress, const std::atomic_bool *cancel) {
            Results out;
            for (const QString &p : fresh) {
                out.push_back(EvidenceIntake::intake(p, {}, progress, cancel));
                if (out.back().cancelled) {
                    break;
                }
            }
            return out;
        },
        [this, refused](const Results &results, bool) { recordIntake(results, refused); });
}

void CaseSession::recordIntake(const std::vector<EvidenceIntake::Result> &results, const QStringList &alreadyRefused)
{
    QStringList added;
    QStringList refused = alreadyRefused;
    bool cancelled = false;
    for (const EvidenceIntake::Result &r : results) {
        if (r.cancelled) {
            cancelled = true;
            break;
        }
        if (!r.ok) {
            refused << tr("%1: %2").arg(QDir::toNativeSeparators(r.item.path), r.error);
            continue;
        }
        Diagnostic error;
        if (m_store->addEvidence(r.item, &error) == 0) {
            refused << tr("%1: %2").arg(QDir::toNativeSeparators(r.item.path), error.translatedMessage());
            continue;
        }
        added << r.item.path;
    }
    refresh();
    Q_EMIT intakeFinished(added, refused, cancelled);
}

bool CaseSession::updateInfo(const CaseInfo &info)
{
    Diagnostic error;
    return m_store && check(m_store->updateInfo(info, &error), error);
}

bool CaseSession::addNote(const CaseNote &note)
{
    Diagnostic error;
    return m_store && check(m_store->addNote(note, &error) != 0, error);
}

bool CaseSession::removeNote(qint64 id)
{
    Diagnostic error;
    return m_store && check(m_store->removeNote(id, &error), error);
}

bool CaseSession::addTag(const CaseTag &tag)
{
    Diagnostic error;
    return m_store && check(m_store->addTag(tag, &error) != 0, error);
}

bool CaseSession::removeTag(qint64 id)
{
    Diagnostic error;
    return m_store && check(m_store->removeTag(id, &error), error);
}

bool CaseSession::recordAnalysis(const Analysis &analysis, const AnalyzeOptions &options)
{
    if (!m_store) {
        return false;
    }
    const bool ok = CaseActions::recordAnalysis(*m_store, analysis, options) != 0;
    refresh();
    if (!ok) {
        Q_EMIT failed(tr("The analysis could not be recorded in the case file."));
    }
    return ok;
}

bool CaseSession::recordReport(const Report &report, const ReportFile &file)
{
    if (!m_store) {
        return false;
    }
    const bool ok = CaseActions::recordReport(*m_store, report, file) != 0;
    refresh();
    if (!ok) {
        Q_EMIT failed(tr("The report could not be recorded in the case file."));
    }
    return ok;
}

bool CaseSession::logExport(const QString &filePath, const QString &sha256)
{
    return logAction(QStringLiteral("file.export"),
                     QJsonObject{{QStringLiteral("path"), QFileInfo(filePath).absoluteFilePath()},
                                 {QStringLiteral("sha256"), sha256}});
}

bool CaseSession::logAction(const QString &action, const QJsonObject &details)
{
    if (!m_store) {
        return false;
    }
    Diagnostic error;
    return check(m_store->logAction(action, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)),
                                    &error),
                 error);
}

} // namespace dockscope
