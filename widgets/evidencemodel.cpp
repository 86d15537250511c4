#include "evidencemodel.h"

#include "roles.h"
#include "util/format.h"

#include <QApplication>
#include <QBrush>
#include <QFileInfo>
#include <QStyle>

namespace dockscope {

EvidenceModel::EvidenceModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void EvidenceModel::setAnalysis(const Analysis &analysis)
{
    beginResetModel();
    m_analysis = analysis;
    m_items.clear();
    m_top.clear();
    for (int e = 0; e < int(m_analysis.evidence.size()); ++e) {
        const int item = int(m_items.size());
        m_items.push_back({ItemKind::Evidence, e, -1, int(m_top.size()), {}});
        m_top.push_back(item);
        const QString &path = m_analysis.evidence[std::size_t(e)].path;
        for (int i = 0; i < int(m_analysis.images.size()); ++i) {
            if (m_analysis.images[std::size_t(i)].evidence == path) {
                const int child = int(m_items.size());
                m_items.push_back({ItemKind::Image, i, item, int(m_items[std::size_t(item)].children.size()), {}});
                m_items[std::size_t(item)].children.push_back(child);
            }
        }
        for (int c = 0; c < int(m_analysis.containers.size()); ++c) {
            if (m_analysis.containers[std::size_t(c)].evidenceFile == path) {
                const int child = int(m_items.size());
                m_items.push_back({ItemKind::Container, c, item, int(m_items[std::size_t(item)].children.size()), {}});
                m_items[std::size_t(item)].children.push_back(child);
            }
        }
    }
    endResetModel();
}

EvidenceModel::ItemKind EvidenceModel::kindOf(const QModelIndex &index) const
{
    return index.isValid() ? m_items[index.internalId()].kind : ItemKind::Evidence;
}

int EvidenceModel::itemIndex(const QModelIndex &index) const
{
    return index.isValid() ? m_items[index.internalId()].index : -1;
}

QModelIndex EvidenceModel::indexOfImage(int image) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i].kind == ItemKind::Image && m_items[i].index == image) {
            return createIndex(m_items[i].row, 0, quintptr(i));
        }
    }
    return {};
}

QModelIndex EvidenceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    const std::vector<int> &rows = parent.isValid() ? m_items[parent.internalId()].children : m_top;
    if (row >= int(rows.size())) {
        return {};
    }
    return createIndex(row, column, quintptr(rows[std::size_t(row)]));
}

QModelIndex EvidenceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int p = m_items[child.internalId()].parent;
    return p < 0 ? QModelIndex() : createIndex(m_items[std::size_t(p)].row, 0, quintptr(p));
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return parent.isValid() ? int(m_items[parent.internalId()].children.size()) : int(m_top.size());
}

int EvidenceModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int EvidenceModel::problemsOf(const QString &evidence, bool errorsOnly) const
{
    int n = 0;
    for (const Diagnostic &d : m_analysis.diagnostics) {
        if (d.evidence == evidence
            && (errorsOnly ? d.severity == Diagnostic::Severity::Error
                           : d.severity != Diagnostic::Severity::Info)) {
            ++n;
        }
    }
    for (const IntegrityCheck &c : m_analysis.integrity) {
        if (c.evidence == evidence && !c.ok && !errorsOnly) {
            ++n;
        }
    }
    for (const Image &i : m_analysis.images) {
        if (i.evidence == evidence) {
            for (const IntegrityCheck &c : i.integrity) {
                if (!c.ok && !errorsOnly) {
                    ++n;
                }
            }
        }
    }
    return n;
}

void EvidenceModel::setVerifications(const QHash<QString, CaseVerification> &verifications)
{
    m_verifications = verifications;
    if (!m_top.empty()) {
        Q_EMIT dataChanged(index(0, StateColumn), index(int(m_top.size()) - 1, StateColumn));
    }
}

const CaseVerification *EvidenceModel::verificationOf(const QString &path) const
{
    const auto it = m_verifications.constFind(QFileInfo(path).absoluteFilePath());
    return it == m_verifications.constEnd() ? nullptr : &it.value();
}

QVariant EvidenceModel::evidenceData(const EvidenceItem &e, int column, int role) const
{
    const int errors = problemsOf(e.path, true);
    const int problems = problemsOf(e.path, false);
    const CaseVerification *verification = verificationOf(e.path);
    const bool verifyFailed = verification && verification->result != CaseVerification::Result::Match;
    if (column == StateColumn && verifyFailed) {
        if (role == Qt::DisplayRole) {
            return tr("VERIFICATION FAILED: %1").arg(CaseVerification::resultName(verification->result));
        }
        if (role == Qt::ForegroundRole) {
            return QBrush(Qt::red);
        }
        if (role == Qt::DecorationRole) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return QFileInfo(e.path).fileName().isEmpty() ? e.path : QFileInfo(e.path).fileName();
        case KindColumn:
            return e.kind;
        case SizeColumn:
            return humanBytes(e.sizeBytes);
        case StateColumn:
            if (!e.readable) {
                return tr("unreadable");
            }
            if (problems > 0) {
                return tr("%n problem(s)", nullptr, problems);
            }
            return verification ? tr("verified %1").arg(verification->time) : tr("read, hashed at intake");
        case Sha256Column:
            return e.sha256;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && column == StateColumn) {
        const QStyle::StandardPixmap icon = !e.readable || errors > 0
            ? QStyle::SP_MessageBoxCritical
            : (problems > 0 ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton);
        return QApplication::style()->standardIcon(icon);
    }
    if (role == Qt::ToolTipRole) {
        QString tip = e.path + u'\n' + tr("Format: %1").arg(e.format);
        if (!e.sha256.isEmpty()) {
            tip += u'\n' + QStringLiteral("SHA-256 ") + e.sha256;
        }
        if (!e.platforms.isEmpty()) {
            tip += u'\n' + tr("Platforms: %1").arg(e.platforms.join(QStringLiteral(", ")));
        }
        if (!e.artifacts.isEmpty()) {
            tip += u'\n' + tr("%n artifact(s) listed, not analysed", nullptr, int(e.artifacts.size()));
        }
        int listed = 0;
        for (const Diagnostic &d : m_analysis.diagnostics) {
            if (d.evidence == e.path && d.severity == Diagnostic::Severity::Error && listed++ < 5) {
                tip += u'\n' + d.where + QStringLiteral(": ") + d.translatedMessage();
            }
        }
        return tip;
    }
    if (role == SortRole) {
        return column == SizeColumn ? QVariant(e.sizeBytes) : evidenceData(e, column, Qt::DisplayRole);
    }
    if (role == EvidenceRole) {
        return e.path;
    }
    return {};
}

QVariant EvidenceModel::imageData(const Image &image, int column, int role) const
{
    int verified = 0;
    bool integrityOk = true;
    for (const Layer &l : image.layers) {
        verified += l.verified ? 1 : 0;
    }
    for (const IntegrityCheck &c : image.integrity) {
        integrityOk = integrityOk && c.ok;
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            if (image.kind == u"container-export") {
                return tr("container file system");
            }
            return image.repoTags.isEmpty() ? tr("<untagged> %1").arg(image.id.mid(7, 12))
                                            : image.repoTags.join(QStringLiteral(", "));
        case KindColumn:
            return image.kind == u"container-export" ? tr("export") : tr("image");
        case SizeColumn:
            return humanBytes(image.efficiency.sizeBytes);
        case StateColumn:
            if (image.kind == u"container-export") {
                return tr("nothing to verify against");
            }
            return tr("%1 of %2 layers verified").arg(verified).arg(image.layers.size());
        case Sha256Column:
            return image.id;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && column == StateColumn && image.kind != u"container-export") {
        const bool all = verified == int(image.layers.size()) && integrityOk;
        return QApplication::style()->standardIcon(all ? QStyle::SP_DialogApplyButton
                                                       : QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::ToolTipRole) {
        return tr("Image %1\nPlatform %2\nCreated %3")
            .arg(image.id.isEmpty() ? tr("(no config)") : image.id, image.platform, image.config.created);
    }
    if (role == ImageIdRole) {
        return image.id;
    }
    if (role == EvidenceRole) {
        return image.evidence;
    }
    if (role == SortRole) {
        return column == SizeColumn ? QVariant(image.efficiency.sizeBytes)
                                    : imageData(image, column, Qt::DisplayRole);
    }
    return {};
}

QVariant EvidenceModel::containerData(const Container &c, int column, int role) const
{
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case NameColumn:
            return c.name.isEmpty() ? c.id.left(12) : c.name;
        case KindColumn:
            return tr("container");
        case StateColumn:
            return c.running ? tr("running") : tr("stopped");
        case Sha256Column:
            return c.id;
        default:
            return {};
        }
    }
    if (role == EvidenceRole) {
        return c.evidenceFile;
    }
    return {};
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Item &item = m_items[index.internalId()];
    switch (item.kind) {
    case ItemKind::Evidence:
        return evidenceData(m_analysis.evidence[std::size_t(item.index)], index.column(), role);
    case ItemKind::Image:
        return imageData(m_analysis.images[std::size_t(item.index)], index.column(), role);
    case ItemKind::Container:
        return containerData(m_analysis.containers[std::size_t(item.index)], index.column(), role);
    }
    return {};
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Evidence");
    case KindColumn:
        return tr("Kind");
    case SizeColumn:
        return tr("Size");
    case StateColumn:
        return tr("Verification");
    case Sha256Column:
        return tr("SHA-256");
    default:
        return {};
    }
}

} // namespace dockscope
