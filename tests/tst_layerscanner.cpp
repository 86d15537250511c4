// The one-pass layer scanner: compression by magic bytes, digests, entry metadata, content hashes.

#include "archive/layerscanner.h"
#include "layerhelpers.h"
#include "tarbuilder.h"
#include "util/digest.h"

#include <QTest>

using namespace dockscope;
using namespace dockscope::test;

namespace {

QByteArray sampleLayer()
{
    return TarBuilder()
        .dir("etc")
        .file("etc/passwd", "root:x:0:0:root:/root:/bin/sh\n", 0644)
        .dir("usr/local/bin", 0755)
        .file("usr/local/bin/tool", QByteArray(5000, 'T'), 04755, 0, 0)
        .symlink("usr/local/bin/link", "tool")
        .hardlink("usr/local/bin/tool2", "usr/local/bin/tool")
        .dir("tmp", 01777)
        .xattr("security.capability", QByteArray("\x01\x00\x00\x02", 4))
        .file("usr/bin/ping", "ping", 0755, 0, 0)
        .charDevice("dev/null", 1, 3)
        .fifo("run/pipe")
        .file("home/app/.profile", "export X=1\n", 0600, 1000, 1000)
        .bytes();
}

const LayerEntry *findEntry(const LayerScan &scan, const std::string &path)
{
    for (const auto &e : scan.entries) {
        if (e.path == path) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace

class TestLayerScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compression_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<QString>("compression");
        const QByteArray tar = sampleLayer();
        QTest::newRow("plain tar") << tar << QStringLiteral("none");
        QTest::newRow("gzip") << TarBuilder::gzip(tar) << QStringLiteral("gzip");
        QTest::newRow("gzip, 4 members (estargz-like)") << TarBuilder::gzip(tar, 4) << QStringLiteral("gzip");
        QTest::newRow("zstd") << TarBuilder::zstd(tar) << QStringLiteral("zstd");
    }

    void compression()
    {
        QFETCH(QByteArray, blob);
        QFETCH(QString, compression);
        const QByteArray tar = sampleLayer();
        const LayerScanPtr scan = scanBytes(blob);
        QVERIFY2(scan->complete, qPrintable(scan->diagnostics.empty() ? QString() : scan->diagnostics[0].toString()));
        QCOMPARE(compressionName(scan->compression), compression);
        QCOMPARE(scan->storedDigest, Sha256::of(blob));
        QCOMPARE(scan->storedSize, blob.size());
        QCOMPARE(scan->diffId, Sha256::of(tar));
        QCOMPARE(scan->diffSize, tar.size());
        QCOMPARE(scan->entries.size(), std::size_t(11));
    }

    void entryMetadata()
    {
        const LayerScanPtr scan = scanBytes(sampleLayer());
        const LayerEntry *tool = findEntry(*scan, "usr/local/bin/tool");
        QVERIFY(tool);
        QCOMPARE(tool->type, EntryType::File);
        QCOMPARE(tool->mode, 04755u);
        QCOMPARE(tool->size, 5000);
        QCOMPARE(tool->sha256, Sha256::of(QByteArray(5000, 'T')));

        const LayerEntry *link = findEntry(*scan, "usr/local/bin/link");
        QVERIFY(link);
        QCOMPARE(link->type, EntryType::Symlink);
        QCOMPARE(link->linkTarget, std::string("tool"));

        const LayerEntry *hard = findEntry(*scan, "usr/local/bin/tool2");
        QVERIFY(hard);
        QCOMPARE(hard->type, EntryType::Hardlink);
        QCOMPARE(hard->linkTarget, std::string("usr/local/bin/tool"));
        QCOMPARE(hard->size, 0);
        QCOMPARE(hard->sha256, tool->sha256); // resolved within the layer

        const LayerEntry *tmp = findEntry(*scan, "tmp");
        QVERIFY(tmp);
        QCOMPARE(tmp->mode, 01777u);

        const LayerEntry *ping = findEntry(*scan, "usr/bin/ping");
        QVERIFY(ping);
        QCOMPARE(ping->xattrs.size(), std::size_t(1));
        QCOMPARE(ping->xattrs[0].first, std::string("security.capability"));

        const LayerEntry *null = findEntry(*scan, "dev/null");
        QVERIFY(null);
        QCOMPARE(null->type, EntryType::CharDevice);
        QCOMPARE(null->devMajor, 1u);
        QCOMPARE(null->devMinor, 3u);
        QCOMPARE(findEntry(*scan, "run/pipe")->type, EntryType::Fifo);

        const LayerEntry *profile = findEntry(*scan, "home/app/.profile");
        QCOMPARE(profile->uid, 1000u);
        QCOMPARE(profile->gid, 1000u);
        QCOMPARE(profile->mode, 0600u);
        QCOMPARE(profile->mtime, 1700000000);

        // dive's layer size: the sum of the tar header sizes (hard links and dirs count 0).
        qint64 expected = 0;
        for (const auto &e : scan->entries) {
            expected += e.size;
        }
        QCOMPARE(scan->tarSize, expected);
        QCOMPARE(scan->tarSize, qint64(30 + 5000 + 4 + 11));
    }

    void emptyFileHasTheEmptyDigest()
    {
        const LayerScanPtr scan = scanBytes(TarBuilder().file("empty", {}).bytes());
        QCOMPARE(scan->entries[0].sha256.hex(),
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void whiteoutsAreClassified()
    {
        const LayerScanPtr scan = scanBytes(TarBuilder()
                                                .whiteout("etc/old.conf")
                                                .opaque("var/cache")
                                                .file(".wh..wh.plnk/123.456", "x")
                                                .bytes());
        QVERIFY(scan->entries[0].is(EntryWhiteout));
        QCOMPARE(scan->entries[0].whiteoutTarget(), std::string("etc/old.conf"));
        QVERIFY(scan->entries[1].is(EntryOpaque));
        QCOMPARE(scan->entries[1].whiteoutTarget(), std::string("var/cache"));
        QVERIFY(!scan->entries[2].isPlainEntry() || scan->entries[2].is(EntryAufsMeta)
                || scan->entries[2].path.find(".wh..wh.") != std::string::npos);
    }

    void dotSlashNamesAreNormalised()
    {
        const LayerScanPtr scan = scanBytes(TarBuilder().dir("./").file("./a//b/./c", "x").bytes());
        QCOMPARE(scan->entries.size(), std::size_t(2));
        QCOMPARE(scan->entries[0].path, std::string());
        QCOMPARE(scan->entries[1].path, std::string("a/b/c"));
        QCOMPARE(scan->entries[1].rawName, std::string("./a//b/./c"));
    }

    void gnuAndUstarFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pax") << int(TarBuilder::Format::Pax);
        QTest::newRow("gnu") << int(TarBuilder::Format::Gnu);
        QTest::newRow("ustar") << int(TarBuilder::Format::Ustar);
    }

    void gnuAndUstarFormats()
    {
        QFETCH(int, format);
        const std::string longName = std::string(60, 'd') + "/" + std::string(80, 'f');
        const QByteArray tar = TarBuilder(TarBuilder::Format(format)).file(longName, "long").bytes();
        const LayerScanPtr scan = scanBytes(tar);
        QVERIFY(scan->complete);
        QCOMPARE(scan->entries.size(), std::size_t(1));
        QCOMPARE(scan->entries[0].path, longName);
        QCOMPARE(scan->entries[0].sha256, Sha256::of(QByteArray("long")));
    }

    void trailingGarbageAfterGzipIsNoted()
    {
        const QByteArray blob = TarBuilder::gzip(TarBuilder().file("a", "x").bytes()) + "garbage!";
        const LayerScanPtr scan = scanBytes(blob);
        QCOMPARE(scan->entries.size(), std::size_t(1));
        QCOMPARE(scan->storedDigest, Sha256::of(blob)); // every stored byte is in the digest
    }

    void cancelStopsTheScan()
    {
        TarBuilder b;
        for (int i = 0; i < 2000; ++i) {
            b.file("f" + std::to_string(i), QByteArray(100, 'x'));
        }
        std::atomic_bool cancel{true};
        LayerScanner::Options options;
        options.cancel = &cancel;
        MemorySource source(b.bytes());
        const LayerScan scan = LayerScanner::scan(source, QStringLiteral("test"), QStringLiteral("l"), options);
        QVERIFY(scan.cancelled);
        QVERIFY(!scan.complete);
        QVERIFY(scan.entries.size() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestLayerScanner)
#include "tst_layerscanner.moc"
