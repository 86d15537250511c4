// rpm: rpmio/rpmvercmp.c and [epoch:]version[-release].
#include "versioncompare.h"
#include "versiondigits.h"

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace dockscope::VersionCompare {

using namespace detail;

namespace {

// rpm rpmio/rpmvercmp.c rpmvercmp().
int rpmvercmp(const QByteArray &aa, const QByteArray &bb)
{
    if (aa == bb) {
        return 0;
    }
    const char *one = aa.constData();
    const char *two = bb.constData();
    auto separator = [](char c) { return c && !isDigit(c) && !isAlpha(c) && c != '~' && c != '^'; };
    while (*one || *two) {
        while (separator(*one)) {
            ++one;
        }
        while (separator(*two)) {
            ++two;
        }
        if (*one == '~' || *two == '~') {
            if (*one != '~') {
                return 1;
            }
            if (*two != '~') {
                return -1;
            }
            ++one;
            ++two;
            continue;
        }
        if (*one == '^' || *two == '^') {
            if (!*one) {
                return -1;
            }
            if (!*two) {
                return 1;
            }
            if (*one != '^') {
                return 1;
            }
            if (*two != '^') {
                return -1;
            }
            ++one;
            ++two;
            continue;
        }
        if (!(*one && *two)) {
            break;
        }
        const char *p = one;
        const char *q = two;
        const bool numeric = isDigit(*p);
        if (numeric) {
            while (isDigit(*p)) {
                ++p;
            }
            while (isDigit(*q)) {
                ++q;
            }
        } else {
            while (isAlpha(*p)) {
                ++p;
            }
            while (isAlpha(*q)) {
                ++q;
            }
        }
        if (two == q) {
            return numeric ? 1 : -1; // numeric segments beat alphabetic ones
        }
        const QByteArrayView x(one, p - one);
        const QByteArrayView y(two, q - two);
        int rc = 0;
        if (numeric) {
            rc = compareDigits(x, y);
        } else {
            rc = sign(std::memcmp(x.data(), y.data(), size_t(std::min(x.size(), y.size()))));
            if (!rc && x.size() != y.size()) {
                rc = x.size() < y.size() ? -1 : 1;
            }
        }
        if (rc) {
            return rc;
        }
        one = p;
        two = q;
    }
    if (!*one && !*two) {
        return 0;
    }
    return *one ? 1 : -1;
}

struct Evr
{
    QByteArray epoch;
    QByteArray version;
    QByteArray release;
};

Evr parseEvr(const QString &text)
{
    Evr e;
    QByteArray s = text.trimmed().toUtf8();
    const qsizetype colon = s.indexOf(':');
    if (colon >= 0) {
        e.epoch = s.left(colon);
        s = s.mid(colon + 1);
    }
    if (e.epoch.isEmpty()) {
        e.epoch = "0";
    }
    const qsizetype dash = s.lastIndexOf('-');
    if (dash >= 0) {
        e.release = s.mid(dash + 1);
        s.truncate(dash);
    }
    e.version = s;
    return e;
}

} // namespace

int rpm(const QString &a, const QString &b)
{
    const Evr x = parseEvr(a);
    const Evr y = parseEvr(b);
    if (const int c = rpmvercmp(x.epoch, y.epoch)) {
        return c;
    }
    if (const int c = rpmvercmp(x.version, y.version)) {
        return c;
    }
    // A missing release matches any release, as rpm does when a range names no release.
    if (x.release.isEmpty() || y.release.isEmpty()) {
        return 0;
    }
    return rpmvercmp(x.release, y.release);
}

} // namespace dockscope::VersionCompare
