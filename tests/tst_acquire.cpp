// Acquisition from a live engine, against a scripted Engine API peer: the HTTP/1.1 client
// (lengths, chunks, closes, non-HTTP peers), the multiplexed log stream, the acquisition folder
// and its manifest, failed steps, and reading the folder back as evidence.
#include "acquire/acquirer.h"
#include "acquire/acquisitionfolder.h"
#include "acquire/chunkeddecoder.h"
#include "acquire/engineclient.h"
#include "acquire/engineendpoint.h"
#include "acquire/httpconnection.h"
#include "acquire/streamdemuxer.h"
#include "analysis/analyzer.h"
#include "enginescenario.h"
#include "fakeengine.h"
#include "tarbuilder.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace dockscope;
using dockscope::test::FakeEngine;
using dockscope::test::TarBuilder;
using dockscope::test::ScriptedEngine;
using dockscope::test::ContainerId;
using dockscope::test::ImageId;
using dockscope::test::exportTar;

namespace {

QJsonObject readManifest(const QString &dir)
{
    QFile f(dir + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject artefact(const QJsonObject &manifest, const QString &file)
{
    for (const QJsonValue &v : manifest.value(QStringLiteral("artefacts")).toArray()) {
        if (v.toObject().value(QStringLiteral("file")).toString() == file) {
            return v.toObject();
        }
    }
    return {};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAcquire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunkedBodies_data();
    void chunkedBodies();
    void chunkedErrors();
    void demuxAndLogLines();
    void demuxRejectsRawBytes();
    void endpoints();
    void httpBodies();
    void notDocker();
    void acquiresEverything();
    void containerRemovedMidway();
    void unknownContainer();
    void refusesNonEmptyFolder();
    void folderVerifiedOnOpen();
    void cliExitCodes();
};

void TestAcquire::chunkedBodies_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("two chunks") << QByteArray("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n") << QByteArray("hello world");
    QTest::newRow("extension and trailer")
        << QByteArray("5;name=value\r\nhello\r\n0\r\nExpires: never\r\n\r\n") << QByteArray("hello");
    QTest::newRow("upper-case hex, bare LF") << QByteArray("A\nabcdefghij\n0\n\n") << QByteArray("abcdefghij");
    QTest::newRow("empty") << QByteArray("0\r\n\r\n") << QByteArray();
}

void TestAcquire::chunkedBodies()
{
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, body);
    // Every way of cutting the wire bytes in two gives the same body.
    for (qsizetype cut = 0; cut <= wire.size(); ++cut) {
        QByteArray got;
        ChunkedDecoder d([&](const char *data, std::size_t n) {
            got.append(data, qsizetype(n));
            return true;
        });
        QVERIFY(d.feed(wire.constData(), std::size_t(cut)));
        QVERIFY2(d.feed(wire.constData() + cut, std::size_t(wire.size() - cut)), qPrintable(d.error()));
        QVERIFY(d.finished());
        QCOMPARE(got, body);
    }
}

void TestAcquire::chunkedErrors()
{
    const auto fails = [](const QByteArray &wire) {
        ChunkedDecoder d([](const char *, std::size_t) { return true; });
        const bool ok = d.feed(wire.constData(), std::size_t(wire.size()));
        return !ok && !d.error().isEmpty() ? d.error() : QString();
    };
    QVERIFY(fails("zz\r\nhello\r\n").contains(QLatin1String("bad chunk size")));
    QVERIFY(fails("3\r\nhello\r\n").contains(QLatin1String("longer than its declared size")));
    QVERIFY(fails(QByteArray(5000, '1')).contains(QLatin1String("longer than")));
    ChunkedDecoder stopped([](const char *, std::size_t) { return false; });
    QVERIFY(!stopped.feed("1\r\nx\r\n", 6));
}

void TestAcquire::demuxAndLogLines()
{
    QList<QByteArray> lines;
    LogLineWriter writer([&](const QByteArray &l) {
        lines << l;
        return true;
    });
    StreamDemuxer demux([&](StreamDemuxer::Stream s, const char *data, std::size_t n) {
        return writer.add(s, data, n);
    });
    const QByteArray wire = FakeEngine::frame(1, "2026-01-01T00:00:00.1Z par") + FakeEngine::frame(2, "2026-01-01T00:00:01Z e\n")
        + FakeEngine::frame(1, "tial\n2026-01-01T00:00:02Z next\n") + FakeEngine::frame(1, "2026-01-01T00:00:03Z no newline");
    for (qsizetype i = 0; i < wire.size(); ++i) { // one byte at a time
        QVERIFY(demux.feed(wire.constData() + i, 1));
    }
    QVERIFY(demux.atBoundary());
    QVERIFY(writer.finish());
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QByteArray(R"({"log":"e\n","stream":"stderr","time":"2026-01-01T00:00:01Z"})" "\n"));
    QCOMPARE(lines.at(1), QByteArray(R"({"log":"partial\n","stream":"stdout","time":"2026-01-01T00:00:00.1Z"})" "\n"));
    QCOMPARE(lines.at(2), QByteArray(R"({"log":"next\n","stream":"stdout","time":"2026-01-01T00:00:02Z"})" "\n"));
    QCOMPARE(lines.at(3), QByteArray(R"({"log":"no newline","stream":"stdout","time":"2026-01-01T00:00:03Z"})" "\n"));
}

void TestAcquire::demuxRejectsRawBytes()
{
    StreamDemuxer demux([](StreamDemuxer::Stream, const char *, std::size_t) { return true; });
    const QByteArray raw = "2026-01-01T00:00:00Z hello from a TTY\n";
    QVERIFY(!demux.feed(raw.constData(), std::size_t(raw.size())));
    QVERIFY(demux.error().contains(QLatin1String("not a multiplexed stream")));
}

void TestAcquire::endpoints()
{
    QString error;
    auto e = EngineEndpoint::parse(QStringLiteral("unix:///var/run/docker.sock"), &error);
    QVERIFY(e);
    QCOMPARE(e->socketPath, QStringLiteral("/var/run/docker.sock"));
    e = EngineEndpoint::parse(QStringLiteral("tcp://10.0.0.5:2375"), &error);
    QVERIFY(e);
    QCOMPARE(e->kind, EngineEndpoint::Kind::Tcp);
    QCOMPARE(e->port, quint16(2375));
    QVERIFY(!EngineEndpoint::parse(QStringLiteral("unix://relative.sock"), &error));
    QVERIFY(error.contains(QLatin1String("not absolute")));
    QVERIFY(!EngineEndpoint::parse(QStringLiteral("https://host:2376"), &error));
    QVERIFY(error.contains(QLatin1String("TLS")));
    QVERIFY(!EngineEndpoint::parse(QStringLiteral("ssh://host"), &error));
}

void TestAcquire::httpBodies()
{
    QTemporaryDir dir;
    const QByteArray big(300000, 'b');
    FakeEngine engine(dir.filePath(QStringLiteral("e.sock")), [&](const QByteArray &, const QByteArray &target, const QByteArray &) -> QByteArray {
        if (target == "/length") {
            return FakeEngine::json("{\"a\":1}");
        }
        if (target == "/chunked") {
            return FakeEngine::chunked(big, "application/octet-stream", 4093);
        }
        if (target == "/close") {
            return "HTTP/1.1 200 OK\r\n\r\n" + big;
        }
        if (target == "/short") {
            return "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this";
        }
        if (target == "/cut-chunk") {
            return "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nabc";
        }
        return "SSH-2.0-OpenSSH_9.2\r\n";
    });
    QVERIFY(engine.listening());
    QString error;
    const EngineEndpoint endpoint = *EngineEndpoint::parse(engine.address(), &error);
    const auto get = [&](const QByteArray &target, QByteArray *body) {
        body->clear();
        HttpConnection::Request r;
        r.target = target;
        return HttpConnection(endpoint).send(r, [&](const char *d, std::size_t n) {
            body->append(d, qsizetype(n));
            return true;
        });
    };
    QByteArray body;
    HttpResponse r = get("/length", &body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(body, QByteArray("{\"a\":1}"));
    QCOMPARE(r.header("api-version"), QByteArray("1.41"));
    r = get("/chunked", &body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(body, big);
    r = get("/close", &body);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(body, big);
    r = get("/short", &body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("after 9 of 100 body bytes")), qPrintable(r.error));
    r = get("/cut-chunk", &body);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("before the last chunk")), qPrintable(r.error));
    r = get("/ssh", &body);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.error.contains(QLatin1String("does not answer in HTTP")), qPrintable(r.error));
}

void TestAcquire::notDocker()
{
    QTemporaryDir dir;
    FakeEngine web(dir.filePath(QStringLiteral("web.sock")), [](const QByteArray &, const QByteArray &, const QByteArray &) {
        return QByteArray("HTTP/1.1 404 Not Found\r\nServer: nginx\r\nContent-Length: 9\r\n\r\nnot found");
    });
    QString error;
    EngineClient client(*EngineEndpoint::parse(web.address(), &error), nullptr);
    QVERIFY(!client.negotiate(&error));
    QVERIFY2(error.contains(QLatin1String("is not a Docker Engine")), qPrintable(error));

    // Acquiring from it: a failed acquisition, recorded as such in the folder.
    AcquireOptions o;
    o.host = web.address();
    o.container = QStringLiteral("victim");
    o.outputDir = dir.filePath(QStringLiteral("out"));
    const AcquisitionResult result = Acquirer::run(o, nullptr, {}, {});
    QCOMPARE(result.status, QStringLiteral("failed"));
    QVERIFY(result.error.contains(QLatin1String("is not a Docker Engine")));
    const QJsonObject manifest = readManifest(o.outputDir);
    QCOMPARE(manifest.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QVERIFY(readAll(o.outputDir + QStringLiteral("/acquisition.log")).contains("is not a Docker Engine"));

    // Nothing listening at all.
    o.host = QStringLiteral("unix://") + dir.filePath(QStringLiteral("nobody.sock"));
    o.outputDir = dir.filePath(QStringLiteral("out2"));
    const AcquisitionResult none = Acquirer::run(o, nullptr, {}, {});
    QCOMPARE(none.status, QStringLiteral("failed"));
    QVERIFY2(none.error.contains(QLatin1String("cannot connect")), qPrintable(none.error));
}

void TestAcquire::acquiresEverything()
{
    ScriptedEngine fake;
    AcquireOptions o = fake.options();
    o.examiner = QStringLiteral("A. Examiner");
    o.paths = QStringList{QStringLiteral("/etc/motd")};
    QStringList echoed;
    int progressCalls = 0;
    const AcquisitionResult result = Acquirer::run(o, nullptr, [&](const QString &l) { echoed << l; },
                                                   [&](const Acquirer::Progress &) { ++progressCalls; });
    QCOMPARE(result.status, QStringLiteral("complete"));
    QCOMPARE(result.failedSteps, 0);
    QCOMPARE(result.containerId, QString::fromLatin1(ContainerId));
    QVERIFY(progressCalls > 10);

    // Every artefact of the manifest is there, with its size and SHA-256, and read-only.
    const QJsonObject manifest = readManifest(o.outputDir);
    QCOMPARE(manifest.value(QStringLiteral("schema")).toString(), QStringLiteral("dockscope.acquisition/1"));
    QCOMPARE(manifest.value(QStringLiteral("examiner")).toString(), o.examiner);
    const QJsonArray artefacts = manifest.value(QStringLiteral("artefacts")).toArray();
    QStringList files;
    for (const QJsonValue &v : artefacts) {
        const QJsonObject a = v.toObject();
        const QString file = a.value(QStringLiteral("file")).toString();
        files << file;
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const QByteArray bytes = readAll(o.outputDir + u'/' + file);
        QCOMPARE(qint64(bytes.size()), qint64(a.value(QStringLiteral("size")).toDouble()));
        QCOMPARE(a.value(QStringLiteral("sha256")).toString(), Sha256::of(bytes).prefixed());
        QVERIFY(a.value(QStringLiteral("started")).toString().endsWith(u'Z'));
        QVERIFY(!QFileInfo(o.outputDir + u'/' + file).isWritable() || ::geteuid() == 0);
        QVERIFY(!(QFile::permissions(o.outputDir + u'/' + file) & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)));
    }
    const QString id = QString::fromLatin1(ContainerId);
    for (const QString &expected : QStringList{QStringLiteral("engine-version.json"), QStringLiteral("engine-info.json"),
                                    QStringLiteral("containers.json"), QStringLiteral("container-inspect.json"),
                                    QStringLiteral("container-top.json"), QStringLiteral("container-changes.json"),
                                    id + QStringLiteral("-diff.txt"), QStringLiteral("container-logs.raw"),
                                    id + QStringLiteral("-json.log"), QStringLiteral("paths/01-etc_motd.tar"),
                                    id + QStringLiteral("-export.tar"), QStringLiteral("image-inspect.json"),
                                    QStringLiteral("image-history.json"), QStringLiteral("image.tar"),
                                    QStringLiteral("container-inspect-end.json"), QStringLiteral("acquisition.log")}) {
        QVERIFY2(files.contains(expected), qPrintable(expected));
    }
    QCOMPARE(artefact(manifest, QStringLiteral("container-inspect.json")).value(QStringLiteral("call")).toString(),
             QStringLiteral("GET /v1.41/containers/victim/json"));
    QCOMPARE(artefact(manifest, QStringLiteral("image.tar")).value(QStringLiteral("call")).toString(),
             QStringLiteral("GET /v1.41/images/get?names=") + QString::fromLatin1(ImageId) + QStringLiteral("&names=base:1"));
    QVERIFY(artefact(manifest, QStringLiteral("paths/01-etc_motd.tar")).value(QStringLiteral("note")).toString().contains(QLatin1String("\"size\":8")));
    QCOMPARE(readAll(o.outputDir + u'/' + id + QStringLiteral("-diff.txt")),
             QByteArray("C /etc\nC /etc/motd\nA /tmp/dropper.sh\nD /tmp/gone.txt\n"));
    QCOMPARE(readAll(o.outputDir + u'/' + id + QStringLiteral("-json.log")),
             QByteArray(R"({"log":"hello\n","stream":"stdout","time":"2026-01-01T00:00:02.000000001Z"})" "\n"
                        R"({"log":"oops\n","stream":"stderr","time":"2026-01-01T00:00:03.5Z"})" "\n"));
    QCOMPARE(readAll(o.outputDir + u'/' + id + QStringLiteral("-export.tar")), exportTar());
    QVERIFY(!QFileInfo::exists(o.outputDir + QStringLiteral("/.reserve")));
    // The manifest's own digest, beside it and in the result.
    const QByteArray manifestBytes = readAll(o.outputDir + QStringLiteral("/manifest.json"));
    QCOMPARE(result.manifestSha256, Sha256::of(manifestBytes).prefixed());
    QCOMPARE(readAll(o.outputDir + QStringLiteral("/manifest.json.sha256")),
             Sha256::of(manifestBytes).hex().toLatin1() + "  manifest.json\n");
    // The log has every step and was echoed.
    const QByteArray log = readAll(o.outputDir + QStringLiteral("/acquisition.log"));
    QVERIFY(log.contains("examiner: A. Examiner"));
    QVERIFY(log.contains(QByteArray("GET /v1.41/containers/" + ContainerId + "/export -> " + ContainerId + "-export.tar")));
    QCOMPARE(qsizetype(echoed.size()), log.count('\n'));
    QCOMPARE(artefact(manifest, QStringLiteral("acquisition.log")).value(QStringLiteral("sha256")).toString(),
             Sha256::of(log).prefixed());
    // No state-changing call was made without being asked for.
    for (const QByteArray &call : fake.scenario.calls) {
        QVERIFY2(call.startsWith("GET "), call.constData());
    }
}

void TestAcquire::containerRemovedMidway()
{
    ScriptedEngine fake;
    fake.scenario.removeAfterInspect = true;
    AcquireOptions o = fake.options();
    const AcquisitionResult result = Acquirer::run(o, nullptr, {}, {});
    QCOMPARE(result.status, QStringLiteral("partial"));
    QVERIFY(result.failedSteps >= 5);
    const QJsonObject manifest = readManifest(o.outputDir);
    const QJsonObject exported = artefact(manifest, QString::fromLatin1(ContainerId) + QStringLiteral("-export.tar"));
    QCOMPARE(exported.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(exported.value(QStringLiteral("httpStatus")).toInt(), 404);
    QVERIFY(exported.value(QStringLiteral("error")).toString().contains(QLatin1String("No such container")));
    QVERIFY(!exported.contains(QStringLiteral("sha256")));
    QVERIFY(!QFileInfo::exists(o.outputDir + u'/' + QString::fromLatin1(ContainerId) + QStringLiteral("-export.tar")));
    const QByteArray log = readAll(o.outputDir + QStringLiteral("/acquisition.log"));
    QVERIFY(log.contains("-export.tar: FAILED: HTTP 404: No such container: victim; no file written"));
    QVERIFY(log.contains("could not be inspected at the end"));
    // The image is still preserved: it does not depend on the container.
    QCOMPARE(artefact(manifest, QStringLiteral("image.tar")).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestAcquire::unknownContainer()
{
    ScriptedEngine fake;
    AcquireOptions o = fake.options(QStringLiteral("nosuch"));
    const AcquisitionResult result = Acquirer::run(o, nullptr, {}, {});
    QCOMPARE(result.status, QStringLiteral("failed"));
    QVERIFY2(result.error.contains(QLatin1String("container \"nosuch\" cannot be inspected: HTTP 404")), qPrintable(result.error));
    const QJsonObject manifest = readManifest(o.outputDir);
    QCOMPARE(manifest.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
    QCOMPARE(manifest.value(QStringLiteral("error")).toString(), result.error);
    // What was preserved before the failure stays, hashed: the engine's state.
    QCOMPARE(artefact(manifest, QStringLiteral("containers.json")).value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestAcquire::refusesNonEmptyFolder()
{
    QTemporaryDir dir;
    QFile existing(dir.filePath(QStringLiteral("keep.txt")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("examiner's own file");
    existing.close();
    AcquireOptions o;
    o.host = QStringLiteral("unix://") + dir.filePath(QStringLiteral("none.sock"));
    o.container = QStringLiteral("x");
    o.outputDir = dir.path();
    const AcquisitionResult result = Acquirer::run(o, nullptr, {}, {});
    QVERIFY(result.refused);
    QVERIFY(result.error.contains(QLatin1String("is not empty")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.txt")});
    QCOMPARE(readAll(dir.filePath(QStringLiteral("keep.txt"))), QByteArray("examiner's own file"));
}

void TestAcquire::folderVerifiedOnOpen()
{
    ScriptedEngine fake;
    AcquireOptions o = fake.options();
    QCOMPARE(Acquirer::run(o, nullptr, {}, {}).status, QStringLiteral("complete"));
    QVERIFY(AcquisitionFolder::isAcquisition(o.outputDir));

    AnalyzeOptions ao;
    const Analysis a = Analyzer::run({o.outputDir}, ao);
    // The folder stands for its evidence files: inspect, diff, logs, export (the fake image
    // archive is no image and is reported).
    QStringList kinds;
    for (const EvidenceItem &e : a.evidence) {
        QVERIFY(e.path.startsWith(o.outputDir + u'/'));
        kinds << e.kind;
    }
    QVERIFY(kinds.contains(QStringLiteral("inspect")));
    QVERIFY(kinds.contains(QStringLiteral("docker-diff")));
    QVERIFY(kinds.contains(QStringLiteral("container-logs")));
    QVERIFY(kinds.contains(QStringLiteral("container-export")));
    QCOMPARE(a.containers.size(), std::size_t(1));
    const Container &c = a.containers.front();
    QCOMPARE(c.id, QString::fromLatin1(ContainerId));
    QCOMPARE(c.changes.size(), std::size_t(4));
    QVERIFY(!c.changesEstimated);
    QCOMPARE(c.logs.size(), std::size_t(2));
    QCOMPARE(c.logs.at(1).stream, QStringLiteral("stderr"));
    int acquisitionChecks = 0;
    for (const IntegrityCheck &check : a.integrity) {
        if (check.subject.startsWith(QLatin1String("acquisition"))) {
            ++acquisitionChecks;
            QVERIFY2(check.ok, qPrintable(check.subject));
        }
    }
    QCOMPARE(acquisitionChecks, 16); // manifest.json + 15 artefacts
    // Removing the folder from an analysis removes all of its files.
    QVERIFY(a.without(o.outputDir).evidence.empty());

    // A changed artefact and a file slipped in afterwards are both reported.
    const QString copy = fake.dir.filePath(QStringLiteral("copy"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), o.outputDir, copy}) == 0);
    QVERIFY(QProcess::execute(QStringLiteral("chmod"), {QStringLiteral("-R"), QStringLiteral("u+w"), copy}) == 0);
    QFile info(copy + QStringLiteral("/engine-info.json"));
    QVERIFY(info.open(QIODevice::Append));
    info.write(" ");
    info.close();
    QFile extra(copy + QStringLiteral("/planted.txt"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.close();
    const Analysis tampered = Analyzer::run({copy}, ao);
    bool infoFailed = false;
    for (const IntegrityCheck &check : tampered.integrity) {
        if (check.subject == u"acquisition artefact engine-info.json") {
            infoFailed = !check.ok;
        }
    }
    QVERIFY(infoFailed);
    QStringList messages;
    for (const Diagnostic &d : tampered.diagnostics) {
        messages << d.toString();
    }
    const QString all = messages.join(u'\n');
    QVERIFY2(all.contains(QLatin1String("acquisition artefact engine-info.json does not match the acquisition manifest")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("planted.txt is in the acquisition folder but not in its manifest")), qPrintable(all));

    // A manifest naming a file outside its folder: ignored, reported.
    QFile::remove(copy + QStringLiteral("/manifest.json"));
    QFile m(copy + QStringLiteral("/manifest.json"));
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(R"({"schema":"dockscope.acquisition/1","status":"complete","artefacts":[{"file":"../../etc/passwd","status":"ok","analyse":true,"sha256":"sha256:00"}]})");
    m.close();
    DiagnosticSink diag(copy);
    const AcquisitionManifest hostile = AcquisitionFolder::read(copy, diag);
    QVERIFY(hostile.entries.empty());
    // ... and one that reaches outside through a link planted in the folder.
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), copy + QStringLiteral("/linked.json")));
    QFile::remove(copy + QStringLiteral("/manifest.json"));
    QFile linked(copy + QStringLiteral("/manifest.json"));
    QVERIFY(linked.open(QIODevice::WriteOnly));
    linked.write(R"({"schema":"dockscope.acquisition/1","status":"complete","artefacts":[{"file":"linked.json","status":"ok","analyse":true,"sha256":"sha256:00"}]})");
    linked.close();
    DiagnosticSink linkDiag(copy);
    QVERIFY(AcquisitionFolder::read(copy, linkDiag).entries.empty());
    QVERIFY(!linkDiag.items().empty());
    QVERIFY(AcquisitionFolder::evidenceFiles(hostile).isEmpty());
    QVERIFY(!diag.items().empty());
    QVERIFY(diag.items().front().message().contains(QLatin1String("not a file inside the acquisition folder")));
}

void TestAcquire::cliExitCodes()
{
    ScriptedEngine fake;
    const QTemporaryDir &dir = fake.dir;
    const FakeEngine &engine = fake.engine;
    QProcess p;
    p.start(test::cli(), {QStringLiteral("acquire"), QStringLiteral("--host"), engine.address(), QStringLiteral("--container"),
                          QStringLiteral("victim"), QStringLiteral("-q"), QStringLiteral("-o"), dir.filePath(QStringLiteral("a"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    const QByteArray digest = Sha256::of(readAll(dir.filePath(QStringLiteral("a/manifest.json")))).prefixed().toLatin1();
    QCOMPARE(lines.last(), "Manifest SHA-256: " + digest); // printed last

    p.start(test::cli(), {QStringLiteral("acquire"), QStringLiteral("--host"), engine.address(), QStringLiteral("--container"),
                          QStringLiteral("nosuch"), QStringLiteral("-o"), dir.filePath(QStringLiteral("b"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 3);
    QVERIFY(p.readAllStandardError().contains("No such container"));

    p.start(test::cli(), {QStringLiteral("acquire"), QStringLiteral("--host"), engine.address(), QStringLiteral("--container"),
                          QStringLiteral("victim"), QStringLiteral("-o"), dir.filePath(QStringLiteral("a"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2); // the folder exists and is not empty
}

QTEST_GUILESS_MAIN(TestAcquire)
#include "tst_acquire.moc"
