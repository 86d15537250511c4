#include "warningsmodel.h"

#include "roles.h"

#include <QFileInfo>
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

QString fileName(const QString &path)
{
    QString trimmed = path;
    while (trimmed.size() > 1 && trimmed.endsWith(u'/')) {
        trimmed.chop(1);
    }
    const QString name = QFileInfo(trimmed).fileName();
    return name.isEmpty() ? path : name;
}

} // namespace

WarningsModel::WarningsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WarningsModel::setAnalysis(const Analysis &analysis)
{
    beginResetModel();
    m_diagnostics = analysis.diagnostics;
    m_messages.clear();
    m_messages.reserve(m_diagnostics.size());
    for (const Diagnostic &d : m_diagnostics) {
        m_messages.push_back(d.translatedMessage());
    }
    endResetModel();
}

const Diagnostic *WarningsModel::diagnostic(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    return &m_diagnostics[std::size_t(index.row())];
}

int WarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int WarningsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WarningsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const Diagnostic &d = m_diagnostics[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(d.severity)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == SeverityColumn ? QVariant(severityColor(d.severity)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == OffsetColumn
            ? QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    case SortRole:
        return sortData(row, index.column());
    case DiagnosticSeverityRole:
        return int(d.severity);
    case EvidenceRole:
        return d.evidence;
    case OffsetRole:
        return d.offset;
    default:
        return {};
    }
}

QVariant WarningsModel::displayData(int row, int column) const
{
    const Diagnostic &d = m_diagnostics[std::size_t(row)];
    switch (column) {
    case SeverityColumn:
        return severityText(d.severity);
    case EvidenceColumn:
        return oneLine(fileName(d.evidence));
    case WhereColumn:
        return oneLine(d.where);
    case OffsetColumn:
        return d.offset >= 0 ? QString::number(d.offset) : QString();
    case MessageColumn:
        return oneLine(m_messages[std::size_t(row)]);
    default:
        return {};
    }
}

QVariant WarningsModel::sortData(int row, int column) const
{
    const Diagnostic &d = m_diagnostics[std::size_t(row)];
    switch (column) {
    case SeverityColumn:
        return severityRank(d.severity);
    case EvidenceColumn:
        return d.evidence;
    case WhereColumn:
        return d.where;
    case OffsetColumn:
        return d.offset;
    case MessageColumn:
        return m_messages[std::size_t(row)];
    default:
        return {};
    }
}

QString WarningsModel::toolTip(int row) const
{
    // Member names and paths come from the evidence: plain text, never markup.
    const Diagnostic &d = m_diagnostics[std::size_t(row)];
    QString text = m_messages[std::size_t(row)];
    text += u'\n' + tr("Evidence: %1").arg(d.evidence);
    if (!d.where.isEmpty()) {
        text += u'\n' + tr("Where: %1").arg(d.where);
    }
    if (d.offset >= 0) {
        text += u'\n' + tr("Offset: %1 (0x%2)").arg(d.offset).arg(d.offset, 0, 16);
    }
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QVariant WarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case EvidenceColumn:
        return tr("Evidence");
    case WhereColumn:
        return tr("Where");
    case OffsetColumn:
        return tr("Offset");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QString WarningsModel::severityText(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Info:
        return tr("info");
    case Diagnostic::Severity::Warning:
        return tr("warning");
    case Diagnostic::Severity::Error:
        break;
    }
    return tr("error");
}

QColor WarningsModel::severityColor(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Info:
        return QColor(0x1c, 0x62, 0xb8);
    case Diagnostic::Severity::Warning:
        return QColor(0xb3, 0x6b, 0x00);
    case Diagnostic::Severity::Error:
        break;
    }
    return QColor(0xc0, 0x1c, 0x28);
}

int WarningsModel::severityRank(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return 0;
    case Diagnostic::Severity::Warning:
        return 1;
    case Diagnostic::Severity::Info:
        break;
    }
    return 2;
}

QIcon WarningsModel::severityIcon(Diagnostic::Severity severity)
{
    // Info: a blue disc with i; warning: an amber triangle with !; error: a red disc with ✗.
    static std::array<QIcon, 3> cache;
    QIcon &slot = cache[std::size_t(severity)];
    if (!slot.isNull()) {
        return slot;
    }
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = severityColor(severity);
    const QPen mark(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (severity) {
    case Diagnostic::Severity::Info:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setPen(mark);
        p.drawPoint(QPointF(8, 4.5));
        p.drawLine(QPointF(8, 7.5), QPointF(8, 11.5));
        break;
    case Diagnostic::Severity::Warning: {
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
    case Diagnostic::Severity::Error:
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(QRectF(1, 1, 14, 14));
        p.setPen(mark);
        p.drawLine(QPointF(5, 5), QPointF(11, 11));
        p.drawLine(QPointF(11, 5), QPointF(5, 11));
        break;
    }
    p.end();
    slot = QIcon(pm);
    return slot;
}

} // namespace dockscope
