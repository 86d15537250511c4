// Maven: ComparableVersion, simplified.
#include "versioncompare.h"
#include "versiondigits.h"

#include <QByteArray>
#include <QList>

#include <algorithm>

namespace dockscope::VersionCompare {

using namespace detail;

namespace {

// Rank of a Maven qualifier; release ("", "ga", "final") is 5.
int mavenQualifier(const QString &q, QString *unknown)
{
    static const QStringList known = {QStringLiteral("alpha"), QStringLiteral("beta"),
                                      QStringLiteral("milestone"), QStringLiteral("rc"),
                                      QStringLiteral("snapshot"), QString(), QStringLiteral("sp")};
    QString s = q.toLower();
    if (s == u"a") {
        s = QStringLiteral("alpha");
    } else if (s == u"b") {
        s = QStringLiteral("beta");
    } else if (s == u"m") {
        s = QStringLiteral("milestone");
    } else if (s == u"cr") {
        s = QStringLiteral("rc");
    } else if (s == u"ga" || s == u"final" || s == u"release") {
        s.clear();
    }
    const qsizetype i = known.indexOf(s);
    if (i >= 0) {
        return int(i);
    }
    *unknown = s;
    return int(known.size());
}

QStringList mavenItems(const QString &text)
{
    QStringList items;
    QString current;
    auto flush = [&] {
        items << current;
        current.clear();
    };
    for (const QChar c : text.trimmed()) {
        if (c == u'.' || c == u'-' || c == u'_') {
            flush();
        } else if (!current.isEmpty() && current.back().isDigit() != c.isDigit()) {
            flush();
            current += c;
        } else {
            current += c;
        }
    }
    flush();
    return items;
}

} // namespace

int maven(const QString &a, const QString &b)
{
    const QStringList x = mavenItems(a);
    const QStringList y = mavenItems(b);
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i) {
        const QString xi = x.value(i);
        const QString yi = y.value(i);
        const bool xn = !xi.isEmpty() && xi.front().isDigit();
        const bool yn = !yi.isEmpty() && yi.front().isDigit();
        int c = 0;
        if (xn || yn) {
            if ((xn || xi.isEmpty()) && (yn || yi.isEmpty())) {
                // Numbers, a missing one counting as 0: 1 == 1.0 < 1.0.1.
                c = compareDigits(xn ? xi.toLatin1() : QByteArray("0"),
                                  yn ? yi.toLatin1() : QByteArray("0"));
            } else {
                c = xn ? 1 : -1; // a number beats a qualifier: 1.0.1 > 1.0-sp1
            }
        } else if (xi.isEmpty() || yi.isEmpty()) {
            // A missing item is the release: 1.0-rc1 < 1.0 < 1.0-sp1.
            QString unknown;
            const int rank = mavenQualifier(xi.isEmpty() ? yi : xi, &unknown);
            c = rank == 5 ? 0 : ((rank < 5) == xi.isEmpty() ? 1 : -1);
        } else {
            QString ux;
            QString uy;
            const int rx = mavenQualifier(xi, &ux);
            const int ry = mavenQualifier(yi, &uy);
            c = rx != ry ? (rx < ry ? -1 : 1) : sign(ux.compare(uy));
        }
        if (c) {
            return c;
        }
    }
    return 0;
}

} // namespace dockscope::VersionCompare
