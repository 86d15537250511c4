// Debian: deb-version(7), dpkg lib/dpkg/version.c.
#include "versioncompare.h"
#include "versiondigits.h"

#include <QByteArray>

namespace dockscope::VersionCompare {

using namespace detail;

namespace {

int debOrder(char c)
{
    if (isDigit(c)) {
        return 0;
    }
    if (isAlpha(c)) {
        return static_cast<unsigned char>(c);
    }
    if (c == '~') {
        return -1;
    }
    if (c) {
        return static_cast<unsigned char>(c) + 256;
    }
    return 0;
}

// dpkg lib/dpkg/version.c verrevcmp().
int verrevcmp(const QByteArray &aa, const QByteArray &bb)
{
    const char *a = aa.constData();
    const char *b = bb.constData();
    while (*a || *b) {
        while ((*a && !isDigit(*a)) || (*b && !isDigit(*b))) {
            const int ac = debOrder(*a);
            const int bc = debOrder(*b);
            if (ac != bc) {
                return sign(ac - bc);
            }
            if (*a) {
                ++a;
            }
            if (*b) {
                ++b;
            }
        }
        const char *as = a;
        const char *bs = b;
        while (isDigit(*a)) {
            ++a;
        }
        while (isDigit(*b)) {
            ++b;
        }
        if (const int c = compareDigits(QByteArrayView(as, a - as), QByteArrayView(bs, b - bs))) {
            return c;
        }
    }
    return 0;
}

struct DebVersion
{
    qint64 epoch = 0;
    QByteArray upstream;
    QByteArray revision;
};

DebVersion parseDeb(const QString &text)
{
    DebVersion v;
    QByteArray s = text.trimmed().toUtf8();
    const qsizetype colon = s.indexOf(':');
    if (colon >= 0) {
        bool ok = false;
        v.epoch = s.left(colon).toLongLong(&ok);
        if (!ok) {
            v.epoch = 0;
        }
        s = s.mid(colon + 1);
    }
    const qsizetype dash = s.lastIndexOf('-');
    if (dash >= 0) {
        v.revision = s.mid(dash + 1);
        s.truncate(dash);
    }
    v.upstream = s;
    return v;
}

} // namespace

int debian(const QString &a, const QString &b)
{
    const DebVersion x = parseDeb(a);
    const DebVersion y = parseDeb(b);
    if (x.epoch != y.epoch) {
        return x.epoch < y.epoch ? -1 : 1;
    }
    if (const int c = verrevcmp(x.upstream, y.upstream)) {
        return c;
    }
    return verrevcmp(x.revision, y.revision);
}

} // namespace dockscope::VersionCompare
