// apk: apk-tools src/version.c.
#include "versioncompare.h"
#include "versiondigits.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <utility>
#include <cstring>
#include <cctype>

namespace dockscope::VersionCompare {

using namespace detail;

namespace {

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

} // namespace

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

} // namespace dockscope::VersionCompare
