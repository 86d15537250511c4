#pragma once

#include "filelocation.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QStackedWidget;
class QTextDocument;
class QToolButton;

namespace dockscope {

class FileMetadataView;
class HexView;
class NumberedTextView;

// The "File" dock's content: metadata of one file version (path, type, size, mode, owner, time,
// layer, evidence, SHA-256, link target, xattrs) and its content, read off the GUI thread from
// the evidence: text with line numbers and a finding's line marked, or a hex view for binary
// bytes. "Export file…" writes a copy and its SHA-256 into the case's export folder, never
// beside the evidence.
class FileViewer final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { None, Text, Hex };
    static constexpr qint64 DefaultContentLimit = qint64(16) << 20;

    explicit FileViewer(QWidget *parent = nullptr);
    ~FileViewer() override;

    void showFile(const FileLocation &location);
    void clear();

    const FileLocation &location() const { return m_location; }
    // Content is being read, or the text view is being prepared.
    bool isLoading() const { return m_loading || m_building; }
    bool isExporting() const { return m_exporting; }
    // How the content is shown; set by the content's kind, and by hand with setMode().
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The loaded content is valid UTF-8 (or ASCII) without NUL bytes.
    bool isTextContent() const { return m_textContent; }
    bool isTruncated() const { return m_truncated; }
    // The line under the content: truncation, read errors, hash mismatches; empty when none.
    QString note() const;

    // Bytes of content kept for viewing (the SHA-256 always covers the whole file).
    void setContentLimit(qint64 bytes) { m_contentLimit = bytes; }
    qint64 contentLimit() const { return m_contentLimit; }

    // "Export file…": asks for the export folder when the settings have none, refuses the
    // evidence's folder, then exports and reports with a message box.
    QAction *exportAction() const { return m_exportAction; }
    void exportFile();
    // The open case's export folder: used without asking; empty: the settings' folder.
    void setCaseExportFolder(const QString &folder) { m_caseExportFolder = folder; }
    // Exports into folder without any dialog; reports with exported() or exportFailed().
    void startExport(const QString &folder);

    FileMetadataView *metadataView() const { return m_metadata; }
    NumberedTextView *textView() const { return m_text; }
    HexView *hexView() const { return m_hex; }

Q_SIGNALS:
    // The content of the current file is shown (or could not be read).
    void loaded();
    void exported(const QString &filePath, const QString &sha256);
    void exportFailed(const QString &error);

private:
    struct PreparedText;
    struct Loaded;

    void showMessage(const QString &text);
    void onLoaded(const Loaded &result);
    void startTextBuild();
    void installText(const PreparedText &text);
    void updateNote();
    void finishExport(
        bool ok, bool refused, const QString &text, const QString &path, const QString &sha256);
    void updateActions();
    bool hasContent() const;

    FileLocation m_location;
    QString m_caseExportFolder;
    FileMetadataView *m_metadata = nullptr;

    QToolButton *m_textButton = nullptr;
    QToolButton *m_hexButton = nullptr;
    QLabel *m_note = nullptr;
    QAction *m_exportAction = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    NumberedTextView *m_text = nullptr;
    HexView *m_hex = nullptr;

    QByteArray m_content;
    std::shared_ptr<QTextDocument> m_document; // shown by the text view
    QStringList m_readNotes; // truncation, read errors, hash mismatch
    QString m_noteText;
    int m_cutLines = 0;
    qint64 m_contentSize = 0;
    qint64 m_contentLimit = DefaultContentLimit;
    Mode m_mode = Mode::None;
    bool m_loading = false;
    bool m_building = false;
    bool m_found = false;
    bool m_textContent = false;
    bool m_truncated = false;
    bool m_textFilled = false;
    bool m_hexFilled = false;
    bool m_exporting = false;
    bool m_interactiveExport = false;
    int m_loadId = 0;
    std::shared_ptr<std::atomic_bool> m_loadCancel;
    std::shared_ptr<std::atomic_bool> m_exportCancel;
};

} // namespace dockscope
