#include "fileviewer.h"

#include "archive/layerfilereader.h"
#include "evidence/evidencestore.h"
#include "filemetadataview.h"
#include "hexview.h"
#include "numberedtextview.h"
#include "report/fileexport.h"
#include "settings.h"
#include "util/membername.h"

#include <QAction>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextDocumentLayout>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <string_view>
#include <utility>

namespace dockscope {

namespace {

// Valid UTF-8 (ASCII included) without NUL bytes. A truncated copy may end inside a character.
bool looksLikeText(const QByteArray &data, bool truncated)
{
    if (data.contains('\0')) {
        return false;
    }
    const std::string_view bytes(data.constData(), std::size_t(data.size()));
    if (isValidUtf8(bytes)) {
        return true;
    }
    for (std::size_t cut = 1; truncated && cut <= 3 && cut <= bytes.size(); ++cut) {
        if (isValidUtf8(bytes.substr(0, bytes.size() - cut))) {
            return true;
        }
    }
    return false;
}

// Binary bytes shown as text on request: NUL bytes as the visible symbol for NUL.
QString binaryAsText(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    text.replace(QChar(u'\0'), QChar(u'\u2400'));
    return text;
}

// Lines longer than this are cut short in the text view: laying out one line of megabytes
// (minified code, a binary without newlines) takes seconds per paint. Line numbers stay right.
constexpr qsizetype MaxLineChars = 20000;

QString cutLongLines(const QString &text, int *cutLines)
{
    *cutLines = 0;
    qsizetype longest = 0;
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0) {
            end = text.size();
        }
        longest = std::max(longest, end - start);
        start = end + 1;
    }
    if (longest <= MaxLineChars) {
        return text;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        const bool lastLine = end < 0;
        if (lastLine) {
            end = text.size();
        }
        const qsizetype length = end - start;
        if (length > MaxLineChars) {
            qsizetype keep = MaxLineChars;
            if (text.at(start + keep - 1).isHighSurrogate()) {
                --keep;
            }
            out += QStringView(text).mid(start, keep);
            out += FileViewer::tr(" … [%1 more characters]")
                       .arg(QLocale().toString(qint64(length - keep)));
            ++*cutLines;
        } else {
            out += QStringView(text).mid(start, length);
        }
        if (!lastLine) {
            out += u'\n';
        }
        start = end + 1;
    }
    return out;
}

bool hasBytes(const LayerEntry &entry)
{
    return entry.type == EntryType::File || entry.type == EntryType::Hardlink;
}

} // namespace

struct FileViewer::PreparedText
{
    std::shared_ptr<QTextDocument> document;
    int cutLines = 0;

    // Builds the text view's document on the calling (worker) thread, then hands it to the GUI
    // thread: filling a document with megabytes of lines takes seconds.
    static PreparedText build(const QString &text, const QFont &font)
    {
        PreparedText out;
        const QString shown = cutLongLines(text, &out.cutLines);
        // Released from whichever thread drops it last: delete it in its own thread.
        out.document = std::shared_ptr<QTextDocument>(
            new QTextDocument, [](QTextDocument *d) { d->deleteLater(); });
        out.document->setUndoRedoEnabled(false);
        out.document->setDefaultFont(font);
        out.document->setDocumentLayout(new QPlainTextDocumentLayout(out.document.get()));
        out.document->setPlainText(shown);
        out.document->moveToThread(QCoreApplication::instance()->thread());
        return out;
    }
};

struct FileViewer::Loaded
{
    FileContent content;
    bool text = false;
    PreparedText prepared; // for text content
};

FileViewer::FileViewer(QWidget *parent)
    : QWidget(parent)
    , m_metadata(new FileMetadataView(this))
    , m_textButton(new QToolButton(this))
    , m_hexButton(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_exportAction(new QAction(tr("Export file…"), this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_text(new NumberedTextView(this))
    , m_hex(new HexView(this))
{
    // Content: a bar with the text/hex switch, the note and the export button, then the views.
    m_textButton->setObjectName(QStringLiteral("textMode"));
    m_textButton->setText(tr("Text"));
    m_textButton->setToolTip(tr("Show the content as text with line numbers"));
    m_textButton->setCheckable(true);
    m_hexButton->setObjectName(QStringLiteral("hexMode"));
    m_hexButton->setText(tr("Hex"));
    m_hexButton->setToolTip(tr("Show the content as offsets, hexadecimal bytes and ASCII"));
    m_hexButton->setCheckable(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_textButton);
    modes->addButton(m_hexButton);
    connect(m_textButton, &QToolButton::clicked, this, [this] { setMode(Mode::Text); });
    connect(m_hexButton, &QToolButton::clicked, this, [this] { setMode(Mode::Hex); });

    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_exportAction->setObjectName(QStringLiteral("exportFile"));
    m_exportAction->setToolTip(tr("Write a copy of this file and its SHA-256 into the case's "
                                  "export folder (never beside the evidence)"));
    connect(m_exportAction, &QAction::triggered, this, &FileViewer::exportFile);
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_exportAction);
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_textButton);
    bar->addWidget(m_hexButton);
    bar->addWidget(m_note, 1);
    bar->addWidget(exportButton);

    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("textView"));
    m_hex->setObjectName(QStringLiteral("hexView"));
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_hex);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(bar);
    contentLayout->addWidget(m_stack, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("fileViewerSplitter"));
    splitter->addWidget(m_metadata);
    splitter->addWidget(content);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    clear();
}

FileViewer::~FileViewer()
{
    // Workers read from the evidence store; wait for them before it may go away.
    if (m_loadCancel) {
        *m_loadCancel = true;
    }
    if (m_exportCancel) {
        *m_exportCancel = true;
    }
    const auto watchers = findChildren<QFutureWatcherBase *>(Qt::FindDirectChildrenOnly);
    for (QFutureWatcherBase *watcher : watchers) {
        watcher->disconnect(this);
        watcher->waitForFinished();
    }
}

void FileViewer::clear()
{
    ++m_loadId;
    if (m_loadCancel) {
        *m_loadCancel = true;
        m_loadCancel.reset();
    }
    m_location = FileLocation {};
    m_content.clear();
    m_readNotes.clear();
    m_noteText.clear();
    m_cutLines = 0;
    m_building = false;
    m_contentSize = 0;
    m_loading = false;
    m_found = false;
    m_textContent = false;
    m_truncated = false;
    m_textFilled = false;
    m_hexFilled = false;
    m_mode = Mode::None;
    m_text->clearDocument(); // before the document it showed may go
    m_document.reset();
    m_text->setPlaceholderText({});
    m_hex->setData({});
    m_note->clear();
    m_metadata->setVisible(false);
    showMessage(tr("Select a file to see its content and metadata."));
    updateActions();
}

void FileViewer::showFile(const FileLocation &location)
{
    clear();
    m_location = location;
    if (!location.isValid()) {
        return;
    }
    m_metadata->setLocation(location);
    m_metadata->setVisible(true);
    if (!hasBytes(location.entry)) {
        showMessage(tr("This entry has no content to show (type: %1).")
                        .arg(FileMetadataView::typeText(location.entry)));
        updateActions();
        return;
    }

    m_loading = true;
    showMessage(tr("Loading…"));
    updateActions();

    const int id = m_loadId;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_loadCancel = cancel;
    const bool lower = !location.contentMember.isEmpty();
    const QString member = lower ? location.contentMember : location.layerMember;
    const std::string path = lower ? location.contentPath : location.entry.path;
    const qint64 headerOffset = lower ? -1 : location.entry.headerOffset;
    const qint64 limit = m_contentLimit;
    const std::shared_ptr<const EvidenceStore> store = location.store;
    const QFont font = m_text->font();

    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (id == m_loadId) {
            onLoaded(watcher->result());
        } // else: a superseded request; its result is dropped
    });
    watcher->setFuture(QtConcurrent::run([store, member, path, headerOffset, limit, cancel, font] {
        Loaded r;
        r.content
            = LayerFileReader::readAt(*store, member, path, headerOffset, limit, cancel.get());
        r.text = r.content.found && looksLikeText(r.content.data, r.content.truncated);
        if (r.text && !cancel->load()) {
            r.prepared = PreparedText::build(QString::fromUtf8(r.content.data), font);
        }
        return r;
    }));
}

void FileViewer::onLoaded(const Loaded &result)
{
    m_loading = false;
    m_loadCancel.reset();
    const FileContent &c = result.content;
    m_found = c.found;
    m_content = c.data;
    m_contentSize = c.size;
    m_truncated = c.truncated;
    m_textContent = result.text;

    QStringList &notes = m_readNotes;
    if (c.truncated) {
        notes << tr("Showing the first %1 of %2 bytes; export the file to get all of it.")
                     .arg(QLocale().toString(qint64(c.data.size())), QLocale().toString(c.size));
    }
    if (!c.error.isEmpty()) {
        notes << (c.found ? tr("The content could not be read completely: %1").arg(c.error)
                          : tr("The content could not be read: %1").arg(c.error));
    }
    const Digest &recorded = m_location.entry.sha256;
    if (c.sha256.valid && recorded.valid && !(c.sha256 == recorded)) {
        notes << tr("The SHA-256 of the content read now (%1) differs from the one recorded "
                    "by the analysis.")
                     .arg(c.sha256.hex());
    } else if (c.sha256.valid && !recorded.valid) {
        m_metadata->setContentDigest(c.sha256);
    }
    if (result.prepared.document) {
        installText(result.prepared);
    }
    updateNote();

    if (!c.found || (c.data.isEmpty() && c.size > 0)) {
        showMessage(c.found ? tr("No content could be read.") : tr("The file could not be read."));
    } else if (c.data.isEmpty() && c.size == 0 && c.error.isEmpty()) {
        m_textContent = true;
        setMode(Mode::Text);
        m_text->setPlaceholderText(tr("(empty file)"));
    } else {
        setMode(m_textContent ? Mode::Text : Mode::Hex);
    }
    updateActions();
    Q_EMIT loaded();
}

void FileViewer::setMode(Mode mode)
{
    if (!hasContent() && mode != Mode::None) {
        return;
    }
    m_mode = mode;
    switch (mode) {
    case Mode::None:
        break;
    case Mode::Text:
        if (m_textFilled) {
            m_stack->setCurrentWidget(m_text);
        } else {
            startTextBuild();
        }
        break;
    case Mode::Hex:
        if (!m_hexFilled) {
            m_hex->setData(m_content);
            m_hexFilled = true;
        }
        m_stack->setCurrentWidget(m_hex);
        break;
    }
    updateActions();
}

void FileViewer::startTextBuild()
{
    showMessage(tr("Preparing the text view…"));
    if (m_building) {
        return;
    }
    m_building = true;
    const int id = m_loadId;
    const QByteArray bytes = m_content;
    const bool isText = m_textContent;
    const QFont font = m_text->font();
    auto *watcher = new QFutureWatcher<PreparedText>(this);
    connect(watcher, &QFutureWatcher<PreparedText>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        if (id != m_loadId) {
            return; // another file is shown by now
        }
        m_building = false;
        installText(watcher->result());
        updateNote();
        if (m_mode == Mode::Text) {
            m_stack->setCurrentWidget(m_text);
        }
        updateActions();
    });
    watcher->setFuture(QtConcurrent::run([bytes, isText, font] {
        return PreparedText::build(isText ? QString::fromUtf8(bytes) : binaryAsText(bytes), font);
    }));
}

void FileViewer::installText(const PreparedText &text)
{
    m_text->showDocument(text.document.get());
    m_document = text.document;
    m_cutLines = text.cutLines;
    m_text->setHighlightedLine(m_location.highlightLine);
    m_textFilled = true;
}

void FileViewer::updateNote()
{
    QStringList notes = m_readNotes;
    if (m_cutLines > 0) {
        notes << tr("%n line(s) longer than %1 characters are cut short in the text view; the hex "
                    "view and the export hold every byte.",
            nullptr, m_cutLines)
                     .arg(QLocale().toString(qint64(MaxLineChars)));
    }
    m_noteText = notes.join(u'\n');
    m_note->setText(m_noteText);
}

QString FileViewer::note() const
{
    return m_noteText;
}

bool FileViewer::hasContent() const
{
    return !m_loading && m_found && (!m_content.isEmpty() || m_contentSize == 0);
}

void FileViewer::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void FileViewer::updateActions()
{
    const bool content = hasContent();
    m_textButton->setEnabled(content);
    m_hexButton->setEnabled(content);
    m_textButton->setChecked(m_mode == Mode::Text);
    m_hexButton->setChecked(m_mode == Mode::Hex);
    m_exportAction->setEnabled(m_location.isValid() && hasBytes(m_location.entry) && !m_exporting);
}

void FileViewer::exportFile()
{
    if (!m_location.isValid() || !hasBytes(m_location.entry) || m_exporting) {
        return;
    }
    if (!m_caseExportFolder.isEmpty() && !FileExport::isEvidenceFolder(m_caseExportFolder, m_location.evidence)) {
        QDir().mkpath(m_caseExportFolder);
        m_interactiveExport = true;
        startExport(m_caseExportFolder);
        return;
    }
    QString folder = Settings::exportFolder();
    for (;;) {
        if (folder.isEmpty()) {
            folder = QFileDialog::getExistingDirectory(
                this, tr("Choose the case's export folder"), QDir::homePath());
            if (folder.isEmpty()) {
                return;
            }
        }
        if (!FileExport::isEvidenceFolder(folder, m_location.evidence)) {
            break;
        }
        QMessageBox::warning(this, tr("Export file"),
            tr("%1 is the folder of the evidence or lies inside it. Exports are "
               "never written beside the evidence: choose another export folder.")
                .arg(QDir::toNativeSeparators(folder)));
        folder.clear();
    }
    Settings::setExportFolder(folder);
    m_interactiveExport = true;
    startExport(folder);
}

void FileViewer::startExport(const QString &folder)
{
    if (!m_location.isValid() || !hasBytes(m_location.entry) || m_exporting) {
        return;
    }
    FileExport::Request request;
    const bool lower = !m_location.contentMember.isEmpty();
    request.member = lower ? m_location.contentMember : m_location.layerMember;
    request.contentPath = lower ? m_location.contentPath : m_location.entry.path;
    request.headerOffset = lower ? -1 : m_location.entry.headerOffset;
    request.entryPath = m_location.entry.path;
    request.evidence = m_location.evidence;
    request.folder = folder;

    m_exporting = true;
    updateActions();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_exportCancel = cancel;
    const std::shared_ptr<const EvidenceStore> store = m_location.store;
    const Digest recorded = m_location.entry.sha256;

    auto *watcher = new QFutureWatcher<ExportResult>(this);
    connect(watcher, &QFutureWatcher<ExportResult>::finished, this, [this, watcher, recorded] {
        watcher->deleteLater();
        const ExportResult r = watcher->result();
        QString text;
        if (r.ok) {
            text = tr("Exported %1 (%2 bytes) to %3.\nSHA-256: %4")
                       .arg(r.fileName, QLocale().toString(r.size),
                           QDir::toNativeSeparators(QFileInfo(r.filePath).absolutePath()),
                           r.sha256.hex());
            if (recorded.valid && !(recorded == r.sha256)) {
                text += u'\n'
                    + tr("Warning: this differs from the SHA-256 recorded by the "
                         "analysis (%1).")
                          .arg(recorded.hex());
            }
            if (!r.warning.isEmpty()) {
                text += u'\n' + r.warning;
            }
        } else {
            text = r.error;
        }
        finishExport(r.ok, r.refused, text, r.filePath, r.sha256.hex());
    });
    watcher->setFuture(QtConcurrent::run(
        [store, request, cancel] { return FileExport::write(*store, request, cancel.get()); }));
}

void FileViewer::finishExport(
    bool ok, bool refused, const QString &text, const QString &path, const QString &sha256)
{
    m_exporting = false;
    m_exportCancel.reset();
    const bool interactive = std::exchange(m_interactiveExport, false);
    updateActions();
    if (refused && interactive) {
        Settings::setExportFolder({}); // ask again next time
    }
    if (interactive) {
        // Window-modal and not blocking: the result is shown while the window goes on.
        auto *box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Export file"), text,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->setTextFormat(Qt::PlainText);
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->show();
    }
    if (ok) {
        Q_EMIT exported(path, sha256);
    } else {
        Q_EMIT exportFailed(text);
    }
}

} // namespace dockscope
