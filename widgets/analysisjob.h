#pragma once

#include "analysis/analyzer.h"
#include "model/analysis.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace dockscope {

// Runs an analysis off the GUI thread. Owns its worker: a new start() or the destructor cancels
// the running one and waits for it. Each run has an id; results of a cancelled or superseded
// run are dropped, never delivered.
class AnalysisJob final : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisJob(QObject *parent = nullptr);
    ~AnalysisJob() override;

    int start(const QStringList &evidence, const AnalyzeOptions &options = {});
    void cancel();
    bool isRunning() const;
    int currentId() const { return m_id; }

Q_SIGNALS:
    // done/total in bytes; msLeft is -1 while unknown.
    void progressChanged(qint64 done, qint64 total, const QString &text, qint64 msLeft);
    void finished(int jobId, const dockscope::Analysis &analysis);
    void cancelled(int jobId);

private:
    void onFinished(int id);
    void waitForRunning();

    std::shared_ptr<JobControl> m_control;
    QFutureWatcher<Analysis> *m_watcher = nullptr;
    QElapsedTimer m_clock;
    int m_id = 0;
};

} // namespace dockscope

Q_DECLARE_METATYPE(dockscope::Analysis)
