// Python: PEP 440.
#include "versioncompare.h"
#include "versiondigits.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace dockscope::VersionCompare {

using namespace detail;

namespace {

struct Pep440
{
    qint64 epoch = 0;
    QList<qint64> release;
    // pre: (phase, number); phase -2: dev-only release, -1 a, 0 b, 1 rc, 2 none
    int prePhase = 2;
    qint64 preNumber = 0;
    qint64 post = -1; // -1: none
    qint64 dev = std::numeric_limits<qint64>::max(); // max: none
    QStringList local;
    bool valid = false;
};

Pep440 parsePep440(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
                       "(?:[-_.]?(a|alpha|b|beta|rc|c|pre|preview)[-_.]?(\\d*))?"
                       "(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d*))?"
                       "(?:[-_.]?(dev)[-_.]?(\\d*))?"
                       "(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    Pep440 v;
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        return v;
    }
    v.valid = true;
    v.epoch = m.captured(1).toLongLong();
    for (const QString &part : m.captured(2).split(u'.')) {
        v.release << part.toLongLong();
    }
    while (v.release.size() > 1 && v.release.last() == 0) {
        v.release.removeLast();
    }
    const QString pre = m.captured(3).toLower();
    if (!pre.isEmpty()) {
        v.prePhase = pre.startsWith(u'a') ? -1 : (pre.startsWith(u'b') ? 0 : 1);
        v.preNumber = m.captured(4).toLongLong();
    }
    if (!m.captured(5).isEmpty()) {
        v.post = m.captured(5).toLongLong();
    } else if (!m.captured(6).isEmpty()) {
        v.post = m.captured(7).toLongLong();
    }
    if (!m.captured(8).isEmpty()) {
        v.dev = m.captured(9).toLongLong();
        if (pre.isEmpty() && v.post < 0) {
            v.prePhase = -2; // 1.0.dev1 sorts before 1.0a1
        }
    }
    if (!m.captured(10).isEmpty()) {
        v.local = m.captured(10).toLower().split(QRegularExpression(QStringLiteral("[-_.]")));
    }
    return v;
}

} // namespace

int pep440(const QString &a, const QString &b)
{
    const Pep440 x = parsePep440(a);
    const Pep440 y = parsePep440(b);
    if (!x.valid || !y.valid) {
        return semver(a, b); // not PEP 440: the best a lenient ordering can do
    }
    if (x.epoch != y.epoch) {
        return x.epoch < y.epoch ? -1 : 1;
    }
    for (qsizetype i = 0; i < std::max(x.release.size(), y.release.size()); ++i) {
        const qint64 xi = x.release.value(i, 0);
        const qint64 yi = y.release.value(i, 0);
        if (xi != yi) {
            return xi < yi ? -1 : 1;
        }
    }
    if (x.prePhase != y.prePhase) {
        return x.prePhase < y.prePhase ? -1 : 1;
    }
    if (x.preNumber != y.preNumber) {
        return x.preNumber < y.preNumber ? -1 : 1;
    }
    if (x.post != y.post) {
        return x.post < y.post ? -1 : 1;
    }
    if (x.dev != y.dev) {
        return x.dev < y.dev ? -1 : 1;
    }
    // Local labels: numeric segments sort after alphanumeric ones (1.0+abc.7 < 1.0+5).
    for (qsizetype i = 0; i < std::min(x.local.size(), y.local.size()); ++i) {
        bool xn = false;
        bool yn = false;
        x.local[i].toULongLong(&xn);
        y.local[i].toULongLong(&yn);
        const int c = xn && yn ? compareDigits(x.local[i].toLatin1(), y.local[i].toLatin1())
            : xn != yn         ? (xn ? 1 : -1)
                               : sign(x.local[i].compare(y.local[i]));
        if (c) {
            return c;
        }
    }
    return sign(x.local.size() - y.local.size());
}

} // namespace dockscope::VersionCompare
