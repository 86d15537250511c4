#pragma once

#include "filelocation.h"

#include <QScrollArea>

class QFormLayout;
class QLabel;

namespace dockscope {

// The File dock's metadata panel: path, name as stored, type, size, mode (octal and rwx),
// uid:gid, modification time, layer, evidence, SHA-256, link target, xattrs and notes. Every
// value comes from the evidence and is shown as plain text, never as rich text.
class FileMetadataView final : public QScrollArea
{
    Q_OBJECT
public:
    explicit FileMetadataView(QWidget *parent = nullptr);

    void setLocation(const FileLocation &location);
    // The SHA-256 computed while reading the content, shown when the analysis recorded none
    // (a hard link whose bytes a lower layer holds).
    void setContentDigest(const Digest &digest);

    QString text() const; // "Label value" lines of the visible rows (for tests and copying)

    static QString typeText(const LayerEntry &entry);
    static QString notesText(const LayerEntry &entry);
    static QString xattrText(const LayerEntry &entry);

private:
    void setRow(QLabel *label, const QString &text);

    QFormLayout *m_form = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_storedName = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_permissions = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_mtime = nullptr;
    QLabel *m_layer = nullptr;
    QLabel *m_evidence = nullptr;
    QLabel *m_sha256 = nullptr;
    QLabel *m_linkTarget = nullptr;
    QLabel *m_xattrs = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace dockscope
