#pragma once

#include "evidence/jsonhelpers.h"
#include "model/container.h"
#include "util/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace dockscope {

// Reads a container's configuration, from `docker inspect` output or from the two files a data
// root keeps per container (containers/<id>/config.v2.json and hostconfig.json; Docker 1.x:
// config.json). Lenient: every field is optional, a field of the wrong type is reported and
// ignored, old field names (ID, no State.Status, no Mounts[].Type, Volumes/VolumesRW) are read.
//
// Mount::source is the volume name for a volume (when known) and the host path otherwise.
class ContainerConfigReader
{
public:
    // One container object of `docker inspect`. nullopt (with a warning) when it is not an
    // object or holds no container (no Id, State or Config).
    static std::optional<Container> fromInspect(const json::Json &object, const QString &evidence,
                                                DiagnosticSink &diag);

    // A whole `docker inspect` output: a JSON array of objects, or a single object. Image
    // inspect objects (a RootFS, no State or HostConfig) are skipped with an info.
    static std::vector<Container> readInspect(const QByteArray &bytes, const QString &evidence,
                                              DiagnosticSink &diag);

    // Merges config.v2.json and hostconfig.json into one view: `inspect` is shaped like
    // `docker inspect` output (Id, Created, Path, Args, State with Status, …, HostConfig =
    // the whole hostconfig.json, Mounts from MountPoints, Config, NetworkSettings, then the
    // fields only config.v2.json has, such as SeccompProfile and NoNewPrivileges) and
    // `fieldSources` names the file of every top-level key ("<containerDir>/hostconfig.json").
    // hostConfig == nullptr means the file is missing: a warning, and the rest is still read.
    // configName is the name of the first file: "config.json" for Docker 1.x data roots.
    static std::optional<Container> fromDataRoot(const QByteArray &configV2,
                                                 const QByteArray *hostConfig,
                                                 const QString &evidence,
                                                 const QString &containerDir, DiagnosticSink &diag,
                                                 const QString &configName
                                                 = QStringLiteral("config.v2.json"));

    // Docker's State.Status for versions that did not write it (StateString() in moby).
    static QString derivedStatus(bool running, bool paused, bool restarting, bool removing,
                                 bool dead, const QString &startedAt);
};

} // namespace dockscope
