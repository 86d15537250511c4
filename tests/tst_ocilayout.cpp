// OCI image layouts built in the test: nested and multi-platform indexes, tags, artifacts,
// cycles and missing blobs, as a folder and as a tar.

#include "analysis/analyzer.h"
#include "tarbuilder.h"
#include "util/digest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dockscope;
using namespace dockscope::test;

namespace {

// Writes an OCI layout folder blob by blob.
class OciLayoutBuilder
{
public:
    OciLayoutBuilder()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("blobs/sha256"));
        write(QStringLiteral("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    }

    QString path() const { return m_dir.path(); }

    // Stores a blob under its digest; returns a descriptor JSON for it.
    QString blob(const QByteArray &data, const QString &mediaType, const QString &extra = {})
    {
        const QString digest = Sha256::of(data).prefixed();
        return blobNamed(digest, data, mediaType, extra);
    }

    // Stores data under a chosen digest name (for tampered or cyclic layouts).
    QString blobNamed(const QString &digest, const QByteArray &data, const QString &mediaType,
                      const QString &extra = {})
    {
        write(QStringLiteral("blobs/sha256/") + digest.mid(7), data);
        return QStringLiteral("{\"mediaType\":\"%1\",\"digest\":\"%2\",\"size\":%3%4}")
            .arg(mediaType, digest)
            .arg(data.size())
            .arg(extra.isEmpty() ? QString() : u',' + extra);
    }

    // An image: config + layers + manifest; returns the manifest descriptor.
    QString image(const std::vector<QByteArray> &tars, const QString &arch, const QString &extra = {})
    {
        QStringList layers;
        for (const QByteArray &t : tars) {
            layers << blob(TarBuilder::gzip(t), QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip"));
        }
        QByteArray config = ImageArchive::configFor(tars);
        config.replace(QByteArray("\"amd64\""), QByteArray('"' + arch.toUtf8() + '"'));
        const QString cfg = blob(config, QStringLiteral("application/vnd.oci.image.config.v1+json"));
        const QByteArray manifest = QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                                                   "\"config\":%1,\"layers\":[%2]}")
                                        .arg(cfg, layers.join(u','))
                                        .toUtf8();
        return blob(manifest, QStringLiteral("application/vnd.oci.image.manifest.v1+json"), extra);
    }

    static QByteArray index(const QStringList &descriptors)
    {
        return QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
                              "\"manifests\":[%1]}")
            .arg(descriptors.join(u','))
            .toUtf8();
    }

    void writeIndex(const QStringList &descriptors) { write(QStringLiteral("index.json"), index(descriptors)); }

    void write(const QString &name, const QByteArray &data)
    {
        QFile f(m_dir.path() + u'/' + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    // The same layout packed in a tar.
    QByteArray tar() const
    {
        TarBuilder b;
        const QDir root(m_dir.path());
        for (const QString &name : {QStringLiteral("oci-layout"), QStringLiteral("index.json")}) {
            QFile f(root.filePath(name));
            f.open(QIODevice::ReadOnly);
            b.file(name.toStdString(), f.readAll());
        }
        for (const QString &name : QDir(root.filePath(QStringLiteral("blobs/sha256"))).entryList(QDir::Files)) {
            QFile f(root.filePath(QStringLiteral("blobs/sha256/") + name));
            f.open(QIODevice::ReadOnly);
            b.file("blobs/sha256/" + name.toStdString(), f.readAll());
        }
        return b.bytes();
    }

private:
    QTemporaryDir m_dir;
};

QString platform(const QString &os, const QString &arch, const QString &variant = {})
{
    return QStringLiteral("\"platform\":{\"os\":\"%1\",\"architecture\":\"%2\"%3}")
        .arg(os, arch, variant.isEmpty() ? QString() : QStringLiteral(",\"variant\":\"%1\"").arg(variant));
}

QString refName(const QString &tag)
{
    return QStringLiteral("\"annotations\":{\"org.opencontainers.image.ref.name\":\"%1\"}").arg(tag);
}

bool hasDiagnostic(const Analysis &a, Diagnostic::Severity severity, const QString &text)
{
    for (const Diagnostic &d : a.diagnostics) {
        if (d.severity == severity && d.message().contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestOciLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void multiPlatformIndex_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("architecture");
        QTest::newRow("default is linux/amd64") << QString() << QStringLiteral("amd64");
        QTest::newRow("arm64 by os/arch") << QStringLiteral("linux/arm64") << QStringLiteral("arm64");
        QTest::newRow("arm64 by os/arch/variant") << QStringLiteral("linux/arm64/v8") << QStringLiteral("arm64");
    }

    void multiPlatformIndex()
    {
        QFETCH(QString, requested);
        QFETCH(QString, architecture);
        OciLayoutBuilder oci;
        const QString amd = oci.image({TarBuilder().file("arch", "amd64").bytes()}, QStringLiteral("amd64"),
                                      platform(QStringLiteral("linux"), QStringLiteral("amd64")));
        const QString arm = oci.image({TarBuilder().file("arch", "arm64").bytes()}, QStringLiteral("arm64"),
                                      platform(QStringLiteral("linux"), QStringLiteral("arm64"), QStringLiteral("v8")));
        // A nested index: index.json → index → two manifests.
        const QString nested = oci.blob(OciLayoutBuilder::index({arm, amd}),
                                        QStringLiteral("application/vnd.oci.image.index.v1+json"), refName(QStringLiteral("1.0")));
        oci.writeIndex({nested});

        AnalyzeOptions options;
        options.platform = requested;
        const Analysis a = Analyzer::run({oci.path()}, options);
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &image = a.images[0];
        QCOMPARE(image.config.architecture, architecture);
        QCOMPARE(image.repoTags, QStringList{QStringLiteral("1.0")});
        QCOMPARE(a.evidence[0].kind, QStringLiteral("oci-layout"));
        QCOMPARE(a.evidence[0].platforms, QStringList({QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64/v8")}));
        QVERIFY(image.layers[0].verified);
        QCOMPARE(image.tree->sha256(image.tree->find("arch")), Sha256::of(architecture.toUtf8()));
        if (requested.isEmpty()) {
            QVERIFY(hasDiagnostic(a, Diagnostic::Severity::Info, QStringLiteral("several platforms")));
        }
    }

    void unknownPlatformIsAnError()
    {
        OciLayoutBuilder oci;
        const QString amd = oci.image({TarBuilder().file("a", "1").bytes()}, QStringLiteral("amd64"),
                                      platform(QStringLiteral("linux"), QStringLiteral("amd64")) + u',' + refName(QStringLiteral("x")));
        oci.writeIndex({amd});
        AnalyzeOptions options;
        options.platform = QStringLiteral("linux/s390x");
        const Analysis a = Analyzer::run({oci.path()}, options);
        QVERIFY(a.images.empty());
        QVERIFY(hasDiagnostic(a, Diagnostic::Severity::Error, QStringLiteral("offers: linux/amd64")));
    }

    void indexCycleIsReportedNotFollowed()
    {
        OciLayoutBuilder oci;
        const QString image = oci.image({TarBuilder().file("a", "1").bytes()}, QStringLiteral("amd64"));
        // A tampered layout: the blob named X is an index that lists X itself.
        const QString x = QStringLiteral("sha256:") + QString(64, u'a');
        const QString self = QStringLiteral("{\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"digest\":\"%1\",\"size\":1}").arg(x);
        oci.blobNamed(x, OciLayoutBuilder::index({self, image}), QStringLiteral("application/vnd.oci.image.index.v1+json"));
        oci.writeIndex({self.chopped(1) + u',' + refName(QStringLiteral("loop")) + u'}'});

        const Analysis a = Analyzer::run({oci.path()}, {});
        QVERIFY(hasDiagnostic(a, Diagnostic::Severity::Warning, QStringLiteral("index cycle")));
        QCOMPARE(a.images.size(), std::size_t(1)); // the real image below the loop is still read
        bool digestMismatch = false;
        for (const IntegrityCheck &c : a.integrity) {
            digestMismatch = digestMismatch || (!c.ok && c.expected == x);
        }
        QVERIFY(digestMismatch);
    }

    void artifactsAreListedNotAnalysed()
    {
        OciLayoutBuilder oci;
        const QString cfg = oci.blob("{}", QStringLiteral("application/vnd.example.sbom+json"));
        const QString layer = oci.blob("{\"sbom\":1}", QStringLiteral("application/json"));
        const QString manifest = oci.blob(QStringLiteral("{\"schemaVersion\":2,\"config\":%1,\"layers\":[%2]}").arg(cfg, layer).toUtf8(),
                                          QStringLiteral("application/vnd.oci.image.manifest.v1+json"), refName(QStringLiteral("sbom")));
        const QString image = oci.image({TarBuilder().file("a", "1").bytes()}, QStringLiteral("amd64"), refName(QStringLiteral("app")));
        oci.writeIndex({manifest, image});
        const Analysis a = Analyzer::run({oci.path()}, {});
        QCOMPARE(a.images.size(), std::size_t(1));
        QCOMPARE(a.images[0].repoTags, QStringList{QStringLiteral("app")});
        QCOMPARE(a.evidence[0].artifacts.size(), 1);
        QVERIFY(a.evidence[0].artifacts[0].contains(QStringLiteral("application/vnd.example.sbom+json")));
    }

    void missingLayerBlob()
    {
        OciLayoutBuilder oci;
        const QByteArray good = TarBuilder().file("good", "1").bytes();
        const QByteArray lost = TarBuilder().file("lost", "2").bytes();
        const QString image = oci.image({good, lost}, QStringLiteral("amd64"));
        QVERIFY(QFile::remove(oci.path() + QStringLiteral("/blobs/sha256/") + Sha256::of(TarBuilder::gzip(lost)).hex()));
        oci.writeIndex({image});
        const Analysis a = Analyzer::run({oci.path()}, {});
        QCOMPARE(a.images.size(), std::size_t(1));
        QVERIFY(a.images[0].layers[0].verified);
        QVERIFY(!a.images[0].layers[1].readable);
        QVERIFY(!a.images[0].layers[1].verified);
        QVERIFY(a.images[0].tree->find("good") != FileTree::NoNode);
        bool named = false;
        for (const Diagnostic &d : a.diagnostics) {
            named = named || (d.severity == Diagnostic::Severity::Error && d.where.contains(Sha256::of(TarBuilder::gzip(lost)).hex()));
        }
        QVERIFY(named);
    }

    void tagSelection()
    {
        OciLayoutBuilder oci;
        const QString one = oci.image({TarBuilder().file("v", "1").bytes()}, QStringLiteral("amd64"), refName(QStringLiteral("1")));
        const QString two = oci.image({TarBuilder().file("v", "2").bytes()}, QStringLiteral("amd64"), refName(QStringLiteral("2")));
        oci.writeIndex({one, two});
        const Analysis all = Analyzer::run({oci.path()}, {});
        QCOMPARE(all.images.size(), std::size_t(2));
        const Analysis second = Analyzer::run({oci.path() + QStringLiteral(":2")}, {});
        QCOMPARE(second.images.size(), std::size_t(1));
        QCOMPARE(second.images[0].repoTags, QStringList{QStringLiteral("2")});
        QCOMPARE(second.evidence[0].tag, QStringLiteral("2"));
        const Analysis missing = Analyzer::run({oci.path() + QStringLiteral(":3")}, {});
        QVERIFY(missing.images.empty());
        QVERIFY(hasDiagnostic(missing, Diagnostic::Severity::Error, QStringLiteral("tags present: 1, 2")));
    }

    void tarFormMatchesFolder()
    {
        OciLayoutBuilder oci;
        const QString image = oci.image({TarBuilder().file("a", "1").bytes(), TarBuilder().whiteout("a").file("b", "2").bytes()},
                                        QStringLiteral("amd64"), refName(QStringLiteral("t")));
        oci.writeIndex({image});
        const QString tarPath = writeTemp(oci.tar(), QStringLiteral("layout.tar"));
        const Analysis folder = Analyzer::run({oci.path()}, {});
        const Analysis tar = Analyzer::run({tarPath}, {});
        QCOMPARE(tar.images.size(), std::size_t(1));
        QCOMPARE(tar.evidence[0].kind, QStringLiteral("oci-layout"));
        QCOMPARE(tar.images[0].id, folder.images[0].id);
        QCOMPARE(tar.images[0].layers[1].diffId, folder.images[0].layers[1].diffId);
        QVERIFY(tar.images[0].layers[1].verified);
        QVERIFY(tar.images[0].tree->find("a") != FileTree::NoNode);
        QVERIFY(!tar.images[0].tree->visible(tar.images[0].tree->find("a")));
    }
};

QTEST_GUILESS_MAIN(TestOciLayout)
#include "tst_ocilayout.moc"
