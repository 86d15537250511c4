#pragma once

#include "case/casedata.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace dockscope {

class RecordTableModel;

// The "Case" dock: the open case's number, examiner and file, the state of its evidence
// verification and of its audit chain (a failure in red, for good), and tables of its evidence,
// notes, tags and bookmarks, and audit log. Buttons ask the window for the actions.
class CaseView final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseView(QWidget *parent = nullptr);

    // No case: the hint how to make one.
    void setSnapshot(const CaseSnapshot *snapshot);

    RecordTableModel *evidenceModel() const { return m_evidence; }
    RecordTableModel *notesModel() const { return m_notes; }
    RecordTableModel *tagsModel() const { return m_tags; }
    RecordTableModel *auditModel() const { return m_audit; }
    QLabel *verificationLabel() const { return m_verification; }
    QLabel *chainLabel() const { return m_chain; }
    QTabWidget *tabs() const { return m_tabs; }

    // The verification line for a snapshot (shared with the status bar).
    static QString verificationText(const CaseSnapshot &snapshot, bool *problem);

Q_SIGNALS:
    void propertiesRequested();
    void addNoteRequested();
    void verifyRequested();
    void openFolderRequested();
    void removeNoteRequested(qint64 id);
    void removeTagRequested(qint64 id);

private:
    QTableView *addTable(RecordTableModel *model, const QString &title);
    qint64 selectedId(QTableView *view) const;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_verification = nullptr;
    QLabel *m_chain = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordTableModel *m_evidence = nullptr;
    RecordTableModel *m_notes = nullptr;
    RecordTableModel *m_tags = nullptr;
    RecordTableModel *m_audit = nullptr;
    QTableView *m_notesView = nullptr;
    QTableView *m_tagsView = nullptr;
};

} // namespace dockscope
