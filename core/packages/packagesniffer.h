#pragma once

#include "archive/contentinspector.h"

namespace dockscope {

// Reads the package declarations of Java archives and Go programs while a layer is scanned, so
// the inventory does not read the layer a second time for them, and classifies every file when
// no content rules run. Wraps the content rules (or nothing) and hands each file on to them.
class PackageSniffer final : public ContentInspector
{
public:
    // `rules` may be null (content rules off); `maxBytes` is the largest file looked at whole.
    PackageSniffer(const ContentInspector *rules, qint64 maxBytes);

    qint64 maxBytes() const override { return m_maxBytes; }
    void inspect(std::uint32_t index, LayerEntry &entry, const char *data, std::size_t length,
                 bool complete, LayerRole role, ContentResults &results) const override;

private:
    const ContentInspector *m_rules;
    qint64 m_maxBytes;
};

} // namespace dockscope
