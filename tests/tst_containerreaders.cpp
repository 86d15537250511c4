// Container readers: docker inspect output, config.v2.json + hostconfig.json from data roots of
// several Docker versions, json-file logs (rotation, gzip, split messages) and docker diff text.

#include "container/containerconfigreader.h"
#include "container/difftextreader.h"
#include "container/logreader.h"
#include "hostfs/tarfsview.h"
#include "tarbuilder.h"
#include "testpaths.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

using Json = nlohmann::json;

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return {};
    }
    return f.readAll();
}

Json parse(const QByteArray &bytes)
{
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

// The members of a data root .tgz, read in memory through the layer scanner (never to disk);
// each archive is read once per test run.
const TarFsView &dataRoot(const QString &path)
{
    static std::map<QString, std::unique_ptr<TarFsView>> cache;
    auto &view = cache[path];
    if (!view) {
        QString error;
        const auto file = ReadOnlyFile::open(path, &error);
        if (!file) {
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(error));
        }
        TarFsView::Budget budget;
        budget.perFile = qint64(1) << 20; // container JSON and logs; layer contents are dropped
        view = TarFsView::load(path, file, budget, {});
    }
    return *view;
}

std::optional<QByteArray> member(const QString &archive, const QString &path)
{
    const FsView &view = dataRoot(archive); // TarFsView::read (static) hides FsView::read
    return view.read(path.toStdString(), qint64(16) << 20, nullptr);
}

int count(const DiagnosticSink &diag, Diagnostic::Severity severity)
{
    int n = 0;
    for (const Diagnostic &d : diag.items()) {
        n += d.severity == severity ? 1 : 0;
    }
    return n;
}

QString dump(const DiagnosticSink &diag)
{
    QStringList out;
    for (const Diagnostic &d : diag.items()) {
        out << Diagnostic::severityName(d.severity) + u' ' + d.toString();
    }
    return out.join(u'\n');
}

QStringList destinations(const Container &c)
{
    QStringList out;
    for (const Mount &m : c.mounts) {
        out << m.destination;
    }
    return out;
}

const Mount *mountAt(const Container &c, const QString &destination)
{
    for (const Mount &m : c.mounts) {
        if (m.destination == destination) {
            return &m;
        }
    }
    return nullptr;
}

// docker logs --timestamps pads the fraction to 9 digits; json-file trims trailing zeros.
QString nanoTime(QString t)
{
    const qsizetype dot = t.indexOf(u'.');
    const qsizetype zone = t.indexOf(u'Z');
    if (dot > 0 && zone > dot) {
        t.insert(zone, QString(9 - (zone - dot - 1), u'0'));
    }
    return t;
}

QByteArray jsonLine(const QString &log, const char *stream, const char *time)
{
    Json j;
    j["log"] = log.toStdString();
    j["stream"] = stream;
    j["time"] = time;
    return QByteArray::fromStdString(j.dump()) + '\n';
}

const QString demoId = u"d38dc64b2d484d8e226b5157152df238f79065463cd5261ddcfac6d931484266"_s;

} // namespace

class TestContainerReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // ---- docker inspect -------------------------------------------------------------------

    void inspect_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("imageId");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("startedAt");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("mounts");

        QTest::newRow("demo webshop")
            << data(u"demo/demo-inspect.json"_s) << demoId << u"webshop"_s
            << u"acme/webshop:2.3"_s
            << u"sha256:4c4435a82b7fa5785e8d171abb800aa2a8be64a4a09c456f71b2c6d19cc62315"_s
            << u"exited"_s << 143 << u"2026-11-28T20:33:47.423680567Z"_s
            << u"/usr/local/bin/start.sh"_s
            << QStringList{u"/host/etc"_s, u"/srv/data"_s, u"/srv/www/uploads"_s,
                           u"/var/run/docker.sock"_s};
        QTest::newRow("engine scenario")
            << data(u"engine/scenario-inspect.json"_s)
            << u"e2cda1a88399e7c4d593a2e171c540e432ed175a866cf243ff3e567850bc7bac"_s
            << u"scenario-run"_s << u"dockscope/scenario:1"_s
            << u"sha256:3492c697a677127ee34e9167748c2bfd582f10627cb6f691b0d86b8cc3b892b3"_s
            << u"exited"_s << 0 << u"2026-11-28T18:11:15.275516394Z"_s << QString()
            << QStringList();
    }

    void inspect()
    {
        QFETCH(QString, file);
        QFETCH(QString, id);
        DiagnosticSink diag(file);
        const auto containers = ContainerConfigReader::readInspect(readFile(file), file, diag);
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        QCOMPARE(containers.size(), std::size_t(1));
        const Container &c = containers.front();
        QCOMPARE(c.id, id);
        QTEST(c.name, "name");
        QTEST(c.image, "image");
        QTEST(c.imageId, "imageId");
        QTEST(c.status, "status");
        QTEST(c.exitCode, "exitCode");
        QTEST(c.startedAt, "startedAt");
        QVERIFY(!c.running);
        QCOMPARE(c.pid, 0);
        QCOMPARE(c.restartCount, 0);
        QCOMPARE(c.hostname, id.left(12));
        QCOMPARE(c.logDriver, u"json-file"_s);
        QCOMPARE(c.storageDriver, u"overlay2"_s);
        QVERIFY(c.logPath.endsWith(QString(u"/containers/"_s + id + u'/' + id + u"-json.log"_s)));
        QCOMPARE(c.evidenceFile, file);
        QTEST(destinations(c), "mounts");
        QFETCH(QString, path);
        if (!path.isEmpty()) {
            QCOMPARE(c.path, path);
        }
        // inspect keeps the object; every top-level key came from the inspect file.
        const Json inspect = parse(c.inspect);
        QVERIFY(inspect.is_object());
        QCOMPARE(QString::fromStdString(inspect.value("Id", "")), id);
        QCOMPARE(c.fieldSources.value(u"HostConfig"_s), file);
        QCOMPARE(c.fieldSources.size(), qsizetype(inspect.size()));
    }

    void inspectMountsOfDemo()
    {
        DiagnosticSink diag;
        const auto containers = ContainerConfigReader::readInspect(
            readFile(data(u"demo/demo-inspect.json"_s)), u"demo-inspect.json"_s, diag);
        QCOMPARE(containers.size(), std::size_t(1));
        const Container &c = containers.front();
        const Mount *volume = mountAt(c, u"/srv/www/uploads"_s);
        QVERIFY(volume);
        QCOMPARE(volume->type, u"volume"_s);
        QCOMPARE(volume->source, u"webshop-uploads"_s); // the volume's name, not its _data path
        QCOMPARE(volume->mode, u"z"_s);
        QVERIFY(volume->rw);
        QCOMPARE(volume->propagation, QString());
        const Mount *etc = mountAt(c, u"/host/etc"_s);
        QVERIFY(etc);
        QCOMPARE(etc->type, u"bind"_s);
        QCOMPARE(etc->source, u"/etc"_s);
        QCOMPARE(etc->mode, u"ro"_s);
        QVERIFY(!etc->rw);
        QCOMPARE(etc->propagation, u"rprivate"_s);
        const Mount *shared = mountAt(c, u"/srv/data"_s);
        QVERIFY(shared);
        QCOMPARE(shared->type, u"bind"_s);
        QCOMPARE(shared->propagation, u"rshared"_s);
        QVERIFY(shared->source.endsWith(u"/host/srv/webshop-data"_s));
        const Mount *socket = mountAt(c, u"/var/run/docker.sock"_s);
        QVERIFY(socket);
        QVERIFY(socket->rw);
        QVERIFY(socket->source.endsWith(u"/host/var/run/docker.sock"_s));
    }

    void inspectShapes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("containers");
        QTest::addColumn<int>("infos");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("errors");

        const QByteArray demo = readFile(data(u"demo/demo-inspect.json"_s));
        const Json demoArray = parse(demo);
        const QByteArray demoObject = QByteArray::fromStdString(demoArray.at(0).dump());
        const QByteArray image = readFile(data(u"demo/demo-image-inspect.json"_s));
        const QByteArray imageObject = QByteArray::fromStdString(parse(image).at(0).dump());

        QTest::newRow("array of one") << demo << 1 << 0 << 0 << 0;
        QTest::newRow("single object") << demoObject << 1 << 0 << 0 << 0;
        QTest::newRow("image inspect is skipped") << image << 0 << 1 << 0 << 0;
        QTest::newRow("image and container mixed")
            << QByteArray("[" + imageObject + "," + demoObject + "]") << 1 << 1 << 0 << 0;
        QTest::newRow("empty array") << QByteArray("[]") << 0 << 0 << 1 << 0;
        QTest::newRow("not JSON") << QByteArray("[{\"Id\":") << 0 << 0 << 0 << 1;
        QTest::newRow("a string") << QByteArray("\"x\"") << 0 << 0 << 0 << 1;
        QTest::newRow("array of non-objects") << QByteArray("[1, {\"foo\": 2}]") << 0 << 0 << 2 << 0;
    }

    void inspectShapes()
    {
        QFETCH(QByteArray, bytes);
        DiagnosticSink diag(u"inspect.json"_s);
        const auto containers = ContainerConfigReader::readInspect(bytes, u"inspect.json"_s, diag);
        QTEST(int(containers.size()), "containers");
        QTEST(count(diag, Diagnostic::Severity::Info), "infos");
        QTEST(count(diag, Diagnostic::Severity::Warning), "warnings");
        QTEST(count(diag, Diagnostic::Severity::Error), "errors");
    }

    // Old and broken field shapes: every field optional, wrong types reported and ignored.
    void inspectLenient_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("imageId");
        QTest::addColumn<int>("mounts");
        QTest::addColumn<int>("warnings");

        const QByteArray id = "\"" + QByteArray(64, 'a') + "\"";
        QTest::newRow("Docker 1.x names, paused")
            << QByteArray("{\"ID\":" + id + ",\"Image\":\"" + QByteArray(64, 'b')
                          + "\",\"State\":{\"Running\":true,\"Paused\":true}}")
            << u"paused"_s << QString(u"sha256:"_s + QString(64, u'b')) << 0 << 0;
        QTest::newRow("never started")
            << QByteArray("{\"Id\":" + id + ",\"State\":{\"Running\":false,\"StartedAt\":\"0001-01-01T00:00:00Z\"}}")
            << u"created"_s << QString() << 0 << 0;
        QTest::newRow("Volumes and VolumesRW (Docker <= 1.7)")
            << QByteArray("{\"Id\":" + id + ",\"State\":{\"StartedAt\":\"2015-01-01T00:00:00Z\"},"
                "\"Volumes\":{\"/data\":\"/var/lib/docker/vfs/dir/" + QByteArray(64, 'c')
                + "\",\"/host\":\"/srv\"},\"VolumesRW\":{\"/data\":true,\"/host\":false}}")
            << u"exited"_s << QString() << 2 << 0;
        QTest::newRow("wrong types everywhere")
            << QByteArray("{\"Id\":" + id + ",\"Name\":[1],\"Created\":5,\"Args\":[\"a\",2],"
                "\"State\":{\"Running\":\"yes\",\"Pid\":\"12\",\"ExitCode\":1.5,\"Status\":7},"
                "\"Config\":[],\"HostConfig\":{\"LogConfig\":\"json-file\"},"
                "\"Mounts\":[\"x\",{\"Destination\":5,\"RW\":\"no\"}],\"RestartCount\":{}}")
            << u"created"_s << QString() << 1 << 13;
        QTest::newRow("State is not an object")
            << QByteArray("{\"Id\":" + id + ",\"State\":\"running\",\"Mounts\":{}}") << QString() << QString()
            << 0 << 2;
        QTest::newRow("bad image id")
            << QByteArray("{\"Id\":" + id + ",\"Image\":\"busybox\"}") << QString() << QString() << 0 << 1;
        QTest::newRow("no id") << QByteArray("{\"State\":{\"Dead\":true}}") << u"dead"_s << QString()
                               << 0 << 1;
    }

    void inspectLenient()
    {
        QFETCH(QByteArray, object);
        const Json j = parse(object);
        QVERIFY(j.is_object());
        DiagnosticSink diag(u"inspect.json"_s);
        const auto c = ContainerConfigReader::fromInspect(j, u"inspect.json"_s, diag);
        QVERIFY(c.has_value());
        QTEST(c->status, "status");
        QTEST(c->imageId, "imageId");
        QTEST(int(c->mounts.size()), "mounts");
        QTEST(count(diag, Diagnostic::Severity::Warning), "warnings");
        QCOMPARE(count(diag, Diagnostic::Severity::Error), 0);
    }

    void inspectOldVolumes()
    {
        const QByteArray object = "{\"Id\":\"x\",\"Volumes\":{\"/data\":\"/var/lib/docker/volumes/"
                                  "v1/_data\",\"/host\":\"/srv\"},\"VolumesRW\":{\"/host\":false}}";
        DiagnosticSink diag;
        const auto c = ContainerConfigReader::fromInspect(parse(object), u"i"_s, diag);
        QVERIFY(c);
        QCOMPARE(destinations(*c), QStringList({u"/data"_s, u"/host"_s}));
        QCOMPARE(c->mounts[0].type, u"volume"_s);
        QCOMPARE(c->mounts[0].source, u"v1"_s);
        QVERIFY(c->mounts[0].rw);
        QCOMPARE(c->mounts[1].type, u"bind"_s);
        QCOMPARE(c->mounts[1].source, u"/srv"_s);
        QVERIFY(!c->mounts[1].rw);
    }

    void derivedStatus_data()
    {
        QTest::addColumn<bool>("running");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<bool>("restarting");
        QTest::addColumn<bool>("removing");
        QTest::addColumn<bool>("dead");
        QTest::addColumn<QString>("startedAt");
        QTest::addColumn<QString>("status");
        const QString t = u"2017-02-13T16:45:05.785658046Z"_s;
        const QString zero = u"0001-01-01T00:00:00Z"_s;
        QTest::newRow("running") << true << false << false << false << false << t << u"running"_s;
        QTest::newRow("paused") << true << true << false << false << false << t << u"paused"_s;
        QTest::newRow("restarting") << true << false << true << false << false << t << u"restarting"_s;
        QTest::newRow("removing") << false << false << false << true << false << t << u"removing"_s;
        QTest::newRow("dead") << false << false << false << false << true << t << u"dead"_s;
        QTest::newRow("created") << false << false << false << false << false << zero << u"created"_s;
        QTest::newRow("created, no time") << false << false << false << false << false << QString()
                                          << u"created"_s;
        QTest::newRow("exited") << false << false << false << false << false << t << u"exited"_s;
    }

    void derivedStatus()
    {
        QFETCH(bool, running);
        QFETCH(bool, paused);
        QFETCH(bool, restarting);
        QFETCH(bool, removing);
        QFETCH(bool, dead);
        QFETCH(QString, startedAt);
        QTEST(ContainerConfigReader::derivedStatus(running, paused, restarting, removing, dead,
                                                   startedAt),
              "status");
    }

    // ---- data roots: config.v2.json + hostconfig.json ---------------------------------------

    void dataRoot_data()
    {
        QTest::addColumn<QString>("archive");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("configName");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("imageId");
        QTest::addColumn<QString>("created");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("running");
        QTest::addColumn<int>("pid");
        QTest::addColumn<QString>("storageDriver");
        QTest::addColumn<QString>("logDriver");
        QTest::addColumn<QStringList>("mounts");

        const auto peer = [](const char *name) {
            return test::peer(u"docker-explorer/"_s + QString::fromUtf8(name) + u".tgz"_s);
        };
        // The values docker-explorer's tests assert (peers README).
        QTest::newRow("aufs.v2 dreamy_snyder (Docker 1.13)")
            << peer("aufs.v2") << u"7b02fb3e8a665a63e32b909af5babb7d6ba0b64e10003b2d9534c7d5f2af8966"_s
            << u"config.v2.json"_s << u"dreamy_snyder"_s << u"busybox"_s
            << u"sha256:7968321274dc6b6171697c33df7815310468e694ac5be0ec03ff053bb135e768"_s
            << u"2017-02-13T16:45:05.629904159Z"_s << u"running"_s << true << 3841 << u"aufs"_s
            << QString() << QStringList{u"/var/jenkins_home"_s};
        QTest::newRow("overlay2.v2 objective_franklin")
            << peer("overlay2.v2") << u"f83f963c67cbd36055f690fc988c1e42be06c1253e80113d1d516778c06b2841"_s
            << u"config.v2.json"_s << u"objective_franklin"_s
            << u"gcr.io/google-containers/busybox:latest"_s
            << u"sha256:8ac48589692a53a9b8c2d1ceaa6b402665aa7fe667ba51ccc03002300856d8c7"_s
            << u"2018-05-16T10:51:04.83752424Z"_s << u"exited"_s << false << 0 << u"overlay2"_s
            << u"json-file"_s << QStringList();
        QTest::newRow("aufs.v1 angry_rosalind (Docker 1.x config.json)")
            << peer("aufs.v1") << u"de44dd97cfd1c8d1c1aad7f75a435603991a7a39fa4f6b20a69bf4458809209c"_s
            << u"config.json"_s << u"angry_rosalind"_s << u"busybox"_s
            << u"sha256:1cee97b18f87b5fa91633db35f587e2c65c093facfa2cbbe83d5ebe06e1d9125"_s
            << u"2018-12-27T10:53:17.096746609Z"_s << u"running"_s << true << 1276 << u"aufs"_s
            << QString() << QStringList();
        QTest::newRow("vols.v2 sad_lichterman (bind and volume)")
            << peer("vols.v2") << u"8b6e90cc742bd63f6acb7ecd40ddadb4e5dee27d8db2b739963f7cd2c7bcff4a"_s
            << u"config.v2.json"_s << u"sad_lichterman"_s << u"alpine"_s
            << u"sha256:a24bb4013296f61e89ba57005a7b3e52274d8edd3ae2077d04395f806b63d83e"_s
            << u"2020-07-20T15:32:15.366904394Z"_s << u"exited"_s << false << 0 << u"overlay2"_s
            << u"json-file"_s << QStringList{u"/opt"_s, u"/var/jenkins_home"_s};
        QTest::newRow("demo webshop (Docker 20.10)")
            << data(u"demo/demo-dataroot.tar.gz"_s) << demoId << u"config.v2.json"_s
            << u"webshop"_s << u"acme/webshop:2.3"_s
            << u"sha256:4c4435a82b7fa5785e8d171abb800aa2a8be64a4a09c456f71b2c6d19cc62315"_s
            << u"2026-11-28T20:33:47.090232262Z"_s << u"exited"_s << false << 0 << u"overlay2"_s
            << u"json-file"_s
            << QStringList{u"/host/etc"_s, u"/srv/data"_s, u"/srv/www/uploads"_s,
                           u"/var/run/docker.sock"_s};
    }

    void dataRoot()
    {
        QFETCH(QString, archive);
        QFETCH(QString, id);
        QFETCH(QString, configName);
        const QString dir = u"docker/containers/"_s + id;
        const auto config = member(archive, dir + u'/' + configName);
        const auto host = member(archive, dir + u"/hostconfig.json"_s);
        QVERIFY(config && host);

        DiagnosticSink diag(archive);
        const auto c = ContainerConfigReader::fromDataRoot(*config, &*host, archive, dir, diag,
                                                           configName);
        QVERIFY(c.has_value());
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        QCOMPARE(c->id, id);
        QTEST(c->name, "name");
        QTEST(c->image, "image");
        QTEST(c->imageId, "imageId");
        QTEST(c->created, "created");
        QTEST(c->status, "status");
        QTEST(c->running, "running");
        QTEST(c->pid, "pid");
        QTEST(c->storageDriver, "storageDriver");
        QTEST(c->logDriver, "logDriver");
        QTEST(destinations(*c), "mounts");
        QCOMPARE(c->hostname, id.left(12));
        QCOMPARE(c->evidenceFile, archive);

        // The merged view: shaped like docker inspect, HostConfig = hostconfig.json.
        const Json inspect = parse(c->inspect);
        QVERIFY(inspect.is_object());
        QCOMPARE(QString::fromStdString(inspect.value("Id", "")), id);
        QVERIFY(!inspect.contains("ID"));
        QVERIFY(!inspect.contains("MountPoints"));
        QVERIFY(!inspect.contains("StreamConfig"));
        QVERIFY(inspect.at("State").contains("Status"));
        QCOMPARE(QString::fromStdString(inspect.at("State").value("Status", "")), c->status);
        QVERIFY(inspect.at("HostConfig") == parse(*host));
        QVERIFY(inspect.at("Config") == parse(*config).at("Config"));
        QCOMPARE(c->fieldSources.value(u"HostConfig"_s), QString(dir + u"/hostconfig.json"_s));
        QCOMPARE(c->fieldSources.value(u"Config"_s), QString(dir + u'/' + configName));
        QCOMPARE(c->fieldSources.value(u"State"_s), QString(dir + u'/' + configName));
        QCOMPARE(c->fieldSources.value(u"Id"_s), QString(dir + u'/' + configName));
        QStringList keys;
        for (auto it = inspect.begin(); it != inspect.end(); ++it) {
            keys << QString::fromStdString(it.key());
        }
        keys.sort();
        QCOMPARE(c->fieldSources.keys(), keys);
        // Docker's inspect order: Id first, then Created (ordered, not alphabetical).
        QVERIFY(c->inspect.startsWith(QByteArray("{\"Id\":\"" + id.toLatin1() + "\",\"Created\":")));
    }

    void dataRootMountsOfOldAndNewVersions()
    {
        // Docker 1.13 (aufs.v2): MountPoints without Type; the volume is named by its id.
        const QString aufs = peer(u"docker-explorer/aufs.v2.tgz"_s);
        const QString dir = u"docker/containers/7b02fb3e8a665a63e32b909af5babb7d6ba0b64e10003b2d9534c7d5f2af8966"_s;
        DiagnosticSink diag;
        const auto old = ContainerConfigReader::fromDataRoot(
            *member(aufs, dir + u"/config.v2.json"_s), nullptr, aufs, dir, diag);
        QVERIFY(old);
        QCOMPARE(old->mounts.size(), std::size_t(1));
        QCOMPARE(old->mounts[0].type, u"volume"_s);
        QCOMPARE(old->mounts[0].source, u"28297de547b5473a9aff90aaab45ed108ebf019981b40c3c35c226f54c13ac0d"_s);
        QVERIFY(old->mounts[0].rw);

        // Docker 19.03 (vols.v2): a bind with propagation and a volume.
        const QString vols = peer(u"docker-explorer/vols.v2.tgz"_s);
        const QString vdir = u"docker/containers/8b6e90cc742bd63f6acb7ecd40ddadb4e5dee27d8db2b739963f7cd2c7bcff4a"_s;
        const auto host = member(vols, vdir + u"/hostconfig.json"_s);
        const auto c = ContainerConfigReader::fromDataRoot(
            *member(vols, vdir + u"/config.v2.json"_s), &*host, vols, vdir, diag);
        QVERIFY(c);
        const Mount *bind = mountAt(*c, u"/opt"_s);
        QVERIFY(bind);
        QCOMPARE(bind->type, u"bind"_s);
        QCOMPARE(bind->source, u"/opt/vols/bind"_s);
        QCOMPARE(bind->propagation, u"rprivate"_s);
        const Mount *volume = mountAt(*c, u"/var/jenkins_home"_s);
        QVERIFY(volume);
        QCOMPARE(volume->type, u"volume"_s);
        QCOMPARE(volume->source, u"eda9ee495beccf988d963bf91de0276847e838b9531ab9118caef38a33894bb4"_s);
    }

    // The merge of the demo's config.v2.json and hostconfig.json agrees with docker inspect.
    void demoDataRootAgreesWithInspect()
    {
        const QString archive = data(u"demo/demo-dataroot.tar.gz"_s);
        const QString dir = u"docker/containers/"_s + demoId;
        const auto config = member(archive, dir + u"/config.v2.json"_s);
        const auto host = member(archive, dir + u"/hostconfig.json"_s);
        QVERIFY(config && host);
        DiagnosticSink diag;
        const auto merged = ContainerConfigReader::fromDataRoot(*config, &*host, archive, dir, diag);
        QVERIFY(merged);
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        const auto inspected = ContainerConfigReader::readInspect(
            readFile(data(u"demo/demo-inspect.json"_s)), u"demo-inspect.json"_s, diag);
        QCOMPARE(inspected.size(), std::size_t(1));
        const Container &d = inspected.front();

        const Json m = parse(merged->inspect);
        const Json i = parse(d.inspect);
        for (const char *key : {"Id", "Name", "Image", "Created", "Path", "Args", "RestartCount",
                                "Driver", "Platform", "Config", "AppArmorProfile", "MountLabel",
                                "ProcessLabel", "LogPath", "HostnamePath", "HostsPath",
                                "ResolvConfPath"}) {
            QVERIFY2(m.contains(key), key);
            QVERIFY2(m.at(key) == i.at(key), key);
        }
        for (const char *key : {"Privileged", "CapAdd", "SecurityOpt", "RestartPolicy", "PidMode",
                                "PortBindings", "Binds", "LogConfig", "MaskedPaths"}) {
            QVERIFY2(m.at("HostConfig").at(key) == i.at("HostConfig").at(key), key);
        }
        QVERIFY(m.at("HostConfig") == i.at("HostConfig"));
        // State: the same, Status derived ("exited"); config.v2.json also keeps RemovalInProgress.
        Json state = m.at("State");
        QCOMPARE(state.value("RemovalInProgress", true), false);
        state.erase("RemovalInProgress");
        QVERIFY(state == i.at("State"));
        // Mounts: same destinations and the same fields for each (Mode comes from "Relabel").
        QCOMPARE(m.at("Mounts").size(), i.at("Mounts").size());
        for (const Json &mm : m.at("Mounts")) {
            const Json *match = nullptr;
            for (const Json &im : i.at("Mounts")) {
                if (im.at("Destination") == mm.at("Destination")) {
                    match = &im;
                }
            }
            QVERIFY(match);
            for (const char *key : {"Type", "Name", "Driver", "Mode", "RW", "Propagation", "Source"}) {
                QVERIFY2(mm.value(key, Json()) == match->value(key, Json()), key);
            }
            QVERIFY2(mm == *match, mm.dump().c_str()); // no other keys either
        }
        // Fields only config.v2.json has.
        QCOMPARE(QString::fromStdString(m.value("SeccompProfile", "")), u"unconfined"_s);
        QVERIFY(m.contains("NoNewPrivileges"));
        QCOMPARE(merged->fieldSources.value(u"SeccompProfile"_s), QString(dir + u"/config.v2.json"_s));

        // The typed fields agree too.
        QCOMPARE(merged->id, d.id);
        QCOMPARE(merged->name, d.name);
        QCOMPARE(merged->image, d.image);
        QCOMPARE(merged->imageId, d.imageId);
        QCOMPARE(merged->created, d.created);
        QCOMPARE(merged->startedAt, d.startedAt);
        QCOMPARE(merged->finishedAt, d.finishedAt);
        QCOMPARE(merged->status, d.status);
        QCOMPARE(merged->exitCode, d.exitCode);
        QCOMPARE(merged->restartCount, d.restartCount);
        QCOMPARE(merged->logDriver, d.logDriver);
        QCOMPARE(merged->storageDriver, d.storageDriver);
        QCOMPARE(merged->path, d.path);
        QCOMPARE(merged->args, d.args);
        QCOMPARE(merged->logPath, d.logPath);
        QCOMPARE(destinations(*merged), destinations(d));
        for (std::size_t k = 0; k < d.mounts.size(); ++k) {
            QCOMPARE(merged->mounts[k].type, d.mounts[k].type);
            QCOMPARE(merged->mounts[k].source, d.mounts[k].source);
            QCOMPARE(merged->mounts[k].mode, d.mounts[k].mode);
            QCOMPARE(merged->mounts[k].rw, d.mounts[k].rw);
            QCOMPARE(merged->mounts[k].propagation, d.mounts[k].propagation);
        }
    }

    void missingHostConfig()
    {
        const QString archive = data(u"demo/demo-dataroot.tar.gz"_s);
        const QString dir = u"docker/containers/"_s + demoId;
        DiagnosticSink diag(archive);
        const auto c = ContainerConfigReader::fromDataRoot(*member(archive, dir + u"/config.v2.json"_s),
                                                           nullptr, archive, dir, diag);
        QVERIFY(c);
        QCOMPARE(c->id, demoId);
        QCOMPARE(c->name, u"webshop"_s);
        QCOMPARE(c->mounts.size(), std::size_t(4));
        QCOMPARE(c->logDriver, QString());
        QVERIFY(!c->fieldSources.contains(u"HostConfig"_s));
        QVERIFY(!parse(c->inspect).contains("HostConfig"));
        QCOMPARE(int(diag.items().size()), 1);
        const Diagnostic &d = diag.items().front();
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QVERIFY2(d.message().contains(dir), qPrintable(d.message()));
        QVERIFY(d.where.contains(u"hostconfig.json"_s));
    }

    void brokenDataRootFiles_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<bool>("hasHost");
        QTest::addColumn<bool>("read");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("errors");
        QTest::addColumn<QString>("hostSource");

        const QByteArray id = QByteArray(64, 'e');
        const QByteArray ok = "{\"ID\":\"" + id + "\",\"Name\":\"/x\"}";
        QTest::newRow("hostconfig.json not JSON") << ok << QByteArray("{\"Privileged\":") << true
                                                  << true << 1 << 0 << QString();
        QTest::newRow("hostconfig.json empty") << ok << QByteArray() << true << true << 1 << 0
                                               << QString();
        QTest::newRow("hostconfig.json a list") << ok << QByteArray("[]") << true << true << 1 << 0
                                                << QString();
        QTest::newRow("config not JSON") << QByteArray("{\"ID\":") << QByteArray("{}") << true
                                         << false << 0 << 1 << QString();
        QTest::newRow("config a list") << QByteArray("[]") << QByteArray("{}") << true << false << 0
                                       << 1 << QString();
        QTest::newRow("HostConfig inside config.json (very old)")
            << QByteArray("{\"ID\":\"" + id + "\",\"HostConfig\":{\"Privileged\":true}}") << QByteArray()
            << false << true << 0 << 0
            << QString(u"docker/containers/"_s + QString::fromLatin1(id) + u"/config.json"_s);
        QTest::newRow("wrong types")
            << QByteArray("{\"ID\":\"" + id + "\",\"State\":{\"Running\":1},\"MountPoints\":[],"
                "\"RestartCount\":\"2\"}")
            << QByteArray("{\"LogConfig\":{\"Type\":3}}") << true << true << 4 << 0
            << QString(u"docker/containers/"_s + QString::fromLatin1(id) + u"/hostconfig.json"_s);
        QTest::newRow("folder of another container")
            << QByteArray("{\"ID\":\"" + QByteArray(64, 'f') + "\"}") << QByteArray("{}") << true
            << true << 1 << 0
            << QString(u"docker/containers/"_s + QString::fromLatin1(id) + u"/hostconfig.json"_s);
    }

    void brokenDataRootFiles()
    {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, host);
        QFETCH(bool, hasHost);
        QFETCH(QString, hostSource);
        const QString dir = u"docker/containers/"_s + QString(64, u'e');
        DiagnosticSink diag(u"root"_s);
        const auto c = ContainerConfigReader::fromDataRoot(config, hasHost ? &host : nullptr,
                                                           u"root"_s, dir, diag,
                                                           u"config.json"_s);
        QTEST(c.has_value(), "read");
        QTEST(count(diag, Diagnostic::Severity::Warning), "warnings");
        QTEST(count(diag, Diagnostic::Severity::Error), "errors");
        if (c) {
            QCOMPARE(c->fieldSources.value(u"HostConfig"_s), hostSource);
        }
    }

    // Every prefix of a real config.v2.json, and every top-level value replaced by a number:
    // never a crash, never an exception.
    void damagedConfigNeverCrashes()
    {
        const QString archive = data(u"demo/demo-dataroot.tar.gz"_s);
        const QString dir = u"docker/containers/"_s + demoId;
        const QByteArray config = *member(archive, dir + u"/config.v2.json"_s);
        const QByteArray host = *member(archive, dir + u"/hostconfig.json"_s);
        for (qsizetype n = 0; n < config.trimmed().size(); n += 97) {
            DiagnosticSink diag;
            const QByteArray cut = config.left(n);
            const auto c = ContainerConfigReader::fromDataRoot(cut, &cut, archive, dir, diag);
            QVERIFY(!c);
        }
        const Json full = parse(config);
        for (auto it = full.begin(); it != full.end(); ++it) {
            for (const Json &replacement : {Json(7), Json("x"), Json::array({1}), Json::object()}) {
                Json broken = full;
                broken[it.key()] = replacement;
                DiagnosticSink diag;
                const auto c = ContainerConfigReader::fromDataRoot(
                    QByteArray::fromStdString(broken.dump()), &host, archive, dir, diag);
                QVERIFY(c);
            }
        }
    }

    // ---- json-file logs ----------------------------------------------------------------------

    void demoJsonLogMatchesDockerLogs()
    {
        DiagnosticSink diag;
        // Given in the "wrong" order: the reader orders by rotation number.
        const auto records = LogReader::readJsonFile(
            {{u"demo-json.log"_s, readFile(data(u"demo/demo-json.log"_s))},
             {u"demo-json.log.1"_s, readFile(data(u"demo/demo-json.log.1"_s))}},
            diag);
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        const auto text = LogReader::readTimestampedText(readFile(data(u"demo/demo-logs.txt"_s)),
                                                         u"demo-logs.txt"_s, diag);
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        QCOMPARE(records.size(), std::size_t(82));
        QCOMPARE(text.size(), records.size());
        for (std::size_t k = 0; k < records.size(); ++k) {
            QCOMPARE(records[k].text, text[k].text);
            QCOMPARE(nanoTime(records[k].time), text[k].time);
            QCOMPARE(text[k].line, qint64(k + 1));
            QCOMPARE(text[k].stream, QString());
        }
        QCOMPARE(records.front().sourceFile, u"demo-json.log.1"_s);
        QCOMPARE(records.front().line, qint64(1));
        QCOMPARE(records.front().stream, u"stdout"_s);
        QCOMPARE(records[1].stream, u"stderr"_s);
        QCOMPARE(records[1].text, u"webshop 2.3: warning: running as root"_s);
        QCOMPARE(records[63].sourceFile, u"demo-json.log"_s);
        QCOMPARE(records[63].line, qint64(1));
        QCOMPARE(records.back().line, qint64(19));
    }

    void engineJsonLogMatchesDockerLogs()
    {
        DiagnosticSink diag;
        const auto records = LogReader::readJsonFile(
            {{u"scenario-json.log"_s, readFile(data(u"engine/scenario-json.log"_s))}}, diag);
        const auto text = LogReader::readTimestampedText(
            readFile(data(u"engine/scenario-logs.txt"_s)), u"scenario-logs.txt"_s, diag);
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(text.size(), records.size());
        QStringList streams;
        for (std::size_t k = 0; k < records.size(); ++k) {
            QCOMPARE(records[k].text, text[k].text);
            QCOMPARE(nanoTime(records[k].time), text[k].time);
            streams << records[k].stream;
        }
        QCOMPARE(streams, QStringList({u"stdout"_s, u"stderr"_s, u"stdout"_s}));
        QCOMPARE(records[1].text, u"dropper: passwd changed"_s);
    }

    void demoDataRootLogsMatchLooseFiles()
    {
        const QString archive = data(u"demo/demo-dataroot.tar.gz"_s);
        const QString base = u"docker/containers/"_s + demoId + u'/' + demoId + u"-json.log"_s;
        DiagnosticSink diag;
        const auto fromRoot = LogReader::readJsonFile(
            {{base, *member(archive, base)}, {base + u".1"_s, *member(archive, base + u".1"_s)}},
            diag);
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        const auto loose = LogReader::readJsonFile(
            {{u"a.1"_s, readFile(data(u"demo/demo-json.log.1"_s))},
             {u"a"_s, readFile(data(u"demo/demo-json.log"_s))}},
            diag);
        QCOMPARE(fromRoot.size(), loose.size());
        for (std::size_t k = 0; k < loose.size(); ++k) {
            QCOMPARE(fromRoot[k].text, loose[k].text);
            QCOMPARE(fromRoot[k].time, loose[k].time);
        }
    }

    void splitMessagesAreJoined()
    {
        // A 40 KiB line Docker split in three parts (16 KiB, 16 KiB, the rest with "\n"), then a
        // stdout message split in two with a stderr line between its parts.
        const QString big = QString(40 * 1024 - 3, u'x') + u"END"_s;
        QByteArray log;
        log += jsonLine(big.left(16384), "stdout", "2024-05-14T10:00:00.000000001Z");
        log += jsonLine(big.mid(16384, 16384), "stdout", "2024-05-14T10:00:00.000000002Z");
        log += jsonLine(big.mid(32768) + u'\n', "stdout", "2024-05-14T10:00:00.000000003Z");
        log += jsonLine(u"first half, "_s, "stdout", "2024-05-14T10:00:01Z");
        log += jsonLine(u"an error\n"_s, "stderr", "2024-05-14T10:00:02Z");
        log += jsonLine(u"second half\n"_s, "stdout", "2024-05-14T10:00:03Z");
        log += jsonLine(u"\n"_s, "stdout", "2024-05-14T10:00:04Z");
        DiagnosticSink diag;
        const auto records = LogReader::readJsonFile({{u"c-json.log"_s, log}}, diag);
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        QCOMPARE(records.size(), std::size_t(4));
        QCOMPARE(records[0].text, big);
        QCOMPARE(records[0].time, u"2024-05-14T10:00:00.000000001Z"_s);
        QCOMPARE(records[0].line, qint64(1));
        QCOMPARE(records[0].stream, u"stdout"_s);
        QCOMPARE(records[1].text, u"first half, second half"_s);
        QCOMPARE(records[1].time, u"2024-05-14T10:00:01Z"_s);
        QCOMPARE(records[1].line, qint64(4));
        QCOMPARE(records[2].text, u"an error"_s);
        QCOMPARE(records[2].stream, u"stderr"_s);
        QCOMPARE(records[2].line, qint64(5));
        QCOMPARE(records[3].text, QString());
        QCOMPARE(records[3].line, qint64(7));
    }

    void splitMessageAcrossRotation()
    {
        const QByteArray older = jsonLine(u"one\n"_s, "stdout", "2024-05-14T10:00:00Z")
                                 + jsonLine(u"begins in .1 "_s, "stdout", "2024-05-14T10:00:01Z");
        const QByteArray current = jsonLine(u"ends in the current file\n"_s, "stdout",
                                            "2024-05-14T10:00:02Z");
        DiagnosticSink diag;
        const auto records = LogReader::readJsonFile({{u"x-json.log"_s, current},
                                                      {u"x-json.log.1"_s, older}},
                                                     diag);
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        QCOMPARE(records.size(), std::size_t(2));
        QCOMPARE(records[1].text, u"begins in .1 ends in the current file"_s);
        QCOMPARE(records[1].sourceFile, u"x-json.log.1"_s);
        QCOMPARE(records[1].line, qint64(2));
    }

    void unfinishedSplitMessageIsKept()
    {
        const QByteArray log = jsonLine(u"no newline at the end"_s, "stdout", "2024-05-14T10:00:00Z");
        DiagnosticSink diag;
        const auto records = LogReader::readJsonFile({{u"x-json.log"_s, log}}, diag);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].text, u"no newline at the end"_s);
        QCOMPARE(count(diag, Diagnostic::Severity::Info), 1);
    }

    void badJsonLogLines_data()
    {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<int>("records");
        QTest::addColumn<QStringList>("badLines"); // line numbers named in the warnings

        const QByteArray a = jsonLine(u"a\n"_s, "stdout", "2024-05-14T10:00:00Z");
        const QByteArray b = jsonLine(u"b\n"_s, "stderr", "2024-05-14T10:00:01Z");
        QTest::newRow("truncated last line")
            << QByteArray(a + b + "{\"log\":\"c\\n\",\"stream\":\"stdout\",\"ti") << 2
            << QStringList{u"3"_s};
        QTest::newRow("line that is not JSON") << QByteArray(a + "garbage\n" + b) << 2 << QStringList{u"2"_s};
        QTest::newRow("NUL bytes after a crash")
            << QByteArray(a + QByteArray(40, '\0') + "\n" + b) << 2 << QStringList{u"2"_s};
        QTest::newRow("JSON that is not an object") << QByteArray(a + "[1,2]\n" + b) << 2
                                                     << QStringList{u"2"_s};
        QTest::newRow("log not a string")
            << QByteArray(a + "{\"log\":5,\"stream\":\"stdout\",\"time\":\"x\"}\n" + b) << 2
            << QStringList{u"2"_s};
        QTest::newRow("no log") << QByteArray(a + "{\"stream\":\"stdout\"}\n" + b) << 2 << QStringList{u"2"_s};
        QTest::newRow("stream not a string (record kept)")
            << QByteArray(a + "{\"log\":\"s\\n\",\"stream\":1,\"time\":\"2024-05-14T10:00:00Z\"}\n" + b) << 3
            << QStringList{u"2"_s};
        QTest::newRow("time not a string (record kept)")
            << QByteArray(a + "{\"log\":\"t\\n\",\"stream\":\"stdout\",\"time\":17}\n" + b) << 3
            << QStringList{u"2"_s};
        QTest::newRow("attrs are accepted")
            << QByteArray(a + "{\"log\":\"t\\n\",\"stream\":\"stdout\",\"attrs\":{\"k\":\"v\"},\"time\":\"2024-05-14T10:00:00Z\"}\n")
            << 2 << QStringList();
        QTest::newRow("empty lines are ignored") << QByteArray(a + "\n\n" + b + "\n") << 2 << QStringList();
    }

    void badJsonLogLines()
    {
        QFETCH(QByteArray, log);
        QFETCH(QStringList, badLines);
        DiagnosticSink diag(u"evidence"_s);
        const auto records = LogReader::readJsonFile({{u"c-json.log"_s, log}}, diag);
        QTEST(int(records.size()), "records");
        QStringList lines;
        for (const Diagnostic &d : diag.items()) {
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            QCOMPARE(d.where, u"c-json.log"_s);
            QCOMPARE(d.args.value(0), u"c-json.log"_s);
            QVERIFY(d.message().startsWith(u"c-json.log: line "_s));
            QVERIFY(d.offset > 0);
            lines << d.args.value(1);
        }
        QCOMPARE(lines, badLines);
        if (QByteArray(QTest::currentDataTag()) == "truncated last line") {
            QVERIFY(diag.items().front().message().contains(u"cut off"_s));
        }
    }

    void manyBadLinesAreCounted()
    {
        QByteArray log;
        for (int k = 0; k < 100; ++k) {
            log += "not json\n";
        }
        DiagnosticSink diag;
        const auto records = LogReader::readJsonFile({{u"c-json.log"_s, log}}, diag);
        QVERIFY(records.empty());
        QCOMPARE(int(diag.items().size()), LogReader::MaxLineDiagnostics + 1);
        QVERIFY(diag.items().back().message().startsWith(u"80 more lines"_s));
    }

    void gzipRotatedFiles()
    {
        const QByteArray two = jsonLine(u"oldest\n"_s, "stdout", "2024-05-14T10:00:00Z");
        const QByteArray one = jsonLine(u"older\n"_s, "stderr", "2024-05-14T10:00:01Z");
        const QByteArray current = jsonLine(u"newest\n"_s, "stdout", "2024-05-14T10:00:02Z");
        DiagnosticSink diag;
        const auto records = LogReader::readJsonFile({{u"x-json.log"_s, current},
                                                      {u"x-json.log.1.gz"_s, TarBuilder::gzip(one)},
                                                      {u"x-json.log.2.gz"_s, TarBuilder::gzip(two)}},
                                                     diag);
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[0].text, u"oldest"_s);
        QCOMPARE(records[0].sourceFile, u"x-json.log.2.gz"_s);
        QCOMPARE(records[1].text, u"older"_s);
        QCOMPARE(records[1].stream, u"stderr"_s);
        QCOMPARE(records[2].text, u"newest"_s);

        // A damaged gzip file: what decodes is read, and the damage is reported.
        QByteArray damaged = TarBuilder::gzip(two + one + current);
        damaged.chop(12);
        DiagnosticSink diag2;
        LogReader::readJsonFile({{u"y-json.log.1.gz"_s, damaged}}, diag2);
        QVERIFY(count(diag2, Diagnostic::Severity::Warning) >= 1);
    }

    void rotationNumber_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("number");
        QTest::newRow("current") << u"abc-json.log"_s << 0;
        QTest::newRow("first") << u"abc-json.log.1"_s << 1;
        QTest::newRow("tenth") << u"/var/lib/docker/containers/abc/abc-json.log.10"_s << 10;
        QTest::newRow("gzip") << u"abc-json.log.3.gz"_s << 3;
        QTest::newRow("other name") << u"demo-json.log"_s << 0;
        QTest::newRow("trailing dot") << u"abc-json.log."_s << 0;
    }

    void rotationNumber()
    {
        QFETCH(QString, name);
        QTEST(LogReader::rotationNumber(name), "number");
    }

    void timestampedText_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("text");
        QTest::newRow("nanoseconds") << QByteArray("2024-05-14T10:00:00.123456789Z hello world")
                                     << u"2024-05-14T10:00:00.123456789Z"_s << u"hello world"_s;
        QTest::newRow("seconds only") << QByteArray("2024-05-14T10:00:00Z x") << u"2024-05-14T10:00:00Z"_s
                                      << u"x"_s;
        QTest::newRow("offset") << QByteArray("2024-05-14T10:00:00.5+02:00 y")
                                << u"2024-05-14T10:00:00.5+02:00"_s << u"y"_s;
        QTest::newRow("empty message") << QByteArray("2024-05-14T10:00:00Z ")
                                       << u"2024-05-14T10:00:00Z"_s << QString();
        QTest::newRow("only a timestamp") << QByteArray("2024-05-14T10:00:00Z")
                                          << u"2024-05-14T10:00:00Z"_s << QString();
        QTest::newRow("leading spaces kept") << QByteArray("2024-05-14T10:00:00Z   indented")
                                             << u"2024-05-14T10:00:00Z"_s << u"  indented"_s;
        QTest::newRow("no timestamp") << QByteArray("continuation of something")
                                      << QString() << u"continuation of something"_s;
        QTest::newRow("no zone") << QByteArray("2024-05-14T10:00:00 x") << QString()
                                 << u"2024-05-14T10:00:00 x"_s;
        QTest::newRow("not followed by a space") << QByteArray("2024-05-14T10:00:00Zx") << QString()
                                                 << u"2024-05-14T10:00:00Zx"_s;
        QTest::newRow("empty line") << QByteArray("") << QString() << QString();
    }

    void timestampedText()
    {
        QFETCH(QByteArray, line);
        DiagnosticSink diag;
        const auto records = LogReader::readTimestampedText(line + "\nnext\n", u"t.txt"_s, diag);
        QCOMPARE(records.size(), std::size_t(2));
        QTEST(records[0].time, "time");
        QTEST(records[0].text, "text");
        QCOMPARE(records[0].line, qint64(1));
        QCOMPARE(records[0].sourceFile, u"t.txt"_s);
        QCOMPARE(records[1].text, u"next"_s);
        QCOMPARE(records[1].line, qint64(2));
    }

    // ---- docker diff -------------------------------------------------------------------------

    void diffOfFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("changes");
        QTest::newRow("demo") << data(u"demo/demo-diff.txt"_s) << 54;
        QTest::newRow("engine") << data(u"engine/scenario-diff.txt"_s) << 7;
    }

    void diffOfFixtures()
    {
        QFETCH(QString, file);
        const QByteArray text = readFile(file);
        DiagnosticSink diag;
        const auto changes = DiffTextReader::read(text, file, diag);
        QVERIFY2(diag.items().empty(), qPrintable(dump(diag)));
        QTEST(int(changes.size()), "changes");
        QStringList expected = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
        QStringList got;
        for (const Change &c : changes) {
            got << Change::kindLetter(c.kind) + u' ' + c.path;
        }
        for (qsizetype k = 1; k < got.size(); ++k) {
            QVERIFY(changes[k - 1].path <= changes[k].path);
        }
        std::sort(expected.begin(), expected.end(),
                  [](const QString &a, const QString &b) { return a.mid(2) < b.mid(2); });
        QCOMPARE(got, expected);
    }

    void diffDemoKinds()
    {
        DiagnosticSink diag;
        const auto changes = DiffTextReader::read(readFile(data(u"demo/demo-diff.txt"_s)),
                                                  u"demo-diff.txt"_s, diag);
        QMap<QString, Change::Kind> kinds;
        for (const Change &c : changes) {
            kinds.insert(c.path, c.kind);
        }
        QCOMPARE(kinds.value(u"/var/log/httpd-access.log.1"_s), Change::Kind::Deleted);
        QCOMPARE(kinds.value(u"/tmp/.X11-unix/.x/xmrig"_s), Change::Kind::Added);
        QCOMPARE(kinds.value(u"/etc/passwd"_s), Change::Kind::Changed);
    }

    void diffLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<QStringList>("badLines");
        QTest::newRow("paths with spaces kept exactly")
            << QByteArray("A /tmp/a b \nC /tmp\n") << QStringList{u"C /tmp"_s, u"A /tmp/a b "_s}
            << QStringList();
        QTest::newRow("unknown kind") << QByteArray("A /a\nX /b\nD /c\n")
                                      << QStringList{u"A /a"_s, u"D /c"_s} << QStringList{u"2"_s};
        QTest::newRow("relative path") << QByteArray("A tmp\nA /tmp\n") << QStringList{u"A /tmp"_s}
                                       << QStringList{u"1"_s};
        QTest::newRow("no space") << QByteArray("A/tmp\n") << QStringList() << QStringList{u"1"_s};
        QTest::newRow("lower case") << QByteArray("a /tmp\n") << QStringList() << QStringList{u"1"_s};
        QTest::newRow("letter only") << QByteArray("C\nC /x") << QStringList{u"C /x"_s}
                                     << QStringList{u"1"_s};
        QTest::newRow("blank lines") << QByteArray("\n\nA /x\n\n") << QStringList{u"A /x"_s}
                                     << QStringList();
        QTest::newRow("CRLF file") << QByteArray("A /x\r\nD /y\r\n")
                                   << QStringList{u"A /x"_s, u"D /y"_s} << QStringList();
        QTest::newRow("a CR in one path only is kept") << QByteArray("A /x\r\nD /y\n")
                                                       << QStringList{u"A /x\r"_s, u"D /y"_s}
                                                       << QStringList();
        QTest::newRow("empty") << QByteArray() << QStringList() << QStringList();
    }

    void diffLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, badLines);
        DiagnosticSink diag;
        const auto changes = DiffTextReader::read(text, u"diff.txt"_s, diag);
        QStringList got;
        for (const Change &c : changes) {
            got << Change::kindLetter(c.kind) + u' ' + c.path;
        }
        QTEST(got, "changes");
        QStringList lines;
        for (const Diagnostic &d : diag.items()) {
            QCOMPARE(d.severity, Diagnostic::Severity::Warning);
            QCOMPARE(d.where, u"diff.txt"_s);
            lines << d.args.value(1);
        }
        QCOMPARE(lines, badLines);
    }
};

QTEST_GUILESS_MAIN(TestContainerReaders)
#include "tst_containerreaders.moc"
