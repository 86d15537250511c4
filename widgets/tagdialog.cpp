#include "tagdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace dockscope {

QStringList TagDialog::commonLabels()
{
    // Tags are data (they go into the case and its reports as typed), not interface text.
    return {QStringLiteral("bookmark"), QStringLiteral("malicious"), QStringLiteral("suspicious"),
            QStringLiteral("benign"), QStringLiteral("follow-up"), QStringLiteral("reported")};
}

TagDialog::TagDialog(const QString &what, const QString &label, QWidget *parent)
    : QDialog(parent)
    , m_label(new QComboBox(this))
    , m_comment(new QPlainTextEdit(this))
{
    setWindowTitle(label == u"bookmark" ? tr("Bookmark") : tr("Tag"));
    m_label->setObjectName(QStringLiteral("tagLabel"));
    m_comment->setObjectName(QStringLiteral("tagComment"));
    m_label->setEditable(true);
    m_label->addItems(commonLabels());
    m_label->setCurrentText(label);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Why this matters (goes into the case and the report)"));

    auto *target = new QLabel(what, this);
    target->setTextFormat(Qt::PlainText);
    target->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("On:"), target);
    form->addRow(tr("&Tag:"), m_label);
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QComboBox::currentTextChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    resize(460, sizeHint().height());
}

QString TagDialog::label() const
{
    return m_label->currentText().trimmed();
}

QString TagDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

} // namespace dockscope
