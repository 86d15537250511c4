#include "acquirewizard.h"

#include "acquire/enginecontainers.h"
#include "acquireprogresspage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace dockscope {

namespace {

// A page whose fields the wizard registers while building it.
class FieldPage final : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    using QWizardPage::registerField;
};

struct Listing
{
    std::vector<EngineContainer> containers;
    QString error;
};

} // namespace

AcquireWizard::AcquireWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("acquireWizard"));
    setWindowTitle(tr("Acquire from Docker Host"));
    setWizardStyle(QWizard::ClassicStyle);
    addPage(createTargetPage());
    addPage(createOptionsPage());
    m_progress = new AcquireProgressPage(this);
    m_progress->setCommitPage(true); // no way back once the engine is being read
    addPage(m_progress);
    setOption(QWizard::NoBackButtonOnLastPage);
    resize(820, 620);
}

QWizardPage *AcquireWizard::createTargetPage()
{
    auto *page = new FieldPage(this);
    page->setTitle(tr("Engine and container"));
    page->setSubTitle(tr("Dockscope speaks the Docker Engine API over the engine's socket itself; "
                         "nothing is started on the host unless you ask for it on the next page."));
    m_host = new QLineEdit(QStringLiteral("unix:///var/run/docker.sock"), page);
    m_host->setObjectName(QStringLiteral("host"));
    auto *list = new QPushButton(tr("&List Containers"), page);
    list->setObjectName(QStringLiteral("listContainers"));
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(list);
    m_containers = new QTreeWidget(page);
    m_containers->setObjectName(QStringLiteral("containers"));
    m_containers->setHeaderLabels({tr("Name"), tr("Id"), tr("Image"), tr("State"), tr("Status")});
    m_containers->setRootIsDecorated(false);
    m_containers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listStatus = new QLabel(page);
    m_listStatus->setWordWrap(true);
    m_container = new QLineEdit(page);
    m_container->setObjectName(QStringLiteral("container"));
    m_container->setPlaceholderText(tr("id, unique id prefix or name"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Engine:"), hostRow);
    form->addRow(tr("C&ontainer:"), m_container);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_containers, 1);
    layout->addWidget(m_listStatus);
    page->registerField(QStringLiteral("host*"), m_host);
    page->registerField(QStringLiteral("container*"), m_container);
    connect(list, &QPushButton::clicked, this, &AcquireWizard::listContainers);
    connect(m_containers, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item) {
            m_container->setText(item->text(1));
        }
    });
    return page;
}

void AcquireWizard::listContainers()
{
    m_listStatus->setText(tr("Asking %1…").arg(m_host->text()));
    auto *watcher = new QFutureWatcher<Listing>(this);
    connect(watcher, &QFutureWatcher<Listing>::finished, this, [this, watcher] {
        const Listing l = watcher->result();
        watcher->deleteLater();
        m_containers->clear();
        for (const EngineContainer &c : l.containers) {
            auto *item = new QTreeWidgetItem(m_containers, {c.name, c.id.left(12), c.image, c.state, c.status});
            item->setData(1, Qt::ToolTipRole, c.id);
        }
        m_listStatus->setText(l.error.isEmpty()
                                  ? tr("%n container(s) on this engine.", nullptr, int(l.containers.size()))
                                  : tr("Cannot list the containers: %1").arg(l.error));
    });
    const QString host = m_host->text();
    watcher->setFuture(QtConcurrent::run([host] {
        Listing l;
        l.containers = EngineContainers::list(host, &l.error);
        return l;
    }));
}

QWizardPage *AcquireWizard::createOptionsPage()
{
    auto *page = new FieldPage(this);
    page->setTitle(tr("What to preserve"));
    page->setSubTitle(tr("Always collected: engine info and version, all containers, the container's "
                         "inspect, processes, changes, logs, file system export and its image."));
    m_examiner = new QLineEdit(page);
    m_examiner->setObjectName(QStringLiteral("examiner"));
    auto *paths = new QLineEdit(page);
    paths->setObjectName(QStringLiteral("paths"));
    paths->setPlaceholderText(QStringLiteral("/var/log,/tmp,/etc/passwd"));
    m_output = new QLineEdit(page);
    m_output->setObjectName(QStringLiteral("outputDir"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    auto *outRow = new QHBoxLayout;
    outRow->addWidget(m_output, 1);
    outRow->addWidget(browse);
    auto *commit = new QCheckBox(tr("Commit the container to a new image and save it"), page);
    commit->setObjectName(QStringLiteral("commit"));
    auto *commitNote = new QLabel(tr("Creates an image on the host and pauses the container while it "
                                     "is committed. Logged."), page);
    auto *netstat = new QCheckBox(tr("Read the network connections by running a process in the container"), page);
    netstat->setObjectName(QStringLiteral("execNetstat"));
    auto *netstatNote = new QLabel(tr("Starts cat of /proc/net/* inside the container: changes its "
                                      "state. Logged."), page);
    for (QLabel *note : {commitNote, netstatNote}) {
        note->setWordWrap(true);
        note->setStyleSheet(QStringLiteral("color: #a05000"));
    }
    auto *form = new QFormLayout(page);
    form->addRow(tr("E&xaminer:"), m_examiner);
    form->addRow(tr("&Paths to copy:"), paths);
    form->addRow(tr("&New folder:"), outRow);
    form->addRow(commit);
    form->addRow(commitNote);
    form->addRow(netstat);
    form->addRow(netstatNote);
    page->registerField(QStringLiteral("examiner"), m_examiner);
    page->registerField(QStringLiteral("paths"), paths);
    page->registerField(QStringLiteral("outputDir*"), m_output);
    page->registerField(QStringLiteral("commit"), commit);
    page->registerField(QStringLiteral("execNetstat"), netstat);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Parent Folder of the Acquisition"));
        if (!dir.isEmpty()) {
            const QString name = m_container->text().trimmed().left(12);
            m_output->setText(QDir(dir).filePath(QStringLiteral("acquisition-%1").arg(name.isEmpty() ? QStringLiteral("container") : name)));
        }
    });
    return page;
}

void AcquireWizard::setExaminer(const QString &examiner)
{
    m_examiner->setText(examiner);
}

void AcquireWizard::setOutputFolder(const QString &folder)
{
    m_output->setText(folder);
}

void AcquireWizard::setHost(const QString &host)
{
    m_host->setText(host);
}

const AcquisitionResult &AcquireWizard::result() const
{
    return m_progress->result();
}

bool AcquireWizard::openAsEvidence() const
{
    return field(QStringLiteral("openAsEvidence")).toBool() && !result().manifestPath.isEmpty();
}

void AcquireWizard::reject()
{
    if (m_progress->running()) {
        m_progress->cancel(); // the page finishes soon; closing then keeps what was written
        return;
    }
    QWizard::reject();
}

} // namespace dockscope
