#pragma once

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace dockscope {

struct AcquireOptions
{
    QString host = QStringLiteral("unix:///var/run/docker.sock");
    QString container;      // id, id prefix or name
    QString outputDir;      // created; must not exist or be empty
    QString examiner;
    QStringList paths;      // copied from the container with /containers/{id}/archive
    bool commit = false;    // creates an image on the host
    bool execNetstat = false; // starts a process in the container
};

// One file of the acquisition folder, as the manifest lists it.
struct AcquiredArtefact
{
    QString file;       // relative to the folder
    QString role;       // engine-info, container-inspect, container-export, image-save, …
    QString call;       // "GET /v1.41/containers/…/json", or "derived from logs.raw"
    QString started;
    QString finished;
    qint64 bytes = 0;
    QString sha256;     // "sha256:…" of the bytes written
    QString status;     // ok | incomplete | failed
    int httpStatus = 0;
    QString error;
    bool analyse = false; // opened as evidence when the folder is analysed
    QString derivedFrom;
    QString note;
};

struct AcquisitionResult
{
    QString status;     // complete | partial | failed
    QString error;      // why it failed, when nothing could be preserved
    bool refused = false; // the options were refused before anything was written
    QString containerId;
    QString containerName;
    QString manifestPath;
    QString manifestSha256; // "sha256:…"; empty when the manifest could not be written
    std::vector<AcquiredArtefact> artefacts;
    int failedSteps = 0;
};

// Preserves one container's state through the Docker Engine API into a new folder: each
// artefact streamed to disk while hashed, a manifest with call, UTC times, size and SHA-256 of
// each, an acquisition log of every step, everything read-only at the end. A failed step is
// logged and the rest goes on. Blocking; run it on a worker thread.
class Acquirer
{
public:
    struct Progress
    {
        int step = 0;
        int steps = 0;
        QString text;   // the step
        qint64 bytes = 0; // of the current artefact
    };
    using LogLine = std::function<void(const QString &line)>;
    using ProgressFn = std::function<void(const Progress &)>;

    static AcquisitionResult run(const AcquireOptions &options, const std::atomic_bool *cancel,
                                 const LogLine &log, const ProgressFn &progress);

    static constexpr const char *Schema = "dockscope.acquisition/1";
};

} // namespace dockscope
