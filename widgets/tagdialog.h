#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace dockscope {

// Asks for a tag (or bookmark) and the examiner's comment on a finding or a file.
class TagDialog final : public QDialog
{
    Q_OBJECT
public:
    // what: the finding's title or the file's path, shown to the examiner.
    TagDialog(const QString &what, const QString &label, QWidget *parent = nullptr);

    QString label() const;
    QString comment() const;

    // The tags offered; the examiner may type another.
    static QStringList commonLabels();

private:
    QComboBox *m_label = nullptr;
    QPlainTextEdit *m_comment = nullptr;
};

} // namespace dockscope
