#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

struct HistoryEntry
{
    QString created;
    QString createdBy;
    QString author;
    QString comment;
    bool emptyLayer = false;
};

// The parts of an image configuration (OCI image config / Docker image JSON) examiners read.
struct ImageConfig
{
    bool valid = false;
    QString created;
    QString author;
    QString os;
    QString architecture;
    QString variant;
    QString user;
    QStringList env;
    QStringList entrypoint;
    QStringList cmd;
    QString workingDir;
    QStringList exposedPorts; // sorted
    QStringList volumes;      // sorted
    QString stopSignal;
    QStringList healthcheck;
    QMap<QString, QString> labels;
    QStringList diffIds;      // rootfs.diff_ids as written
    std::vector<HistoryEntry> history;
    QString dockerVersion;

    // Parses a config blob; on failure returns an invalid config and sets *error.
    static ImageConfig parse(const QByteArray &json, QString *error);
};

} // namespace dockscope
