// Docker data roots read offline, end to end through the Analyzer: docker-explorer's data roots
// (Docker 1.x graph/, aufs, overlay, overlay2) with the values its tests assert, the demo data
// root made with a real dockerd (changes identical to `docker diff`, layers re-hashed from
// tar-split), and damaged copies of it made in the test: each damage gives a clear diagnostic
// and the rest is analysed.

#include "analysis/analyzer.h"
#include "tarbuilder.h"
#include "tarrewriter.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMultiMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

const QString demoId = u"d38dc64b2d484d8e226b5157152df238f79065463cd5261ddcfac6d931484266"_s;
const std::string demoDir = "docker/containers/d38dc64b2d484d8e226b5157152df238f79065463cd5261ddcfac6d931484266";
const std::string demoLayerdb = "docker/image/overlay2/layerdb";

QString demoRoot()
{
    return data(u"demo/demo-dataroot.tar.gz"_s);
}

QString explorer(const char *name)
{
    return peer(u"docker-explorer/"_s + QString::fromUtf8(name) + u".tgz"_s);
}

Analysis analyze(const QString &path, const QString &container = {})
{
    AnalyzeOptions options;
    options.container = container;
    return Analyzer::run({path}, options);
}

const Container *container(const Analysis &a, const QString &name)
{
    for (const Container &c : a.containers) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

const Image *imageById(const Analysis &a, const QString &id)
{
    for (const Image &i : a.images) {
        if (i.id == id) {
            return &i;
        }
    }
    return nullptr;
}

// Diagnostics whose message contains `text` (and whose place contains `where`).
int count(const Analysis &a, const QString &text, const QString &where = {})
{
    return int(std::count_if(a.diagnostics.begin(), a.diagnostics.end(), [&](const Diagnostic &d) {
        return d.message().contains(text) && d.where.contains(where);
    }));
}

QString dump(const Analysis &a)
{
    QStringList lines;
    for (const Diagnostic &d : a.diagnostics) {
        lines << d.toString();
    }
    return lines.join(u'\n');
}

QSet<QString> changeSet(const Container &c)
{
    QSet<QString> out;
    for (const Change &ch : c.changes) {
        out.insert(QString(Change::kindLetter(ch.kind)) + u' ' + ch.path);
    }
    return out;
}

QSet<QString> diffFile(const QString &path)
{
    QFile f(path);
    QSet<QString> out;
    if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (!line.isEmpty()) {
                out.insert(line);
            }
        }
    }
    return out;
}

// tests/data/dataroot/facts.txt: "key=value" lines written by make.sh from the engine's output.
QMultiMap<QString, QString> labFacts()
{
    QMultiMap<QString, QString> facts;
    QFile f(data(u"dataroot/facts.txt"_s));
    if (f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            const qsizetype eq = line.indexOf(u'=');
            if (!line.startsWith(u'#') && eq > 0) {
                facts.insert(line.left(eq), line.mid(eq + 1));
            }
        }
    }
    return facts;
}

int lineCount(const QString &path)
{
    QFile f(path);
    int n = 0;
    if (f.open(QIODevice::ReadOnly)) {
        while (!f.atEnd()) {
            f.readLine();
            ++n;
        }
    }
    return n;
}

QString damaged(const TarRewriter &rewriter, const QString &name)
{
    return writeTemp(rewriter.bytes(), name);
}

} // namespace

class TestDataRoot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- lab data root made with a real engine (tests/data/dataroot, facts.txt) --------------

    void labDataRootAgreesWithTheEngine_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("stopped") << u"stopped-one"_s;
        QTest::newRow("running") << u"running-one"_s;
        QTest::newRow("created") << u"created-one"_s;
    }

    void labDataRootAgreesWithTheEngine()
    {
        QFETCH(QString, name);
        static const Analysis a = analyze(data(u"dataroot/dataroot.tar.gz"_s));
        const QMultiMap<QString, QString> facts = labFacts();
        QVERIFY(!facts.isEmpty());
        const QString key = u"container."_s + name + u'.';
        const Container *c = container(a, name);
        QVERIFY2(c, qPrintable(dump(a)));
        QCOMPARE(c->id, facts.value(key + u"id"_s));
        QCOMPARE(c->imageId, facts.value(key + u"image"_s));
        QCOMPARE(c->created, facts.value(key + u"created"_s));
        QCOMPARE(c->startedAt, facts.value(key + u"started"_s));
        QCOMPARE(c->finishedAt, facts.value(key + u"finished"_s));
        QCOMPARE(c->running, facts.value(key + u"config_v2_running"_s) == u"true");
        // The changes are exactly what `docker diff` printed, with its counts.
        QCOMPARE(changeSet(*c), diffFile(data(u"dataroot/"_s + name + u".diff.txt"_s)));
        QCOMPARE(int(c->changes.size()), facts.value(key + u"diff_lines"_s).toInt());
        // The mounts as the engine listed them: "volume labvol -> /srv/vol rw=true".
        QStringList mounts;
        for (const Mount &m : c->mounts) {
            mounts << m.type + u' ' + m.source + u" -> "_s + m.destination + (m.rw ? u" rw=true"_s : u" rw=false"_s);
        }
        QStringList expected = facts.values(key + u"mount"_s);
        mounts.sort();
        expected.sort();
        QCOMPARE(mounts, expected);
        // Every log record `docker logs` printed, rotated files and the 16 KiB split joined.
        QCOMPARE(int(c->logs.size()), lineCount(data(u"dataroot/"_s + name + u".logs-combined.txt"_s)));
        const int stderrLines = lineCount(data(u"dataroot/"_s + name + u".logs-stderr.txt"_s));
        QCOMPARE(int(std::count_if(c->logs.begin(), c->logs.end(), [](const LogRecord &r) { return r.stream == u"stderr"; })),
                 stderrLines);

        // The image it runs, with the layer chain the engine recorded.
        const Image *image = imageById(a, c->imageId);
        QVERIFY(image);
        QVERIFY(image->repoTags.contains(u"lab/app:1"_s));
        QCOMPARE(int(image->layers.size()), facts.value(u"image.lab/app:1.layer_count"_s).toInt());
        for (const Layer &layer : image->layers) {
            const QString fact = facts.value(u"image.lab/app:1.layer"_s + QString::number(layer.index));
            QVERIFY2(fact.startsWith(u"diff_id="_s + layer.diffId + u" chain_id="_s + layer.chainId), qPrintable(fact));
            QVERIFY(layer.verified);
        }
    }

    // ---- docker-explorer (google/docker-explorer test_data, values its tests assert) ---------

    void explorerContainerCounts_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<int>("containers");
        QTest::newRow("aufs.v1 (Docker 1.x graph/)") << explorer("aufs.v1") << 3;
        QTest::newRow("aufs.v2") << explorer("aufs.v2") << 7;
        QTest::newRow("overlay.v2") << explorer("overlay.v2") << 6;
        QTest::newRow("overlay2.v2") << explorer("overlay2.v2") << 5;
    }

    void explorerContainerCounts()
    {
        QFETCH(QString, root);
        const Analysis a = analyze(root);
        QVERIFY2(a.anyEvidenceRead(), qPrintable(dump(a)));
        QCOMPARE(a.evidence.front().kind, u"docker-root"_s);
        QTEST(int(a.containers.size()), "containers");
        for (const Container &c : a.containers) {
            QVERIFY(c.id.size() == 64);
            QVERIFY(!c.name.isEmpty());
            QVERIFY(!c.fieldSources.isEmpty());
        }
    }

    void explorerAufsRunningContainer()
    {
        const Analysis a = analyze(explorer("aufs.v2"));
        const Container *c = container(a, u"dreamy_snyder"_s);
        QVERIFY(c);
        QCOMPARE(c->id, u"7b02fb3e8a665a63e32b909af5babb7d6ba0b64e10003b2d9534c7d5f2af8966"_s);
        QVERIFY(c->running);
        QCOMPARE(c->image, u"busybox"_s);
        QCOMPARE(c->created, u"2017-02-13T16:45:05.629904159Z"_s);
        QCOMPARE(c->storageDriver, u"aufs"_s);
        QVERIFY(std::any_of(c->mounts.begin(), c->mounts.end(),
                            [](const Mount &m) { return m.destination == u"/var/jenkins_home"; }));
        // image/aufs/repositories.json: busybox:latest → sha256:7968321274dc…
        const Image *image = imageById(a, u"sha256:7968321274dc6b6171697c33df7815310468e694ac5be0ec03ff053bb135e768"_s);
        QVERIFY(image);
        QVERIFY(image->repoTags.contains(u"busybox:latest"_s));
        QCOMPARE(c->imageId, image->id);
    }

    void explorerDocker1GraphImages()
    {
        // Docker 1.x: no image store, images are layer chains in graph/ tagged by
        // repositories-aufs; the layer files sit in aufs/diff/<layer id>.
        const Analysis a = analyze(explorer("aufs.v1"));
        const Image *image = imageById(a, u"sha256:1cee97b18f87b5fa91633db35f587e2c65c093facfa2cbbe83d5ebe06e1d9125"_s);
        QVERIFY2(image, qPrintable(dump(a)));
        QCOMPARE(image->repoTags, QStringList{u"busybox:latest"_s});
        QVERIFY(image->configRebuilt);
        QCOMPARE(image->layers.size(), std::size_t(2));
        QCOMPARE(image->layers[1].createdBy, u"/bin/sh -c #(nop)  CMD [\"sh\"]"_s);
        QCOMPARE(image->config.created, u"2018-12-26T08:20:42.831353376Z"_s);
        // busybox: one binary and its applets as hard links, so the layer is about 1.2 MB,
        // not 400 copies of it.
        QVERIFY2(image->layers[0].sizeBytes < 2'000'000, qPrintable(QString::number(image->layers[0].sizeBytes)));
        QVERIFY(image->tree);
        const Container *running = container(a, u"angry_rosalind"_s);
        QVERIFY(running);
        QVERIFY(running->running);
        QCOMPARE(running->imageId, image->id);
        QVERIFY(!running->changes.empty());
        QVERIFY(!running->changesEstimated); // the image is here: a real docker diff
    }

    void explorerFolderAndTarAgree()
    {
        // The same data root unpacked into a folder (the mounted-disk case) and read from its
        // tarball give the same containers and changes.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess tar;
        tar.start(u"tar"_s, {u"-xzf"_s, explorer("overlay2.v2"), u"-C"_s, dir.path()});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);
        const Analysis fromTar = analyze(explorer("overlay2.v2"));
        const Analysis fromDir = analyze(dir.path() + u"/docker"_s);
        QCOMPARE(fromDir.evidence.front().kind, u"docker-root"_s);
        QCOMPARE(fromDir.containers.size(), fromTar.containers.size());
        for (std::size_t i = 0; i < fromTar.containers.size(); ++i) {
            QCOMPARE(fromDir.containers[i].id, fromTar.containers[i].id);
            QCOMPARE(changeSet(fromDir.containers[i]), changeSet(fromTar.containers[i]));
        }
        QCOMPARE(fromDir.images.size(), fromTar.images.size());
    }

    void containerByPrefix_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("selected"); // empty: an error is expected
        QTest::addColumn<QString>("error");
        QTest::newRow("unique id prefix") << explorer("aufs.v2") << u"7b02"_s << u"dreamy_snyder"_s << QString();
        QTest::newRow("full id") << explorer("aufs.v2")
                                 << u"7b02fb3e8a665a63e32b909af5babb7d6ba0b64e10003b2d9534c7d5f2af8966"_s
                                 << u"dreamy_snyder"_s << QString();
        QTest::newRow("name") << explorer("aufs.v2") << u"dreamy_snyder"_s << u"dreamy_snyder"_s << QString();
        QTest::newRow("name with slash") << explorer("aufs.v2") << u"/dreamy_snyder"_s << u"dreamy_snyder"_s << QString();
        QTest::newRow("shared prefix") << explorer("overlay.v2") << u"4"_s << QString() << u"ambiguous"_s;
        QTest::newRow("unknown prefix") << explorer("overlay.v2") << u"ffff"_s << QString() << u"no container matches"_s;
    }

    void containerByPrefix()
    {
        QFETCH(QString, root);
        QFETCH(QString, prefix);
        QFETCH(QString, selected);
        QFETCH(QString, error);
        const Analysis a = analyze(root, prefix);
        if (selected.isEmpty()) {
            QVERIFY(a.containers.empty());
            QCOMPARE(count(a, error, u"--container"_s), 1);
        } else {
            QCOMPARE(a.containers.size(), std::size_t(1));
            QCOMPARE(a.containers.front().name, selected);
            // Only its image and its file system stay.
            for (const Image &i : a.images) {
                QVERIFY(i.id == a.containers.front().imageId || i.id == a.containers.front().id);
            }
        }
    }

    // ---- the demo data root (Docker 20.10, overlay2, made by tests/data/demo/make.sh) ------

    void demoChangesAreDockerDiff()
    {
        const Analysis a = analyze(demoRoot());
        QVERIFY2(!a.hasWarnings(), qPrintable(dump(a)));
        const Container *c = container(a, u"webshop"_s);
        QVERIFY(c);
        QCOMPARE(c->id, demoId);
        QVERIFY(!c->changesEstimated);
        const QSet<QString> expected = diffFile(data(u"demo/demo-diff.txt"_s));
        QCOMPARE(expected.size(), 54);
        QCOMPARE(changeSet(*c), expected);
        // The container's file system is an image of its own: the image's 9 layers, then the
        // init layer and the read-write layer on top.
        const Image *fs = imageById(a, demoId);
        QVERIFY(fs);
        QCOMPARE(fs->kind, u"container"_s);
        QCOMPARE(fs->layers.size(), std::size_t(11));
    }

    void demoImageStore()
    {
        const Analysis a = analyze(demoRoot());
        const Image *image = imageById(a, u"sha256:4c4435a82b7fa5785e8d171abb800aa2a8be64a4a09c456f71b2c6d19cc62315"_s);
        QVERIFY(image);
        QCOMPARE(image->repoTags, QStringList{u"acme/webshop:2.3"_s});
        QCOMPARE(image->layers.size(), std::size_t(9));
        // Every layer rebuilt from tar-split hashes to its diff_id; every config to its name.
        for (const Layer &l : image->layers) {
            QVERIFY2(l.verified, qPrintable(l.member));
            QCOMPARE(l.diffId, l.expectedDiffId);
        }
        QCOMPARE(image->layers[0].diffId,
                 u"sha256:40ff332071fff08da599fd6d668890f9e54eb6c3a3543186b685ac36e6ced7bc"_s);
        for (const IntegrityCheck &check : image->integrity) {
            QVERIFY2(check.ok, qPrintable(check.subject));
        }
        // The layerdb chain: each diff file and parent as the chain ids say.
        int layerdbChecks = 0;
        for (const Image &i : a.images) {
            for (const IntegrityCheck &check : i.integrity) {
                layerdbChecks += check.subject.startsWith(u"layerdb") ? 1 : 0;
            }
        }
        for (const IntegrityCheck &check : a.integrity) {
            QVERIFY2(check.ok, qPrintable(check.subject));
            layerdbChecks += check.subject.startsWith(u"layerdb") ? 1 : 0;
        }
        QCOMPARE(layerdbChecks, 9 + 8); // 9 diff files, 8 parents
    }

    void demoLogsFromTheDataRoot()
    {
        const Analysis a = analyze(demoRoot());
        const Container *c = container(a, u"webshop"_s);
        QVERIFY(c);
        QVERIFY(!c->logs.empty());
        // Rotated files are read oldest first: the first record comes from <id>-json.log.1.
        QVERIFY2(c->logs.front().sourceFile.endsWith(u"-json.log.1"_s), qPrintable(c->logs.front().sourceFile));
        QVERIFY(std::is_sorted(c->logs.begin(), c->logs.end(),
                               [](const LogRecord &x, const LogRecord &y) { return x.time < y.time; }));
        // Lifecycle and log lines on the timeline, in time order.
        QVERIFY(std::any_of(a.timeline.begin(), a.timeline.end(),
                            [](const TimelineEvent &e) { return e.timestampDesc == u"Container Started"; }));
        QVERIFY(std::is_sorted(a.timeline.begin(), a.timeline.end(),
                               [](const TimelineEvent &x, const TimelineEvent &y) { return x.datetime < y.datetime; }));
    }

    // ---- damaged copies of the demo data root ------------------------------------------------

    void tamperedLayerFileIsNamed()
    {
        // A file of layer 5 (the "helper" binary) altered on disk after the layer was unpacked.
        const std::string helper = "docker/overlay2/89167a98fb64eba6aa44a2ec8080419835e5166d39d227753e055d15aa7c1e18/diff/usr/local/bin/helper";
        const QString path = damaged(TarRewriter(demoRoot()).replace(helper, "#!/bin/sh\necho backdoor\n"),
                                     u"tampered.tar"_s);
        const Analysis a = analyze(path);
        const Image *image = imageById(a, u"sha256:4c4435a82b7fa5785e8d171abb800aa2a8be64a4a09c456f71b2c6d19cc62315"_s);
        QVERIFY(image);
        QVERIFY(!image->layers[5].verified);
        QVERIFY(image->layers[5].diffId != image->layers[5].expectedDiffId);
        for (int i : {0, 1, 2, 3, 4, 6, 7, 8}) {
            QVERIFY2(image->layers[std::size_t(i)].verified, qPrintable(QString::number(i)));
        }
        QVERIFY(std::any_of(image->integrity.begin(), image->integrity.end(),
                            [](const IntegrityCheck &c) { return !c.ok && c.subject.contains(u"layer 5"); }));
        QVERIFY2(count(a, u"changed on disk"_s, u"usr/local/bin/helper"_s) >= 1, qPrintable(dump(a)));
        // The rest goes on: the container and its changes are still there.
        QVERIFY(container(a, u"webshop"_s));
    }

    void damagedDataRoot_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("drop");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("containerListed");
        QTest::addColumn<bool>("changesRead");
        QTest::newRow("no hostconfig.json")
            << u"no-hostconfig.tar"_s << QStringList{QString::fromStdString(demoDir + "/hostconfig.json")}
            << u"has no hostconfig.json"_s << true << true;
        QTest::newRow("no mount id")
            << u"no-mount-id.tar"_s
            << QStringList{QString::fromStdString(demoLayerdb + "/mounts/" + demoId.toStdString() + "/mount-id")}
            << u"no mount id for this container"_s << true << false;
        QTest::newRow("read-write layer folder gone")
            << u"no-rw-folder.tar"_s
            << QStringList{u"docker/overlay2/9d14a0e248c79956684c81d941684b70f1c07c846ec23152292fa09b5529a8e3"_s}
            << u"is missing"_s << true << false;
        QTest::newRow("cache folder of an image layer gone")
            << u"no-cache-folder.tar"_s
            << QStringList{u"docker/overlay2/18d5efdb2ae8566c67648ddbd05aee7309c15b3cd9060ef27346df49db1a5ef5"_s}
            << u"folder is missing from the data root"_s << true << true;
        QTest::newRow("no config.v2.json")
            << u"no-config.tar"_s << QStringList{QString::fromStdString(demoDir + "/config.v2.json")}
            << u"container folder without a readable config.v2.json"_s << false << false;
    }

    void damagedDataRoot()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, drop);
        QFETCH(QString, message);
        QFETCH(bool, containerListed);
        QFETCH(bool, changesRead);
        TarRewriter rewriter(demoRoot());
        for (const QString &d : drop) {
            rewriter.drop(d.toStdString());
        }
        const Analysis a = analyze(damaged(rewriter, name));
        QVERIFY2(count(a, message) >= 1, qPrintable(dump(a)));
        QVERIFY(a.hasWarnings());
        // The image store is still read.
        QVERIFY(imageById(a, u"sha256:4c4435a82b7fa5785e8d171abb800aa2a8be64a4a09c456f71b2c6d19cc62315"_s));
        const Container *c = container(a, u"webshop"_s);
        QCOMPARE(c != nullptr, containerListed);
        if (c) {
            QCOMPARE(!c->changes.empty(), changesRead);
            QVERIFY(!c->logs.empty());
        }
    }

    void truncatedLogLine()
    {
        const std::string log = demoDir + '/' + demoId.toStdString() + "-json.log";
        const QByteArray lines = "{\"log\":\"first\\n\",\"stream\":\"stdout\",\"time\":\"2026-11-28T20:34:50.000000001Z\"}\n"
                                 "{\"log\":\"cut of";
        const Analysis a = analyze(damaged(TarRewriter(demoRoot()).replace(log, lines), u"cut-log.tar"_s));
        QVERIFY2(count(a, u"is cut off"_s) == 1, qPrintable(dump(a)));
        const Container *c = container(a, u"webshop"_s);
        QVERIFY(c);
        QVERIFY(std::any_of(c->logs.begin(), c->logs.end(), [](const LogRecord &r) { return r.text == u"first"; }));
        QVERIFY(std::none_of(c->logs.begin(), c->logs.end(), [](const LogRecord &r) { return r.text.contains(u"cut of"); }));
    }

    void symlinkLoops()
    {
        // config.v2.json replaced by a link to itself, and a loop of two links in the container
        // folder: the container is reported, the images are read, nothing hangs.
        const std::string config = demoDir + "/config.v2.json";
        const QString path = damaged(TarRewriter(demoRoot())
                                         .drop(config)
                                         .symlink(config, "config.v2.json")
                                         .symlink(demoDir + "/a", "b")
                                         .symlink(demoDir + "/b", "a"),
                                     u"loop.tar"_s);
        const Analysis a = analyze(path);
        QVERIFY2(count(a, u"container folder without a readable config.v2.json"_s) == 1, qPrintable(dump(a)));
        QVERIFY(imageById(a, u"sha256:4c4435a82b7fa5785e8d171abb800aa2a8be64a4a09c456f71b2c6d19cc62315"_s));
    }

    void loopedDataRootLocation()
    {
        // A disk whose var/lib/docker is a link loop: no data root, said clearly.
        const QByteArray disk = TarBuilder()
                                    .dir("etc")
                                    .dir("var/lib")
                                    .symlink("var/lib/docker", "docker2")
                                    .symlink("var/lib/docker2", "docker")
                                    .bytes();
        const Analysis a = analyze(writeTemp(disk, u"loop-disk.tar"_s));
        QVERIFY(!a.anyEvidenceRead() || a.containers.empty());
        QVERIFY2(count(a, u"no Docker data root found"_s) == 1 || count(a, u"unknown evidence"_s) == 1,
                 qPrintable(dump(a)));
    }

    void containerdStoreIsDetected()
    {
        // Docker >= 29 fresh installs keep images in containerd's store: detected and said.
        const QByteArray disk = TarBuilder()
                                    .dir("var/lib/docker/containers")
                                    .dir("var/lib/docker/image")
                                    .dir("var/lib/containerd/io.containerd.content.v1.content/blobs/sha256")
                                    .file("var/lib/containerd/io.containerd.metadata.v1.bolt/meta.db", "bolt")
                                    .bytes();
        const Analysis a = analyze(writeTemp(disk, u"containerd-disk.tar"_s));
        QVERIFY2(count(a, u"containerd's image store found"_s) == 1, qPrintable(dump(a)));
    }

    void dataRootIsNeverWritten()
    {
        // Reading a data root folder leaves every file as it was (mtimes and contents).
        QTemporaryDir dir;
        QProcess tar;
        tar.start(u"tar"_s, {u"-xzf"_s, explorer("vols.v2"), u"-C"_s, dir.path()});
        QVERIFY(tar.waitForFinished(60000));
        const auto snapshot = [&] {
            QStringList out;
            QDirIterator it(dir.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                const QFileInfo fi = it.fileInfo();
                out << fi.filePath() + u' ' + QString::number(fi.size()) + u' '
                        + QString::number(fi.lastModified().toMSecsSinceEpoch());
            }
            out.sort();
            return out;
        };
        const QStringList before = snapshot();
        const Analysis a = analyze(dir.path());
        QCOMPARE(int(a.containers.size()), 4);
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestDataRoot)
#include "tst_dataroot.moc"
