// Offline vulnerability matching (OSV folder), CVSS v3 scores, and Trivy and Grype report import
// tied to an analysed image; IMG-11 findings and the renderings that carry them. The OSV folder
// and the reports are hand-written for trivy's alpine-311 peer fixture (tests/data/vulns).

#include "analysis/analyzer.h"
#include "checks/findingsink.h"
#include "evidence/evidenceprobe.h"
#include "report/analysisjson.h"
#include "report/report.h"
#include "report/reporthtml.h"
#include "report/textsummary.h"
#include "rules/ruleset.h"
#include "testpaths.h"
#include "vulns/cvss.h"
#include "vulns/osvdatabase.h"
#include "vulns/scanreport.h"
#include "vulns/vulnerabilitymatcher.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace dockscope;
using namespace Qt::Literals::StringLiterals;
using namespace dockscope::test;

namespace {

const QString AlpineImage =
    QStringLiteral("sha256:a187dde48cd289ac374ad8539930628314bc581a481cdb41409c9289419ddb72");
const QString AlpineLayer =
    QStringLiteral("sha256:beee9f30bc1f711043e78d4a2be0668955d4b761d587d6f60c2c8dc081efb203");

QString osvFolder() { return data(QStringLiteral("vulns/osv")); }
QString report(const char *name) { return data(QStringLiteral("vulns/reports/") + QLatin1String(name)); }
QString alpineFixture() { return peer(QStringLiteral("trivy/alpine-311.tar.gz")); }

Package package(const char *ecosystem, const char *name, const char *version, const char *source = "")
{
    Package p;
    p.ecosystem = QString::fromLatin1(ecosystem);
    p.name = QString::fromLatin1(name);
    p.version = QString::fromLatin1(version);
    p.sourceName = QString::fromLatin1(source);
    p.layerIndex = 0;
    p.layerDiffId = AlpineLayer;
    return p;
}

OperatingSystem os(const char *id, const char *version)
{
    OperatingSystem o;
    o.id = QString::fromLatin1(id);
    o.versionId = QString::fromLatin1(version);
    return o;
}

QStringList ids(const std::vector<Vulnerability> &list)
{
    QStringList out;
    for (const Vulnerability &v : list) {
        out << v.id;
    }
    return out;
}

const Vulnerability *find(const std::vector<Vulnerability> &list, const QString &id,
                          const QString &sourcePrefix = {})
{
    for (const Vulnerability &v : list) {
        if (v.id == id && v.source.startsWith(sourcePrefix)) {
            return &v;
        }
    }
    return nullptr;
}

// An analysed alpine:3.11 image as the inventory will give it: the fixture's id and layer, and
// the packages of trivy's README that the tests look at.
Analysis alpineAnalysis()
{
    Analysis a;
    Image image;
    image.evidence = QStringLiteral("alpine-311.tar.gz");
    image.kind = QStringLiteral("image");
    image.id = AlpineImage;
    Layer layer;
    layer.index = 0;
    layer.diffId = AlpineLayer;
    layer.expectedDiffId = AlpineLayer;
    image.layers.push_back(layer);
    image.packages.os = os("alpine", "3.11.5");
    image.packages.packages = {package("apk", "busybox", "1.31.1-r9"),
                               package("apk", "libcrypto1.1", "1.1.1d-r3", "openssl"),
                               package("apk", "libssl1.1", "1.1.1d-r3", "openssl"),
                               package("apk", "musl", "1.1.24-r2"),
                               package("apk", "zlib", "1.2.11-r3")};
    a.images.push_back(image);
    return a;
}

ScanReport readReport(const char *name)
{
    QFile f(report(name));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    DiagnosticSink diag(QString::fromLatin1(name));
    return ScanReportReader::read(f.readAll(), QString::fromLatin1(name), diag);
}

bool anyDiagnostic(const Diagnostics &list, const QString &where, const QString &text)
{
    for (const Diagnostic &d : list) {
        if (d.where.contains(where) && d.message().contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestVulns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cvss_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("rating");
        // Scores as the FIRST CVSS v3.1 calculator gives them.
        QTest::newRow("network RCE") << u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"_s << 9.8 << u"critical"_s;
        QTest::newRow("scope changed max") << u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"_s << 10.0 << u"critical"_s;
        QTest::newRow("DoS") << u"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"_s << 7.5 << u"high"_s;
        QTest::newRow("local DoS") << u"CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H"_s << 5.5 << u"medium"_s;
        QTest::newRow("reflected XSS") << u"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N"_s << 6.1 << u"medium"_s;
        QTest::newRow("scope changed PR:H") << u"CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H"_s << 8.2 << u"high"_s;
        QTest::newRow("v3.0") << u"CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N"_s << 5.9 << u"medium"_s;
        QTest::newRow("no impact") << u"CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:N/I:N/A:N"_s << 0.0 << u"none"_s;
        QTest::newRow("physical low") << u"CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N"_s << 1.6 << u"low"_s;
    }

    void cvss()
    {
        QFETCH(QString, vector);
        QFETCH(double, score);
        QFETCH(QString, rating);
        const auto s = Cvss::baseScore(vector);
        QVERIFY(s.has_value());
        QCOMPARE(*s, score);
        QCOMPARE(Cvss::rating(*s), rating);
    }

    void cvssMalformed()
    {
        for (const char *v : {"", "CVSS:3.1", "CVSS:3.1/AV:N", "CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P",
                              "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                              "CVSS:3.1/AV:N/AV:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                              "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                              "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:Q/C:H/I:H/A:H"}) {
            QVERIFY2(!Cvss::baseScore(QString::fromLatin1(v)).has_value(), v);
        }
    }

    void ecosystems_data()
    {
        QTest::addColumn<QString>("osv");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("osId");
        QTest::addColumn<QString>("osVersion");
        QTest::newRow("debian") << u"Debian:12"_s << u"deb"_s << u"debian"_s << u"12"_s;
        QTest::newRow("debian any") << u"Debian"_s << u"deb"_s << u"debian"_s << u""_s;
        QTest::newRow("ubuntu") << u"Ubuntu:22.04:LTS"_s << u"deb"_s << u"ubuntu"_s << u"22.04"_s;
        QTest::newRow("ubuntu pro") << u"Ubuntu:Pro:18.04:LTS"_s << u"deb"_s << u"ubuntu"_s << u"18.04"_s;
        QTest::newRow("alpine") << u"Alpine:v3.11"_s << u"apk"_s << u"alpine"_s << u"3.11"_s;
        QTest::newRow("rocky") << u"Rocky Linux:9"_s << u"rpm"_s << u"rocky"_s << u"9"_s;
        QTest::newRow("red hat") << u"Red Hat:enterprise_linux:9::appstream"_s << u"rpm"_s << u"rhel"_s << u"9"_s;
        QTest::newRow("pypi") << u"PyPI"_s << u"pypi"_s << u""_s << u""_s;
        QTest::newRow("go") << u"Go"_s << u"golang"_s << u""_s << u""_s;
        QTest::newRow("maven") << u"Maven"_s << u"maven"_s << u""_s << u""_s;
        QTest::newRow("unknown") << u"crates.io"_s << u""_s << u""_s << u""_s;
    }

    void ecosystems()
    {
        QFETCH(QString, osv);
        QFETCH(QString, kind);
        QFETCH(QString, osId);
        QFETCH(QString, osVersion);
        const OsvDatabase::Ecosystem e = OsvDatabase::parseEcosystem(osv);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.osId, osId);
        QCOMPARE(e.osVersion, osVersion);
    }

    // The OSV evaluation of events, versions lists and range types.
    void ranges_data()
    {
        QTest::addColumn<QString>("ecosystem");
        QTest::addColumn<QString>("rangeType");
        QTest::addColumn<QStringList>("events"); // kind=version
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<QString>("installed");
        QTest::addColumn<bool>("affected");
        QTest::addColumn<QString>("fixed");
        const QString eco = QStringLiteral("ECOSYSTEM");
        const QStringList zeroFixed{u"introduced=0"_s, u"fixed=1.1.24-r3"_s};
        QTest::newRow("introduced 0, below fix") << u"apk"_s << eco << zeroFixed << QStringList() << u"1.1.24-r2"_s << true << u"1.1.24-r3"_s;
        QTest::newRow("at the fix") << u"apk"_s << eco << zeroFixed << QStringList() << u"1.1.24-r3"_s << false << u""_s;
        QTest::newRow("after the fix") << u"apk"_s << eco << zeroFixed << QStringList() << u"1.2.0-r0"_s << false << u""_s;
        QTest::newRow("no fix yet") << u"deb"_s << eco << QStringList{u"introduced=0"_s} << QStringList() << u"1:9.9-1"_s << true << u""_s;
        const QStringList twoRanges{u"introduced=1.0"_s, u"fixed=1.5"_s, u"introduced=2.0"_s, u"fixed=2.3"_s};
        QTest::newRow("before introduced") << u"deb"_s << eco << twoRanges << QStringList() << u"0.9-1"_s << false << u""_s;
        QTest::newRow("first range") << u"deb"_s << eco << twoRanges << QStringList() << u"1.2-1"_s << true << u"1.5"_s;
        QTest::newRow("between ranges") << u"deb"_s << eco << twoRanges << QStringList() << u"1.7-1"_s << false << u""_s;
        QTest::newRow("second range") << u"deb"_s << eco << twoRanges << QStringList() << u"2.1-1"_s << true << u"2.3"_s;
        QTest::newRow("events unsorted") << u"deb"_s << eco << QStringList{u"fixed=2.3"_s, u"introduced=2.0"_s, u"fixed=1.5"_s, u"introduced=1.0"_s} << QStringList() << u"2.1-1"_s << true << u"2.3"_s;
        QTest::newRow("tilde below fix") << u"deb"_s << eco << QStringList{u"introduced=0"_s, u"fixed=3.0.11-1~deb12u2"_s} << QStringList() << u"3.0.11-1~deb12u1"_s << true << u"3.0.11-1~deb12u2"_s;
        QTest::newRow("last_affected equal") << u"apk"_s << eco << QStringList{u"introduced=1.1.1a-r0"_s, u"last_affected=1.1.1d-r3"_s} << QStringList() << u"1.1.1d-r3"_s << true << u""_s;
        QTest::newRow("last_affected past") << u"apk"_s << eco << QStringList{u"introduced=1.1.1a-r0"_s, u"last_affected=1.1.1d-r3"_s} << QStringList() << u"1.1.1d-r4"_s << false << u""_s;
        QTest::newRow("limit") << u"npm"_s << QStringLiteral("SEMVER") << QStringList{u"introduced=0"_s, u"limit=2.0.0"_s} << QStringList() << u"2.0.0"_s << false << u""_s;
        QTest::newRow("semver range") << u"npm"_s << QStringLiteral("SEMVER") << QStringList{u"introduced=0"_s, u"fixed=4.17.21"_s} << QStringList() << u"4.17.20"_s << true << u"4.17.21"_s;
        QTest::newRow("git range ignored") << u"apk"_s << QStringLiteral("GIT") << QStringList{u"introduced=0"_s, u"fixed=abcdef"_s} << QStringList() << u"1.0-r0"_s << false << u""_s;
        QTest::newRow("versions list") << u"pypi"_s << eco << QStringList() << QStringList{u"2.19.0"_s, u"2.19.1"_s} << u"2.19.1"_s << true << u""_s;
        QTest::newRow("not in versions list") << u"pypi"_s << eco << QStringList() << QStringList{u"2.19.0"_s, u"2.19.1"_s} << u"2.20.0"_s << false << u""_s;
    }

    void ranges()
    {
        QFETCH(QString, ecosystem);
        QFETCH(QString, rangeType);
        QFETCH(QStringList, events);
        QFETCH(QStringList, versions);
        QFETCH(QString, installed);
        QFETCH(bool, affected);
        QFETCH(QString, fixed);
        OsvDatabase::Affected a;
        a.versions = versions;
        OsvDatabase::Range r;
        r.type = rangeType;
        for (const QString &e : events) {
            const QString kind = e.section(u'=', 0, 0);
            const OsvDatabase::Event::Kind k = kind == u"introduced" ? OsvDatabase::Event::Introduced
                : kind == u"fixed"                                 ? OsvDatabase::Event::Fixed
                : kind == u"limit"                                 ? OsvDatabase::Event::Limit
                                                                   : OsvDatabase::Event::LastAffected;
            r.events.push_back({k, e.section(u'=', 1)});
        }
        if (!r.events.empty()) {
            a.ranges.push_back(r);
        }
        QString fix = QStringLiteral("unset");
        QCOMPARE(OsvDatabase::affects(a, ecosystem, installed, &fix), affected);
        QCOMPARE(fix, fixed);
    }

    void folder()
    {
        const OsvDatabase db = OsvDatabase::load(osvFolder());
        QCOMPARE(db.fileCount(), 10);
        QCOMPARE(db.withdrawnCount(), 1);
        QCOMPARE(db.entryCount(), 8);
        // The broken files are named, the rest is still used.
        QVERIFY(anyDiagnostic(db.diagnostics(), QStringLiteral("broken/truncated.json"),
                              QStringLiteral("not a JSON document")));
        QVERIFY(anyDiagnostic(db.diagnostics(), QStringLiteral("broken/no-affected.json"),
                              QStringLiteral("NO-AFFECTED-1")));
        // openssl-last-affected.json has a GIT range besides its ECOSYSTEM one.
        QVERIFY(anyDiagnostic(db.diagnostics(), QString(), QStringLiteral("OSV ranges of type GIT skipped: 1, in entries: 1;")));
        QCOMPARE(db.gitRangeCount(), 1);
        QCOMPARE(int(db.diagnostics().size()), 3);

        const OperatingSystem alpine = os("alpine", "3.11.5");
        const auto musl = db.match(package("apk", "musl", "1.1.24-r2"), alpine);
        QCOMPARE(ids(musl), QStringList{QStringLiteral("CVE-2020-28928")}); // not the withdrawn one
        QCOMPARE(musl[0].fixedVersion, QStringLiteral("1.1.24-r3"));
        QCOMPARE(musl[0].severity, QStringLiteral("medium")); // from CVSS 5.5
        QCOMPARE(musl[0].installedVersion, QStringLiteral("1.1.24-r2"));
        QCOMPARE(musl[0].layerDiffId, AlpineLayer);
        QCOMPARE(musl[0].source, u"osv:"_s + osvFolder() + u"/alpine/CVE-2020-28928.json#/affected/0"_s);
        QVERIFY(db.match(package("apk", "musl", "1.1.24-r3"), alpine).empty());
        // Another Alpine release has its own entries.
        QVERIFY(db.match(package("apk", "musl", "1.1.24-r2"), os("alpine", "3.10.4")).empty());
        QCOMPARE(ids(db.match(package("apk", "musl", "1.1.24-r9"), os("alpine", "3.12.0"))),
                 QStringList{QStringLiteral("CVE-2020-28928")});

        const auto busybox = db.match(package("apk", "busybox", "1.31.1-r9"), alpine);
        QCOMPARE(ids(busybox), (QStringList{u"CVE-2021-28831"_s, u"CVE-2021-42374"_s}));
        QCOMPARE(busybox[0].severity, QStringLiteral("high"));   // CVSS 7.5
        QCOMPARE(busybox[1].severity, QStringLiteral("medium")); // the database's word wins
        QCOMPARE(busybox[0].source, u"osv:"_s + osvFolder() + u"/alpine/busybox.json#/0/affected/0"_s);
        QCOMPARE(ids(db.match(package("apk", "busybox", "1.31.1-r10"), alpine)),
                 QStringList{QStringLiteral("CVE-2021-42374")});

        const auto zlib = db.match(package("apk", "zlib", "1.2.11-r3"), alpine);
        QCOMPARE(ids(zlib), QStringList{QStringLiteral("CVE-2018-25032")});
        QCOMPARE(zlib[0].severity, QStringLiteral("critical")); // ecosystem_specific of Alpine:v3.11
        QCOMPARE(zlib[0].fixedVersion, QStringLiteral("1.2.11-r4"));
        QCOMPARE(zlib[0].aliases, QStringList{QStringLiteral("GHSA-jc36-42cf-vqwj")});

        // Alpine entries name the origin (source) package.
        const auto libcrypto = db.match(package("apk", "libcrypto1.1", "1.1.1d-r3", "openssl"), alpine);
        QCOMPARE(ids(libcrypto), QStringList{QStringLiteral("OSV-TEST-0001")});
        QCOMPARE(libcrypto[0].packageName, QStringLiteral("libcrypto1.1"));
        QCOMPARE(libcrypto[0].severity, QStringLiteral("high"));
        QCOMPARE(libcrypto[0].source,
                 u"osv:"_s + osvFolder() + u"/alpine/openssl-last-affected.json#/vulns/0/affected/0"_s);
        QVERIFY(db.match(package("apk", "libcrypto1.1", "1.1.1g-r0", "openssl"), alpine).empty());
        QVERIFY(db.match(package("apk", "libcrypto1.1", "1.1.1d-r3"), alpine).empty());

        // Debian: source package and release; Ubuntu's entry does not apply to Debian.
        Package libssl = package("deb", "libssl3", "3.0.9-1", "openssl");
        const auto debian = db.match(libssl, os("debian", "12"));
        QCOMPARE(ids(debian), QStringList{QStringLiteral("DSA-TEST-1")});
        QCOMPARE(debian[0].severity, QStringLiteral("high")); // Debian's urgency
        QCOMPARE(debian[0].fixedVersion, QStringLiteral("3.0.11-1~deb12u2"));
        QVERIFY(db.match(libssl, os("debian", "11")).empty());
        libssl.version = QStringLiteral("3.0.11-1~deb12u2");
        QVERIFY(db.match(libssl, os("debian", "12")).empty());
        QCOMPARE(ids(db.match(package("deb", "openssl", "3.0.2-0ubuntu1.10"), os("ubuntu", "22.04"))),
                 QStringList{QStringLiteral("DSA-TEST-1")});

        // Language ecosystems: npm SEMVER, PyPI names normalised and a versions list.
        QCOMPARE(ids(db.match(package("npm", "lodash", "4.17.20"), {})),
                 QStringList{QStringLiteral("GHSA-35jh-r3h4-6jhm")});
        QVERIFY(db.match(package("npm", "lodash", "4.17.21"), {}).empty());
        QCOMPARE(ids(db.match(package("pypi", "requests", "2.19.1"), {})),
                 QStringList{QStringLiteral("PYSEC-2018-28")});
        QVERIFY(db.match(package("pypi", "requests", "2.20.0"), {}).empty());
        QVERIFY(db.match(package("golang", "requests", "2.19.1"), {}).empty());
    }

    // GIT ranges name commits: they are counted and skipped, never compared with a version; the
    // entry's other ranges and its versions list still match.
    void gitRangesSkipped()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("git.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "[{\"id\": \"GHSA-GIT-ONLY\", \"affected\": [{\"package\": {\"ecosystem\": \"npm\", \"name\": \"left-pad\"}, "
            "\"ranges\": [{\"type\": \"GIT\", \"repo\": \"https://example.invalid/left-pad\", "
            "\"events\": [{\"introduced\": \"0\"}, {\"fixed\": \"9f3c2a1\"}]}]}]}, "
            "{\"id\": \"GHSA-GIT-MIXED\", \"affected\": [{\"package\": {\"ecosystem\": \"npm\", \"name\": \"right-pad\"}, "
            "\"ranges\": [{\"type\": \"GIT\", \"repo\": \"https://example.invalid/right-pad\", "
            "\"events\": [{\"introduced\": \"1.0.0\"}, {\"last_affected\": \"zzz\"}]}, "
            "{\"type\": \"SEMVER\", \"events\": [{\"introduced\": \"0\"}, {\"fixed\": \"2.0.0\"}]}], "
            "\"versions\": [\"3.0.0-rc.1\"]}]}] ");
        f.close();
        const OsvDatabase db = OsvDatabase::load(dir.path());
        QCOMPARE(db.entryCount(), 2);
        QCOMPARE(db.gitRangeCount(), 2);
        QCOMPARE(int(db.diagnostics().size()), 1);
        QVERIFY(anyDiagnostic(db.diagnostics(), QString(), QStringLiteral("OSV ranges of type GIT skipped: 2, in entries: 2;")));
        for (const char *version : {"0.0.1", "1.0.0", "9f3c2a1"}) {
            QVERIFY2(db.match(package("npm", "left-pad", version), {}).empty(), version);
        }
        const auto mixed = db.match(package("npm", "right-pad", "1.5.0"), {});
        QCOMPARE(ids(mixed), QStringList{QStringLiteral("GHSA-GIT-MIXED")});
        QCOMPARE(mixed[0].fixedVersion, QStringLiteral("2.0.0"));
        QCOMPARE(ids(db.match(package("npm", "right-pad", "3.0.0-rc.1"), {})), QStringList{QStringLiteral("GHSA-GIT-MIXED")});
        QVERIFY(db.match(package("npm", "right-pad", "2.1.0"), {}).empty());
    }

    void folderMissing()
    {
        const OsvDatabase db = OsvDatabase::load(QStringLiteral("/nonexistent/osv"));
        QCOMPARE(db.entryCount(), 0);
        QCOMPARE(int(db.diagnostics().size()), 1);
        QCOMPARE(db.diagnostics()[0].severity, Diagnostic::Severity::Error);
    }

    void detection()
    {
        auto detect = [](const char *json) { return ScanReportReader::detect(QByteArray(json)); };
        QCOMPARE(detect("{\"SchemaVersion\": 2, \"ArtifactName\": \"x\"}"), ScanReport::Tool::Trivy);
        QCOMPARE(detect("{\"SchemaVersion\": 2, \"Results\": []}"), ScanReport::Tool::Trivy);
        QCOMPARE(detect("{\"SchemaVersion\": 3, \"Results\": []}"), ScanReport::Tool::None);
        QCOMPARE(detect("{\"SchemaVersion\": 2}"), ScanReport::Tool::None);
        QCOMPARE(detect("{\"matches\": [], \"source\": {}}"), ScanReport::Tool::Grype);
        QCOMPARE(detect("{\"matches\": []}"), ScanReport::Tool::None);
        QCOMPARE(detect("[{\"Id\": \"abc\", \"Config\": {}}]"), ScanReport::Tool::None);
        QCOMPARE(detect("{\"SchemaVersion\": 2, \"Results\": ["), ScanReport::Tool::None);

        QVERIFY(ScanReportReader::headLooksLikeReport(" {\n  \"SchemaVersion\": 2,"));
        QVERIFY(ScanReportReader::headLooksLikeReport("{\"matches\":["));
        QVERIFY(!ScanReportReader::headLooksLikeReport("{\"Id\": \"x\", \"SchemaVersion\": 2}"));

        QCOMPARE(EvidenceProbe::probe(report("trivy-alpine-311.json")).kind,
                 EvidenceKind::VulnerabilityReport);
        QCOMPARE(EvidenceProbe::probe(report("grype-alpine-311.json")).kind,
                 EvidenceKind::VulnerabilityReport);
        QCOMPARE(evidenceKindName(EvidenceKind::VulnerabilityReport),
                 QStringLiteral("vulnerability-report"));
        QTemporaryDir dir;
        const QString inspect = dir.filePath(QStringLiteral("inspect.json"));
        QFile f(inspect);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[{\"Id\": \"0123\", \"Config\": {\"Image\": \"alpine\"}}]\n");
        f.close();
        QCOMPARE(EvidenceProbe::probe(inspect).kind, EvidenceKind::InspectJson);
    }

    void trivyReader()
    {
        const ScanReport r = readReport("trivy-alpine-311.json");
        QCOMPARE(r.tool, ScanReport::Tool::Trivy);
        QCOMPARE(r.imageId, AlpineImage);
        QCOMPARE(r.diffIds, QStringList{AlpineLayer});
        QCOMPARE(r.artifactName, QStringLiteral("alpine:3.11"));
        // The not_affected one is left out; the null Vulnerabilities of the second result too.
        QCOMPARE(ids(r.vulnerabilities), (QStringList{u"CVE-2020-28928"_s, u"CVE-2021-28831"_s, u"CVE-2018-25032"_s}));
        const Vulnerability &zlib = r.vulnerabilities[2];
        QCOMPARE(zlib.packageName, QStringLiteral("zlib"));
        QCOMPARE(zlib.ecosystem, QStringLiteral("apk"));
        QCOMPARE(zlib.installedVersion, QStringLiteral("1.2.11-r3"));
        QCOMPARE(zlib.fixedVersion, QStringLiteral("1.2.11-r4"));
        QCOMPARE(zlib.severity, QStringLiteral("critical"));
        QCOMPARE(zlib.layerDiffId, AlpineLayer);
        QCOMPARE(zlib.source, QStringLiteral("trivy:trivy-alpine-311.json#/Results/0/Vulnerabilities/2"));
    }

    void grypeReader()
    {
        const ScanReport r = readReport("grype-alpine-311.json");
        QCOMPARE(r.tool, ScanReport::Tool::Grype);
        QCOMPARE(r.imageId, AlpineImage);
        QCOMPARE(r.diffIds, QStringList{AlpineLayer});
        QCOMPARE(ids(r.vulnerabilities), (QStringList{u"CVE-2018-25032"_s, u"CVE-2022-28391"_s, u"CVE-2020-28928"_s}));
        QCOMPARE(r.vulnerabilities[0].severity, QStringLiteral("critical"));
        QCOMPARE(r.vulnerabilities[0].fixedVersion, QStringLiteral("1.2.11-r4"));
        QCOMPARE(r.vulnerabilities[0].aliases, QStringList()); // related id is itself
        QCOMPARE(r.vulnerabilities[1].fixedVersion, QString());
        QCOMPARE(r.vulnerabilities[1].layerDiffId, AlpineLayer);
        QCOMPARE(r.vulnerabilities[2].layerDiffId, QString()); // no location: found by package
        QCOMPARE(r.vulnerabilities[2].source, QStringLiteral("grype:grype-alpine-311.json#/matches/2"));
    }

    // The matcher over a hand-built analysis (the package inventory of the alpine image).
    void matcher()
    {
        Analysis a = alpineAnalysis();
        const OsvDatabase db = OsvDatabase::load(osvFolder());
        const std::vector<ScanReport> reports{readReport("trivy-alpine-311-rebuilt.json"),
                                              readReport("grype-alpine-311.json"),
                                              readReport("trivy-other-image.json")};
        QVERIFY(VulnerabilityMatcher::imageFor(a, reports[0]) == 0); // by diff ids
        QVERIFY(VulnerabilityMatcher::imageFor(a, reports[1]) == 0); // by image id
        QVERIFY(VulnerabilityMatcher::imageFor(a, reports[2]) < 0);
        VulnerabilityMatcher::run(a, &db, reports);

        // OSV: musl 1, busybox 2, zlib 1, openssl (libcrypto1.1 + libssl1.1) 2; Trivy 3; Grype 3.
        QCOMPARE(int(a.vulnerabilities.size()), 6 + 3 + 3);
        for (const Vulnerability &v : a.vulnerabilities) {
            QCOMPARE(v.image, AlpineImage);
            QCOMPARE(v.evidence, QStringLiteral("alpine-311.tar.gz"));
            QCOMPARE(v.layerIndex, 0);
            QCOMPARE(v.layerDiffId, AlpineLayer);
        }
        // Most severe first, then by package and id: a stable order.
        QStringList order;
        for (const Vulnerability &v : a.vulnerabilities) {
            order << v.severity + u' ' + v.packageName + u' ' + v.id + u' ' + v.source.section(u':', 0, 0);
        }
        QCOMPARE(order, (QStringList{
                            u"critical zlib CVE-2018-25032 grype"_s, u"critical zlib CVE-2018-25032 osv"_s,
                            u"critical zlib CVE-2018-25032 trivy"_s, u"high busybox CVE-2021-28831 osv"_s,
                            u"high busybox CVE-2021-28831 trivy"_s, u"high busybox CVE-2022-28391 grype"_s,
                            u"high libcrypto1.1 OSV-TEST-0001 osv"_s, u"high libssl1.1 OSV-TEST-0001 osv"_s,
                            u"medium busybox CVE-2021-42374 osv"_s, u"medium musl CVE-2020-28928 grype"_s,
                            u"medium musl CVE-2020-28928 osv"_s, u"medium musl CVE-2020-28928 trivy"_s}));
        // The report for another image is a diagnostic naming it, and nothing of it is used.
        QVERIFY(anyDiagnostic(a.diagnostics, QString(), QStringLiteral("matches no analysed image")));
        QVERIFY(!find(a.vulnerabilities, QStringLiteral("CVE-2023-5363")));

        // IMG-11: one finding per critical/high vulnerability of a package, every source named;
        // the medium ones of each package summed up in one.
        RuleSet::Options ruleOptions;
        ruleOptions.contentRules = false;
        const std::shared_ptr<const RuleSet> rules = RuleSet::load(ruleOptions);
        FindingSink sink(rules->catalog());
        VulnerabilityMatcher::addFindings(a, sink);
        const std::vector<Finding> findings = sink.take();
        QStringList got;
        for (const Finding &f : findings) {
            QCOMPARE(f.rule, QStringLiteral("IMG-11"));
            QCOMPARE(f.image, AlpineImage);
            QCOMPARE(f.layer, 0);
            QCOMPARE(f.layerDigest, AlpineLayer);
            got << severityName(f.severity) + u' ' + f.detail;
        }
        QCOMPARE(got, (QStringList{u"high busybox CVE-2021-28831"_s, u"high busybox CVE-2022-28391"_s,
                                   u"high libcrypto1.1 OSV-TEST-0001"_s, u"high libssl1.1 OSV-TEST-0001"_s,
                                   u"critical zlib CVE-2018-25032"_s, u"medium busybox 1.31.1-r9"_s,
                                   u"medium musl 1.1.24-r2"_s}));
        const Finding &zlib = findings[4];
        QCOMPARE(zlib.evidence, QStringLiteral("CVE-2018-25032 in zlib 1.2.11-r3 (fixed in 1.2.11-r4), "
                                               "severity critical"));
        QCOMPARE(zlib.source.count(QStringLiteral("; ")), 2);
        QVERIFY(findings[5].evidence.contains(QStringLiteral("CVE-2021-42374")));
    }

    void deterministic()
    {
        auto once = [] {
            Analysis a = alpineAnalysis();
            const OsvDatabase db = OsvDatabase::load(osvFolder());
            VulnerabilityMatcher::run(a, &db, {readReport("grype-alpine-311.json"),
                                               readReport("trivy-alpine-311.json")});
            return AnalysisJson::write(a, {});
        };
        Analysis reversed = alpineAnalysis();
        const OsvDatabase db = OsvDatabase::load(osvFolder());
        VulnerabilityMatcher::run(reversed, &db, {readReport("trivy-alpine-311.json"),
                                                  readReport("grype-alpine-311.json")});
        const QByteArray first = once();
        QCOMPARE(once(), first);
        QCOMPARE(AnalysisJson::write(reversed, {}), first); // the order reports come in is no matter
    }

    // End to end: the fixture and the reports as evidence, the OSV folder as an option.
    void analyzeWithReports()
    {
        if (!QFileInfo::exists(alpineFixture())) {
            QSKIP("trivy peer fixture not found");
        }
        AnalyzeOptions options;
        options.vulnDb = osvFolder();
        const Analysis a = Analyzer::run({alpineFixture(), report("trivy-alpine-311-rebuilt.json"),
                                          report("grype-alpine-311.json"), report("trivy-other-image.json"),
                                          report("not-a-report.json")},
                                         options);
        QCOMPARE(int(a.evidence.size()), 5);
        QCOMPARE(a.evidence[1].kind, QStringLiteral("vulnerability-report"));
        QCOMPARE(a.evidence[1].format, QStringLiteral("trivy"));
        QCOMPARE(a.evidence[2].format, QStringLiteral("grype"));
        QVERIFY(a.evidence[1].readable);
        QVERIFY(!a.evidence[4].readable);
        QVERIFY(anyDiagnostic(a.diagnostics, QString(), QStringLiteral("not a Trivy (SchemaVersion 2) or Grype")));
        QVERIFY(anyDiagnostic(a.diagnostics, QString(), QStringLiteral("matches no analysed image")));
        QCOMPARE(int(a.images.size()), 1);
        QCOMPARE(a.images[0].id, AlpineImage);

        // Trivy (by diff id) and Grype, each tied to the one layer of the image.
        int trivy = 0;
        int grype = 0;
        const bool inventory = !a.images[0].packages.packages.empty();
        for (const Vulnerability &v : a.vulnerabilities) {
            QCOMPARE(v.image, AlpineImage);
            // Grype's musl match names no layer: only the package inventory can tell it.
            const bool unplaced = !inventory && v.source.endsWith(u"grype-alpine-311.json#/matches/2");
            QCOMPARE(v.layerIndex, unplaced ? -1 : 0);
            QCOMPARE(v.layerDiffId, unplaced ? QString() : AlpineLayer);
            trivy += v.source.startsWith(u"trivy:") ? 1 : 0;
            grype += v.source.startsWith(u"grype:") ? 1 : 0;
        }
        QCOMPARE(trivy, 3);
        QCOMPARE(grype, 3);
        // OSV matches need the package inventory; each of them names its OSV file. Alpine's
        // entries name the origin package, so musl-utils (origin musl) and ssl_client (origin
        // busybox) are matched too.
        QStringList osv;
        for (const Vulnerability &v : a.vulnerabilities) {
            if (v.source.startsWith(u"osv:")) {
                QVERIFY(v.source.startsWith(u"osv:" + osvFolder() + u'/'));
                osv << v.packageName + u' ' + v.id;
            }
        }
        if (inventory) {
            QCOMPARE(osv, (QStringList{u"zlib CVE-2018-25032"_s, u"busybox CVE-2021-28831"_s,
                                       u"libcrypto1.1 OSV-TEST-0001"_s, u"libssl1.1 OSV-TEST-0001"_s,
                                       u"ssl_client CVE-2021-28831"_s, u"busybox CVE-2021-42374"_s,
                                       u"musl CVE-2020-28928"_s, u"musl-utils CVE-2020-28928"_s,
                                       u"ssl_client CVE-2021-42374"_s}));
        }
        int img11 = 0;
        for (const Finding &f : a.findings) {
            img11 += f.rule == u"IMG-11" ? 1 : 0;
        }
        QVERIFY(img11 >= 4); // zlib, busybox ×2 (critical/high), musl (medium)

        // The JSON contract gains "vulnerabilities"; the HTML report counts them by severity
        // and lists the critical and high ones.
        const QJsonObject root = QJsonDocument::fromJson(AnalysisJson::write(a, {})).object();
        const QJsonArray vulns = root.value(QStringLiteral("vulnerabilities")).toArray();
        QCOMPARE(vulns.size(), qsizetype(a.vulnerabilities.size()));
        const QJsonObject top = vulns.first().toObject();
        QCOMPARE(top.value(QStringLiteral("id")).toString(), QStringLiteral("CVE-2018-25032"));
        QCOMPARE(top.value(QStringLiteral("package")).toString(), QStringLiteral("zlib"));
        QCOMPARE(top.value(QStringLiteral("layer")).toInt(), 0);
        QCOMPARE(top.value(QStringLiteral("layerDiffId")).toString(), AlpineLayer);
        QVERIFY(root.contains(QStringLiteral("findings")));

        ReportOptions ro;
        ro.generated = QDateTime(QDate(2026, 12, 7), QTime(6, 0), Qt::UTC);
        const QString html = ReportHtml::write(ReportBuilder::build(a, std::nullopt, ro));
        int critical = 0;
        int high = 0;
        int medium = 0;
        QSet<QString> seen;
        for (const Vulnerability &v : a.vulnerabilities) {
            if (seen.contains(v.packageName + v.id)) {
                continue;
            }
            seen.insert(v.packageName + v.id);
            critical += v.severity == u"critical" ? 1 : 0;
            high += v.severity == u"high" ? 1 : 0;
            medium += v.severity == u"medium" ? 1 : 0;
        }
        QVERIFY(html.contains(QStringLiteral("Critical: %1, High: %2, Medium: %3, Low: 0, Unknown: 0")
                                  .arg(critical).arg(high).arg(medium)));
        QVERIFY(html.contains(QStringLiteral("CVE-2022-28391")));
        QVERIFY(html.contains(QStringLiteral("no fix known")));

        // The plain-text summary: packages per ecosystem, the image's vulnerabilities by severity
        // (each once, whichever sources name it); no vulnerability line without vulnerability data.
        const QString text = TextSummary::write(a);
        QVERIFY2(text.contains(u"  Packages:                  14: apk 14\n"_s), qPrintable(text));
        if (inventory) {
            QVERIFY2(text.contains(u"  Vulnerabilities:           10 (critical 1, high 5, medium 4, low 0, unknown 0)\n"_s),
                     qPrintable(text));
        }
        const QString plain = TextSummary::write(Analyzer::run({alpineFixture()}, AnalyzeOptions{}));
        QVERIFY(plain.contains(u"  Packages:                  14: apk 14\n"_s));
        QVERIFY(!plain.contains(u"Vulnerabilities:"_s));
    }
};

QTEST_GUILESS_MAIN(TestVulns)
#include "tst_vulns.moc"
