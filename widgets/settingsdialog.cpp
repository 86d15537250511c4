#include "settingsdialog.h"

#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dockscope {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ruleFolders(new QListWidget(this))
    , m_maxScan(new QSpinBox(this))
    , m_time(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_exportFolder(new QLineEdit(this))
    , m_vulnDb(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout;

    auto *rules = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    m_ruleFolders->addItems(Settings::ruleFolders());
    rulesLayout->addWidget(m_ruleFolders);
    auto *ruleButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Folder…"), rules);
    auto *remove = new QPushButton(tr("Remove"), rules);
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(remove);
    ruleButtons->addStretch();
    rulesLayout->addLayout(ruleButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("YARA rule folder"));
        if (!dir.isEmpty()) {
            m_ruleFolders->addItem(dir);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_ruleFolders->currentItem(); });
    form->addRow(tr("Extra YARA rule folders:"), rules);

    m_maxScan->setRange(1, 16 * 1024);
    m_maxScan->setSuffix(tr(" MiB"));
    m_maxScan->setValue(int(Settings::maxScanSize() >> 20));
    m_maxScan->setToolTip(tr("Files larger than this are not scanned for content rules"));
    form->addRow(tr("Maximum content-scan size:"), m_maxScan);

    m_time->addItem(tr("UTC"), int(Settings::TimeDisplay::Utc));
    m_time->addItem(tr("Local time"), int(Settings::TimeDisplay::Local));
    m_time->setCurrentIndex(Settings::timeDisplay() == Settings::TimeDisplay::Local ? 1 : 0);
    form->addRow(tr("Show times in:"), m_time);

    // A line edit with a Browse… button that picks a folder.
    auto folderRow = [this](QLineEdit *edit, const QString &title) {
        auto *row = new QHBoxLayout;
        auto *browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this, edit, title] {
            const QString dir = QFileDialog::getExistingDirectory(this, title, edit->text());
            if (!dir.isEmpty()) {
                edit->setText(dir);
            }
        });
        row->addWidget(edit, 1);
        row->addWidget(browse);
        return row;
    };

    m_vulnDb->setObjectName(QStringLiteral("vulnDbFolder"));
    m_vulnDb->setText(Settings::vulnDbFolder());
    m_vulnDb->setPlaceholderText(tr("None: only imported Trivy and Grype reports"));
    m_vulnDb->setToolTip(tr("A folder of OSV vulnerability files (*.json) to match the packages "
                            "of each image against, offline"));
    form->addRow(tr("Vulnerability database folder:"),
                 folderRow(m_vulnDb, tr("Vulnerability database folder")));

    m_exportFolder->setText(Settings::exportFolder());
    m_exportFolder->setPlaceholderText(tr("Asked on the first export"));
    form->addRow(tr("Export folder:"), folderRow(m_exportFolder, tr("Export folder")));

    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Settings::language())));
    m_language->setToolTip(tr("Takes effect when Dockscope starts again"));
    form->addRow(tr("Language:"), m_language);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    QStringList folders;
    for (int i = 0; i < m_ruleFolders->count(); ++i) {
        folders << m_ruleFolders->item(i)->text();
    }
    Settings::setRuleFolders(folders);
    Settings::setMaxScanSize(qint64(m_maxScan->value()) << 20);
    Settings::setTimeDisplay(Settings::TimeDisplay(m_time->currentData().toInt()));
    Settings::setExportFolder(m_exportFolder->text());
    Settings::setVulnDbFolder(m_vulnDb->text().trimmed());
    Settings::setLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace dockscope
