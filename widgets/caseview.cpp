#include "caseview.h"

#include "case/casetargets.h"
#include "recordtablemodel.h"
#include "util/format.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dockscope {

namespace {

QString targetText(const QString &type, const QString &title, const QString &target)
{
    if (type.isEmpty()) {
        return CaseView::tr("the case");
    }
    const QString what = title.isEmpty() ? CaseTargets::describe(type, target) : title;
    if (type == u"finding") {
        return CaseView::tr("finding: %1").arg(what);
    }
    if (type == u"check") {
        return CaseView::tr("check: %1").arg(what);
    }
    if (type == u"event") {
        return CaseView::tr("event: %1").arg(what);
    }
    return CaseView::tr("file: %1").arg(what);
}

QString verificationCell(const CaseVerification *v)
{
    if (!v) {
        return CaseView::tr("not verified yet");
    }
    switch (v->result) {
    case CaseVerification::Result::Match:
        return CaseView::tr("match (%1)").arg(v->time);
    case CaseVerification::Result::Mismatch:
        return CaseView::tr("MISMATCH (%1): SHA-256 now %2").arg(v->time, v->sha256);
    case CaseVerification::Result::Missing:
        return CaseView::tr("MISSING (%1)").arg(v->time);
    case CaseVerification::Result::Unreadable:
        return CaseView::tr("UNREADABLE (%1): %2").arg(v->time, v->detail);
    }
    return {};
}

} // namespace

CaseView::CaseView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_header(new QLabel(this))
    , m_verification(new QLabel(this))
    , m_chain(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_evidence(new RecordTableModel({tr("Id"), tr("Path"), tr("Kind"), tr("Size"), tr("SHA-256 at intake"),
                                       tr("SHA-1"), tr("MD5"), tr("Added"), tr("Latest verification")},
                                      this))
    , m_notes(new RecordTableModel({tr("Time"), tr("Examiner"), tr("Attached to"), tr("Note")}, this))
    , m_tags(new RecordTableModel({tr("Time"), tr("Examiner"), tr("Tag"), tr("On"), tr("Comment")}, this))
    , m_audit(new RecordTableModel({tr("Entry"), tr("Time"), tr("Examiner"), tr("Action"), tr("Details"),
                                    tr("Hash")},
                                   this))
{
    m_empty->setObjectName(QStringLiteral("noCase"));
    m_empty->setText(tr("No case is open. File → New Case… keeps the evidence hashes, notes, tags "
                        "and an audit log; File → Open Case… opens one."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_verification, m_chain}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_verification->setObjectName(QStringLiteral("verificationState"));
    m_chain->setObjectName(QStringLiteral("chainState"));

    auto *properties = new QPushButton(tr("Properties…"), this);
    auto *note = new QPushButton(tr("Add Note…"), this);
    auto *verify = new QPushButton(tr("Verify Evidence"), this);
    auto *folder = new QPushButton(tr("Open Case Folder"), this);
    properties->setObjectName(QStringLiteral("caseProperties"));
    note->setObjectName(QStringLiteral("addNote"));
    verify->setObjectName(QStringLiteral("verifyEvidence"));
    connect(properties, &QPushButton::clicked, this, &CaseView::propertiesRequested);
    connect(note, &QPushButton::clicked, this, &CaseView::addNoteRequested);
    connect(verify, &QPushButton::clicked, this, &CaseView::verifyRequested);
    connect(folder, &QPushButton::clicked, this, &CaseView::openFolderRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(properties);
    buttons->addWidget(note);
    buttons->addWidget(verify);
    buttons->addWidget(folder);
    buttons->addStretch(1);

    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    addTable(m_evidence, tr("Evidence"));
    m_notesView = addTable(m_notes, tr("Notes"));
    m_tagsView = addTable(m_tags, tr("Tags and Bookmarks"));
    addTable(m_audit, tr("Audit Log"));

    auto *removeNote = new QPushButton(tr("Remove Note"), this);
    connect(removeNote, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(m_notesView)) {
            Q_EMIT removeNoteRequested(id);
        }
    });
    auto *removeTag = new QPushButton(tr("Remove Tag"), this);
    connect(removeTag, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(m_tagsView)) {
            Q_EMIT removeTagRequested(id);
        }
    });
    buttons->addWidget(removeNote);
    buttons->addWidget(removeTag);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_header);
    layout->addWidget(m_verification);
    layout->addWidget(m_chain);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    setSnapshot(nullptr);
}

QTableView *CaseView::addTable(RecordTableModel *model, const QString &title)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    auto *view = new QTableView(this);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // record order until the examiner sorts
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tabs->addTab(view, title);
    return view;
}

qint64 CaseView::selectedId(QTableView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.front().data(RecordTableModel::RecordIdRole).toLongLong();
}

QString CaseView::verificationText(const CaseSnapshot &s, bool *problem)
{
    int verified = 0;
    int failed = 0;
    for (const CaseEvidence &e : s.evidence) {
        if (const CaseVerification *v = s.latestVerification(e.id)) {
            ++verified;
            failed += v->result == CaseVerification::Result::Match ? 0 : 1;
        }
    }
    const bool ever = s.anyVerificationFailed();
    *problem = failed > 0 || ever;
    if (failed > 0) {
        return tr("EVIDENCE VERIFICATION FAILED: %n evidence item(s) no longer match their intake hashes.",
                  nullptr, failed);
    }
    if (ever) {
        return tr("EVIDENCE VERIFICATION FAILED earlier in this case; the latest verification of every item "
                  "matched. The failure stays in the audit log and in every report.");
    }
    if (s.evidence.empty()) {
        return tr("No evidence in the case yet.");
    }
    if (verified < int(s.evidence.size())) {
        return tr("%1 of %2 evidence items verified.").arg(verified).arg(s.evidence.size());
    }
    return tr("All %n evidence item(s) match their intake hashes.", nullptr, int(s.evidence.size()));
}

void CaseView::setSnapshot(const CaseSnapshot *s)
{
    if (!s) {
        m_stack->setCurrentWidget(m_empty);
        for (RecordTableModel *m : {m_evidence, m_notes, m_tags, m_audit}) {
            m->setRows({});
        }
        return;
    }
    m_stack->setCurrentIndex(1);
    const CaseInfo &info = s->info;
    m_header->setText(tr("Case %1%2\nExaminer %3%4\n%5")
                          .arg(info.number, info.name.isEmpty() ? QString() : QStringLiteral(" · ") + info.name,
                               info.examiner,
                               info.organisation.isEmpty() ? QString() : QStringLiteral(" · ") + info.organisation,
                               QDir::toNativeSeparators(s->path)));

    bool problem = false;
    m_verification->setText(verificationText(*s, &problem));
    m_verification->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    if (s->chain.ok) {
        m_chain->setText(tr("Audit log: %n entries, hash chain intact.", nullptr, int(s->chain.entries)));
        m_chain->setStyleSheet(QString());
    } else {
        m_chain->setText(tr("Audit log: hash chain BROKEN at entry %1: %2")
                             .arg(s->chain.brokenSeq)
                             .arg(s->chain.translatedReason()));
        m_chain->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    }

    std::vector<RecordTableModel::Row> evidence;
    for (const CaseEvidence &e : s->evidence) {
        const CaseVerification *v = s->latestVerification(e.id);
        evidence.push_back({e.id,
                            {QString::number(e.id), QDir::toNativeSeparators(e.path), e.kind, humanBytes(e.sizeBytes),
                             e.sha256, e.sha1, e.md5, e.addedAt, verificationCell(v)},
                            v && v->result != CaseVerification::Result::Match,
                            {}});
    }
    m_evidence->setRows(std::move(evidence));

    std::vector<RecordTableModel::Row> notes;
    for (const CaseNote &n : s->notes) {
        notes.push_back({n.id, {n.time, n.examiner, targetText(n.targetType, {}, n.target), n.text}, false, {}});
    }
    m_notes->setRows(std::move(notes));

    std::vector<RecordTableModel::Row> tags;
    for (const CaseTag &t : s->tags) {
        tags.push_back({t.id, {t.time, t.examiner, t.label, targetText(t.targetType, t.title, t.target), t.comment},
                        false, {}});
    }
    m_tags->setRows(std::move(tags));

    std::vector<RecordTableModel::Row> audit;
    for (const AuditEntry &a : s->audit) {
        const bool broken = !s->chain.ok && a.seq >= s->chain.brokenSeq;
        audit.push_back({a.seq,
                         {QString::number(a.seq), a.time, a.examiner, a.action, a.details, a.hash.left(16)},
                         broken,
                         tr("Entry %1\nHash %2\nPrevious %3\n%4").arg(a.seq).arg(a.hash, a.prevHash, a.details)});
    }
    m_audit->setRows(std::move(audit));
}

} // namespace dockscope
