#pragma once

#include "dataroot/datarootstore.h"
#include "evidence/imageplan.h"
#include "model/container.h"

#include <vector>

namespace dockscope {

// What a Docker data root holds: its images (configs from imagedb, layers from the storage
// driver's folders through the layerdb chain, tags from repositories.json) and its containers
// (configuration, logs, and their init and read-write layers), with the integrity of the
// image store (imagedb names, layerdb chain ids and diff files).
struct DataRootContent
{
    QString root;   // path of the data root in the view
    QString driver; // overlay2, overlay, aufs, …
    std::vector<ImagePlan> images;
    struct ContainerPlan
    {
        Container container;
        int image = -1;      // index into images, -1 when the image is not in this data root
        QString initMember;  // layer folder members in the store, empty when unknown
        QString rwMember;
        // Volumes and bind mounts whose contents are in the view, with their folders (members).
        std::vector<std::pair<Mount, QString>> mountMembers;
    };
    std::vector<ContainerPlan> containers;
    std::vector<IntegrityCheck> integrity;
};

class DataRootReader
{
public:
    static constexpr qint64 MaxMetadata = qint64(64) << 20;
    static constexpr qint64 MaxLogBytes = qint64(512) << 20; // per container

    // Data roots in the view: the view itself, docker/, var/lib/docker/, and any data-root
    // that etc/docker/daemon.json in the view names.
    static QStringList locate(const FsView &fs, DiagnosticSink &diag);
    // Reads one data root; registers its layer folders with the store.
    static DataRootContent read(DataRootStore &store, const QString &root, DiagnosticSink &diag);
};

} // namespace dockscope
