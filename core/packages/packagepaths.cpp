#include "packagepaths.h"

#include "archive/filekind.h"

namespace dockscope {

namespace {

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

std::string_view parentName(std::string_view path)
{
    const auto slash = path.rfind('/');
    if (slash == std::string_view::npos) {
        return {};
    }
    const std::string_view dir = path.substr(0, slash);
    const auto up = dir.rfind('/');
    return up == std::string_view::npos ? dir : dir.substr(up + 1);
}

bool isRpmDir(std::string_view path)
{
    return startsWith(path, "var/lib/rpm/") || startsWith(path, "usr/lib/sysimage/rpm/");
}

// node_modules/<name>/package.json or node_modules/@scope/<name>/package.json.
bool isNpmManifest(std::string_view path)
{
    if (!endsWith(path, "/package.json")) {
        return false;
    }
    const std::string_view dir = path.substr(0, path.size() - 13);
    const auto nm = dir.rfind("node_modules/");
    if (nm == std::string_view::npos || (nm > 0 && dir[nm - 1] != '/')) {
        return false;
    }
    const std::string_view rest = dir.substr(nm + 13);
    const auto slash = rest.find('/');
    if (slash == std::string_view::npos) {
        return !rest.empty() && rest.front() != '@' && rest.front() != '.';
    }
    return rest.front() == '@' && rest.find('/', slash + 1) == std::string_view::npos;
}

} // namespace

std::optional<PackageFile> PackagePaths::classify(std::string_view path, const LayerEntry &e)
{
    if (path == "etc/os-release") {
        return PackageFile::OsRelease;
    }
    if (path == "usr/lib/os-release") {
        return PackageFile::UsrOsRelease;
    }
    if (path == "var/lib/dpkg/status") {
        return PackageFile::DpkgStatus;
    }
    if (path == "var/lib/dpkg/diversions") {
        return PackageFile::DpkgDiversions;
    }
    if (startsWith(path, "var/lib/dpkg/status.d/") && path.find('/', 23) == std::string_view::npos) {
        return endsWith(path, ".md5sums") ? PackageFile::DpkgMd5sums : PackageFile::DpkgStatusD;
    }
    if (startsWith(path, "var/lib/dpkg/info/") && path.find('/', 18) == std::string_view::npos) {
        if (endsWith(path, ".list")) {
            return PackageFile::DpkgList;
        }
        if (endsWith(path, ".md5sums")) {
            return PackageFile::DpkgMd5sums;
        }
        return std::nullopt;
    }
    if (path == "lib/apk/db/installed") {
        return PackageFile::ApkInstalled;
    }
    if (isRpmDir(path)) {
        if (endsWith(path, "/rpmdb.sqlite")) {
            return PackageFile::RpmSqlite;
        }
        if (endsWith(path, "/Packages")) {
            return PackageFile::RpmBerkeley;
        }
        if (endsWith(path, "/Packages.db")) {
            return PackageFile::RpmNdb;
        }
    }
    if ((endsWith(path, "/METADATA") && endsWith(parentName(path), ".dist-info"))
        || (endsWith(path, "/PKG-INFO") && endsWith(parentName(path), ".egg-info"))) {
        return PackageFile::Python;
    }
    if (isNpmManifest(path)) {
        return PackageFile::Npm;
    }
    if (endsWith(path, ".jar") || endsWith(path, ".war") || endsWith(path, ".ear")) {
        return PackageFile::Java;
    }
    const bool executable = (e.mode & 0111) != 0;
    const auto kind = FileKind(e.fileKind);
    if (executable && ((kind == FileKind::Elf && !(e.elfFlags & ElfShared))
                       || (kind == FileKind::Unknown && e.size >= (1 << 20)))
        && path.find(".so") == std::string_view::npos) {
        return PackageFile::GoElf;
    }
    return std::nullopt;
}

bool PackagePaths::isDatabase(PackageFile k)
{
    return k == PackageFile::DpkgStatus || k == PackageFile::ApkInstalled || k == PackageFile::RpmSqlite;
}

} // namespace dockscope
