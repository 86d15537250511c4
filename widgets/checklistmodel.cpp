#include "checklistmodel.h"

#include "findingsmodel.h"
#include "roles.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextDocument>

#include <array>

namespace dockscope {

namespace {

QString oneLine(QString s)
{
    s.replace(u'\n', u' ');
    s.replace(u'\r', u' ');
    s.replace(u'\t', u' ');
    return s;
}

QString containerLabel(const Container &c)
{
    QString name = c.name;
    if (name.startsWith(u'/')) {
        name.remove(0, 1);
    }
    if (!name.isEmpty()) {
        return name;
    }
    return c.id.left(12);
}

} // namespace

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChecklistModel::setAnalysis(const Analysis &analysis)
{
    beginResetModel();
    m_rows.clear();
    for (const Container &c : analysis.containers) {
        const QString label = containerLabel(c);
        for (const ChecklistItem &item : c.checklist) {
            m_rows.push_back(Row{c.id, label, item});
        }
    }
    endResetModel();
}

const ChecklistItem *ChecklistModel::item(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    return &m_rows[std::size_t(index.row())].item;
}

QString ChecklistModel::containerId(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return m_rows[std::size_t(index.row())].containerId;
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::DecorationRole:
        if (column == StatusColumn) {
            return statusIcon(row.item.status);
        }
        if (column == SeverityColumn) {
            return FindingsModel::severityIcon(row.item.severity);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn) {
            return statusColor(row.item.status);
        }
        if (column == SeverityColumn) {
            return FindingsModel::severityColor(row.item.severity);
        }
        return {};
    case SortRole:
        return sortData(row, column);
    case StatusRole:
        return int(row.item.status);
    case SeverityRole:
        return int(row.item.severity);
    case ContainerIdRole:
        return row.containerId;
    default:
        return {};
    }
}

QVariant ChecklistModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case ContainerColumn:
        return oneLine(row.containerLabel);
    case IdColumn:
        return row.item.id;
    case TitleColumn:
        return oneLine(row.item.title);
    case StatusColumn:
        return statusText(row.item.status);
    case SeverityColumn:
        return FindingsModel::severityText(row.item.severity);
    case ValueColumn:
        return oneLine(row.item.value);
    case SourceColumn:
        return oneLine(row.item.source);
    default:
        return {};
    }
}

QVariant ChecklistModel::sortData(const Row &row, int column) const
{
    switch (column) {
    case ContainerColumn:
        return row.containerLabel;
    case IdColumn:
        return row.item.id;
    case TitleColumn:
        return row.item.title;
    case StatusColumn:
        return int(row.item.status);
    case SeverityColumn:
        return int(row.item.severity);
    case ValueColumn:
        return row.item.value;
    case SourceColumn:
        return row.item.source;
    default:
        return {};
    }
}

QString ChecklistModel::toolTip(const Row &row) const
{
    // Values come from the evidence: shown as plain text, never interpreted as markup.
    QString text = row.item.id + QStringLiteral(" ") + row.item.title + u'\n';
    text += tr("Container: %1").arg(row.containerId.isEmpty() ? row.containerLabel : row.containerId);
    text += u'\n' + tr("Value: %1").arg(row.item.value.isEmpty() ? tr("(none)") : row.item.value);
    text += u'\n' + tr("Read from: %1").arg(row.item.source.isEmpty() ? tr("(not recorded)")
                                                                     : row.item.source);
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ContainerColumn:
        return tr("Container");
    case IdColumn:
        return tr("ID");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case SeverityColumn:
        return tr("Severity");
    case ValueColumn:
        return tr("Value");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

QString ChecklistModel::statusText(ChecklistItem::Status status)
{
    switch (status) {
    case ChecklistItem::Status::Fail:
        return tr("fail");
    case ChecklistItem::Status::Warn:
        return tr("warn");
    case ChecklistItem::Status::Pass:
        return tr("pass");
    case ChecklistItem::Status::NotApplicable:
        break;
    }
    return tr("n/a");
}

QColor ChecklistModel::statusColor(ChecklistItem::Status status)
{
    switch (status) {
    case ChecklistItem::Status::Fail:
        return QColor(0xc0, 0x1c, 0x28);
    case ChecklistItem::Status::Warn:
        return QColor(0xb3, 0x6b, 0x00);
    case ChecklistItem::Status::Pass:
        return QColor(0x1b, 0x8a, 0x3a);
    case ChecklistItem::Status::NotApplicable:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

QIcon ChecklistModel::statusIcon(ChecklistItem::Status status)
{
    // Fail: a red disc with ✗; warn: an amber triangle with !; pass: a green disc with ✓;
    // n/a: a grey ring with –. Drawn, so they need no font and no icon theme.
    static std::array<QIcon, 4> cache;
    QIcon &slot = cache[std::size_t(status)];
    if (!slot.isNull()) {
        return slot;
    }
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = statusColor(status);
    const QPen mark(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case ChecklistItem::Status::Fail:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setPen(mark);
        p.drawLine(QPointF(5, 5), QPointF(11, 11));
        p.drawLine(QPointF(11, 5), QPointF(5, 11));
        break;
    case ChecklistItem::Status::Warn: {
        QPainterPath triangle;
        triangle.moveTo(8, 1);
        triangle.lineTo(15, 14.5);
        triangle.lineTo(1, 14.5);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPath(triangle);
        p.setPen(mark);
        p.drawLine(QPointF(8, 5.5), QPointF(8, 9.5));
        p.drawPoint(QPointF(8, 12.5));
        break;
    }
    case ChecklistItem::Status::Pass:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setPen(mark);
        p.drawPolyline(QPolygonF({QPointF(4.5, 8.5), QPointF(7, 11), QPointF(11.5, 5.5)}));
        break;
    case ChecklistItem::Status::NotApplicable:
        p.setPen(QPen(c, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(1.75, 1.75, 12.5, 12.5));
        p.setPen(QPen(c, 2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(5, 8), QPointF(11, 8));
        break;
    }
    p.end();
    slot = QIcon(pm);
    return slot;
}

} // namespace dockscope
