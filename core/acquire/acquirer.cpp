#include "acquirer.h"

#include "acquisitionlog.h"
#include "artefactfile.h"
#include "engineclient.h"
#include "streamdemuxer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <memory>
#include <optional>

namespace dockscope {

namespace {

using ojson = nlohmann::ordered_json;

std::string str(const QString &s)
{
    return s.toStdString();
}

ojson parseJson(const QByteArray &bytes)
{
    return ojson::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

QString jsonString(const ojson &j, std::initializer_list<const char *> keys)
{
    const ojson *at = &j;
    for (const char *k : keys) {
        if (!at->is_object() || !at->contains(k)) {
            return {};
        }
        at = &(*at)[k];
    }
    return at->is_string() ? QString::fromStdString(at->get<std::string>()) : QString();
}

bool jsonBool(const ojson &j, std::initializer_list<const char *> keys)
{
    const ojson *at = &j;
    for (const char *k : keys) {
        if (!at->is_object() || !at->contains(k)) {
            return false;
        }
        at = &(*at)[k];
    }
    return at->is_boolean() && at->get<bool>();
}

// A file name for a copied container path: "03-var_log.tar".
QString pathFileName(int index, const QString &path)
{
    QString name;
    for (const QChar c : path) {
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' ? c : u'_';
    }
    while (name.startsWith(u'_')) {
        name.remove(0, 1);
    }
    if (name.isEmpty()) {
        name = QStringLiteral("root");
    }
    return QStringLiteral("paths/%1-%2.tar").arg(index, 2, 10, QChar(u'0')).arg(name.left(80));
}

// A derived artefact written beside the call it comes from, as its bytes arrive.
struct DerivedFile
{
    AcquiredArtefact record;
    ArtefactFile file;
    bool failed = false;

    bool write(const QByteArray &bytes)
    {
        if (!failed && !file.write(bytes.constData(), std::size_t(bytes.size()))) {
            failed = true;
        }
        return true; // a failing derived copy never stops the primary artefact
    }
};

class Run
{
public:
    Run(const AcquireOptions &options, const std::atomic_bool *cancel, const Acquirer::LogLine &log,
        const Acquirer::ProgressFn &progress)
        : m_options(options)
        , m_cancel(cancel)
        , m_progressFn(progress)
        , m_log(log)
    {
    }

    AcquisitionResult execute();

private:
    struct Step
    {
        QString file;
        QString role;
        QByteArray method = "GET";
        QByteArray path; // without the API version prefix
        QByteArray body;
        bool analyse = false;
        QByteArray *keep = nullptr; // also keep the answer in memory (small JSON answers)
        std::function<void(const char *, std::size_t)> tee;
        std::function<void(const HttpResponse &)> onHeaders;
        QString note;
    };

    bool cancelled() const { return m_cancel && m_cancel->load(); }
    // Cancelled, or the disk is full: the remaining steps would fail too.
    bool stopped() const { return cancelled() || m_diskFull; }
    void noteDiskFull(bool full);
    AcquiredArtefact &fetch(const Step &step);
    std::unique_ptr<DerivedFile> startDerived(const QString &file, const QString &role, const QString &from);
    void finishDerived(std::unique_ptr<DerivedFile> d);
    void logArtefact(const AcquiredArtefact &a);
    void progress(const QString &text, qint64 bytes = 0);
    AcquisitionResult finish(const QString &status, const QString &error = {});
    void collectContainer();
    void collectLogs();
    void collectExecNetstat();
    void collectImage(const QString &imageId, const QString &prefix, const QString &role);
    void makeReadOnly();

    AcquireOptions m_options;
    const std::atomic_bool *m_cancel;
    Acquirer::ProgressFn m_progressFn;
    AcquisitionLog m_log;
    std::optional<EngineClient> m_client;
    QString m_dir;
    QString m_started;
    std::vector<AcquiredArtefact> m_artefacts;
    int m_step = 0;
    int m_steps = 0;
    QString m_stepText;
    // the container, from its inspect
    QString m_id;
    QString m_name;
    QString m_image;
    QString m_imageId;
    QString m_statusAtStart;
    bool m_running = false;
    bool m_tty = false;
    ojson m_engine = ojson::object();
    bool m_diskFull = false;
    QString m_reserve; // space kept free for the log and the manifest
};

// Space kept for the manifest and the log's last lines, released when the disk fills up or at
// the end, so a full disk still leaves a complete record of what was acquired.
constexpr off_t ReserveBytes = 2 << 20;

void Run::noteDiskFull(bool full)
{
    if (!full || m_diskFull) {
        return;
    }
    m_diskFull = true;
    QFile::remove(m_reserve);
    m_log.error(QStringLiteral("the disk of the acquisition folder is full: the remaining steps are "
                               "skipped; the space kept in reserve is released for this log and the "
                               "manifest"));
}

void Run::progress(const QString &text, qint64 bytes)
{
    if (!text.isEmpty()) {
        m_stepText = text;
    }
    if (m_progressFn) {
        m_progressFn({m_step, m_steps, m_stepText, bytes});
    }
}

void Run::logArtefact(const AcquiredArtefact &a)
{
    if (a.status == u"ok") {
        m_log.info(QStringLiteral("%1 -> %2: %3 bytes, %4").arg(a.call, a.file, QString::number(a.bytes), a.sha256));
    } else if (a.status == u"incomplete") {
        m_log.error(QStringLiteral("%1 -> %2: INCOMPLETE after %3 bytes (%4 of what was written): "
                                   "%5; the partial file is kept and marked incomplete in the manifest")
                        .arg(a.call, a.file, QString::number(a.bytes), a.sha256, a.error));
    } else {
        m_log.error(QStringLiteral("%1 -> %2: FAILED: %3; no file written").arg(a.call, a.file, a.error));
    }
}

AcquiredArtefact &Run::fetch(const Step &step)
{
    ++m_step;
    progress(step.file);
    AcquiredArtefact a;
    a.file = step.file;
    a.role = step.role;
    a.analyse = step.analyse;
    a.note = step.note;
    HttpConnection::Request request;
    request.method = step.method;
    request.target = m_client->versioned(step.path);
    request.body = step.body;
    a.call = QString::fromLatin1(request.method + ' ' + request.target);
    a.started = AcquisitionLog::now();
    ArtefactFile out;
    bool success = false;
    bool created = false;
    bool writeFailed = false;
    QByteArray errorBody;
    qint64 lastReport = 0;
    if (step.keep) {
        step.keep->clear();
    }
    const HttpResponse r = m_client->stream(
        request,
        [&](const char *data, std::size_t n) {
            if (!success) {
                if (errorBody.size() < 65536) {
                    errorBody.append(data, qsizetype(n));
                }
                return true;
            }
            if (!out.write(data, n)) {
                writeFailed = true;
                return false;
            }
            if (step.keep && step.keep->size() < (qint64(64) << 20)) {
                step.keep->append(data, qsizetype(n));
            }
            if (step.tee) {
                step.tee(data, n);
            }
            if (out.size() - lastReport >= (1 << 20)) {
                lastReport = out.size();
                progress({}, out.size());
            }
            return !cancelled();
        },
        [&](const HttpResponse &head) {
            success = head.status >= 200 && head.status < 300;
            if (!success) {
                return true;
            }
            QDir().mkpath(QFileInfo(m_dir + u'/' + step.file).absolutePath());
            if (!out.create(m_dir + u'/' + step.file)) {
                writeFailed = true;
                return false;
            }
            created = true;
            if (step.onHeaders) {
                step.onHeaders(head);
            }
            return true;
        });
    const bool closed = created ? out.close() : true;
    noteDiskFull(out.diskFull());
    a.finished = AcquisitionLog::now();
    a.httpStatus = r.status;
    if (created) {
        a.bytes = out.size();
        a.sha256 = out.digest().prefixed();
    }
    if (created && r.ok() && !writeFailed && closed) {
        a.status = QStringLiteral("ok");
    } else if (created) {
        a.status = QStringLiteral("incomplete");
        a.error = writeFailed || !closed ? out.error()
            : cancelled()                ? QStringLiteral("cancelled by the examiner")
                                         : r.error;
    } else {
        a.status = QStringLiteral("failed");
        a.error = writeFailed ? out.error()
            : r.status > 0    ? QStringLiteral("HTTP %1: %2").arg(r.status).arg(EngineClient::engineMessage(errorBody))
                              : r.error;
    }
    logArtefact(a);
    m_artefacts.push_back(a);
    return m_artefacts.back();
}

std::unique_ptr<DerivedFile> Run::startDerived(const QString &file, const QString &role, const QString &from)
{
    auto d = std::make_unique<DerivedFile>();
    d->record.file = file;
    d->record.role = role;
    d->record.derivedFrom = from;
    d->record.call = QStringLiteral("derived from %1").arg(from);
    d->record.analyse = true;
    d->record.started = AcquisitionLog::now();
    if (!d->file.create(m_dir + u'/' + file)) {
        d->failed = true;
    }
    return d;
}

void Run::finishDerived(std::unique_ptr<DerivedFile> d)
{
    const bool closed = d->file.close();
    noteDiskFull(d->file.diskFull());
    AcquiredArtefact &a = d->record;
    a.finished = AcquisitionLog::now();
    a.bytes = d->file.size();
    a.sha256 = d->file.digest().prefixed();
    if (!d->failed && closed) {
        a.status = QStringLiteral("ok");
    } else {
        a.status = d->file.size() > 0 ? QStringLiteral("incomplete") : QStringLiteral("failed");
        a.error = d->file.error();
        if (a.status == u"failed") {
            QFile::remove(m_dir + u'/' + a.file);
        }
    }
    logArtefact(a);
    m_artefacts.push_back(a);
}

void Run::collectLogs()
{
    const QString rawName = QStringLiteral("container-logs.raw");
    auto derived = startDerived(m_id + QStringLiteral("-json.log"), QStringLiteral("container-logs"), rawName);
    LogLineWriter lines([&](const QByteArray &line) { return derived->write(line); });
    StreamDemuxer demux([&](StreamDemuxer::Stream s, const char *data, std::size_t n) {
        return lines.add(s, data, n);
    });
    bool multiplexed = !m_tty;
    bool demuxFailed = false;
    Step s;
    s.file = rawName;
    s.role = QStringLiteral("container-logs-stream");
    s.path = "/containers/" + m_id.toLatin1() + "/logs?stdout=1&stderr=1&timestamps=1&follow=0";
    s.note = QStringLiteral("both streams with the engine's timestamps, as sent (multiplexed frames "
                            "unless the container has a TTY)");
    s.onHeaders = [&](const HttpResponse &head) {
        const QByteArray type = head.header("content-type");
        if (type.contains("multiplexed")) {
            multiplexed = true;
        } else if (type.contains("raw-stream")) {
            multiplexed = false;
        }
    };
    s.tee = [&](const char *data, std::size_t n) {
        if (multiplexed) {
            if (!demuxFailed && !demux.feed(data, n)) {
                demuxFailed = true;
            }
        } else {
            lines.add(StreamDemuxer::Stdout, data, n);
        }
    };
    const AcquiredArtefact &raw = fetch(s);
    lines.finish();
    if (demuxFailed) {
        m_log.error(QStringLiteral("%1: cannot split the log stream: %2").arg(rawName, demux.error()));
    }
    if (raw.status == u"failed" && derived->file.size() == 0) {
        derived->failed = true;
        derived->file.close();
        QFile::remove(m_dir + u'/' + derived->record.file);
        m_log.error(QStringLiteral("%1 not written: no log stream").arg(derived->record.file));
        return;
    }
    derived->record.note = QStringLiteral("the log stream in Docker's json-file format (one record a "
                                          "line), stdout and stderr in the order received");
    finishDerived(std::move(derived));
}

void Run::collectExecNetstat()
{
    m_log.warn(QStringLiteral("--exec-netstat: a process (cat of /proc/net/*) is started inside the "
                              "container; this changes the container's state"));
    ojson create;
    create["AttachStdout"] = true;
    create["AttachStderr"] = true;
    create["Tty"] = false;
    create["Cmd"] = {"cat", "/proc/net/tcp", "/proc/net/tcp6", "/proc/net/udp", "/proc/net/udp6",
                     "/proc/net/unix"};
    QByteArray created;
    Step s;
    s.file = QStringLiteral("exec-netstat-create.json");
    s.role = QStringLiteral("exec-create");
    s.method = "POST";
    s.path = "/containers/" + m_id.toLatin1() + "/exec";
    s.body = QByteArray::fromStdString(create.dump());
    s.keep = &created;
    s.note = QStringLiteral("request: %1").arg(QString::fromUtf8(s.body));
    if (fetch(s).status != u"ok") {
        return;
    }
    const QString execId = jsonString(parseJson(created), {"Id"});
    if (execId.isEmpty()) {
        m_log.error(QStringLiteral("the engine gave no exec id"));
        return;
    }
    auto derived = startDerived(QStringLiteral("exec-netstat.txt"), QStringLiteral("network-connections"),
                                QStringLiteral("exec-netstat.raw"));
    derived->record.analyse = false;
    StreamDemuxer demux([&](StreamDemuxer::Stream, const char *data, std::size_t n) {
        return derived->write(QByteArray(data, qsizetype(n)));
    });
    Step start;
    start.file = QStringLiteral("exec-netstat.raw");
    start.role = QStringLiteral("exec-output");
    start.method = "POST";
    start.path = "/exec/" + execId.toLatin1() + "/start";
    start.body = R"({"Detach":false,"Tty":false})";
    start.tee = [&](const char *data, std::size_t n) { demux.feed(data, n); };
    fetch(start);
    derived->record.note = QStringLiteral("/proc/net/{tcp,tcp6,udp,udp6,unix} of the container's "
                                          "network namespace, stdout and stderr");
    finishDerived(std::move(derived));
    Step inspect;
    inspect.file = QStringLiteral("exec-netstat-inspect.json");
    inspect.role = QStringLiteral("exec-inspect");
    inspect.path = "/exec/" + execId.toLatin1() + "/json";
    fetch(inspect);
}

void Run::collectImage(const QString &imageId, const QString &prefix, const QString &role)
{
    const QByteArray id = EngineClient::encode(imageId);
    QByteArray inspected;
    Step inspect;
    inspect.file = prefix + QStringLiteral("-inspect.json");
    inspect.role = role + QStringLiteral("-inspect");
    inspect.path = "/images/" + id + "/json";
    inspect.keep = &inspected;
    fetch(inspect);
    // Saved by id and by every tag the image has, so the archive keeps its tags; a tag moved
    // to another image meanwhile would show as a second image in the archive.
    QByteArray names = "names=" + id;
    const ojson tags = parseJson(inspected).value("RepoTags", ojson::array());
    QStringList tagList;
    for (const ojson &t : tags) {
        if (t.is_string()) {
            tagList << QString::fromStdString(t.get<std::string>());
            names += "&names=" + EngineClient::encode(tagList.back());
        }
    }
    Step history;
    history.file = prefix + QStringLiteral("-history.json");
    history.role = role + QStringLiteral("-history");
    history.path = "/images/" + id + "/history";
    fetch(history);
    Step save;
    save.file = prefix + QStringLiteral(".tar");
    save.role = role + QStringLiteral("-save");
    save.path = "/images/get?" + names;
    save.analyse = role == u"image";
    save.note = tagList.isEmpty() ? QStringLiteral("docker save of %1").arg(imageId)
                                  : QStringLiteral("docker save of %1 (%2)").arg(imageId, tagList.join(QStringLiteral(", ")));
    fetch(save);
}

void Run::collectContainer()
{
    const QByteArray id = m_id.toLatin1();
    if (m_running) {
        Step top;
        top.file = QStringLiteral("container-top.json");
        top.role = QStringLiteral("container-processes");
        top.path = "/containers/" + id + "/top";
        fetch(top);
    } else {
        m_log.info(QStringLiteral("the container is not running: no process list"));
    }
    if (m_options.execNetstat && !stopped()) {
        if (m_running) {
            collectExecNetstat();
        } else {
            m_log.warn(QStringLiteral("--exec-netstat asked for, but the container is not running"));
        }
    }
    if (stopped()) {
        return;
    }
    QByteArray changes;
    Step diff;
    diff.file = QStringLiteral("container-changes.json");
    diff.role = QStringLiteral("container-changes");
    diff.path = "/containers/" + id + "/changes";
    diff.keep = &changes;
    if (fetch(diff).status == u"ok") {
        auto derived = startDerived(m_id + QStringLiteral("-diff.txt"), QStringLiteral("container-diff"), diff.file);
        const ojson parsed = parseJson(changes);
        if (parsed.is_array()) {
            for (const ojson &c : parsed) {
                const int kind = c.value("Kind", -1);
                const char letter = kind == 0 ? 'C' : kind == 1 ? 'A' : kind == 2 ? 'D' : '?';
                derived->write(QByteArray(1, letter) + ' ' + QByteArray::fromStdString(c.value("Path", std::string())) + '\n');
            }
        } else if (!parsed.is_null()) {
            m_log.error(QStringLiteral("%1 is not a JSON array of changes").arg(diff.file));
        }
        derived->record.note = QStringLiteral("the changes in `docker diff` form (A added, C changed, D deleted)");
        finishDerived(std::move(derived));
    }
    if (stopped()) {
        return;
    }
    collectLogs();
    for (int i = 0; i < m_options.paths.size() && !stopped(); ++i) {
        const QString path = m_options.paths.at(i);
        Step copy;
        copy.file = pathFileName(i + 1, path);
        copy.role = QStringLiteral("container-path");
        copy.path = "/containers/" + id + "/archive?path=" + EngineClient::encode(path);
        copy.note = QStringLiteral("tar of %1").arg(path);
        QString stat;
        copy.onHeaders = [&stat](const HttpResponse &head) {
            stat = QString::fromUtf8(QByteArray::fromBase64(head.header("x-docker-container-path-stat")));
        };
        AcquiredArtefact &a = fetch(copy);
        if (!stat.isEmpty()) {
            a.note += QStringLiteral("; path stat: ") + stat;
        }
    }
    if (stopped()) {
        return;
    }
    Step exported;
    exported.file = m_id + QStringLiteral("-export.tar");
    exported.role = QStringLiteral("container-export");
    exported.path = "/containers/" + id + "/export";
    exported.analyse = true;
    exported.note = QStringLiteral("docker export: the container's whole file system");
    fetch(exported);
    if (m_options.commit && !stopped()) {
        m_log.warn(QStringLiteral("--commit: a new image is created on the host from the container "
                                  "(the container is paused while it is committed)"));
        QByteArray committed;
        Step commit;
        commit.file = QStringLiteral("commit.json");
        commit.role = QStringLiteral("commit");
        commit.method = "POST";
        commit.path = "/commit?container=" + id + "&pause=1&comment="
            + EngineClient::encode(QStringLiteral("Dockscope acquisition by %1").arg(m_options.examiner))
            + "&repo=" + EngineClient::encode(QStringLiteral("dockscope-acquisition")) + "&tag=" + id.left(12);
        commit.keep = &committed;
        if (fetch(commit).status == u"ok") {
            const QString imageId = jsonString(parseJson(committed), {"Id"});
            m_log.warn(QStringLiteral("image %1 (dockscope-acquisition:%2) created on the host")
                           .arg(imageId, QString::fromLatin1(id.left(12))));
            if (!imageId.isEmpty()) {
                collectImage(imageId, QStringLiteral("commit-image"), QStringLiteral("commit-image"));
            }
        }
    }
    if (!m_imageId.isEmpty() && !stopped()) {
        collectImage(m_imageId, QStringLiteral("image"), QStringLiteral("image"));
    }
}

AcquisitionResult Run::execute()
{
    AcquisitionResult result;
    result.status = QStringLiteral("failed");
    result.refused = true;
    QString error;
    const auto endpoint = EngineEndpoint::parse(m_options.host, &error);
    if (!endpoint) {
        result.error = error;
        return result;
    }
    if (m_options.container.trimmed().isEmpty()) {
        result.error = QStringLiteral("no container named");
        return result;
    }
    m_dir = QDir::cleanPath(QDir(m_options.outputDir).absolutePath());
    const QDir out(m_dir);
    if (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        result.error = QStringLiteral("%1 exists and is not empty; an acquisition goes into a new folder").arg(m_dir);
        return result;
    }
    if (QFileInfo(m_dir).exists() && !QFileInfo(m_dir).isDir()) {
        result.error = QStringLiteral("%1 exists and is not a folder").arg(m_dir);
        return result;
    }
    result.refused = false;
    if (!QDir().mkpath(m_dir)) {
        result.error = QStringLiteral("cannot create %1").arg(m_dir);
        return result;
    }
    if (!m_log.open(m_dir + QStringLiteral("/acquisition.log"))) {
        result.error = m_log.file().error();
        return result;
    }
    m_started = AcquisitionLog::now();
    m_reserve = m_dir + QStringLiteral("/.reserve");
    {
        const int fd = ::open(QFile::encodeName(m_reserve).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        const bool reserved = fd >= 0 && ::posix_fallocate(fd, 0, ReserveBytes) == 0;
        if (fd >= 0) {
            ::close(fd);
        }
        if (!reserved) {
            QFile::remove(m_reserve);
            m_log.error(QStringLiteral("the acquisition folder's disk has not even %1 bytes free").arg(ReserveBytes));
            return finish(QStringLiteral("failed"), QStringLiteral("no space left in %1").arg(m_dir));
        }
    }
    m_steps = 12 + int(m_options.paths.size()) + (m_options.commit ? 4 : 0) + (m_options.execNetstat ? 3 : 0);
    m_log.info(QStringLiteral("Dockscope %1 acquisition started").arg(QStringLiteral(DOCKSCOPE_VERSION)));
    m_log.info(QStringLiteral("examiner: %1").arg(m_options.examiner.isEmpty() ? QStringLiteral("(not given)") : m_options.examiner));
    m_log.info(QStringLiteral("workstation: %1 (%2)").arg(QSysInfo::machineHostName(), QSysInfo::prettyProductName()));
    m_log.info(QStringLiteral("engine: %1; container asked for: %2").arg(endpoint->toString(), m_options.container));
    m_log.info(QStringLiteral("options: paths [%1], commit %2, exec-netstat %3")
                   .arg(m_options.paths.join(QStringLiteral(", ")),
                        m_options.commit ? QStringLiteral("yes") : QStringLiteral("no"),
                        m_options.execNetstat ? QStringLiteral("yes") : QStringLiteral("no")));
    m_log.info(QStringLiteral("output folder: %1").arg(m_dir));

    m_client.emplace(*endpoint, m_cancel);
    progress(QStringLiteral("/_ping"));
    if (!m_client->negotiate(&error)) {
        m_log.error(error);
        return finish(QStringLiteral("failed"), error);
    }
    m_log.info(QStringLiteral("engine answers /_ping; API version %1 used").arg(m_client->apiVersion()));

    QByteArray version;
    Step v;
    v.file = QStringLiteral("engine-version.json");
    v.role = QStringLiteral("engine-version");
    v.path = "/version";
    v.keep = &version;
    fetch(v);
    const ojson vj = parseJson(version);
    m_engine["version"] = str(jsonString(vj, {"Version"}));
    m_engine["apiVersion"] = str(jsonString(vj, {"ApiVersion"}));
    m_engine["apiVersionUsed"] = str(m_client->apiVersion());
    m_engine["os"] = str(jsonString(vj, {"Os"}));
    m_engine["arch"] = str(jsonString(vj, {"Arch"}));
    m_engine["kernel"] = str(jsonString(vj, {"KernelVersion"}));
    QByteArray info;
    Step i;
    i.file = QStringLiteral("engine-info.json");
    i.role = QStringLiteral("engine-info");
    i.path = "/info";
    i.keep = &info;
    fetch(i);
    const ojson ij = parseJson(info);
    m_engine["name"] = str(jsonString(ij, {"Name"}));
    m_engine["id"] = str(jsonString(ij, {"ID"}));
    m_engine["storageDriver"] = str(jsonString(ij, {"Driver"}));
    m_engine["dockerRootDir"] = str(jsonString(ij, {"DockerRootDir"}));
    Step all;
    all.file = QStringLiteral("containers.json");
    all.role = QStringLiteral("container-list");
    all.path = "/containers/json?all=1&size=0";
    fetch(all);

    QByteArray inspect;
    Step c;
    c.file = QStringLiteral("container-inspect.json");
    c.role = QStringLiteral("container-inspect");
    c.path = "/containers/" + EngineClient::encode(m_options.container) + "/json";
    c.keep = &inspect;
    c.analyse = true;
    const AcquiredArtefact &inspected = fetch(c);
    if (inspected.status != u"ok") {
        error = QStringLiteral("container \"%1\" cannot be inspected: %2").arg(m_options.container, inspected.error);
        m_log.error(error);
        return finish(QStringLiteral("failed"), error);
    }
    const ojson cj = parseJson(inspect);
    m_id = jsonString(cj, {"Id"});
    m_name = jsonString(cj, {"Name"});
    if (m_name.startsWith(u'/')) {
        m_name.remove(0, 1);
    }
    m_image = jsonString(cj, {"Config", "Image"});
    m_imageId = jsonString(cj, {"Image"});
    m_running = jsonBool(cj, {"State", "Running"});
    m_tty = jsonBool(cj, {"Config", "Tty"});
    m_statusAtStart = jsonString(cj, {"State", "Status"});
    if (m_id.size() != 64) {
        error = QStringLiteral("the inspect answer has no container id");
        m_log.error(error);
        return finish(QStringLiteral("failed"), error);
    }
    m_log.info(QStringLiteral("container %1 (%2), image %3 (%4), status %5")
                   .arg(m_id, m_name, m_image, m_imageId, m_statusAtStart));
    collectContainer();
    if (!stopped()) {
        QByteArray end;
        Step again;
        again.file = QStringLiteral("container-inspect-end.json");
        again.role = QStringLiteral("container-inspect-end");
        again.path = "/containers/" + m_id.toLatin1() + "/json";
        again.keep = &end;
        again.note = QStringLiteral("inspected again at the end, to show whether the state changed");
        if (fetch(again).status == u"ok") {
            const QString statusAtEnd = jsonString(parseJson(end), {"State", "Status"});
            if (statusAtEnd != m_statusAtStart) {
                m_log.warn(QStringLiteral("the container's status changed during the acquisition: %1 -> %2")
                               .arg(m_statusAtStart, statusAtEnd));
            }
        } else {
            m_log.warn(QStringLiteral("the container could not be inspected at the end (removed during "
                                      "the acquisition?)"));
        }
    }
    if (cancelled()) {
        m_log.warn(QStringLiteral("acquisition cancelled by the examiner"));
        return finish(QStringLiteral("cancelled"));
    }
    int failed = 0;
    for (const AcquiredArtefact &a : m_artefacts) {
        failed += a.status != u"ok";
    }
    return finish(failed == 0 ? QStringLiteral("complete") : QStringLiteral("partial"));
}

void Run::makeReadOnly()
{
    QDirIterator it(m_dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList dirs;
    while (it.hasNext()) {
        const QFileInfo f = it.nextFileInfo();
        if (f.isDir()) {
            dirs << f.absoluteFilePath();
        } else {
            QFile::setPermissions(f.absoluteFilePath(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        }
    }
    dirs << m_dir;
    const auto dirMode = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::ExeOther;
    for (const QString &d : dirs) {
        QFile::setPermissions(d, dirMode);
    }
}

AcquisitionResult Run::finish(const QString &status, const QString &error)
{
    AcquisitionResult result;
    result.status = status;
    result.error = error;
    result.containerId = m_id;
    result.containerName = m_name;
    for (const AcquiredArtefact &a : m_artefacts) {
        result.failedSteps += a.status != u"ok";
    }
    m_log.info(QStringLiteral("acquisition %1: %2 artefacts besides this log, %3 not ok")
                   .arg(status, QString::number(m_artefacts.size()), QString::number(result.failedSteps)));
    m_log.info(QStringLiteral("writing manifest.json; then every file is made read-only"));
    if (!m_reserve.isEmpty()) {
        QFile::remove(m_reserve);
    }
    const bool logOk = m_log.close();
    AcquiredArtefact log;
    log.file = QStringLiteral("acquisition.log");
    log.role = QStringLiteral("acquisition-log");
    log.call = QStringLiteral("written by Dockscope");
    log.started = m_started;
    log.finished = AcquisitionLog::now();
    log.bytes = m_log.file().size();
    log.sha256 = m_log.file().digest().prefixed();
    log.status = logOk ? QStringLiteral("ok") : QStringLiteral("incomplete");
    log.error = m_log.file().error();
    m_artefacts.push_back(log);

    ojson manifest;
    manifest["schema"] = Acquirer::Schema;
    manifest["tool"] = {{"name", "Dockscope"}, {"version", DOCKSCOPE_VERSION}};
    manifest["examiner"] = str(m_options.examiner);
    manifest["host"] = str(m_client ? m_client->endpoint().toString() : m_options.host);
    manifest["engine"] = m_engine;
    manifest["container"] = {{"requested", str(m_options.container)}, {"id", str(m_id)},
                             {"name", str(m_name)}, {"image", str(m_image)},
                             {"imageId", str(m_imageId)}, {"status", str(m_statusAtStart)},
                             {"running", m_running}, {"tty", m_tty}};
    manifest["options"] = {{"paths", ojson::array()}, {"commit", m_options.commit},
                           {"execNetstat", m_options.execNetstat}};
    for (const QString &p : m_options.paths) {
        manifest["options"]["paths"].push_back(str(p));
    }
    manifest["started"] = str(m_started);
    manifest["finished"] = str(log.finished);
    manifest["status"] = str(status);
    if (!error.isEmpty()) {
        manifest["error"] = str(error);
    }
    ojson list = ojson::array();
    for (const AcquiredArtefact &a : m_artefacts) {
        ojson e;
        e["file"] = str(a.file);
        e["role"] = str(a.role);
        e["call"] = str(a.call);
        e["started"] = str(a.started);
        e["finished"] = str(a.finished);
        e["status"] = str(a.status);
        if (a.httpStatus) {
            e["httpStatus"] = a.httpStatus;
        }
        if (a.status != u"failed") {
            e["size"] = a.bytes;
            e["sha256"] = str(a.sha256);
        }
        if (!a.error.isEmpty()) {
            e["error"] = str(a.error);
        }
        e["analyse"] = a.analyse && a.status == u"ok";
        if (!a.derivedFrom.isEmpty()) {
            e["derivedFrom"] = str(a.derivedFrom);
        }
        if (!a.note.isEmpty()) {
            e["note"] = str(a.note);
        }
        list.push_back(std::move(e));
    }
    manifest["artefacts"] = std::move(list);
    const std::string text = manifest.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
    ArtefactFile file;
    result.manifestPath = m_dir + QStringLiteral("/manifest.json");
    if (!file.create(result.manifestPath) || !file.write(text.data(), text.size()) || !file.close()) {
        result.error = QStringLiteral("cannot write the manifest: %1").arg(file.error());
        result.status = QStringLiteral("failed");
        QFile::remove(result.manifestPath);
        result.manifestPath.clear();
    } else {
        result.manifestSha256 = file.digest().prefixed();
        ArtefactFile sum;
        const QByteArray line = file.digest().hex().toLatin1() + "  manifest.json\n";
        if (!sum.create(m_dir + QStringLiteral("/manifest.json.sha256"))
            || !sum.write(line.constData(), std::size_t(line.size())) || !sum.close()) {
            result.error = QStringLiteral("cannot write manifest.json.sha256: %1").arg(sum.error());
        }
    }
    makeReadOnly();
    result.artefacts = m_artefacts;
    return result;
}

} // namespace

AcquisitionResult Acquirer::run(const AcquireOptions &options, const std::atomic_bool *cancel,
                                const LogLine &log, const ProgressFn &progress)
{
    return Run(options, cancel, log, progress).execute();
}

} // namespace dockscope
