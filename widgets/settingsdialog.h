#pragma once

#include <QDialog>

class QComboBox;
class QListWidget;
class QSpinBox;
class QLineEdit;

namespace dockscope {

// Preferences: extra YARA rule folders, the maximum content-scan size, how times are shown,
// the vulnerability database (OSV) folder, the export folder and the interface language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QListWidget *m_ruleFolders = nullptr;
    QSpinBox *m_maxScan = nullptr;
    QComboBox *m_time = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_exportFolder = nullptr;
    QLineEdit *m_vulnDb = nullptr;
};

} // namespace dockscope
