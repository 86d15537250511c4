// The machinery that keeps content scanning to one cheap pass: the keyword automaton of the
// secret rules, reused YARA scanners, and the package declarations read while a layer is
// scanned (so the inventory does not read the layer again).

#include "analysis/analyzer.h"
#include "archive/filekind.h"
#include "packagefixtures.h"
#include "rules/keywordset.h"
#include "rules/secretrules.h"
#include "rules/yararules.h"
#include "tarbuilder.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

#include <random>

using namespace dockscope;
using namespace dockscope::test;

namespace {

std::vector<bool> found(const KeywordSet &set, const QByteArray &text)
{
    return set.find(text.constData(), std::size_t(text.size()));
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

} // namespace

class TestContentScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keywordsOverlapAndNest()
    {
        // The textbook Aho-Corasick set: "she" holds "he", "hers" needs a failure link.
        const KeywordSet set({"he", "she", "his", "hers"});
        QCOMPARE(found(set, "ushers"), (std::vector<bool>{true, true, false, true}));
        QCOMPARE(found(set, "this"), (std::vector<bool>{false, false, true, false}));
        QCOMPARE(found(set, "h e s"), (std::vector<bool>{false, false, false, false}));
        QCOMPARE(found(set, ""), (std::vector<bool>{false, false, false, false}));
    }

    // Long texts are walked in four parts side by side: an occurrence across a cut, at either
    // end or anywhere else is found as a plain search finds it.
    void keywordsMatchAPlainSearchOnLongTexts()
    {
        std::mt19937 random(7);
        const std::vector<QByteArray> words{"ab", "abc", "bca", "Cab", "aaaaaaaaaaaaaaaab", "\n/b", "cc"};
        const KeywordSet set(words);
        for (int round = 0; round < 300; ++round) {
            const std::size_t length = 4096 + random() % 9000;
            QByteArray text(qsizetype(length), 'x');
            for (char &c : text) {
                const unsigned r = random() % 100;
                c = r < 90 ? 'x' : r < 93 ? 'a' : r < 95 ? 'B' : r < 97 ? 'c' : r < 98 ? '/' : '\n';
            }
            // One keyword planted across a cut between parts, now and then.
            if (round % 3 == 0) {
                const QByteArray w = words[std::size_t(round / 3) % words.size()];
                const qsizetype cut = qsizetype(length / 4) * (1 + round % 3);
                text.replace(cut - w.size() / 2, w.size(), w);
            }
            const QByteArray lower = QByteArray("\n") + text.toLower();
            std::vector<bool> expected;
            for (const QByteArray &w : words) {
                expected.push_back(lower.contains(w.toLower()));
            }
            QCOMPARE(found(set, text), expected);
        }
    }

    void keywordsIgnoreAsciiCaseOnly()
    {
        const KeywordSet set({"AKIA", "api_key", "\xc3\xa9t\xc3\xa9"});
        QCOMPARE(found(set, "id = akia1234"), (std::vector<bool>{true, false, false}));
        QCOMPARE(found(set, "API_KEY=x"), (std::vector<bool>{false, true, false}));
        // Bytes above ASCII are compared as they are.
        QCOMPARE(found(set, "\xc3\xa9t\xc3\xa9"), (std::vector<bool>{false, false, true}));
        QCOMPARE(found(set, "\xc3\x89T\xc3\x89"), (std::vector<bool>{false, false, false}));
    }

    void keywordsAtTheEdgesAndEmpty()
    {
        const KeywordSet set({"", "ab", "b"});
        QCOMPARE(set.size(), std::size_t(3));
        QCOMPARE(found(set, "ab"), (std::vector<bool>{false, true, true}));
        QCOMPARE(found(set, "xxb"), (std::vector<bool>{false, false, true}));
        const KeywordSet none;
        QCOMPARE(found(none, "anything"), std::vector<bool>{});
    }

    void secretKeywordsPrefilterWithoutCase()
    {
        QString error;
        const SecretRules rules = SecretRules::parse(
            "{\"rules\": ["
            "{\"id\": \"k1\", \"title\": \"t1\", \"severity\": \"high\", \"keywords\": [\"AKIA\"], \"regex\": \"(?<secret>AKIA[0-9A-Z]{16})\"},"
            "{\"id\": \"k2\", \"title\": \"t2\", \"severity\": \"high\", \"keywords\": [\"token\", \"akia\"], \"regex\": \"token=(?<secret>[a-z0-9]{8,})\"},"
            "{\"id\": \"k3\", \"title\": \"t3\", \"severity\": \"medium\", \"regex\": \"pin=(?<secret>[0-9]{6})\"},"
            "{\"id\": \"k4\", \"title\": \"t4\", \"severity\": \"low\", \"keywords\": [\"vault\"], \"regex\": \"code=(?<secret>[0-9]{6})\"}"
            "]}", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rules.size(), std::size_t(4));
        const std::vector<SecretHit> hits = rules.scan("key AKIAIOSFODNN7REALKEY\nTOKEN token=abcdef123456\npin=123456\n", {}, false);
        QStringList ids;
        for (const SecretHit &h : hits) {
            ids << h.rule + u':' + QString::number(h.line);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("k1:1"), QStringLiteral("k2:2"), QStringLiteral("k3:3")}));
        // Without any of its keywords a rule is not tried, even when its pattern would match:
        // k4's pattern is here, its keyword is not; with the keyword (in any case) it is found.
        const std::vector<SecretHit> without = rules.scan("pin=654321 code=123456", {}, false);
        QCOMPARE(without.size(), std::size_t(1));
        QCOMPARE(without.front().rule, QStringLiteral("k3"));
        const std::vector<SecretHit> with = rules.scan("VAULT code=123456", {}, false);
        QCOMPARE(with.size(), std::size_t(1));
        QCOMPARE(with.front().rule, QStringLiteral("k4"));
    }

    void yaraScannersAreReused()
    {
        QStringList errors;
        const auto yara = YaraRules::compile(
            {{QStringLiteral("t.yar"), "rule T { strings: $a = \"needle\" condition: $a and filetype == \"text\" }"}},
            &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        // The same rules from many threads at once, each scan with its own externals: every
        // answer belongs to its own buffer.
        std::vector<int> items(400);
        for (std::size_t i = 0; i < items.size(); ++i) {
            items[i] = int(i);
        }
        const QList<int> matched = QtConcurrent::blockingMapped<QList<int>>(items, [&](int i) {
            const QByteArray text = i % 3 == 0 ? QByteArray("hay needle hay") : QByteArray("hay hay");
            YaraExternals x;
            x.filetype = i % 5 == 0 ? "binary" : "text";
            return int(yara->scan(text.constData(), std::size_t(text.size()), x).size());
        });
        for (int i = 0; i < int(items.size()); ++i) {
            QCOMPARE(matched[i], (i % 3 == 0 && i % 5 != 0) ? 1 : 0);
        }
    }

    // Trivy's path allow-list spares image layers the secret scan of vendored and documentation
    // paths; a container's own files are scanned whatever their path.
    void secretAllowListOnlyForImageLayers()
    {
        const QByteArray tar = TarBuilder()
                                   .file("usr/lib/app/settings.conf", "db_password = Wq7rT2mZp9LkXc\n")
                                   .file("srv/app/settings.conf", "db_password = Wq7rT2mZp9LkXc\n")
                                   .bytes();
        auto secretsIn = [](const LayerScan &scan) {
            QStringList paths;
            for (const ContentHit &h : scan.content.hits) {
                if (h.rule == u"FC-07") {
                    paths << QString::fromStdString(scan.entries.at(h.entry).path);
                }
            }
            paths.sort();
            return paths;
        };
        ImageArchive archive;
        archive.layers = {tar};
        archive.config = ImageArchive::configFor(archive.layers);
        const Analysis image = Analyzer::run({writeTemp(archive.bytes(), QStringLiteral("allow.tar"))}, AnalyzeOptions{});
        QCOMPARE(image.images.size(), std::size_t(1));
        QCOMPARE(secretsIn(*image.images.front().layers.front().scan), QStringList{QStringLiteral("srv/app/settings.conf")});
        const Analysis exported = Analyzer::run({writeTemp(tar, QStringLiteral("export.tar"))}, AnalyzeOptions{});
        QCOMPARE(exported.images.size(), std::size_t(1));
        QCOMPARE(exported.images.front().kind, QStringLiteral("container-export"));
        QCOMPARE(secretsIn(*exported.images.front().layers.front().scan),
                 (QStringList{QStringLiteral("srv/app/settings.conf"), QStringLiteral("usr/lib/app/settings.conf")}));
    }

    // Java archives and Go programs are read in the layer's own pass; the inventory takes them
    // from there. With content rules off the files are still classified and read.
    void packagesReadInTheLayerPass_data()
    {
        QTest::addColumn<bool>("contentRules");
        QTest::newRow("rules on") << true;
        QTest::newRow("rules off") << false;
    }

    void packagesReadInTheLayerPass()
    {
        QFETCH(bool, contentRules);
        const QByteArray jar = zipWith({{"META-INF/maven/org.example/demo/pom.properties",
                                         "groupId=org.example\nartifactId=demo\nversion=2.4.1\n"}});
        const QByteArray go = goElf("path\texample.com/tool\nmod\texample.com/tool\tv0.3.0\t\n");
        ImageArchive archive;
        archive.layers = {TarBuilder().file("etc/motd", "hello\n").bytes(),
                          TarBuilder().file("opt/lib/demo.jar", jar).file("usr/local/bin/tool", go, 0755).bytes()};
        archive.config = ImageArchive::configFor(archive.layers);
        AnalyzeOptions options;
        options.contentRules = contentRules;
        const Analysis a = Analyzer::run({writeTemp(archive.bytes(), QStringLiteral("sniffed.tar"))}, options);
        QCOMPARE(a.images.size(), std::size_t(1));
        const Image &image = a.images.front();
        const LayerScan &scan = *image.layers.at(1).scan;
        QCOMPARE(scan.content.packages.size(), std::size_t(2));
        for (const SniffedPackages &s : scan.content.packages) {
            QVERIFY(!s.packages.empty());
        }
        const Package *demo = findPackage(image.packages, QStringLiteral("org.example:demo"));
        QVERIFY(demo);
        QCOMPARE(demo->version, QStringLiteral("2.4.1"));
        QCOMPARE(demo->layerIndex, 1);
        QCOMPARE(demo->location, QStringLiteral("opt/lib/demo.jar"));
        const Package *tool = findPackage(image.packages, QStringLiteral("example.com/tool"));
        QVERIFY(tool);
        QCOMPARE(tool->version, QStringLiteral("v0.3.0"));
        QCOMPARE(tool->location, QStringLiteral("usr/local/bin/tool"));
        for (const LayerEntry &e : scan.entries) {
            if (e.path == "usr/local/bin/tool") {
                QCOMPARE(FileKind(e.fileKind), FileKind::Elf);
            }
        }
    }

    // A Java archive larger than the content-scan limit is read by the inventory itself.
    void largeArchivesAreReadAgain()
    {
        QByteArray filler(64 * 1024, '\0');
        quint32 x = 2463534242u; // xorshift: bytes deflate cannot shrink
        for (char &c : filler) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x & 0xff);
        }
        const QByteArray jar = zipWith({{"data.bin", filler},
                                        {"META-INF/maven/org.example/big/pom.properties",
                                         "groupId=org.example\nartifactId=big\nversion=9.9\n"}});
        ImageArchive archive;
        QVERIFY(jar.size() > 4096);
        archive.layers = {TarBuilder().file("opt/big.jar", jar).bytes()};
        archive.config = ImageArchive::configFor(archive.layers);
        AnalyzeOptions options;
        options.maxScanBytes = 4096;
        const Analysis a = Analyzer::run({writeTemp(archive.bytes(), QStringLiteral("bigjar.tar"))}, options);
        QCOMPARE(a.images.size(), std::size_t(1));
        QVERIFY(a.images.front().layers.front().scan->content.packages.empty());
        const Package *big = findPackage(a.images.front().packages, QStringLiteral("org.example:big"));
        QVERIFY(big);
        QCOMPARE(big->version, QStringLiteral("9.9"));
    }
};

QTEST_GUILESS_MAIN(TestContentScan)
#include "tst_contentscan.moc"
