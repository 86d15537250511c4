#include "versioncompare.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <cstring>

namespace dockscope::VersionCompare {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }
int sign(qint64 v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

// Compares two runs of decimal digits numerically, of any length.
int compareDigits(QByteArrayView a, QByteArrayView b)
{
    while (!a.isEmpty() && a.front() == '0') {
        a = a.sliced(1);
    }
    while (!b.isEmpty() && b.front() == '0') {
        b = b.sliced(1);
    }
    if (a.size() != b.size()) {
        return a.size() < b.size() ? -1 : 1;
    }
    return sign(std::memcmp(a.data(), b.data(), size_t(a.size())));
}

// ---- Debian -------------------------------------------------------------------------------

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

// ---- apk ----------------------------------------------------------------------------------

// apk-tools src/version.c: digit{.digit}...{letter}{_suf{#}}...{~hash}{-r#}. The token order is
// the semantics: a version that goes on where the other ends is greater, unless it goes on
// with a pre-release suffix.
enum ApkToken {
    TokenInitialDigit,
    TokenDigit,
    TokenLetter,
    TokenSuffix,
    TokenSuffixNo,
    TokenCommitHash,
    TokenRevisionNo,
    TokenEnd,
    TokenInvalid,
};

enum ApkSuffix { SuffixInvalid, SuffixAlpha, SuffixBeta, SuffixPre, SuffixRc, SuffixNone,
                 SuffixCvs, SuffixSvn, SuffixGit, SuffixHg, SuffixP };

struct ApkState
{
    int token = TokenInitialDigit;
    int suffix = SuffixInvalid;
    quint64 number = 0;
    QByteArrayView value;
};

int apkSuffixValue(QByteArrayView s)
{
    static const std::array<std::pair<const char *, int>, 9> table = {{
        {"alpha", SuffixAlpha}, {"beta", SuffixBeta}, {"pre", SuffixPre}, {"rc", SuffixRc},
        {"cvs", SuffixCvs}, {"svn", SuffixSvn}, {"git", SuffixGit}, {"hg", SuffixHg}, {"p", SuffixP}}};
    for (const auto &[name, value] : table) {
        if (s == QByteArrayView(name)) {
            return value;
        }
    }
    return SuffixInvalid;
}

void apkParseDigits(ApkState &t, QByteArrayView &b)
{
    qsizetype i = 0;
    quint64 n = 0;
    while (i < b.size() && isDigit(b[i])) {
        n = std::min<quint64>(n * 10 + quint64(b[i] - '0'), quint64(1) << 62);
        ++i;
    }
    t.number = n;
    t.value = b.first(i);
    b = b.sliced(i);
    if (t.value.isEmpty()) {
        t.token = TokenInvalid;
    }
}

void apkFirst(ApkState &t, QByteArrayView &b)
{
    t.token = TokenInitialDigit;
    apkParseDigits(t, b);
}

qsizetype apkSpan(QByteArrayView b, bool (*accept)(char))
{
    qsizetype i = 0;
    while (i < b.size() && accept(b[i])) {
        ++i;
    }
    return i;
}

void apkNext(ApkState &t, QByteArrayView &b)
{
    if (b.isEmpty()) {
        t.token = TokenEnd;
        return;
    }
    const char c = b[0];
    if (isLower(c)) {
        if (t.token > TokenDigit) {
            t.token = TokenInvalid;
            return;
        }
        t.value = b.first(1);
        t.token = TokenLetter;
        b = b.sliced(1);
    } else if (c == '.' || isDigit(c)) {
        if (c == '.') {
            if (t.token > TokenDigit) {
                t.token = TokenInvalid;
                return;
            }
            b = b.sliced(1);
        }
        if (t.token == TokenInitialDigit || t.token == TokenDigit) {
            t.token = TokenDigit;
        } else if (t.token == TokenSuffix) {
            t.token = TokenSuffixNo;
        } else {
            t.token = TokenInvalid;
            return;
        }
        apkParseDigits(t, b);
    } else if (c == '_') {
        if (t.token > TokenSuffixNo) {
            t.token = TokenInvalid;
            return;
        }
        b = b.sliced(1);
        const qsizetype n = apkSpan(b, isLower);
        t.value = b.first(n);
        b = b.sliced(n);
        t.suffix = apkSuffixValue(t.value);
        t.token = t.suffix == SuffixInvalid ? TokenInvalid : TokenSuffix;
    } else if (c == '~') {
        if (t.token >= TokenCommitHash) {
            t.token = TokenInvalid;
            return;
        }
        b = b.sliced(1);
        const qsizetype n = apkSpan(b, [](char x) { return std::isxdigit(static_cast<unsigned char>(x)) != 0; });
        t.value = b.first(n);
        b = b.sliced(n);
        t.token = n == 0 ? TokenInvalid : TokenCommitHash;
    } else if (c == '-') {
        if (t.token >= TokenRevisionNo || !b.startsWith("-r")) {
            t.token = TokenInvalid;
            return;
        }
        b = b.sliced(2);
        t.token = TokenRevisionNo;
        apkParseDigits(t, b);
    } else {
        t.token = TokenInvalid;
    }
}

// apk_blob_sort: bytes first, then the shorter one.
int apkBlobSort(QByteArrayView a, QByteArrayView b)
{
    if (const int s = std::memcmp(a.data(), b.data(), size_t(std::min(a.size(), b.size())))) {
        return sign(s);
    }
    return sign(a.size() - b.size());
}

int apkTokenCompare(const ApkState &a, const ApkState &b)
{
    quint64 x = 0;
    quint64 y = 0;
    switch (a.token) {
    case TokenDigit:
        // A leading zero on either side: compared as strings, like Gentoo's spec ("1.01" < "1.1").
        if (a.value.startsWith('0') || b.value.startsWith('0')) {
            return apkBlobSort(a.value, b.value);
        }
        [[fallthrough]];
    case TokenInitialDigit:
    case TokenSuffixNo:
    case TokenRevisionNo:
        x = a.number;
        y = b.number;
        break;
    case TokenLetter:
        x = quint64(static_cast<unsigned char>(a.value[0]));
        y = quint64(static_cast<unsigned char>(b.value[0]));
        break;
    case TokenSuffix:
        x = quint64(a.suffix);
        y = quint64(b.suffix);
        break;
    default:
        return apkBlobSort(a.value, b.value);
    }
    return x < y ? -1 : (x > y ? 1 : 0);
}

// ---- rpm ----------------------------------------------------------------------------------

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

// ---- semver -------------------------------------------------------------------------------

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

// ---- PEP 440 ------------------------------------------------------------------------------

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

// ---- Maven --------------------------------------------------------------------------------

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

int apk(const QString &a, const QString &b)
{
    const QByteArray aa = a.trimmed().toUtf8();
    const QByteArray bb = b.trimmed().toUtf8();
    QByteArrayView x(aa);
    QByteArrayView y(bb);
    ApkState ta;
    ApkState tb;
    for (apkFirst(ta, x), apkFirst(tb, y); ta.token == tb.token && ta.token < TokenEnd;
         apkNext(ta, x), apkNext(tb, y)) {
        if (const int c = apkTokenCompare(ta, tb)) {
            return c;
        }
    }
    if (ta.token == tb.token) {
        return 0;
    }
    if (ta.token == TokenSuffix && ta.suffix < SuffixNone) {
        return -1;
    }
    if (tb.token == TokenSuffix && tb.suffix < SuffixNone) {
        return 1;
    }
    return ta.token > tb.token ? -1 : (tb.token > ta.token ? 1 : 0);
}

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
