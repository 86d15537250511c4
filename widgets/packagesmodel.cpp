#include "packagesmodel.h"

#include "roles.h"

#include <map>
#include <set>
#include <tuple>

namespace dockscope {

PackagesModel::PackagesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PackagesModel::setAnalysis(const Analysis &analysis)
{
    beginResetModel();
    m_rows.clear();
    std::map<std::tuple<QString, QString, QString>, int> counts; // image, name, version
    for (const Vulnerability &v : analysis.vulnerabilities) {
        ++counts[{v.image, v.packageName, v.installedVersion}];
    }
    std::set<QString> seen;
    for (const Image &image : analysis.images) {
        // A container's file system repeats its image's packages; its drift is in the findings.
        if (image.kind == u"container" || (!image.id.isEmpty() && !seen.insert(image.id).second)) {
            continue;
        }
        const QString name = image.repoTags.isEmpty() ? image.id.mid(7, 12) : image.repoTags.front();
        for (const Package &p : image.packages.packages) {
            const auto it = counts.find({image.id, p.name, p.version});
            m_rows.push_back({p, image.id, name.isEmpty() ? image.evidence : name, it == counts.end() ? 0 : it->second});
        }
    }
    endResetModel();
}

const Package *PackagesModel::package(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size())) {
        return nullptr;
    }
    return &m_rows[std::size_t(index.row())].package;
}

int PackagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PackagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackagesModel::displayData(const Row &row, int column) const
{
    const Package &p = row.package;
    switch (column) {
    case NameColumn: return p.name;
    case VersionColumn: return p.version;
    case EcosystemColumn: return p.ecosystem;
    case ImageColumn: return row.imageName;
    case LayerColumn: return p.layerIndex >= 0 ? QString::number(p.layerIndex) : tr("container");
    case LocationColumn: return p.location;
    case VulnerabilitiesColumn: return row.vulnerabilities;
    default: return {};
    }
}

QVariant PackagesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        if (index.column() == LayerColumn) {
            return row.package.layerIndex;
        }
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return tr("%1 %2\npurl: %3\nsource: %4 %5\nread from: %6\nlayer diff id: %7")
            .arg(row.package.name, row.package.version, row.package.purl, row.package.sourceName,
                 row.package.sourceVersion, row.package.location, row.package.layerDiffId);
    case Qt::TextAlignmentRole:
        if (index.column() == LayerColumn || index.column() == VulnerabilitiesColumn) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case LayerRole:
        return row.package.layerIndex;
    case ImageIdRole:
        return row.imageId;
    case PathRole:
        return QString(u'/' + row.package.location);
    default:
        return {};
    }
}

QVariant PackagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn: return tr("Package");
    case VersionColumn: return tr("Version");
    case EcosystemColumn: return tr("Type");
    case ImageColumn: return tr("Image");
    case LayerColumn: return tr("Layer");
    case LocationColumn: return tr("Read from");
    case VulnerabilitiesColumn: return tr("Vulnerabilities");
    default: return {};
    }
}

} // namespace dockscope
