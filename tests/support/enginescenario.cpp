#include "enginescenario.h"

#include "fakeengine.h"
#include "tarbuilder.h"

namespace dockscope::test {

const QByteArray ContainerId = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
const QByteArray ImageId = "sha256:" + QByteArray(64, 'e');

QByteArray inspectJson()
{
    return R"({"Id":")" + ContainerId + R"(","Name":"/victim","Image":")" + ImageId
        + R"(","Created":"2026-01-01T00:00:00Z","State":{"Status":"running","Running":true,"Pid":42,)"
          R"("StartedAt":"2026-01-01T00:00:01Z"},"Config":{"Image":"base:1","Tty":false,"Cmd":["sh"]},)"
          R"("HostConfig":{"Privileged":false},"Mounts":[]})";
}

QByteArray exportTar()
{
    return TarBuilder().dir("etc").file("etc/motd", "changed\n").dir("tmp").file("tmp/dropper.sh", "evil\n", 0755).bytes();
}

QByteArray Scenario::answer(const QByteArray &method, const QByteArray &target)
{
    {
        std::lock_guard<std::mutex> lock(mutex);
        calls << method + ' ' + target;
    }
    if (target == "/_ping") {
        return "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nOK";
    }
    if (target == "/v1.41/version") {
        return FakeEngine::json(R"({"Version":"20.10.24","ApiVersion":"1.41","Os":"linux","Arch":"amd64"})");
    }
    if (target == "/v1.41/info") {
        return FakeEngine::chunked(R"({"Name":"host","Driver":"overlay2"})", "application/json", 5);
    }
    if (target.startsWith("/v1.41/containers/json")) {
        return FakeEngine::json("[{\"Id\":\"" + ContainerId + "\"}]");
    }
    const QByteArray byName = "/v1.41/containers/victim/json";
    const QByteArray prefix = "/v1.41/containers/" + ContainerId;
    // by name, full id or a unique id prefix, as the engine resolves them
    const bool byIdPrefix = target.startsWith("/v1.41/containers/") && target.endsWith("/json")
        && target.size() > 30 && ContainerId.startsWith(target.mid(18, target.size() - 18 - 5));
    if (target == byName || (!removed && byIdPrefix)) {
        if (removeAfterInspect) {
            removed = true;
        }
        return FakeEngine::json(inspectJson());
    }
    if (target.startsWith("/v1.41/containers/") && (removed || !target.startsWith(prefix))) {
        return FakeEngine::json(R"({"message":"No such container: victim"})", 404);
    }
    if (target == prefix + "/top") {
        return FakeEngine::json(R"({"Titles":["PID","CMD"],"Processes":[["42","sh"]]})");
    }
    if (target == prefix + "/changes") {
        return FakeEngine::json(R"([{"Path":"/etc","Kind":0},{"Path":"/etc/motd","Kind":0},{"Path":"/tmp/dropper.sh","Kind":1},{"Path":"/tmp/gone.txt","Kind":2}])");
    }
    if (target.startsWith(QByteArray(prefix + "/logs"))) {
        const QByteArray stream = FakeEngine::frame(1, "2026-01-01T00:00:02.000000001Z hel")
            + FakeEngine::frame(1, "lo\n") + FakeEngine::frame(2, "2026-01-01T00:00:03.5Z oops\n");
        return FakeEngine::chunked(stream, "application/vnd.docker.multiplexed-stream", 7);
    }
    if (target.startsWith(QByteArray(prefix + "/archive?path="))) {
        const QByteArray stat = QByteArray(R"({"name":"motd","size":8,"mode":420})").toBase64();
        const QByteArray tar = TarBuilder().file("motd", "changed\n").bytes();
        return "HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\nX-Docker-Container-Path-Stat: " + stat
            + "\r\nContent-Length: " + QByteArray::number(tar.size()) + "\r\n\r\n" + tar;
    }
    if (target == prefix + "/export") {
        return FakeEngine::chunked(exportTar(), "application/octet-stream", 1000);
    }
    if (target.startsWith("/v1.41/images/") && target.endsWith("/json")) {
        return FakeEngine::json(R"({"Id":")" + ImageId + R"(","RepoTags":["base:1"]})");
    }
    if (target.startsWith("/v1.41/images/") && target.endsWith("/history")) {
        return FakeEngine::json(R"([{"Id":")" + ImageId + R"(","CreatedBy":"imported"}])");
    }
    if (target.startsWith("/v1.41/images/get?")) {
        // close-delimited body: no length, no chunks
        return "HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\n\r\n"
            + TarBuilder().file("not-an-image-but-a-tar", "x").bytes();
    }
    return FakeEngine::json(R"({"message":"page not found"})", 404);
}

ScriptedEngine::ScriptedEngine()
    : engine(dir.filePath(QStringLiteral("d.sock")),
             [this](const QByteArray &method, const QByteArray &target, const QByteArray &) {
                 return scenario.answer(method, target);
             })
{
}

AcquireOptions ScriptedEngine::options(const QString &container) const
{
    AcquireOptions o;
    o.host = engine.address();
    o.container = container;
    o.outputDir = dir.filePath(QStringLiteral("acq"));
    return o;
}

} // namespace dockscope::test
