// BlobDecoder: the diff_id and the blob digest stay exact when consumers hash parts of the chunks
// along with it (hashAlong), whatever they take: ranges, gaps, bytes already taken, copies from
// outside the chunk, chunks split across mapping windows, every codec. And the scanner's content
// hashes of files crossing chunk boundaries, in plain and compressed layers.
#include "archive/blobdecoder.h"
#include "archive/layerscanner.h"
#include "tarbuilder.h"

#include <QTest>

#include <memory>
#include <random>

using namespace dockscope;
using namespace dockscope::test;

namespace {

QByteArray randomBytes(qsizetype n, unsigned seed)
{
    std::mt19937 gen(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (char &c : out) {
        c = char(gen());
    }
    return out;
}

} // namespace

class TestBlobDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashAlongKeepsDigests_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<bool>("fromFile");
        QTest::newRow("plain, memory") << QStringLiteral("none") << false;
        QTest::newRow("plain, mapped file windows") << QStringLiteral("none") << true;
        QTest::newRow("gzip, three members") << QStringLiteral("gzip") << false;
        QTest::newRow("zstd") << QStringLiteral("zstd") << true;
    }

    void hashAlongKeepsDigests()
    {
        QFETCH(QString, codec);
        QFETCH(bool, fromFile);
        // Compressible but not trivial, over several output chunks and mapping windows.
        QByteArray data;
        const QByteArray noise = randomBytes(1 << 16, 7);
        for (int i = 0; data.size() < (19 << 20) + 12345; ++i) {
            data += noise.mid(i % 97, 40000 + i % 300) + QByteArray(i % 5000, char(i));
        }
        QByteArray stored = data;
        if (codec == u"gzip") {
            stored = TarBuilder::gzip(data, 3);
        } else if (codec == u"zstd") {
            stored = TarBuilder::zstd(data);
        }

        std::unique_ptr<ByteSource> source;
        if (fromFile) {
            // At an offset that is not page aligned, inside a larger file.
            const QByteArray file = QByteArray(4096 + 512, 'x') + stored + QByteArray(100, 'y');
            QString error;
            auto opened = ReadOnlyFile::open(writeTemp(file, QStringLiteral("blob.bin")), &error);
            QVERIFY2(opened, qPrintable(error));
            source = std::make_unique<FileRangeSource>(std::move(opened), 4096 + 512, stored.size());
        } else {
            source = std::make_unique<MemorySource>(stored);
        }

        BlobDecoder decoder(*source);
        Sha256 along;
        QByteArray expectedAlong;
        qint64 decoded = 0;
        int chunks = 0;
        for (;;) {
            qint64 n = 0;
            const char *chunk = decoder.nextChunk(&n);
            if (!chunk) {
                break;
            }
            QCOMPARE(QByteArray(chunk, n), data.mid(decoded, n));
            ++chunks;
            const auto take = [&](const char *p, qint64 length) {
                decoder.hashAlong(along, p, size_t(length));
                expectedAlong.append(p, length);
            };
            // A range after a gap, bytes already taken, a copy from outside the chunk, the rest
            // from an unaligned point, in pieces.
            const qint64 a = std::min<qint64>(n, 100 + chunks);
            const qint64 b = std::min<qint64>(n, a + 777 + 64 * chunks);
            take(chunk + a, b - a);
            take(chunk + a / 2, std::min<qint64>(10, n - a / 2));
            const QByteArray copy(chunk, std::min<qint64>(n, 300));
            take(copy.constData(), copy.size());
            for (qint64 at = std::min<qint64>(n, b + 13); at < n; at += 5000 + chunks) {
                take(chunk + at, std::min<qint64>(n - at, 5000 + chunks));
            }
            decoded += n;
        }
        decoder.drain();
        QVERIFY2(!decoder.failed(), qPrintable(decoder.error()));
        QVERIFY(chunks > 2);
        QCOMPARE(decoded, qint64(data.size()));
        QCOMPARE(decoder.decodedSize(), qint64(data.size()));
        QCOMPARE(decoder.decodedDigest(), Sha256::of(data));
        QCOMPARE(decoder.storedDigest(), Sha256::of(stored));
        QCOMPARE(along.finish(), Sha256::of(expectedAlong));
    }

    // A consumer that stops early: drain() still hashes the whole blob.
    void drainAfterPartialConsumption()
    {
        const QByteArray data = randomBytes(5 << 20, 9);
        MemorySource source(data);
        BlobDecoder decoder(source);
        qint64 n = 0;
        qint64 before = 0; // the first chunk may be the few bytes read to detect the compression
        const char *chunk = decoder.nextChunk(&n);
        while (chunk && n < 1024) {
            before += n;
            chunk = decoder.nextChunk(&n);
        }
        QVERIFY(chunk);
        Sha256 along;
        decoder.hashAlong(along, chunk + 512, 512);
        decoder.drain();
        QCOMPARE(decoder.decodedDigest(), Sha256::of(data));
        QCOMPARE(along.finish(), Sha256::of(data.mid(before + 512, 512)));
    }

    void scannerContentAcrossChunks_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::newRow("plain") << QStringLiteral("none");
        QTest::newRow("gzip") << QStringLiteral("gzip");
        QTest::newRow("zstd") << QStringLiteral("zstd");
    }

    void scannerContentAcrossChunks()
    {
        QFETCH(QString, codec);
        TarBuilder builder;
        std::vector<QByteArray> contents;
        for (int i = 0; i < 40; ++i) {
            // Sizes around block and chunk boundaries; a few files of several MiB.
            const qsizetype size = (i % 7 == 0) ? (3 << 20) + i * 4099 : 1 + i * 611;
            contents.push_back(randomBytes(size, unsigned(100 + i)));
            builder.file("data/f" + std::to_string(i), contents.back());
        }
        const QByteArray tar = builder.bytes();
        const QByteArray stored = codec == u"gzip" ? TarBuilder::gzip(tar, 2)
            : codec == u"zstd"                    ? TarBuilder::zstd(tar)
                                                  : tar;
        MemorySource source(stored);
        const LayerScan scan = LayerScanner::scan(source, QStringLiteral("blob"), QStringLiteral("layer"));
        QVERIFY(scan.complete);
        QCOMPARE(scan.diffId, Sha256::of(tar));
        QCOMPARE(scan.storedDigest, Sha256::of(stored));
        std::size_t files = 0;
        for (const LayerEntry &entry : scan.entries) {
            if (entry.type != EntryType::File) {
                continue;
            }
            const int i = std::stoi(std::string(entry.path.substr(entry.path.rfind('f') + 1)));
            QCOMPARE(entry.sha256, Sha256::of(contents[std::size_t(i)]));
            ++files;
        }
        QCOMPARE(files, contents.size());
    }
};

QTEST_GUILESS_MAIN(TestBlobDecoder)
#include "tst_blobdecoder.moc"
