#pragma once

#include "acquire/acquirer.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace dockscope {

// The last page of the acquisition wizard: runs the Acquirer on a worker thread, shows each
// step of its log as it happens and its progress; Cancel stops it between reads.
class AcquireProgressPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit AcquireProgressPage(QWidget *parent = nullptr);
    ~AcquireProgressPage() override;

    void initializePage() override;
    bool isComplete() const override;

    void cancel();
    bool running() const;
    const AcquisitionResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const dockscope::AcquisitionResult &result);

private:
    void appendLine(const QString &line);
    void onFinished();

    QLabel *m_step = nullptr;
    QProgressBar *m_bar = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_summary = nullptr;
    QFutureWatcher<AcquisitionResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    AcquisitionResult m_result;
    bool m_done = false;
};

} // namespace dockscope
