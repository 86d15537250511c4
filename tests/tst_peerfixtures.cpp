// Integration tests through Analyzer::run on the peer projects' own test evidence
// (../shared/fixtures/peers), asserting the values the peers' tests assert (see the README
// there), plus layer-level stacking checks built with LayerScanner/LayerStack.

#include "analysis/analyzer.h"
#include "layerhelpers.h"
#include "tarbuilder.h"
#include "testpaths.h"
#include "util/digest.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <algorithm>

using namespace dockscope;
using namespace dockscope::test;

namespace {

Analysis analyse(const QStringList &evidence, const QString &platform = {})
{
    AnalyzeOptions options;
    options.platform = platform;
    return Analyzer::run(evidence, options);
}

Analysis analyse(const QString &evidence, const QString &platform = {})
{
    return analyse(QStringList{evidence}, platform);
}

// Every diagnostic as one line, for failure messages.
QByteArray diagnosticsText(const Analysis &a)
{
    QStringList lines;
    for (const Diagnostic &d : a.diagnostics) {
        lines << QStringLiteral("[%1] %2").arg(Diagnostic::severityName(d.severity), d.toString());
    }
    return lines.join(u'\n').toUtf8();
}

int countSeverity(const Analysis &a, Diagnostic::Severity severity)
{
    return int(std::count_if(a.diagnostics.begin(), a.diagnostics.end(),
                             [severity](const Diagnostic &d) { return d.severity == severity; }));
}

QStringList visible(const Image &image)
{
    return image.tree ? visiblePaths(*image.tree) : QStringList();
}

// Visible non-directory paths.
QStringList visibleFiles(const FileTree &t)
{
    QStringList out;
    for (std::uint32_t n = 1; n < t.size(); ++n) {
        if (t.visible(n) && t.type(n) != EntryType::Directory) {
            out << u'/' + QString::fromStdString(t.path(n));
        }
    }
    out.sort();
    return out;
}

const Image *imageTagged(const Analysis &a, const QString &tag)
{
    for (const Image &i : a.images) {
        if (i.repoTags.contains(tag)) {
            return &i;
        }
    }
    return nullptr;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

// A layer tar built from a folder of the peer evidence: directories and regular files with
// their relative names, sorted, so the layer does not depend on the order of readdir().
QByteArray tarFromFolder(const QString &root)
{
    QStringList paths;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths << it.next();
    }
    paths.sort();
    TarBuilder tar;
    for (const QString &p : paths) {
        const QString rel = p.mid(root.size() + 1);
        const QFileInfo info(p);
        if (info.isDir()) {
            tar.dir(rel.toStdString());
        } else {
            tar.file(rel.toStdString(), readFile(p));
        }
    }
    return tar.bytes();
}

// Every path below a folder, as "/a", "/a/b", sorted.
QStringList folderListing(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        out << it.next().mid(root.size());
    }
    out.sort();
    return out;
}

bool allLayersVerified(const Image &image)
{
    return !image.layers.empty()
        && std::all_of(image.layers.begin(), image.layers.end(),
                       [](const Layer &l) { return l.readable && l.verified; });
}

QByteArray layerReport(const Image &image)
{
    QStringList lines;
    for (const Layer &l : image.layers) {
        lines << QStringLiteral("layer %1 %2 readable=%3 verified=%4 digest=%5 expected=%6 "
                                "diffId=%7 expectedDiffId=%8")
                     .arg(l.index)
                     .arg(l.member)
                     .arg(l.readable)
                     .arg(l.verified)
                     .arg(l.digest, l.expectedDigest, l.diffId, l.expectedDiffId);
    }
    return lines.join(u'\n').toUtf8();
}

const QString kEmptyTarDiffId =
    QStringLiteral("sha256:84ff92691f909a05b224e1c56abb4864f01b4f8e3c854e4bb4c7baf1d3f6d652");
const QString kTestLinkDiffId =
    QStringLiteral("sha256:8897395fd26dc44ad0e2a834335b33198cb41ac4d98dfddf58eced3853fa7b17");

} // namespace

class TestPeerFixtures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(peer(QStringLiteral("README.md")))) {
            QSKIP("peer fixtures not found (../shared/fixtures/peers)");
        }
    }

    // ---------------------------------------------------------------- go-containerregistry

    void ggcrWhiteoutImage()
    {
        // Layers: {./, bar.txt, foo.txt}, {./, .wh.foo.txt}, {} (an empty tar). Only the root
        // directory and bar.txt are left, so the visible set is exactly /bar.txt.
        const Analysis a = analyse(peer(QStringLiteral("ggcr/mutate__whiteout_image.tar")));
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &img = a.images[0];
        QCOMPARE(img.repoTags, QStringList{QStringLiteral("bazel/pkg/v1/mutate:whiteout_image")});
        QCOMPARE(img.layers.size(), std::size_t(3));
        QVERIFY2(allLayersVerified(img), layerReport(img).constData());
        QCOMPARE(img.layers[2].diffId, kEmptyTarDiffId);
        QCOMPARE(visible(img), QStringList{QStringLiteral("/bar.txt")});
        const std::uint32_t foo = img.tree->find("foo.txt");
        QVERIFY(foo != FileTree::NoNode);
        QVERIFY(!img.tree->visible(foo));
        QCOMPARE(img.tree->node(foo).removedLayer, 1);
        QCOMPARE(img.layers[1].changes.removed, 1);
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
    }

    void ggcrWhiteoutDir()
    {
        const Analysis a = analyse(peer(QStringLiteral("ggcr/mutate__whiteout_dir.tar")));
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &img = a.images[0];
        QCOMPARE(img.layers.size(), std::size_t(4));
        QVERIFY2(allLayersVerified(img), layerReport(img).constData());
        QCOMPARE(visible(img), QStringList({QStringLiteral("/a"), QStringLiteral("/a/baz"),
                                            QStringLiteral("/b"), QStringLiteral("/b/bar")}));
        // /a/foo was there until the whiteout of /a in layer 2; the new /a of layer 3 does not
        // bring it back.
        const std::uint32_t foo = img.tree->find("a/foo");
        QVERIFY(foo != FileTree::NoNode);
        QVERIFY(!img.tree->visible(foo));
        QCOMPARE(img.tree->node(foo).removedLayer, 2);
        QCOMPARE(img.tree->node(img.tree->find("a")).addedLayer, 3);
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
    }

    void ggcrOverwrittenFile()
    {
        const Analysis a = analyse(peer(QStringLiteral("ggcr/mutate__overwritten_file.tar")));
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &img = a.images[0];
        QVERIFY2(allLayersVerified(img), layerReport(img).constData());
        QCOMPARE(visible(img), QStringList({QStringLiteral("/bar.txt"), QStringLiteral("/foo.txt")}));
        const std::uint32_t foo = img.tree->find("foo.txt");
        QVERIFY(foo != FileTree::NoNode);
        QCOMPARE(img.tree->type(foo), EntryType::Symlink);
        QVERIFY(img.tree->entry(foo));
        QCOMPARE(img.tree->entry(foo)->linkTarget, std::string("bar.txt"));
        QCOMPARE(img.tree->node(foo).layer, 1);
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
    }

    void ggcrTestLinkReadsTheRealBytes()
    {
        // test_image_3's first layer.tar is a symlink to test_image_1's layer.tar.
        const Analysis a = analyse(peer(QStringLiteral("ggcr/tarball__test_link.tar")));
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
        QCOMPARE(a.images.size(), std::size_t(2));
        const Image *one = imageTagged(a, QStringLiteral("bazel/v1/tarball:test_image_1"));
        const Image *three = imageTagged(a, QStringLiteral("bazel/v1/tarball:test_image_3"));
        QVERIFY(one && three);
        QCOMPARE(three->layers.size(), std::size_t(2));
        const Layer &linked = three->layers[0];
        QCOMPARE(linked.member,
                 QStringLiteral("b159278ac0c8813245b6c3b22cbbe7abefe3b2ec3fac6c7e87138811e1ef2a88/layer.tar"));
        QVERIFY(linked.readable);
        QCOMPARE(linked.diffId, kTestLinkDiffId);
        QCOMPARE(linked.expectedDiffId, kTestLinkDiffId);
        QVERIFY(linked.verified);
        QCOMPARE(linked.sizeBytes, qint64(8));
        QVERIFY2(allLayersVerified(*three), layerReport(*three).constData());
        QVERIFY2(allLayersVerified(*one), layerReport(*one).constData());
        QCOMPARE(one->layers[0].diffId, kTestLinkDiffId);
        // The store follows the link: both images share one scan of the real member.
        QCOMPARE(linked.scan.get(), one->layers[0].scan.get());
        QCOMPARE(visible(*three), QStringList({QStringLiteral("/bar"), QStringLiteral("/foo"),
                                               QStringLiteral("/test")}));
        QCOMPARE(visible(*one), QStringList({QStringLiteral("/bar"), QStringLiteral("/foo")}));
    }

    void ggcrTestBundleHoldsTwoImages()
    {
        const Analysis a = analyse(peer(QStringLiteral("ggcr/tarball__test_bundle.tar")));
        QCOMPARE(a.images.size(), std::size_t(2));
        QCOMPARE(a.images[0].repoTags, QStringList{QStringLiteral("test_image_2")});
        QCOMPARE(a.images[1].repoTags, QStringList{QStringLiteral("test_image_1")});
        QCOMPARE(a.images[0].id,
                 QStringLiteral("sha256:930705ce23e3b6ed4c08746b6fe880089c864fbaf62482702ae3fdd66b8c7fe9"));
        QCOMPARE(a.images[1].id,
                 QStringLiteral("sha256:6e0b05049ed9c17d02e1a55e80d6599dbfcce7f4f4b022e3c673e685789c470e"));
        for (const Image &img : a.images) {
            QVERIFY2(allLayersVerified(img), layerReport(img).constData());
        }
        QCOMPARE(visible(a.images[0]), QStringList({QStringLiteral("/bat"), QStringLiteral("/baz")}));
        QCOMPARE(visible(a.images[1]), QStringList({QStringLiteral("/bar"), QStringLiteral("/foo")}));
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
    }

    void ggcrNullManifestIsAnError()
    {
        const Analysis a = analyse(peer(QStringLiteral("ggcr/tarball__null_manifest.tar")));
        QVERIFY(a.images.empty());
        QVERIFY2(countSeverity(a, Diagnostic::Severity::Error) >= 1, diagnosticsText(a).constData());
        QVERIFY(!a.anyEvidenceRead());
        QCOMPARE(a.evidence.size(), std::size_t(1));
        QVERIFY(!a.evidence[0].readable);
        QVERIFY(a.hasWarnings());
    }

    void ggcrNoManifestIsRebuilt()
    {
        // No manifest.json: the image comes from "repositories" and the layer's v1 json; the
        // config <hex>.json whose diff_ids match the chain is found, so the id is the original.
        const Analysis a = analyse(peer(QStringLiteral("ggcr/tarball__no_manifest.tar")));
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &img = a.images[0];
        QCOMPARE(img.repoTags, QStringList{QStringLiteral("bazel/v1/tarball:test_image")});
        QVERIFY(!img.configRebuilt);
        QCOMPARE(img.id,
                 QStringLiteral("sha256:47b20a5c857d1adc47d5ee911b1e73f8fdd17e81459f7d241a918ff797d3ef9e"));
        QCOMPARE(img.layers.size(), std::size_t(1));
        QVERIFY2(allLayersVerified(img), layerReport(img).constData());
        QCOMPARE(visible(img), QStringList({QStringLiteral("/foo"), QStringLiteral("/foo/baz"),
                                            QStringLiteral("/foo/foo"), QStringLiteral("/foo/hey")}));
        QVERIFY(a.anyEvidenceRead());
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
    }

    void ggcrHelloWorldDocker25Hybrid()
    {
        // Docker 25 "docker save": manifest.json plus an OCI index.json whose "manifests" is
        // null (untagged save). The manifest.json describes the one image.
        const Analysis a = analyse(peer(QStringLiteral("ggcr/tarball__hello-world-v25.tar")));
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &img = a.images[0];
        QCOMPARE(img.id,
                 QStringLiteral("sha256:ee301c921b8aadc002973b2e0c3da17d701dcd994b606769a7e6eaa100b81d44"));
        QVERIFY(img.repoTags.isEmpty());
        QCOMPARE(img.platform, QStringLiteral("linux/arm64"));
        QCOMPARE(img.layers.size(), std::size_t(1));
        QVERIFY2(allLayersVerified(img), layerReport(img).constData());
        QCOMPARE(img.layers[0].diffId,
                 QStringLiteral("sha256:12660636fe55438cc3ae7424da7ac56e845cdb52493ff9cf949c47a7f57f8b43"));
        QCOMPARE(img.layers[0].createdBy, QStringLiteral("COPY hello / # buildkit"));
        QCOMPARE(visible(img), QStringList{QStringLiteral("/hello")});
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
    }

    // ---------------------------------------------------------------- trivy

    void trivyAlpine311()
    {
        const Analysis a = analyse(peer(QStringLiteral("trivy/alpine-311.tar.gz")));
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
        QCOMPARE(a.evidence.size(), std::size_t(1));
        QCOMPARE(a.evidence[0].kind, QStringLiteral("docker-archive"));
        QVERIFY2(a.evidence[0].format.contains(QStringLiteral("gzip")),
                 a.evidence[0].format.toUtf8().constData());
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &img = a.images[0];
        QCOMPARE(img.id,
                 QStringLiteral("sha256:a187dde48cd289ac374ad8539930628314bc581a481cdb41409c9289419ddb72"));
        QCOMPARE(img.repoTags, QStringList{QStringLiteral("alpine:3.11")});
        QCOMPARE(img.layers.size(), std::size_t(1));
        QCOMPARE(img.layers[0].diffId,
                 QStringLiteral("sha256:beee9f30bc1f711043e78d4a2be0668955d4b761d587d6f60c2c8dc081efb203"));
        QVERIFY2(allLayersVerified(img), layerReport(img).constData());
        const std::uint32_t release = img.tree->find("etc/alpine-release");
        QVERIFY(release != FileTree::NoNode);
        QVERIFY(img.tree->visible(release));
        QCOMPARE(img.tree->type(release), EntryType::File);
    }

    void trivyImageTag_data()
    {
        QTest::addColumn<bool>("asTar");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("works");
        QTest::newRow("folder, tag 0.0.1 exists") << false << QStringLiteral(":0.0.1") << true;
        QTest::newRow("folder, tag 0.0.0 is absent") << false << QStringLiteral(":0.0.0") << false;
        QTest::newRow("folder, no tag") << false << QString() << true;
        // The same layout packed into a tar by the test.
        QTest::newRow("tar, tag 0.0.1 exists") << true << QStringLiteral(":0.0.1") << true;
        QTest::newRow("tar, tag 0.0.0 is absent") << true << QStringLiteral(":0.0.0") << false;
    }

    void trivyImageTag()
    {
        QFETCH(bool, asTar);
        QFETCH(QString, suffix);
        QFETCH(bool, works);
        const QString folder = peer(QStringLiteral("trivy/test_image_tag.oci"));
        const QString path = asTar ? writeTemp(tarFromFolder(folder), QStringLiteral("test_image_tag.tar"))
                                   : folder;
        const QString given = path + suffix;
        const Analysis a = analyse(given);
        QCOMPARE(a.evidence.size(), std::size_t(1));
        QCOMPARE(a.evidence[0].path, given);
        QCOMPARE(a.evidence[0].tag, suffix.mid(1));
        QCOMPARE(a.evidence[0].kind, QStringLiteral("oci-layout"));
        if (works) {
            QVERIFY2(a.images.size() == 1, diagnosticsText(a).constData());
            QCOMPARE(a.images[0].repoTags, QStringList{QStringLiteral("0.0.1")});
            QCOMPARE(a.images[0].manifestDigest,
                     QStringLiteral("sha256:afb744871f99e0ff8e6f253244836ed34c5d805fdb096d3a205ffaf5e9073cab"));
            QVERIFY2(allLayersVerified(a.images[0]), layerReport(a.images[0]).constData());
            QVERIFY(a.anyEvidenceRead());
            QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
        } else {
            QVERIFY(a.images.empty());
            // docs/engine.md: an unknown tag is an error that lists the tags present; it is
            // about the tag, not about an unreadable layout.
            const bool aboutTag = std::any_of(a.diagnostics.begin(), a.diagnostics.end(),
                                              [](const Diagnostic &d) {
                                                  return d.severity == Diagnostic::Severity::Error
                                                      && d.message().contains(QStringLiteral("0.0.0"))
                                                      && d.message().contains(QStringLiteral("0.0.1"));
                                              });
            QVERIFY2(aboutTag, diagnosticsText(a).constData());
            QVERIFY(!a.anyEvidenceRead());
        }
        // "PATH:TAG" names the evidence PATH: its digest and size are those of PATH.
        const Analysis plain = analyse(path);
        QVERIFY(!plain.evidence[0].sha256.isEmpty());
        QCOMPARE(a.evidence[0].sha256, plain.evidence[0].sha256);
        QCOMPARE(a.evidence[0].sizeBytes, plain.evidence[0].sizeBytes);
    }

    // ---------------------------------------------------------------- stereoscope

    void stereoscopeValidOci()
    {
        const Analysis a = analyse(peer(QStringLiteral("stereoscope/valid-oci.tar")));
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
        QCOMPARE(a.evidence[0].kind, QStringLiteral("oci-layout"));
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &img = a.images[0];
        QCOMPARE(img.repoTags, QStringList{QStringLiteral("sample:latest")});
        QCOMPARE(img.manifestDigest,
                 QStringLiteral("sha256:c1ed04a3da941a5dd09b58b16c37f065557863d382ef97995ddac885a8452ebb"));
        QCOMPARE(img.id,
                 QStringLiteral("sha256:61ee19e869a529075634f762c1eb191962777e0803598758cbf076edfadfb046"));
        QVERIFY2(allLayersVerified(img), layerReport(img).constData());
        QCOMPARE(visible(img), QStringList{QStringLiteral("/README.md")});
    }

    void stereoscopeTagWithAColon()
    {
        // OCI ref names may contain ':' (the spec's separators are [-._:@+]); "PATH:TAG" with
        // TAG "sample:latest" names the existing file PATH and that tag.
        const QString given = peer(QStringLiteral("stereoscope/valid-oci.tar:sample:latest"));
        const Analysis a = analyse(given);
        QCOMPARE(a.evidence.size(), std::size_t(1));
        QCOMPARE(a.evidence[0].tag, QStringLiteral("sample:latest"));
        QVERIFY2(a.images.size() == 1, diagnosticsText(a).constData());
        QCOMPARE(a.images[0].repoTags, QStringList{QStringLiteral("sample:latest")});
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
    }

    // ---------------------------------------------------------------- dive

    void diveOciLayouts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("compression");
        QTest::addColumn<QString>("diffId");
        const QString plain =
            QStringLiteral("sha256:356d5e7f4012d87cb1078ac1f480e90528eec4940ce45c50380321436db38758");
        QTest::newRow("uncompressed") << QStringLiteral("dive-oci/test-oci-uncompressed-image.tar")
                                      << int(Compression::None) << plain;
        QTest::newRow("gzip") << QStringLiteral("dive-oci/test-oci-gzip-image.tar")
                              << int(Compression::Gzip) << plain;
        QTest::newRow("zstd") << QStringLiteral("dive-oci/test-oci-zstd-image.tar")
                              << int(Compression::Zstd) << plain;
        // estargz appends its table of contents (stargz.index.json) after the tar's end
        // marker, so its decompressed stream, and the diff_id its config declares, differ.
        QTest::newRow("estargz")
            << QStringLiteral("dive-oci/test-oci-estargz-image.tar") << int(Compression::Gzip)
            << QStringLiteral("sha256:2b3dbfdf131b60e153f6c11e1781c35dcaab001dde8f65c5efaad5813817800e");
    }

    void diveOciLayouts()
    {
        QFETCH(QString, file);
        QFETCH(int, compression);
        QFETCH(QString, diffId);
        const Analysis a = analyse(peer(file));
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
        QCOMPARE(a.evidence[0].kind, QStringLiteral("oci-layout"));
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &img = a.images[0];
        QCOMPARE(img.platform, QStringLiteral("linux/arm64"));
        QCOMPARE(img.layers.size(), std::size_t(1));
        QVERIFY2(allLayersVerified(img), layerReport(img).constData());
        QCOMPARE(int(img.layers[0].compression), compression);
        QCOMPARE(img.layers[0].diffId, diffId);
        QCOMPARE(img.layers[0].expectedDiffId, diffId);
        // Only README.md: what follows the tar's end marker is not a file of the layer.
        QCOMPARE(visible(img), QStringList{QStringLiteral("/README.md")});
        QCOMPARE(img.layers[0].sizeBytes, qint64(11189));
    }

    void diveOciLayoutsAgree()
    {
        const QStringList files{QStringLiteral("dive-oci/test-oci-uncompressed-image.tar"),
                                QStringLiteral("dive-oci/test-oci-gzip-image.tar"),
                                QStringLiteral("dive-oci/test-oci-zstd-image.tar"),
                                QStringLiteral("dive-oci/test-oci-estargz-image.tar")};
        QStringList paths;
        for (const QString &f : files) {
            paths << peer(f);
        }
        const Analysis a = analyse(paths);
        QCOMPARE(a.images.size(), std::size_t(4));
        const Image &reference = a.images[0];
        const std::uint32_t refNode = reference.tree->find("README.md");
        QVERIFY(refNode != FileTree::NoNode);
        const Digest refDigest = reference.tree->sha256(refNode);
        QVERIFY(refDigest.valid);
        for (std::size_t i = 0; i < a.images.size(); ++i) {
            const Image &img = a.images[i];
            QVERIFY2(allLayersVerified(img), layerReport(img).constData());
            QCOMPARE(visible(img), visible(reference));
            const std::uint32_t n = img.tree->find("README.md");
            QVERIFY(n != FileTree::NoNode);
            QCOMPARE(img.tree->sha256(n).prefixed(), refDigest.prefixed());
            QCOMPARE(img.tree->entry(n)->size, qint64(11189));
        }
        // The three plain encodings of one tar share its diff_id; estargz's stream is longer.
        QCOMPARE(a.images[1].layers[0].diffId, a.images[0].layers[0].diffId);
        QCOMPARE(a.images[2].layers[0].diffId, a.images[0].layers[0].diffId);
        QVERIFY(a.images[3].layers[0].diffId != a.images[0].layers[0].diffId);
    }

    void diveFlatTarballs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("uncompressed") << QStringLiteral("dive-oci/test-uncompressed-image.tar");
        QTest::newRow("gzip") << QStringLiteral("dive-oci/test-gzip-image.tar");
        QTest::newRow("zstd") << QStringLiteral("dive-oci/test-zstd-image.tar");
        QTest::newRow("estargz") << QStringLiteral("dive-oci/test-estargz-image.tar");
    }

    void diveFlatTarballs()
    {
        QFETCH(QString, file);
        const Analysis a = analyse(peer(file));
        QVERIFY2(!a.hasWarnings(), diagnosticsText(a).constData());
        QCOMPARE(a.evidence.size(), std::size_t(1));
        QCOMPARE(a.evidence[0].kind, QStringLiteral("container-export"));
        QVERIFY(a.evidence[0].readable);
        QCOMPARE(a.images.size(), std::size_t(1));
        QCOMPARE(a.images[0].kind, QStringLiteral("container-export"));
        QVERIFY(a.images[0].id.isEmpty());
        QCOMPARE(visible(a.images[0]), QStringList{QStringLiteral("/README.md")});
        // A flat file system: the evidence digest is that of the whole file.
        QCOMPARE(a.evidence[0].sha256,
                 QStringLiteral("sha256:92532989db11499446078035c53bee46d507df8dc35be53baf5558f692feb185"));
    }

    // ---------------------------------------------------------------- regclient

    void regclientTestrepoPlatform_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QStringList>("manifests");
        QTest::newRow("linux/arm64") << QStringLiteral("linux/arm64") << QStringList{
            QStringLiteral("sha256:35f35d912637b75c6e27b0a27a94741609dd25ca2b58b16ac4c1c559a3b481ac"),
            QStringLiteral("sha256:e4913f3e22d9e8d9aff89116f5ee0b31b3152c7ecb73da390f05b6c6042cc339"),
            QStringLiteral("sha256:2ee2598fa2658b86b90aefe1370b4b54ff44612bf6a84fc0debff08979ff5923"),
            QStringLiteral("sha256:7e87ffc91b9ceafa85be2777b16b1be10e4664fd4f3acc86e4295b97da5163ba"),
            QStringLiteral("sha256:6bed79d0800a0d3a1d0e0e8105a6a5f7f7758ce09e160a8f142574c418302467"),
            QStringLiteral("sha256:e2a061deaaf445494e98f544b7dc3717288733d6bf918d888d50aec982a587ab")};
        // Without --platform: linux/amd64 out of each multi-platform index.
        QTest::newRow("default") << QString() << QStringList{
            QStringLiteral("sha256:2f295c8e37f19a4fb8d49a3f2130863ec40288cb010f721742748e3dde5b1819"),
            QStringLiteral("sha256:dca0e7ab3bf3fd6135cb748f1b0e5587eeaa422dd8332a64e6f7fb0c96cd27e6"),
            QStringLiteral("sha256:5db14b573e806eb81f78502636f5fc2b6648dd0b64d90231fbcf70e14f52bd64"),
            QStringLiteral("sha256:1effc9d48232693f4584ceb9c5e8d84ddeb5924ea4aff341aa8204510422f668"),
            QStringLiteral("sha256:ee378b79279b57eb5ac1f3b892c9ad2a9be9d9ccabe1a29a9cbaed8cad182358"),
            QStringLiteral("sha256:f8c9d547514d66b562f791c361e4e9795340a7626aff22980138718689ef2a44")};
    }

    void regclientTestrepoPlatform()
    {
        QFETCH(QString, platform);
        QFETCH(QStringList, manifests);
        QElapsedTimer timer;
        timer.start();
        const Analysis a = analyse(peer(QStringLiteral("regclient/testrepo")), platform);
        // Indexes that refer to each other, referrers and a "loop" tag: nothing hangs.
        QVERIFY2(timer.elapsed() < 60000, QByteArray::number(timer.elapsed()).constData());
        QCOMPARE(countSeverity(a, Diagnostic::Severity::Error), 0);
        QCOMPARE(a.evidence.size(), std::size_t(1));
        const EvidenceItem &e = a.evidence[0];
        QCOMPARE(e.kind, QStringLiteral("oci-layout"));
        QVERIFY(e.readable);
        QVERIFY2(e.platforms.contains(QStringLiteral("linux/amd64"))
                     && e.platforms.contains(QStringLiteral("linux/arm64"))
                     && e.platforms.contains(QStringLiteral("linux/arm/v7")),
                 e.platforms.join(u',').toUtf8().constData());

        QStringList got;
        for (const Image &img : a.images) {
            got << img.manifestDigest;
        }
        QCOMPARE(got, manifests);
        const QString arch = platform.isEmpty() ? QStringLiteral("linux/amd64") : platform;
        const QStringList tags{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3"),
                               QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3")};
        for (std::size_t i = 0; i < a.images.size(); ++i) {
            const Image &img = a.images[i];
            QCOMPARE(img.platform, arch);
            QCOMPARE(img.config.os + u'/' + img.config.architecture, arch);
            QVERIFY2(!img.repoTags.isEmpty() && img.repoTags.first() == tags.at(qsizetype(i)),
                     img.repoTags.join(u',').toUtf8().constData());
            QVERIFY2(allLayersVerified(img), layerReport(img).constData());
            QVERIFY(img.tree && img.tree->visibleCount() > 0);
        }
        // v3 is also tagged by its ".meta" referrer tag, which names the same index.
        QCOMPARE(a.images.back().repoTags,
                 QStringList({QStringLiteral("v3"),
                              QStringLiteral("sha256-7ceb9b6bcc274697d0c38be6214b50cec79d601bc61708747d3f6cb772f6c6fa.6fe828b32b9b4572.meta")}));

        // Artifacts are listed, never analysed as images.
        const QStringList artifactManifests{
            QStringLiteral("sha256:0484e93c23cddf24a8400547119558312023295af241d4cd1eaf1b27145c5026"),
            QStringLiteral("sha256:0514ce64171e869a0b065fa1ce1b533e82808c9228d5b97ea6e3ef2e026d9aed"),
            QStringLiteral("sha256:25ecacb3ebf849dc7f2451172960e8d4947a5d4fcf2e8c720b9b281ebccf5e01"),
            QStringLiteral("sha256:2a25aa502b5155860847e5b3528b8839fee45514b3ed1dd67ed8c3d42efefd53"),
            QStringLiteral("sha256:30bc58e881e9e21ce6b77b7b3f69dac5e9371c9ea5a445234c22234826563023"),
            QStringLiteral("sha256:43089316cfeec5c2f7897591f5925167afda21932cf71a1a1264684930e7b40a"),
            QStringLiteral("sha256:741132f956e196c3858dab17e50ea977056f2f1ce1ad2900f11f4c8ff2d4203b"),
            QStringLiteral("sha256:819ff4564a5d4a1c07b4e25bbba420cace378d4ed32671e6ee4eea95df1b8c4c"),
            QStringLiteral("sha256:8e54c6754f08d22f85c7552bb1951b228b8194d29b14a1639dbe50868da0273e"),
            QStringLiteral("sha256:905693978d033f94767ce99edd9a3b285853343c148a4057cf00d47c67f9fb83"),
            QStringLiteral("sha256:ad460bc30198d65c14708aa6ec4445498243bc642fce8b64ea7ce21ba559cc79"),
            QStringLiteral("sha256:d2e2970e57e08dbf1fb3ba3b7149fca059f97588e5390f0fae94dfc99b82788f"),
            QStringLiteral("sha256:d910434391624641a9398ec921067e2dbd9a76aac69f120257906f811f0eecb8")};
        for (const QString &digest : artifactManifests) {
            const bool listed = std::any_of(e.artifacts.begin(), e.artifacts.end(),
                                            [&](const QString &s) { return s.startsWith(digest); });
            QVERIFY2(listed, (digest + QStringLiteral(" not in ") + e.artifacts.join(u';')).toUtf8().constData());
            QVERIFY(!got.contains(digest));
        }
        QCOMPARE(e.artifacts.size(), artifactManifests.size());
        for (const IntegrityCheck &c : a.integrity) {
            QVERIFY2(c.ok, (c.subject + u' ' + c.expected + u' ' + c.actual).toUtf8().constData());
        }
    }

    void regclientLayerWhiteouts()
    {
        // A lowest layer of our own with exdir/test.txt, then regclient's layer.tar
        // (layer1..3.txt) and layer-wh.tar (.wh.layer2.txt and exdir/.wh..wh..opq).
        const QByteArray base = TarBuilder()
                                    .dir("exdir")
                                    .file("exdir/test.txt", "lower\n")
                                    .file("keep.txt", "keep\n")
                                    .bytes();
        const QByteArray layer = readFile(peer(QStringLiteral("regclient/layer.tar")));
        const QByteArray wh = readFile(peer(QStringLiteral("regclient/layer-wh.tar")));
        QVERIFY(!layer.isEmpty() && !wh.isEmpty());
        const std::vector<LayerScanPtr> scans = scanAll({base, layer, wh});
        for (const LayerScanPtr &s : scans) {
            QVERIFY(s->complete);
        }
        const StackResult s = stack(scans);
        const FileTree &t = *s.tree;
        QCOMPARE(visiblePaths(t), QStringList({QStringLiteral("/exdir"), QStringLiteral("/keep.txt"),
                                               QStringLiteral("/layer1.txt"),
                                               QStringLiteral("/layer3.txt")}));

        const std::uint32_t l1 = t.find("layer1.txt");
        QVERIFY(l1 != FileTree::NoNode);
        QCOMPARE(t.sha256(l1).prefixed(), Sha256::of(QByteArray("1\n")).prefixed());
        QCOMPARE(t.node(l1).layer, 2);
        const std::uint32_t l3 = t.find("layer3.txt");
        QCOMPARE(t.sha256(l3).prefixed(), Sha256::of(QByteArray("3\n")).prefixed());

        const std::uint32_t l2 = t.find("layer2.txt");
        QVERIFY(l2 != FileTree::NoNode);
        QVERIFY(!t.visible(l2));
        QCOMPARE(t.node(l2).removedLayer, 2);
        QCOMPARE(t.events(l2).back().kind, FileTree::EventKind::Removed);
        QCOMPARE(t.events(l2).back().cause, FileTree::Cause::Whiteout);

        const std::uint32_t hidden = t.find("exdir/test.txt");
        QVERIFY(hidden != FileTree::NoNode);
        QVERIFY(!t.visible(hidden));
        QCOMPARE(t.node(hidden).removedLayer, 2);
        QCOMPARE(t.events(hidden).back().cause, FileTree::Cause::Opaque);
        // The opaque directory itself stays.
        QVERIFY(t.visible(t.find("exdir")));
        QCOMPARE(s.changes[2].removed, 2); // layer2.txt and exdir/test.txt
    }

    // ---------------------------------------------------------------- container-diff

    void containerDiffLayers_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<QString>("expectedFolder");
        QTest::addColumn<QStringList>("expectedFiles");
        QTest::newRow("la-croix-wh")
            << QStringLiteral("container-diff/la-croix-wh.tar")
            << QStringLiteral("container-diff/expected/la-croix-wh-actual")
            << QStringList{QStringLiteral("/nest2/hello"), QStringLiteral("/passionfruit.txt"),
                           QStringLiteral("/peach-pear.txt")};
        QTest::newRow("la-croix-dir-update")
            << QStringLiteral("container-diff/la-croix-dir-update.tar")
            << QStringLiteral("container-diff/expected/la-croix-dir-update-actual")
            << QStringList{QStringLiteral("/lime.txt"), QStringLiteral("/nest/f1.txt"),
                           QStringLiteral("/nest/f2.txt"), QStringLiteral("/passionfruit.txt"),
                           QStringLiteral("/peach-pear.txt")};
    }

    void containerDiffLayers()
    {
        QFETCH(QString, layer);
        QFETCH(QString, expectedFolder);
        QFETCH(QStringList, expectedFiles);
        const QByteArray starter =
            tarFromFolder(peer(QStringLiteral("container-diff/expected/la-croix-starter")));
        const QByteArray top = readFile(peer(layer));
        QVERIFY(!top.isEmpty());
        const auto scans = scanAll({starter, top});
        QVERIFY(scans[0]->complete && scans[1]->complete);
        const StackResult s = stack(scans);
        QCOMPARE(visibleFiles(*s.tree), expectedFiles);
        // With directories: exactly the tree container-diff expects.
        QCOMPARE(visiblePaths(*s.tree), folderListing(peer(expectedFolder)));
    }
};

QTEST_GUILESS_MAIN(TestPeerFixtures)
#include "tst_peerfixtures.moc"
