#include "filemetadataview.h"

#include "timeformat.h"
#include "util/format.h"
#include "util/membername.h"

#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include <string_view>

namespace dockscope {

namespace {

constexpr int MaxXattrValueBytes = 256;

bool hasBytes(const LayerEntry &entry)
{
    return entry.type == EntryType::File || entry.type == EntryType::Hardlink;
}

QChar typeLetter(EntryType type)
{
    switch (type) {
    case EntryType::Directory:
        return u'd';
    case EntryType::Symlink:
        return u'l';
    case EntryType::CharDevice:
        return u'c';
    case EntryType::BlockDevice:
        return u'b';
    case EntryType::Fifo:
        return u'p';
    case EntryType::File:
    case EntryType::Hardlink:
        break;
    }
    return u'-';
}

QLabel *valueLabel(QWidget *parent, bool monospace = false)
{
    auto *label = new QLabel(parent);
    // Names and values come from the evidence: never let them be read as rich text.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    if (monospace) {
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    return label;
}

} // namespace

FileMetadataView::FileMetadataView(QWidget *parent)
    : QScrollArea(parent)
{
    auto *meta = new QWidget(this);
    m_form = new QFormLayout(meta);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_path = valueLabel(meta);
    m_storedName = valueLabel(meta);
    m_type = valueLabel(meta);
    m_size = valueLabel(meta);
    m_permissions = valueLabel(meta, true);
    m_owner = valueLabel(meta);
    m_mtime = valueLabel(meta);
    m_layer = valueLabel(meta);
    m_evidence = valueLabel(meta);
    m_sha256 = valueLabel(meta, true);
    m_linkTarget = valueLabel(meta);
    m_xattrs = valueLabel(meta, true);
    m_notes = valueLabel(meta);
    m_form->addRow(tr("Path:"), m_path);
    m_form->addRow(tr("Name as stored:"), m_storedName);
    m_form->addRow(tr("Type:"), m_type);
    m_form->addRow(tr("Size:"), m_size);
    m_form->addRow(tr("Mode:"), m_permissions);
    m_form->addRow(tr("Owner (uid:gid):"), m_owner);
    m_form->addRow(tr("Modified:"), m_mtime);
    m_form->addRow(tr("Layer:"), m_layer);
    m_form->addRow(tr("Evidence:"), m_evidence);
    m_form->addRow(tr("SHA-256:"), m_sha256);
    m_form->addRow(tr("Link target:"), m_linkTarget);
    m_form->addRow(tr("Extended attributes:"), m_xattrs);
    m_form->addRow(tr("Notes:"), m_notes);
    setObjectName(QStringLiteral("metadata"));
    setWidget(meta);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
}

void FileMetadataView::setRow(QLabel *label, const QString &text)
{
    label->setText(text);
    m_form->setRowVisible(label, !text.isEmpty());
}

QString FileMetadataView::typeText(const LayerEntry &entry)
{
    switch (entry.type) {
    case EntryType::File:
        return tr("Regular file");
    case EntryType::Directory:
        return tr("Directory");
    case EntryType::Symlink:
        return tr("Symbolic link");
    case EntryType::Hardlink:
        return tr("Hard link");
    case EntryType::CharDevice:
        return tr("Character device %1, %2").arg(entry.devMajor).arg(entry.devMinor);
    case EntryType::BlockDevice:
        return tr("Block device %1, %2").arg(entry.devMajor).arg(entry.devMinor);
    case EntryType::Fifo:
        return tr("Named pipe (FIFO)");
    }
    return {};
}

QString FileMetadataView::notesText(const LayerEntry &entry)
{
    QStringList notes;
    if (entry.is(EntryWhiteout)) {
        notes << tr("Whiteout: removes /%1 from the layers below")
                     .arg(displayName(entry.whiteoutTarget()));
    }
    if (entry.is(EntryOpaque)) {
        notes << tr("Opaque marker: hides what the layers below put in /%1")
                     .arg(displayName(entry.whiteoutTarget()));
    }
    if (entry.is(EntryAufsMeta)) {
        notes << tr("aufs metadata, not a file");
    }
    if (entry.is(EntryDuplicate)) {
        notes << tr("The layer lists this path more than once; this copy is the later one");
    }
    if (entry.is(EntryTruncated)) {
        notes << tr("The layer ends inside this file's data");
    }
    if (entry.is(EntryEscapes)) {
        notes << tr("The name climbs above the layer root (path traversal); never applied");
    }
    if (entry.is(EntryAbsolute)) {
        notes << tr("Stored with an absolute name");
    }
    if (entry.is(EntryNotUtf8)) {
        notes << tr("The name is not valid UTF-8; invalid bytes are shown as \\xNN");
    }
    return notes.join(u'\n');
}

QString FileMetadataView::xattrText(const LayerEntry &entry)
{
    QStringList lines;
    for (const auto &[name, value] : entry.xattrs) {
        const std::string_view shown = std::string_view(value).substr(0, MaxXattrValueBytes);
        QString text;
        bool printable = isValidUtf8(shown);
        for (const char ch : shown) {
            if (static_cast<unsigned char>(ch) < 0x20) {
                printable = false;
            }
        }
        if (printable) {
            text = u'"' + QString::fromUtf8(shown.data(), qsizetype(shown.size())) + u'"';
        } else {
            text = QStringLiteral("0x")
                + QString::fromLatin1(QByteArray(shown.data(), qsizetype(shown.size())).toHex());
        }
        if (value.size() > shown.size()) {
            text += tr("… (%1 bytes)").arg(value.size());
        }
        lines << QString(displayName(name) + QStringLiteral(" = ") + text);
    }
    return lines.join(u'\n');
}

void FileMetadataView::setLocation(const FileLocation &location)
{
    const LayerEntry &e = location.entry;
    const QLocale locale;
    setRow(m_path, u'/' + displayName(e.path));
    setRow(m_storedName, e.rawName.empty() ? QString() : displayName(e.rawName));
    setRow(m_type, typeText(e));
    setRow(m_size, tr("%1 (%2 bytes)").arg(humanBytes(e.size), locale.toString(e.size)));
    setRow(m_permissions,
        octalMode(e.mode) + QStringLiteral("  ") + typeLetter(e.type) + symbolicMode(e.mode));
    setRow(m_owner, QStringLiteral("%1:%2").arg(e.uid).arg(e.gid));
    setRow(m_mtime, TimeFormat::fromEpoch(e.mtime, e.mtimeNsec));

    QString layer
        = tr("Layer %1, member %2").arg(QString::number(location.layer), location.layerMember);
    if (!location.contentMember.isEmpty()) {
        layer += u'\n'
            + tr("Bytes from /%1 in member %2")
                  .arg(displayName(location.contentPath), location.contentMember);
    }
    setRow(m_layer, layer);
    QString evidence = QDir::toNativeSeparators(location.evidence);
    if (!location.imageId.isEmpty()) {
        evidence += u'\n' + tr("Image %1").arg(location.imageId);
    }
    setRow(m_evidence, evidence);
    setRow(
        m_sha256, e.sha256.valid ? e.sha256.hex() : (hasBytes(e) ? tr("not computed") : QString()));
    QString link;
    if (e.type == EntryType::Symlink) {
        link = displayName(e.linkTarget);
    } else if (e.type == EntryType::Hardlink) {
        link = u'/' + displayName(e.linkTarget);
    }
    setRow(m_linkTarget, link);
    setRow(m_xattrs, xattrText(e));
    setRow(m_notes, notesText(e));
}

void FileMetadataView::setContentDigest(const Digest &digest)
{
    setRow(m_sha256, digest.valid ? digest.hex() : QString());
}

QString FileMetadataView::text() const
{
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value && !value->text().isEmpty()) {
            lines << QString(label->text() + u' ' + value->text());
        }
    }
    return lines.join(u'\n');
}

} // namespace dockscope
