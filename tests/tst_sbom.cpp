// dockscope-cli sbom: CycloneDX 1.5 and SPDX 2.3 JSON of an image made in the test, checked for
// the fields the specifications require, purls, hashes, layer diff ids, and byte-identical reruns.

#include "clirunner.h"
#include "tarbuilder.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace dockscope::test;

namespace {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray jarWithPom()
{
    std::vector<char> buffer(1 << 16);
    size_t used = 0;
    struct archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_open_memory(a, buffer.data(), buffer.size(), &used);
    const QByteArray pom("groupId=org.example\nartifactId=demo\nversion=2.4.1\n");
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "META-INF/maven/org.example/demo/pom.properties");
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_size(e, pom.size());
    archive_write_header(a, e);
    archive_write_data(a, pom.constData(), size_t(pom.size()));
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
    return QByteArray(buffer.data(), qsizetype(used));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString propertyOf(const QJsonObject &component, const QString &name)
{
    for (const QJsonValue &p : component.value(u"properties").toArray()) {
        if (p.toObject().value(u"name").toString() == name) {
            return p.toObject().value(u"value").toString();
        }
    }
    return {};
}

} // namespace

class TestSbom : public QObject
{
    Q_OBJECT

    QString m_image;
    QString m_imageId;
    QByteArray m_jar;
    QStringList m_diffIds;
    QTemporaryDir m_dir;

    QByteArray sbom(const QString &format, const QString &name)
    {
        const QString out = m_dir.filePath(name);
        const Run r = runCli({QStringLiteral("sbom"), QStringLiteral("--format"), format, QStringLiteral("-o"), out, m_image});
        if (!r.finished || r.code != 0) {
            qWarning("%s", r.describe().constData());
            return {};
        }
        return readAll(out);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_jar = jarWithPom();
        const QByteArray status = "Package: libc6\nStatus: install ok installed\nArchitecture: amd64\n"
                                  "Source: glibc\nVersion: 2.36-9+deb12u4\n\n"
                                  "Package: bash\nStatus: install ok installed\nArchitecture: amd64\nVersion: 5.2.15-2+b2\n\n";
        const std::vector<QByteArray> tars{
            TarBuilder().file("etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\n")
                .file("var/lib/dpkg/status", status).bytes(),
            TarBuilder().file("opt/app/demo.jar", m_jar)
                .file("opt/app/node_modules/@scope/pkg/package.json", "{\"name\":\"@scope/pkg\",\"version\":\"1.0.0\",\"license\":\"MIT\"}")
                .bytes()};
        for (const QByteArray &t : tars) {
            m_diffIds << QStringLiteral("sha256:") + sha256Hex(t);
        }
        ImageArchive archive;
        archive.config = ImageArchive::configFor(tars);
        archive.layers = tars;
        m_image = writeTemp(archive.bytes(), QStringLiteral("sbom-image.tar"));
        m_imageId = QStringLiteral("sha256:") + sha256Hex(archive.config);
    }

    void cyclonedx()
    {
        const QByteArray first = sbom(QStringLiteral("cyclonedx"), QStringLiteral("a.cdx.json"));
        QVERIFY(!first.isEmpty());
        QCOMPARE(sbom(QStringLiteral("cyclonedx"), QStringLiteral("b.cdx.json")), first); // deterministic
        const QJsonObject bom = QJsonDocument::fromJson(first).object();
        QCOMPARE(bom.value(u"bomFormat").toString(), QStringLiteral("CycloneDX"));
        QCOMPARE(bom.value(u"specVersion").toString(), QStringLiteral("1.5"));
        QCOMPARE(bom.value(u"version").toInt(), 1);
        static const QRegularExpression uuid(QStringLiteral("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        QVERIFY(uuid.match(bom.value(u"serialNumber").toString()).hasMatch());
        const QJsonObject metadata = bom.value(u"metadata").toObject();
        QCOMPARE(metadata.value(u"timestamp").toString(), QStringLiteral("2024-01-01T00:00:00Z"));
        const QJsonObject subject = metadata.value(u"component").toObject();
        QCOMPARE(subject.value(u"type").toString(), QStringLiteral("container"));
        QCOMPARE(propertyOf(subject, QStringLiteral("dockscope:layer:1:diffId")), m_diffIds[1]);

        const QJsonArray components = bom.value(u"components").toArray();
        QCOMPARE(components.size(), 5); // the OS, 2 deb, 1 maven, 1 npm
        QSet<QString> refs;
        QStringList purls;
        for (const QJsonValue &v : components) {
            const QJsonObject c = v.toObject();
            QVERIFY(!c.value(u"type").toString().isEmpty());
            QVERIFY(!c.value(u"name").toString().isEmpty());
            const QString ref = c.value(u"bom-ref").toString();
            QVERIFY2(!refs.contains(ref), qPrintable(ref));
            refs.insert(ref);
            if (c.value(u"type").toString() == u"operating-system") {
                QCOMPARE(c.value(u"version").toString(), QStringLiteral("12"));
                continue;
            }
            purls << c.value(u"purl").toString();
            const QString diffId = propertyOf(c, QStringLiteral("dockscope:layer:diffId"));
            QVERIFY2(m_diffIds.contains(diffId), qPrintable(diffId));
            if (c.value(u"name").toString() == u"org.example:demo") {
                const QJsonObject hash = c.value(u"hashes").toArray().first().toObject();
                QCOMPARE(hash.value(u"alg").toString(), QStringLiteral("SHA-256"));
                QCOMPARE(hash.value(u"content").toString(), sha256Hex(m_jar));
                QCOMPARE(diffId, m_diffIds[1]);
            }
        }
        QCOMPARE(purls, (QStringList{QStringLiteral("pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=debian-12"),
                                     QStringLiteral("pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12"),
                                     QStringLiteral("pkg:maven/org.example/demo@2.4.1"),
                                     QStringLiteral("pkg:npm/%40scope/pkg@1.0.0")}));
    }

    void spdx()
    {
        const QByteArray first = sbom(QStringLiteral("spdx"), QStringLiteral("a.spdx.json"));
        QVERIFY(!first.isEmpty());
        QCOMPARE(sbom(QStringLiteral("spdx"), QStringLiteral("b.spdx.json")), first);
        const QJsonObject doc = QJsonDocument::fromJson(first).object();
        for (const char *key : {"spdxVersion", "dataLicense", "SPDXID", "name", "documentNamespace", "creationInfo"}) {
            QVERIFY2(doc.contains(QLatin1String(key)), key);
        }
        QCOMPARE(doc.value(u"spdxVersion").toString(), QStringLiteral("SPDX-2.3"));
        QCOMPARE(doc.value(u"dataLicense").toString(), QStringLiteral("CC0-1.0"));
        QCOMPARE(doc.value(u"SPDXID").toString(), QStringLiteral("SPDXRef-DOCUMENT"));
        const QJsonObject creation = doc.value(u"creationInfo").toObject();
        QCOMPARE(creation.value(u"created").toString(), QStringLiteral("2024-01-01T00:00:00Z"));
        QVERIFY(creation.value(u"creators").toArray().first().toString().startsWith(u"Tool: dockscope-"));
        static const QRegularExpression spdxId(QStringLiteral("^SPDXRef-[a-zA-Z0-9.-]+$"));
        const QJsonArray packages = doc.value(u"packages").toArray();
        QCOMPARE(packages.size(), 5); // the image and its 4 packages
        QSet<QString> ids;
        for (const QJsonValue &v : packages) {
            const QJsonObject p = v.toObject();
            for (const char *key : {"SPDXID", "name", "downloadLocation"}) {
                QVERIFY2(p.contains(QLatin1String(key)), key);
            }
            const QString id = p.value(u"SPDXID").toString();
            QVERIFY2(spdxId.match(id).hasMatch(), qPrintable(id));
            QVERIFY(!ids.contains(id));
            ids.insert(id);
            if (id == u"SPDXRef-Image") {
                QCOMPARE(p.value(u"primaryPackagePurpose").toString(), QStringLiteral("CONTAINER"));
                continue;
            }
            const QJsonObject ref = p.value(u"externalRefs").toArray().first().toObject();
            QCOMPARE(ref.value(u"referenceCategory").toString(), QStringLiteral("PACKAGE-MANAGER"));
            QCOMPARE(ref.value(u"referenceType").toString(), QStringLiteral("purl"));
            QVERIFY(ref.value(u"referenceLocator").toString().startsWith(u"pkg:"));
            const QString note = p.value(u"annotations").toArray().first().toObject().value(u"comment").toString();
            QVERIFY2(note.startsWith(u"dockscope:layer:diffId=sha256:"), qPrintable(note));
            QVERIFY(m_diffIds.contains(note.section(u'=', 1)));
        }
        const QJsonArray relationships = doc.value(u"relationships").toArray();
        QCOMPARE(relationships.size(), 5); // DOCUMENT DESCRIBES the image, which CONTAINS each package
        for (const QJsonValue &v : relationships) {
            const QJsonObject r = v.toObject();
            QVERIFY(ids.contains(r.value(u"relatedSpdxElement").toString()));
        }
    }

    // A container's own file system: its docker export alone (named by the digest of what it
    // holds, wherever the file lies), the export tied to its container by the inspect output,
    // and a data root container's read-write layer on its image.
    void containerFileSystems()
    {
        const QByteArray status = "Package: bash\nStatus: install ok installed\nArchitecture: amd64\nVersion: 5.2.15-2+b2\n\n"
                                  "Package: netcat-openbsd\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.219-1\n\n";
        const QByteArray exported = TarBuilder().file(".dockerenv", "").file("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
                                        .file("var/lib/dpkg/status", status).bytes();
        const QString exportPath = writeTemp(exported, QStringLiteral("web-export.tar"));
        auto bomOf = [](const QStringList &arguments) {
            const Run r = runCli(QStringList{QStringLiteral("sbom")} + arguments);
            if (!r.finished || r.code != 0) {
                qWarning("%s", r.describe().constData());
            }
            return r.out;
        };
        const QByteArray alone = bomOf({exportPath});
        QVERIFY(!alone.isEmpty());
        QTemporaryDir elsewhere;
        QVERIFY(QFile::copy(exportPath, elsewhere.filePath(QStringLiteral("web-export.tar"))));
        QCOMPARE(bomOf({elsewhere.filePath(QStringLiteral("web-export.tar"))}), alone);
        QJsonObject bom = QJsonDocument::fromJson(alone).object();
        QJsonObject subject = bom.value(u"metadata").toObject().value(u"component").toObject();
        QCOMPARE(subject.value(u"bom-ref").toString(), QStringLiteral("sha256:") + sha256Hex(exported));
        QCOMPARE(subject.value(u"name").toString(), QStringLiteral("web-export.tar"));
        QCOMPARE(propertyOf(subject, QStringLiteral("dockscope:kind")), QStringLiteral("container-export"));
        QVERIFY(!subject.contains(u"purl"));
        QCOMPARE(bom.value(u"metadata").toObject().value(u"timestamp").toString(), QStringLiteral("1970-01-01T00:00:00Z"));
        QStringList names;
        for (const QJsonValue &c : bom.value(u"components").toArray()) {
            names << c.toObject().value(u"name").toString() + u' ' + c.toObject().value(u"version").toString();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("debian 12"), QStringLiteral("bash 5.2.15-2+b2"),
                                     QStringLiteral("netcat-openbsd 1.219-1")}));

        // With its image and inspect output: the export is the container's, chosen by name.
        const QByteArray id(64, 'e');
        const QString inspect = writeTemp("[{\"Id\":\"" + id + "\",\"Name\":\"/web\",\"Created\":\"2024-02-03T04:05:06.123456789Z\","
                                              "\"Image\":\"" + m_imageId.toLatin1() + "\",\"State\":{\"Status\":\"exited\"}}]",
                                          QStringLiteral("web-inspect.json"));
        const Run both = runCli({QStringLiteral("sbom"), m_image, inspect, exportPath});
        QCOMPARE(both.code, 2); // an image and a container file system: which one?
        QVERIFY2(both.err.contains("--container"), both.describe().constData());
        const QByteArray spdx = bomOf({QStringLiteral("--container"), QStringLiteral("web"), QStringLiteral("--format"),
                                       QStringLiteral("spdx"), m_image, inspect, exportPath});
        const QJsonObject doc = QJsonDocument::fromJson(spdx).object();
        QCOMPARE(doc.value(u"name").toString(), QStringLiteral("web"));
        QCOMPARE(doc.value(u"creationInfo").toObject().value(u"created").toString(), QStringLiteral("2024-02-03T04:05:06Z"));
        QCOMPARE(doc.value(u"packages").toArray().first().toObject().value(u"versionInfo").toString(), QString::fromLatin1(id));
        QCOMPARE(doc.value(u"packages").toArray().size(), 3); // the container and its 2 packages
        const Run missing = runCli({QStringLiteral("sbom"), QStringLiteral("--container"), QStringLiteral("nosuch"), m_image, inspect});
        QCOMPARE(missing.code, 2);

        // A data root's container: its read-write layer on its image, with the container's facts.
        bom = QJsonDocument::fromJson(bomOf({QStringLiteral("--container"), QStringLiteral("webshop"),
                                             data(QStringLiteral("demo/demo-dataroot.tar.gz"))})).object();
        subject = bom.value(u"metadata").toObject().value(u"component").toObject();
        QCOMPARE(subject.value(u"name").toString(), QStringLiteral("webshop"));
        QCOMPARE(subject.value(u"bom-ref").toString(), QStringLiteral("d38dc64b2d484d8e226b5157152df238f79065463cd5261ddcfac6d931484266"));
        QCOMPARE(propertyOf(subject, QStringLiteral("dockscope:kind")), QStringLiteral("container"));
        // Its kind, then the image's 9 layers, the container's init layer and its read-write layer
        // (folders of the data root: no diff id).
        const QJsonArray properties = subject.value(u"properties").toArray();
        QCOMPARE(properties.size(), 12);
        QCOMPARE(properties[11].toObject().value(u"name").toString(), QStringLiteral("dockscope:layer:10:diffId"));
        QVERIFY(properties[9].toObject().value(u"value").toString().startsWith(u"sha256:"));
    }

    void usageErrors()
    {
        const Run unknown = runCli({QStringLiteral("sbom"), QStringLiteral("--format"), QStringLiteral("swid"), m_image});
        QCOMPARE(unknown.code, 2);
        const Run none = runCli({QStringLiteral("sbom")});
        QCOMPARE(none.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestSbom)
#include "tst_sbom.moc"
