#include "acquireprogresspage.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dockscope {

AcquireProgressPage::AcquireProgressPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Acquiring"));
    setSubTitle(tr("Every artefact is streamed to disk while it is hashed. Cancel stops after the "
                   "current read; what was written stays, listed in the manifest."));
    m_step = new QLabel(this);
    m_bar = new QProgressBar(this);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("acquisitionLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_summary);
    auto *open = new QCheckBox(tr("Open the acquisition as evidence when done"), this);
    open->setObjectName(QStringLiteral("openAsEvidence"));
    open->setChecked(true);
    layout->addWidget(open);
    registerField(QStringLiteral("openAsEvidence"), open);
    connect(&m_watcher, &QFutureWatcher<AcquisitionResult>::finished, this, &AcquireProgressPage::onFinished);
}

AcquireProgressPage::~AcquireProgressPage()
{
    cancel();
    m_watcher.waitForFinished();
}

bool AcquireProgressPage::running() const
{
    return m_watcher.isRunning();
}

void AcquireProgressPage::cancel()
{
    if (m_cancel) {
        *m_cancel = true;
    }
}

void AcquireProgressPage::appendLine(const QString &line)
{
    m_log->appendPlainText(line);
}

void AcquireProgressPage::initializePage()
{
    if (m_watcher.isRunning() || m_done) {
        return;
    }
    AcquireOptions o;
    o.host = field(QStringLiteral("host")).toString();
    o.container = field(QStringLiteral("container")).toString().trimmed();
    o.outputDir = field(QStringLiteral("outputDir")).toString();
    o.examiner = field(QStringLiteral("examiner")).toString();
    for (const QString &p : field(QStringLiteral("paths")).toString().split(u',', Qt::SkipEmptyParts)) {
        o.paths << p.trimmed();
    }
    o.commit = field(QStringLiteral("commit")).toBool();
    o.execNetstat = field(QStringLiteral("execNetstat")).toBool();
    m_log->clear();
    m_summary->clear();
    m_step->setText(tr("Connecting to %1…").arg(o.host));
    m_bar->setRange(0, 0);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    QPointer<AcquireProgressPage> self(this);
    m_watcher.setFuture(QtConcurrent::run([o, cancel, self] {
        return Acquirer::run(
            o, cancel.get(),
            [self](const QString &line) {
                QMetaObject::invokeMethod(qApp, [self, line] {
                    if (self) {
                        self->appendLine(line);
                    }
                }, Qt::QueuedConnection);
            },
            [self](const Acquirer::Progress &p) {
                QMetaObject::invokeMethod(qApp, [self, p] {
                    if (!self) {
                        return;
                    }
                    self->m_bar->setRange(0, std::max(p.steps, 1));
                    self->m_bar->setValue(std::min(p.step, p.steps));
                    self->m_step->setText(p.bytes > 0
                                              ? tr("Step %1 of about %2: %3 (%4 MB)")
                                                    .arg(p.step).arg(p.steps).arg(p.text)
                                                    .arg(double(p.bytes) / 1e6, 0, 'f', 1)
                                              : tr("Step %1 of about %2: %3").arg(p.step).arg(p.steps).arg(p.text));
                }, Qt::QueuedConnection);
            });
    }));
}

void AcquireProgressPage::onFinished()
{
    m_result = m_watcher.result();
    m_done = true;
    m_bar->setRange(0, 1);
    m_bar->setValue(1);
    int ok = 0;
    for (const AcquiredArtefact &a : m_result.artefacts) {
        ok += a.status == u"ok";
    }
    if (m_result.status == u"complete") {
        m_step->setText(tr("Acquisition complete: %n artefact(s).", nullptr, ok));
    } else if (m_result.status == u"partial") {
        m_step->setText(tr("Acquisition partial: %1 of %2 artefacts complete; see the log.")
                            .arg(ok).arg(m_result.artefacts.size()));
    } else if (m_result.status == u"cancelled") {
        m_step->setText(tr("Acquisition cancelled; what was written is listed in the manifest."));
    } else {
        m_step->setText(tr("Acquisition failed: %1").arg(m_result.error));
    }
    if (!m_result.manifestPath.isEmpty()) {
        m_summary->setText(tr("Manifest: %1\nManifest SHA-256: %2").arg(m_result.manifestPath, m_result.manifestSha256));
    } else if (!m_result.error.isEmpty()) {
        m_summary->setText(m_result.error);
    }
    Q_EMIT completeChanged();
    Q_EMIT finished(m_result);
}

bool AcquireProgressPage::isComplete() const
{
    return m_done;
}

} // namespace dockscope
