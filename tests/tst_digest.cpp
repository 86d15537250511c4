// SHA-256 against OpenSSL's own one-shot digest: every length around the block boundaries, every
// way of splitting the input, and two hashes fed together from every pair of offsets. CTest runs
// this twice: with the CPU's SHA extensions (where it has them) and with DOCKSCOPE_SHA256=openssl.
#include "util/digest.h"

#include <QTest>

#include <openssl/evp.h>

#include <random>
#include <vector>

using namespace dockscope;

namespace {

Digest reference(const unsigned char *data, std::size_t length)
{
    Digest d;
    unsigned int n = 0;
    EVP_Digest(data, length, d.bytes.data(), &n, EVP_sha256(), nullptr);
    d.valid = n == 32;
    return d;
}

std::vector<unsigned char> randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 gen(seed);
    std::vector<unsigned char> out(n);
    for (auto &b : out) {
        b = static_cast<unsigned char>(gen());
    }
    return out;
}

} // namespace

class TestDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers()
    {
        QCOMPARE(Sha256::of("", 0).hex(),
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::of(std::string_view("abc")).hex(),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const std::string_view two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        QCOMPARE(Sha256::of(two).hex(),
                 QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        // One million 'a': 15 625 full blocks and a padding block of its own.
        const std::string million(1000000, 'a');
        QCOMPARE(Sha256::of(std::string_view(million)).hex(),
                 QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void everyLengthAndSplit()
    {
        const auto data = randomBytes(400, 1);
        for (std::size_t n = 0; n <= data.size(); ++n) {
            const Digest expected = reference(data.data(), n);
            QCOMPARE(Sha256::of(data.data(), n), expected);
            // Split once at every point, then in ragged pieces.
            for (std::size_t cut = 0; cut <= n; cut += (n < 140 ? 1 : 13)) {
                Sha256 h;
                h.update(data.data(), cut);
                h.update(data.data() + cut, n - cut);
                QCOMPARE(h.length(), std::uint64_t(n));
                QCOMPARE(h.finish(), expected);
            }
            Sha256 ragged;
            for (std::size_t at = 0, step = 1; at < n; at += step, step = step * 3 % 71 + 1) {
                ragged.update(data.data() + at, std::min(step, n - at));
            }
            QCOMPARE(ragged.finish(), expected);
        }
    }

    void finishResets()
    {
        Sha256 h;
        h.update(std::string_view("something else"));
        h.finish();
        QCOMPARE(h.length(), std::uint64_t(0));
        h.update(std::string_view("abc"));
        QCOMPARE(h.finish(), Sha256::of(std::string_view("abc")));
        Sha256 moved(std::move(h));
        moved.update(std::string_view("abc"));
        h.update(std::string_view("abc")); // a moved-from hash is a fresh one
        QCOMPARE(moved.finish(), h.finish());
    }

    // The package databases' algorithms, against OpenSSL's one-shot digest of each.
    void packageDigests()
    {
        const QByteArray abc("abc");
        QCOMPARE(hexDigest(u"md5", abc), QStringLiteral("900150983cd24fb0d6963f7d28e17f72"));
        QCOMPARE(hexDigest(u"sha1", abc), QStringLiteral("a9993e364706816aba3e25717850c26c9cd0d89d"));
        QCOMPARE(hexDigest(u"sha256", abc), Sha256::of(abc).hex());
        QCOMPARE(hexDigest(u"sha224", abc).size(), 56);
        QCOMPARE(hexDigest(u"sha384", abc).size(), 96);
        QCOMPARE(hexDigest(u"sha512", abc).left(16), QStringLiteral("ddaf35a193617aba"));
        QVERIFY(hexDigest(u"crc32", abc).isEmpty());
        QVERIFY(hexDigest(u"SHA256", abc).isEmpty()); // names as the databases write them
    }

    // Two hashes fed the same bytes together: a prefix of their own first (at any offset within
    // a block, congruent or not), then shared bytes in pieces, then a suffix of their own.
    void updateBothMatchesSeparateHashes()
    {
        const auto own = randomBytes(200, 2);
        const auto shared = randomBytes(3000, 3);
        const std::size_t prefixes[] = {0, 1, 63, 64, 65, 100, 128, 191};
        const std::size_t pieces[] = {1, 7, 64, 100, 512, 3000};
        for (std::size_t pa : prefixes) {
            for (std::size_t pb : prefixes) {
                for (std::size_t piece : pieces) {
                    Sha256 a, b;
                    a.update(own.data(), pa);
                    b.update(own.data() + 3, pb);
                    for (std::size_t at = 0; at < shared.size(); at += piece) {
                        Sha256::updateBoth(a, b, shared.data() + at,
                                           std::min(piece, shared.size() - at));
                    }
                    a.update(own.data(), 5);
                    std::vector<unsigned char> wholeA(own.begin(), own.begin() + long(pa));
                    wholeA.insert(wholeA.end(), shared.begin(), shared.end());
                    wholeA.insert(wholeA.end(), own.begin(), own.begin() + 5);
                    std::vector<unsigned char> wholeB(own.begin() + 3, own.begin() + 3 + long(pb));
                    wholeB.insert(wholeB.end(), shared.begin(), shared.end());
                    QCOMPARE(a.finish(), reference(wholeA.data(), wholeA.size()));
                    QCOMPARE(b.finish(), reference(wholeB.data(), wholeB.size()));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
