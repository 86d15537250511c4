// MainWindow: acquisition from a live Docker host (the wizard), recorded in the case and opened
// as evidence.
#include "mainwindow.h"

#include "acquirewizard.h"
#include "casesession.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace dockscope {

void MainWindow::acquireFromHost()
{
    AcquireWizard wizard(this);
    if (m_case->isOpen()) {
        wizard.setExaminer(m_case->snapshot().info.examiner);
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        wizard.setOutputFolder(QDir(m_case->folder()).filePath(QStringLiteral("acquisitions/") + stamp));
    }
    wizard.exec();
    const AcquisitionResult &result = wizard.result();
    if (result.manifestPath.isEmpty() && result.artefacts.empty()) {
        return; // never started, or refused before writing anything
    }
    const QString folder = QFileInfo(result.manifestPath.isEmpty() ? QString() : result.manifestPath).absolutePath();
    if (m_case->isOpen()) {
        m_case->logAction(QStringLiteral("acquisition"),
                          QJsonObject{{QStringLiteral("folder"), folder},
                                      {QStringLiteral("container"), result.containerId},
                                      {QStringLiteral("status"), result.status},
                                      {QStringLiteral("manifest_sha256"), result.manifestSha256}});
    }
    if (wizard.openAsEvidence() && !folder.isEmpty()) {
        addEvidence({folder});
    }
}

} // namespace dockscope
