#include "versioncompare.h"

// Each ordering lives in its own file: debianversion.cpp, apkversion.cpp, rpmversion.cpp,
// semverversion.cpp, pep440version.cpp, mavenversion.cpp.

namespace dockscope::VersionCompare {

int compare(const QString &ecosystem, const QString &a, const QString &b)
{
    if (ecosystem == u"deb") {
        return debian(a, b);
    }
    if (ecosystem == u"apk") {
        return apk(a, b);
    }
    if (ecosystem == u"rpm") {
        return rpm(a, b);
    }
    if (ecosystem == u"pypi") {
        return pep440(a, b);
    }
    if (ecosystem == u"maven") {
        return maven(a, b);
    }
    return semver(a, b);
}

} // namespace dockscope::VersionCompare
