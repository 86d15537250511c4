#pragma once

#include "model/image.h"
#include "util/diagnostic.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dockscope {

// The reading side of an acquisition folder (see Acquirer): its manifest says which files are
// evidence to analyse and what each one's SHA-256 was when it was written.
struct AcquisitionManifest
{
    struct Entry
    {
        QString file;
        QString role;
        QString status;
        QString sha256;
        qint64 size = -1;
        bool analyse = false;
    };
    QString folder;
    QString containerId;
    QString status;
    std::vector<Entry> entries;
};

class AcquisitionFolder
{
public:
    // True when path is a folder with a Dockscope acquisition manifest.
    static bool isAcquisition(const QString &path);
    static AcquisitionManifest read(const QString &folder, DiagnosticSink &diag);
    // The evidence files to analyse, as paths under the folder.
    static QStringList evidenceFiles(const AcquisitionManifest &manifest);
    // Each listed file against its manifest digest. Files in digests (path -> "sha256:…",
    // hashed by the analysis anyway) are not read again; the others are hashed here.
    static std::vector<IntegrityCheck> verify(const AcquisitionManifest &manifest,
                                              const std::vector<std::pair<QString, QString>> &digests,
                                              DiagnosticSink &diag);
};

} // namespace dockscope
