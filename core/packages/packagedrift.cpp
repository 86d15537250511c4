#include "packagedrift.h"

#include <map>
#include <tuple>

namespace dockscope {

QString PackageChange::text() const
{
    switch (kind) {
    case Kind::Installed:
        return QStringLiteral("installed %1 %2").arg(name, after);
    case Kind::Removed:
        return QStringLiteral("removed %1 %2").arg(name, before);
    case Kind::Upgraded:
        break;
    }
    return QStringLiteral("changed %1 %2 -> %3").arg(name, before, after);
}

std::vector<PackageChange> PackageDrift::compare(const PackageInventory &image, const PackageInventory &container)
{
    using Key = std::tuple<QString, QString, QString>; // location, ecosystem, name
    std::map<Key, QStringList> before, after;
    for (const Package &p : image.packages) {
        before[{p.location, p.ecosystem, p.name}] << p.version;
    }
    for (const Package &p : container.packages) {
        after[{p.location, p.ecosystem, p.name}] << p.version;
    }
    std::vector<PackageChange> out;
    auto change = [&](PackageChange::Kind kind, const Key &k, const QString &from, const QString &to) {
        out.push_back({kind, std::get<1>(k), std::get<2>(k), from, to, std::get<0>(k)});
    };
    for (const auto &[k, versions] : after) {
        const auto it = before.find(k);
        if (it == before.end()) {
            change(PackageChange::Kind::Installed, k, {}, versions.join(u", "));
        } else if (it->second != versions) {
            change(PackageChange::Kind::Upgraded, k, it->second.join(u", "), versions.join(u", "));
        }
    }
    for (const auto &[k, versions] : before) {
        if (!after.contains(k)) {
            change(PackageChange::Kind::Removed, k, versions.join(u", "), {});
        }
    }
    std::sort(out.begin(), out.end(), [](const PackageChange &a, const PackageChange &b) {
        return std::tie(a.location, a.name, a.ecosystem) < std::tie(b.location, b.name, b.ecosystem);
    });
    return out;
}

} // namespace dockscope
