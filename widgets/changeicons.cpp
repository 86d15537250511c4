#include "changeicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <array>

namespace dockscope {

QColor ChangeIcons::color(FileTreeModel::ChangeKind kind)
{
    switch (kind) {
    case FileTreeModel::ChangeKind::Added:
        return QColor(0x1b, 0x8a, 0x3a);
    case FileTreeModel::ChangeKind::Modified:
        return QColor(0xb3, 0x6b, 0x00);
    case FileTreeModel::ChangeKind::Removed:
        return QColor(0xc0, 0x1c, 0x28);
    case FileTreeModel::ChangeKind::Unmodified:
        break;
    }
    return QColor(0x60, 0x60, 0x60);
}

QIcon ChangeIcons::icon(FileTreeModel::ChangeKind kind, bool directory)
{
    static std::array<QIcon, 8> cache;
    QIcon &slot = cache[std::size_t(int(kind) * 2 + (directory ? 1 : 0))];
    if (!slot.isNull()) {
        return slot;
    }
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = color(kind);
    // The base shape: a folder or a page.
    p.setPen(QPen(c.darker(120), 1));
    p.setBrush(c.lighter(directory ? 170 : 185));
    if (directory) {
        QPainterPath folder;
        folder.moveTo(1.5, 4.5);
        folder.lineTo(6, 4.5);
        folder.lineTo(7.5, 6);
        folder.lineTo(14.5, 6);
        folder.lineTo(14.5, 13.5);
        folder.lineTo(1.5, 13.5);
        folder.closeSubpath();
        p.drawPath(folder);
    } else {
        p.drawRect(QRectF(3.5, 1.5, 9, 13));
    }
    // The change mark: + added, ~ modified, − removed, nothing for unmodified.
    p.setPen(QPen(c.darker(160), 2, Qt::SolidLine, Qt::RoundCap));
    const QPointF m(8, 9.5);
    switch (kind) {
    case FileTreeModel::ChangeKind::Added:
        p.drawLine(QPointF(m.x() - 3, m.y()), QPointF(m.x() + 3, m.y()));
        p.drawLine(QPointF(m.x(), m.y() - 3), QPointF(m.x(), m.y() + 3));
        break;
    case FileTreeModel::ChangeKind::Modified: {
        QPainterPath wave;
        wave.moveTo(m.x() - 3.5, m.y() + 1);
        wave.cubicTo(m.x() - 2, m.y() - 2.5, m.x() - 0.5, m.y() - 2.5, m.x(), m.y());
        wave.cubicTo(m.x() + 0.5, m.y() + 2.5, m.x() + 2, m.y() + 2.5, m.x() + 3.5, m.y() - 1);
        p.setBrush(Qt::NoBrush);
        p.drawPath(wave);
        break;
    }
    case FileTreeModel::ChangeKind::Removed:
        p.drawLine(QPointF(m.x() - 3, m.y()), QPointF(m.x() + 3, m.y()));
        break;
    case FileTreeModel::ChangeKind::Unmodified:
        break;
    }
    p.end();
    slot = QIcon(pm);
    return slot;
}

} // namespace dockscope
