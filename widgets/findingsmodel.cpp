#include "findingsmodel.h"

#include "roles.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QTextDocument>

#include <array>

namespace dockscope {

namespace {

constexpr qsizetype MaxEvidenceChars = 200;

QString oneLine(QString s)
{
    s.replace(u'\n', u' ');
    s.replace(u'\r', u' ');
    s.replace(u'\t', u' ');
    return s;
}

QString elided(const QString &s, qsizetype max)
{
    return s.size() > max ? s.left(max - 1) + QChar(0x2026) : s;
}

QString shortDigest(const QString &digest)
{
    QString hex = digest;
    if (hex.startsWith(QStringLiteral("sha256:"))) {
        hex.remove(0, 7);
    }
    return hex.left(12);
}

} // namespace

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setAnalysis(const Analysis &analysis)
{
    // Names people know the containers and images by, to say where a finding is.
    QHash<QString, QString> containers;
    for (const Container &c : analysis.containers) {
        QString name = c.name;
        if (name.startsWith(u'/')) {
            name.remove(0, 1);
        }
        containers.insert(c.id, name.isEmpty() ? c.id.left(12) : name);
    }
    QHash<QString, QString> images;
    for (const Image &image : analysis.images) {
        if (!image.id.isEmpty()) {
            images.insert(image.id, image.repoTags.isEmpty() ? shortDigest(image.id)
                                                             : image.repoTags.constFirst());
        }
    }

    beginResetModel();
    m_findings = analysis.findings;
    m_where.clear();
    m_where.reserve(m_findings.size());
    for (const Finding &f : m_findings) {
        QStringList parts;
        if (!f.container.isEmpty()) {
            parts << tr("container %1").arg(containers.value(f.container, f.container.left(12)));
        }
        if (!f.image.isEmpty()) {
            parts << tr("image %1").arg(images.value(f.image, shortDigest(f.image)));
        }
        if (f.layer >= 0) {
            parts << tr("layer %1").arg(f.layer);
        }
        if (f.line >= 0) {
            parts << tr("line %1").arg(f.line);
        }
        m_where.push_back(oneLine(parts.join(QStringLiteral(", "))));
    }
    endResetModel();
}

const Finding *FindingsModel::finding(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    return &m_findings[std::size_t(index.row())];
}

QModelIndex FindingsModel::indexOfFinding(const QString &id) const
{
    for (std::size_t i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].id == id) {
            return index(int(i), 0);
        }
    }
    return {};
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const Finding &f = m_findings[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(f.severity)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == SeverityColumn ? QVariant(severityColor(f.severity)) : QVariant();
    case SortRole:
        return sortData(row, index.column());
    case FindingIdRole:
        return f.id;
    case SeverityRole:
        return int(f.severity);
    case PathRole:
        return f.path;
    case LayerRole:
        return f.layer;
    case EvidenceRole:
        return f.evidenceFile;
    case ImageIdRole:
        return f.image;
    case ContainerIdRole:
        return f.container;
    case LineRole:
        return f.line;
    default:
        return {};
    }
}

QVariant FindingsModel::displayData(int row, int column) const
{
    const Finding &f = m_findings[std::size_t(row)];
    switch (column) {
    case SeverityColumn:
        return severityText(f.severity);
    case RuleColumn:
        return f.rule;
    case TitleColumn:
        return oneLine(f.title);
    case PathColumn:
        return oneLine(f.path);
    case WhereColumn:
        return m_where[std::size_t(row)];
    case EvidenceColumn:
        return elided(oneLine(f.evidence), MaxEvidenceChars);
    case Sha256Column:
        return shortDigest(f.sha256);
    default:
        return {};
    }
}

QVariant FindingsModel::sortData(int row, int column) const
{
    const Finding &f = m_findings[std::size_t(row)];
    switch (column) {
    case SeverityColumn:
        return int(f.severity);
    case RuleColumn:
        return f.rule;
    case TitleColumn:
        return f.title;
    case PathColumn:
        return f.path;
    case WhereColumn:
        return m_where[std::size_t(row)];
    case EvidenceColumn:
        return f.evidence;
    case Sha256Column:
        return f.sha256;
    default:
        return {};
    }
}

QString FindingsModel::toolTip(int row) const
{
    // Everything here comes from the evidence: plain text, never interpreted as markup.
    const Finding &f = m_findings[std::size_t(row)];
    QString text = f.rule + QStringLiteral(" (") + severityText(f.severity) + QStringLiteral("): ")
        + f.title;
    if (!f.rationale.isEmpty()) {
        text += u'\n' + f.rationale;
    }
    if (!f.path.isEmpty()) {
        text += u'\n' + tr("Path: %1").arg(f.path);
    }
    if (!m_where[std::size_t(row)].isEmpty()) {
        text += u'\n' + tr("Where: %1").arg(m_where[std::size_t(row)]);
    }
    if (!f.evidenceFile.isEmpty()) {
        text += u'\n' + tr("Evidence file: %1").arg(f.evidenceFile);
    }
    if (!f.timestamp.isEmpty()) {
        text += u'\n' + tr("Time: %1").arg(f.timestamp);
    }
    if (!f.evidence.isEmpty()) {
        text += u'\n' + tr("Matched: %1").arg(elided(f.evidence, 2000));
    }
    if (!f.sha256.isEmpty()) {
        text += u'\n' + tr("SHA-256: %1").arg(f.sha256);
    }
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case TitleColumn:
        return tr("Title");
    case PathColumn:
        return tr("Path");
    case WhereColumn:
        return tr("Where");
    case EvidenceColumn:
        return tr("Evidence");
    case Sha256Column:
        return tr("SHA-256");
    default:
        return {};
    }
}

QString FindingsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("critical");
    case Severity::High:
        return tr("high");
    case Severity::Medium:
        return tr("medium");
    case Severity::Low:
        return tr("low");
    case Severity::Info:
        break;
    }
    return tr("info");
}

QColor FindingsModel::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QColor(0x9c, 0x0e, 0x2e);
    case Severity::High:
        return QColor(0xd0, 0x3a, 0x1b);
    case Severity::Medium:
        return QColor(0xb3, 0x6b, 0x00);
    case Severity::Low:
        return QColor(0x1c, 0x62, 0xb8);
    case Severity::Info:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}

QIcon FindingsModel::severityIcon(Severity severity)
{
    // Four bars like a signal meter: critical fills four, high three, medium two, low one and
    // info none, so the level reads by shape as well as by colour.
    static std::array<QIcon, 5> cache;
    QIcon &slot = cache[std::size_t(severity)];
    if (!slot.isNull()) {
        return slot;
    }
    const int filled = 4 - int(severity);
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor c = severityColor(severity);
    for (int i = 0; i < 4; ++i) {
        const qreal height = 4 + 3 * i;
        const QRectF bar(1.5 + 3.5 * i, 15 - height, 2.5, height);
        if (i < filled) {
            p.setPen(Qt::NoPen);
            p.setBrush(c);
        } else {
            p.setPen(QPen(c, 1));
            p.setBrush(Qt::NoBrush);
        }
        p.drawRect(bar);
    }
    p.end();
    slot = QIcon(pm);
    return slot;
}

} // namespace dockscope
