// Version ordering of each ecosystem, from the specifications' own examples: deb-version(7) and
// dpkg's t-version tests, apk-tools src/version.c (the tokenizer of apk-tools 2.14/3), rpm's rpmvercmp tests, SemVer 2.0.0 §11,
// PEP 440's ordering example and Maven's ComparableVersion documentation.

#include "vulns/versioncompare.h"

#include <QTest>

#include <functional>

using namespace dockscope;
using namespace Qt::Literals::StringLiterals;

namespace {

using Compare = std::function<int(const QString &, const QString &)>;

Compare comparer(const QString &scheme)
{
    return [scheme](const QString &a, const QString &b) {
        if (scheme == u"semver") {
            return VersionCompare::semver(a, b);
        }
        return VersionCompare::compare(scheme, a, b);
    };
}

int sign(int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

// Chains in ascending order; each element is also checked against every other (transitivity)
// and in both directions (antisymmetry).
QList<std::pair<QString, QStringList>> orderedChains()
{
    return {
        {QStringLiteral("deb"),
         {u"1.0~~"_s, u"1.0~~a"_s, u"1.0~"_s, u"1.0"_s, u"1.0a"_s, u"1.0+"_s, u"1.0."_s, u"1.0.1"_s, u"1.2"_s, u"1.10"_s,
          u"1.10-1~bpo1"_s, u"1.10-1"_s, u"1.10-1+b1"_s, u"1.10-2"_s, u"1:0.1"_s, u"1:0.1-1"_s, u"2:0"_s}},
        {QStringLiteral("apk"),
         {u"1.0_alpha"_s, u"1.0_alpha2"_s, u"1.0_beta"_s, u"1.0_pre"_s, u"1.0_rc"_s, u"1.0_rc1"_s, u"1.0_rc9"_s,
          u"1.0_rc10"_s, u"1.0"_s, u"1.0-r1"_s, u"1.0-r9"_s, u"1.0-r10"_s, u"1.0_cvs"_s, u"1.0_svn"_s, u"1.0_git"_s,
          u"1.0_hg"_s, u"1.0_p"_s, u"1.0_p1"_s, u"1.0a"_s, u"1.0b"_s, u"1.0.1"_s, u"1.01.1"_s, u"1.1"_s, u"1.31.1-r9"_s}},
        {QStringLiteral("rpm"),
         {u"1.0~rc1~git123"_s, u"1.0~rc1"_s, u"1.0~rc1^git1"_s, u"1.0~rc2"_s, u"1.0"_s, u"1.0^"_s, u"1.0^git1~pre"_s,
          u"1.0^git1"_s, u"1.0.1"_s, u"1.1"_s, u"1.01a"_s, u"5.5p1"_s, u"5.5p2"_s, u"5.5p10"_s, u"5.6p1"_s, u"6.0"_s,
          u"6.0.rc1"_s, u"10a1"_s, u"10a2"_s, u"10b2"_s, u"20101121"_s, u"1:0.1"_s}},
        {QStringLiteral("semver"),
         {u"1.0.0-alpha"_s, u"1.0.0-alpha.1"_s, u"1.0.0-alpha.beta"_s, u"1.0.0-beta"_s, u"1.0.0-beta.2"_s,
          u"1.0.0-beta.11"_s, u"1.0.0-rc.1"_s, u"1.0.0"_s, u"1.0.1"_s, u"1.9.0"_s, u"1.10.0"_s, u"2.0.0"_s}},
        {QStringLiteral("pypi"),
         {u"1.dev0"_s, u"1.0.dev456"_s, u"1.0a1"_s, u"1.0a2.dev456"_s, u"1.0a12.dev456"_s, u"1.0a12"_s,
          u"1.0b1.dev456"_s, u"1.0b2"_s, u"1.0b2.post345.dev456"_s, u"1.0b2.post345"_s, u"1.0rc1.dev456"_s,
          u"1.0rc1"_s, u"1.0"_s, u"1.0+abc.5"_s, u"1.0+abc.7"_s, u"1.0+5"_s, u"1.0.post456.dev34"_s, u"1.0.post456"_s,
          u"1.0.15"_s, u"1.1.dev1"_s, u"1!0.1"_s}},
        {QStringLiteral("maven"),
         {u"1.0-alpha-1"_s, u"1.0-beta"_s, u"1.0-milestone-1"_s, u"1.0-rc1"_s, u"1.0-SNAPSHOT"_s, u"1.0"_s,
          u"1.0-sp1"_s, u"1.0.1"_s, u"2.14.1"_s, u"2.17.0"_s}},
    };
}

} // namespace

class TestVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pairs_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        auto row = [](const char *name, const char *scheme, const char *a, const char *b, int e) {
            QTest::newRow(name) << QString::fromLatin1(scheme) << QString::fromLatin1(a)
                                << QString::fromLatin1(b) << e;
        };
        // deb-version(7): epoch, upstream, revision; dpkg t-version.c.
        row("deb equal", "deb", "1.0-test", "0:1.0-test", 0);
        row("deb revision", "deb", "0:1.0-test", "0:1.0-best", 1);
        row("deb upstream", "deb", "0:1.0-test", "0:1.1-test", -1);
        row("deb epoch wins", "deb", "1:0.1-1", "0:1.0-1", 1);
        row("deb missing epoch is 0", "deb", "0:2.7.4", "2.7.4", 0);
        row("deb tilde before end", "deb", "1.0-1~", "1.0-1", -1);
        row("deb tilde rc", "deb", "2.0~rc1-1", "2.0-1", -1);
        row("deb numeric not lexical", "deb", "1.9", "1.10", -1);
        row("deb leading zeros", "deb", "1.002", "1.2", 0);
        row("deb no revision is 0", "deb", "1.0", "1.0-0", 0);
        row("deb no revision below 1", "deb", "1.0", "1.0-1", -1);
        row("deb letters before non-letters", "deb", "1.0a", "1.0+", -1);
        row("deb security update", "deb", "2.36-9+deb12u3", "2.36-9+deb12u4", -1);
        row("deb binNMU", "deb", "5.2.15-2", "5.2.15-2+b2", -1);
        row("deb colon in upstream", "deb", "1:1.2:3-1", "1:1.2:4-1", -1);
        // apk-tools version.c
        row("apk revision", "apk", "1.31.1-r9", "1.31.1-r10", -1);
        row("apk revision over none", "apk", "1.1.24-r2", "1.1.24", 1);
        row("apk fix", "apk", "1.1.24-r2", "1.1.24-r3", -1);
        row("apk next upstream", "apk", "1.2.11-r3", "1.2.12-r0", -1);
        row("apk rc before release", "apk", "3.0_rc1", "3.0", -1);
        row("apk p after release", "apk", "8.4_p1-r0", "8.4-r5", 1);
        row("apk alpha < alpha2", "apk", "0.1.0_alpha", "0.1.0_alpha2", -1);
        row("apk 2.34 > 0.1.0_alpha", "apk", "2.34", "0.1.0_alpha", 1);
        row("apk letter", "apk", "1.0a", "1.0", 1);
        row("apk more parts", "apk", "1.0.0", "1.0", 1);
        row("apk equal", "apk", "1.2.11-r3", "1.2.11-r3", 0);
        row("apk commit hash as string", "apk", "1.0_git20200101~ab12", "1.0_git20200101~cd34", -1);
        row("apk leading zero as string", "apk", "1.01", "1.1", -1);
        row("apk invalid below valid", "apk", "1.0_foo", "1.0", -1);
        row("apk hash then revision", "apk", "1.0_git2020~ab12-r1", "1.0_git2020~ab12", 1);
        row("apk git date", "apk", "1.0_git20200101", "1.0_git20200102", -1);
        // rpm rpmvercmp.at
        row("rpm 2.0.1a > 2.0.1", "rpm", "2.0.1a", "2.0.1", 1);
        row("rpm 10xyz < 10.1xyz", "rpm", "10xyz", "10.1xyz", -1);
        row("rpm xyz10 < xyz10.1", "rpm", "xyz10", "xyz10.1", -1);
        row("rpm xyz.4 < 8", "rpm", "xyz.4", "8", -1);
        row("rpm 10.0001 == 10.1", "rpm", "10.0001", "10.1", 0);
        row("rpm 1.0aa > 1.0a", "rpm", "1.0aa", "1.0a", 1);
        row("rpm separators", "rpm", "2_0", "2.0", 0);
        row("rpm epoch", "rpm", "1:1.0-1", "2.0-1", 1);
        row("rpm epoch 0", "rpm", "0:1.0-1", "1.0-1", 0);
        row("rpm release", "rpm", "1.0-1.el9", "1.0-2.el9", -1);
        row("rpm release el9_2", "rpm", "3.0.7-16.el9_2", "3.0.7-18.el9_2", -1);
        row("rpm no release matches any", "rpm", "3.0.7", "3.0.7-16.el9", 0);
        // SemVer
        row("semver v prefix", "semver", "v1.2.3", "1.2.3", 0);
        row("semver build ignored", "semver", "1.2.3+build.5", "1.2.3", 0);
        row("semver short", "semver", "1.2", "1.2.0", 0);
        row("semver go pseudo", "semver", "v0.0.0-20200101000000-abcdef123456", "v0.1.0", -1);
        row("npm golang equal", "npm", "4.17.21", "4.17.21", 0);
        // PEP 440 spelling normalisation
        row("pep440 alpha spelling", "pypi", "1.0alpha1", "1.0a1", 0);
        row("pep440 c is rc", "pypi", "1.0c1", "1.0rc1", 0);
        row("pep440 implicit post", "pypi", "1.0-1", "1.0.post1", 0);
        row("pep440 trailing zeros", "pypi", "2.0.0", "2", 0);
        row("pep440 v prefix", "pypi", "v1.0", "1.0", 0);
        row("pep440 requests", "pypi", "2.19.1", "2.20.0", -1);
        // Maven
        row("maven trailing zero", "maven", "1.0.0", "1", 0);
        row("maven ga", "maven", "1.0-ga", "1.0", 0);
        row("maven alpha spelled", "maven", "1.0-a1", "1.0-alpha-1", 0);
        row("maven log4j", "maven", "2.14.1", "2.15.0", -1);
    }

    void pairs()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const Compare cmp = comparer(scheme);
        QCOMPARE(sign(cmp(a, b)), expected);
        QCOMPARE(sign(cmp(b, a)), -expected);
        QCOMPARE(cmp(a, a), 0);
    }

    void chains_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QStringList>("ascending");
        for (const auto &[scheme, list] : orderedChains()) {
            QTest::newRow(qPrintable(scheme)) << scheme << list;
        }
    }

    // Every pair of a chain: strictly ordered as listed, antisymmetric, and the chain sorted
    // with the comparer is the chain itself (a total order on these values).
    void chains()
    {
        QFETCH(QString, scheme);
        QFETCH(QStringList, ascending);
        const Compare cmp = comparer(scheme);
        for (qsizetype i = 0; i < ascending.size(); ++i) {
            QCOMPARE(cmp(ascending[i], ascending[i]), 0);
            for (qsizetype j = i + 1; j < ascending.size(); ++j) {
                if (cmp(ascending[i], ascending[j]) >= 0 || cmp(ascending[j], ascending[i]) <= 0) {
                    QFAIL(qPrintable(QStringLiteral("%1: expected %2 < %3")
                                         .arg(scheme, ascending[i], ascending[j])));
                }
            }
        }
        QStringList shuffled = ascending;
        std::reverse(shuffled.begin(), shuffled.end());
        std::stable_sort(shuffled.begin(), shuffled.end(),
                         [&](const QString &a, const QString &b) { return cmp(a, b) < 0; });
        QCOMPARE(shuffled, ascending);
    }

    // Hostile input: no crash, and still a consistent answer.
    void malformed_data()
    {
        QTest::addColumn<QString>("scheme");
        for (const char *s : {"deb", "apk", "rpm", "semver", "pypi", "maven"}) {
            QTest::newRow(s) << QString::fromLatin1(s);
        }
    }

    void malformed()
    {
        QFETCH(QString, scheme);
        const Compare cmp = comparer(scheme);
        const QStringList junk = {u""_s, u":"_s, u"-"_s, u"~"_s, u"^"_s, u"_"_s, u"1:"_s, u":1"_s, u"--r"_s, u"1.0-r"_s, u"_rc"_s,
                                  u"99999999999999999999999999"_s, u"1..2"_s, u"\xc3\xa9"_s, u"1.0_zz1"_s,
                                  u"abc:def-ghi"_s, u"1.0~"_s, u"!1"_s, u"+"_s, u"1-"_s};
        for (const QString &a : junk) {
            for (const QString &b : junk) {
                QCOMPARE(sign(cmp(a, b)), -sign(cmp(b, a)));
            }
            QCOMPARE(cmp(a, a), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_versions.moc"
