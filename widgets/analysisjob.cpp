#include "analysisjob.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace dockscope {

AnalysisJob::AnalysisJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Analysis>();
}

AnalysisJob::~AnalysisJob()
{
    cancel();
    waitForRunning();
}

bool AnalysisJob::isRunning() const
{
    return m_watcher && m_watcher->isRunning();
}

void AnalysisJob::cancel()
{
    if (m_control) {
        m_control->cancel = true;
    }
}

void AnalysisJob::waitForRunning()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

int AnalysisJob::start(const QStringList &evidence, const AnalyzeOptions &options)
{
    if (isRunning()) {
        const int old = m_id;
        cancel();
        waitForRunning();
        Q_EMIT cancelled(old);
    }
    const int id = ++m_id;
    m_control = std::make_shared<JobControl>();
    m_clock.start();

    // Progress comes from worker threads: throttle it and hand it to the GUI thread.
    QPointer<AnalysisJob> self(this);
    auto lastReport = std::make_shared<std::atomic<qint64>>(-1000);
    auto clock = m_clock;
    m_control->progress = [self, id, lastReport, clock](const Progress &p) {
        const qint64 now = clock.elapsed();
        if (now - lastReport->load() < 100 && p.done < p.total) {
            return;
        }
        lastReport->store(now);
        const qint64 left = (p.done > 0 && p.total > p.done && now > 500)
            ? qint64(double(now) * double(p.total - p.done) / double(p.done))
            : -1;
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, p, left] {
                if (self && self->m_id == id) {
                    Q_EMIT self->progressChanged(p.done, p.total, p.text, left);
                }
            },
            Qt::QueuedConnection);
    };

    m_watcher = new QFutureWatcher<Analysis>(this);
    connect(m_watcher, &QFutureWatcher<Analysis>::finished, this, [this, id] { onFinished(id); });
    auto control = m_control;
    m_watcher->setFuture(QtConcurrent::run([evidence, options, control] {
        return Analyzer::run(evidence, options, control.get());
    }));
    return id;
}

void AnalysisJob::onFinished(int id)
{
    if (!m_watcher || id != m_id) {
        return; // a superseded run: its result is dropped
    }
    const Analysis result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    if (result.cancelled || (m_control && m_control->cancel)) {
        Q_EMIT cancelled(id);
        return;
    }
    Q_EMIT finished(id, result);
}

} // namespace dockscope
