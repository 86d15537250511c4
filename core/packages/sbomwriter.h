#pragma once

#include <QByteArray>
#include <QString>

namespace dockscope {

struct Container;
struct Image;

// An image's package inventory as a software bill of materials: CycloneDX 1.5 JSON or SPDX 2.3
// JSON, with purls, hashes where the evidence gives them and each component's layer diff id.
// Deterministic: the serial number / document namespace derive from the image id and the times
// from the image's own creation time, so the same evidence gives the same bytes. A container's
// file system (Image::kind "container" or "container-export") is described as that container:
// its id, name and creation time when the evidence has them (pass it), else for an export the
// digest of its file system and the epoch.
class SbomWriter
{
public:
    enum class Format { CycloneDx, Spdx };

    static QByteArray write(const Image &image, Format format, const QString &toolVersion,
                            const Container *container = nullptr);
};

} // namespace dockscope
