#pragma once

#include "acquire/acquirer.h"

#include <QWizard>

class QLineEdit;
class QTreeWidget;
class QLabel;

namespace dockscope {

class AcquireProgressPage;

// "Acquire from Docker host…": the engine and the container, the options (paths to copy,
// commit, exec), the examiner and a new output folder, then the acquisition with its log and
// progress. Does what `dockscope-cli acquire` does.
class AcquireWizard final : public QWizard
{
    Q_OBJECT
public:
    explicit AcquireWizard(QWidget *parent = nullptr);

    void setExaminer(const QString &examiner);
    void setOutputFolder(const QString &folder);
    void setHost(const QString &host);

    // The acquisition, once the last page finished it.
    const AcquisitionResult &result() const;
    // The examiner asked to open the folder as evidence.
    bool openAsEvidence() const;

    void reject() override;

private:
    QWizardPage *createTargetPage();
    QWizardPage *createOptionsPage();
    void listContainers();

    QLineEdit *m_host = nullptr;
    QLineEdit *m_container = nullptr;
    QTreeWidget *m_containers = nullptr;
    QLabel *m_listStatus = nullptr;
    QLineEdit *m_examiner = nullptr;
    QLineEdit *m_output = nullptr;
    AcquireProgressPage *m_progress = nullptr;
};

} // namespace dockscope
