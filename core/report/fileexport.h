#pragma once

#include "util/digest.h"

#include <QString>

#include <atomic>
#include <string>
#include <string_view>

namespace dockscope {

class EvidenceStore;

struct ExportResult
{
    bool ok = false;
    bool refused = false; // the folder is the evidence's own folder or lies inside it
    QString fileName; // the copy's name in the folder
    QString filePath; // the copy
    QString hashFilePath; // "<copy>.sha256" in sha256sum format
    Digest sha256; // of the copy, computed while it was written
    qint64 size = 0;
    QString error; // translated; set when ok is false
    QString warning; // translated; a problem that did not spoil the copy
};

// Writes a copy of one file version from a layer into the case's export folder, streamed (never
// held in memory), with "<name>.sha256" beside it. Never writes beside the evidence, never
// overwrites, never uses a name from the evidence as a path. GUI-free; safe on worker threads.
class FileExport
{
public:
    struct Request
    {
        QString member; // layer blob that holds the bytes
        std::string contentPath; // tar entry that holds the bytes (normalised)
        qint64 headerOffset = -1; // that entry's header offset when known, else -1 (last copy)
        std::string entryPath; // the file as the examiner sees it: its base name names the copy
        QString evidence; // the evidence file or folder
        QString folder; // the export folder
    };

    static ExportResult write(const EvidenceStore &store, const Request &request,
        const std::atomic_bool *cancel = nullptr);

    // The entry's base name with everything outside [A-Za-z0-9._-] replaced by '_'; never empty,
    // never "." or "..", at most MaxNameLength characters.
    static QString sanitizedName(std::string_view entryPath);
    // "name" → "name-1", "app.conf" → "app-1.conf".
    static QString numberedName(const QString &name, int number);
    // True when folder (compared by canonical path, symbolic links resolved) is the folder that
    // holds the evidence file, or is an evidence folder or lies inside one.
    static bool isEvidenceFolder(const QString &folder, const QString &evidence);
    // "<hex>  <name>\n", as sha256sum writes it.
    static QByteArray hashLine(const Digest &digest, const QString &name);

    static constexpr int MaxNameLength = 200;
};

} // namespace dockscope
