#pragma once

#include "case/casedata.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace dockscope {

// The case's metadata: number, name, examiner, organisation, description and the time zone
// reports name. A new case needs a number and an examiner.
class CasePropertiesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CasePropertiesDialog(const CaseInfo &info, bool creating, QWidget *parent = nullptr);

    CaseInfo info() const;

private:
    void updateOk();

    CaseInfo m_info;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_examiner = nullptr;
    QLineEdit *m_organisation = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_timeZone = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dockscope
