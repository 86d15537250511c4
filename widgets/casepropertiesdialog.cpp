#include "casepropertiesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>

namespace dockscope {

CasePropertiesDialog::CasePropertiesDialog(const CaseInfo &info, bool creating, QWidget *parent)
    : QDialog(parent)
    , m_info(info)
    , m_number(new QLineEdit(info.number, this))
    , m_name(new QLineEdit(info.name, this))
    , m_examiner(new QLineEdit(info.examiner, this))
    , m_organisation(new QLineEdit(info.organisation, this))
    , m_description(new QPlainTextEdit(info.description, this))
    , m_timeZone(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(creating ? tr("New Case") : tr("Case Properties"));
    m_number->setObjectName(QStringLiteral("caseNumber"));
    m_examiner->setObjectName(QStringLiteral("caseExaminer"));
    m_number->setPlaceholderText(tr("as your organisation numbers cases, e.g. 2026-0142"));
    m_description->setTabChangesFocus(true);

    m_timeZone->setEditable(false);
    m_timeZone->addItem(QStringLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC") {
            m_timeZone->addItem(QString::fromLatin1(id));
        }
    }
    const int zone = m_timeZone->findText(info.timeZone.isEmpty() ? QStringLiteral("UTC") : info.timeZone);
    m_timeZone->setCurrentIndex(zone < 0 ? 0 : zone);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Case &number:"), m_number);
    form->addRow(tr("Case n&ame:"), m_name);
    form->addRow(tr("&Examiner:"), m_examiner);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Display &time zone:"), m_timeZone);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_number, &QLineEdit::textChanged, this, &CasePropertiesDialog::updateOk);
    connect(m_examiner, &QLineEdit::textChanged, this, &CasePropertiesDialog::updateOk);
    updateOk();
    resize(520, sizeHint().height());
}

void CasePropertiesDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_number->text().trimmed().isEmpty() && !m_examiner->text().trimmed().isEmpty());
}

CaseInfo CasePropertiesDialog::info() const
{
    CaseInfo out = m_info;
    out.number = m_number->text().trimmed();
    out.name = m_name->text().trimmed();
    out.examiner = m_examiner->text().trimmed();
    out.organisation = m_organisation->text().trimmed();
    out.description = m_description->toPlainText().trimmed();
    out.timeZone = m_timeZone->currentText();
    return out;
}

} // namespace dockscope
