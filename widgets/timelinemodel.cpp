#include "timelinemodel.h"

#include "roles.h"
#include "timeformat.h"

#include <QTextDocument>

namespace dockscope {

namespace {

QString oneLine(QString s)
{
    s.replace(u'\n', u' ');
    s.replace(u'\r', u' ');
    s.replace(u'\t', u' ');
    return s;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setAnalysis(const Analysis &analysis)
{
    beginResetModel();
    m_events = analysis.timeline;
    m_times.clear();
    m_times.reserve(m_events.size());
    for (const TimelineEvent &e : m_events) {
        m_times.push_back(TimeFormat::fromRfc3339(e.datetime));
    }
    endResetModel();
}

void TimelineModel::refreshTimes()
{
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        m_times[i] = TimeFormat::fromRfc3339(m_events[i].datetime);
    }
    if (!m_events.empty()) {
        Q_EMIT dataChanged(index(0, TimeColumn), index(rowCount() - 1, TimeColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

const TimelineEvent *TimelineModel::event(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    return &m_events[std::size_t(index.row())];
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const TimelineEvent &e = m_events[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row);
    case SortRole:
        return sortData(row, index.column());
    case PathRole:
        return e.path;
    case LayerRole:
        return e.layer;
    case EvidenceRole:
        return e.evidenceFile;
    case FindingIdRole:
        return e.findingId;
    default:
        return {};
    }
}

QVariant TimelineModel::displayData(int row, int column) const
{
    const TimelineEvent &e = m_events[std::size_t(row)];
    switch (column) {
    case TimeColumn:
        return m_times[std::size_t(row)];
    case TypeColumn:
        return oneLine(e.timestampDesc);
    case SourceColumn:
        return oneLine(e.source);
    case MessageColumn:
        return oneLine(e.message);
    case PathColumn:
        return oneLine(e.path);
    default:
        return {};
    }
}

QVariant TimelineModel::sortData(int row, int column) const
{
    const TimelineEvent &e = m_events[std::size_t(row)];
    switch (column) {
    case TimeColumn:
        return e.datetime;
    case TypeColumn:
        return e.timestampDesc;
    case SourceColumn:
        return e.source;
    case MessageColumn:
        return e.message;
    case PathColumn:
        return e.path;
    default:
        return {};
    }
}

QString TimelineModel::toolTip(int row) const
{
    // Messages quote the evidence: plain text, never interpreted as markup.
    const TimelineEvent &e = m_events[std::size_t(row)];
    QString text = e.datetime;
    if (!e.timestampDesc.isEmpty()) {
        text += QStringLiteral(" ") + e.timestampDesc;
    }
    text += u'\n' + e.message;
    if (!e.path.isEmpty()) {
        text += u'\n' + tr("Path: %1").arg(e.path);
    }
    if (e.layer >= 0) {
        text += u'\n' + tr("Layer: %1").arg(e.layer);
    }
    if (!e.evidenceFile.isEmpty()) {
        text += u'\n' + tr("Evidence file: %1").arg(e.evidenceFile);
    }
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Message");
    case PathColumn:
        return tr("Path");
    default:
        return {};
    }
}

} // namespace dockscope
