// Semantic Versioning 2.0.0 (npm, Go modules, the default).
#include "versioncompare.h"
#include "versiondigits.h"

#include <QByteArray>
#include <QList>

#include <algorithm>

namespace dockscope::VersionCompare {

using namespace detail;

namespace {

int compareIdentifiers(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        bool an = false;
        bool bn = false;
        a[i].toULongLong(&an);
        b[i].toULongLong(&bn);
        int c = 0;
        if (an && bn) {
            c = compareDigits(a[i].toLatin1(), b[i].toLatin1());
        } else if (an != bn) {
            c = an ? -1 : 1; // numeric identifiers have lower precedence
        } else {
            c = sign(a[i].compare(b[i]));
        }
        if (c) {
            return c;
        }
    }
    return sign(a.size() - b.size());
}

struct SemVer
{
    QStringList core;
    QStringList pre;
};

SemVer parseSemver(const QString &text)
{
    QString s = text.trimmed();
    if (s.startsWith(u'v') || s.startsWith(u'V')) {
        s.remove(0, 1);
    }
    s = s.section(u'+', 0, 0);
    SemVer v;
    qsizetype i = 0;
    QString number;
    // The dotted numeric core, then everything after the first non-numeric character.
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isDigit()) {
            number += c;
        } else if (c == u'.' && !number.isEmpty()) {
            v.core << number;
            number.clear();
        } else {
            break;
        }
        ++i;
    }
    if (!number.isEmpty()) {
        v.core << number;
    }
    while (v.core.size() < 3) {
        v.core << QStringLiteral("0");
    }
    QString rest = s.mid(i);
    if (rest.startsWith(u'-')) {
        rest.remove(0, 1);
    }
    if (!rest.isEmpty()) {
        v.pre = rest.split(u'.');
    }
    return v;
}

} // namespace

int semver(const QString &a, const QString &b)
{
    const SemVer x = parseSemver(a);
    const SemVer y = parseSemver(b);
    const qsizetype n = std::max(x.core.size(), y.core.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QByteArray xi = i < x.core.size() ? x.core[i].toLatin1() : QByteArray("0");
        const QByteArray yi = i < y.core.size() ? y.core[i].toLatin1() : QByteArray("0");
        if (const int c = compareDigits(xi, yi)) {
            return c;
        }
    }
    if (x.pre.isEmpty() != y.pre.isEmpty()) {
        return x.pre.isEmpty() ? 1 : -1; // a pre-release precedes its release
    }
    return compareIdentifiers(x.pre, y.pre);
}

} // namespace dockscope::VersionCompare
