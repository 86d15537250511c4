#pragma once

#include "model/image.h"
#include "util/diagnostic.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

// A layer as an image's manifest describes it, before it is read.
struct PlannedLayer
{
    QString member;         // member (or file) holding the blob
    QString expectedDigest; // "sha256:…" from a descriptor or a content-addressed name
    qint64 expectedSize = -1;
    QString mediaType;
    QString digestSource;   // where the expected digest comes from, for the integrity record
};

// What a reader learned about one image from the evidence's metadata.
struct ImagePlan
{
    QString format;
    QStringList repoTags;
    QString configMember;
    QByteArray configBytes;
    bool configFound = false;
    bool configRebuilt = false;
    QString legacyId;             // Docker 1.x image id (graph/ folder name) of a rebuilt config
    QString expectedConfigDigest; // from a descriptor or the config's file name
    qint64 expectedConfigSize = -1;
    QString configDigestSource;
    QString platform;
    QString manifestDigest;
    std::vector<PlannedLayer> layers;
    // Foreign/non-distributable layers named by docker's LayerSources: diff_id → descriptor.
    QMap<QString, PlannedLayer> layerSources;
    std::vector<IntegrityCheck> integrity;
};

// What a reader found in one evidence item.
struct ReadResult
{
    QString format;
    std::vector<ImagePlan> images;
    QStringList platforms; // every image platform the evidence offers
    QStringList artifacts; // non-image manifests, reported and not analysed
    std::vector<IntegrityCheck> integrity; // checks of indexes and manifests
};

} // namespace dockscope
