#pragma once

#include "archive/bytesource.h"
#include "archive/layerscanner.h"
#include "analysis/layerstack.h"
#include "model/layerscan.h"

#include <QByteArray>
#include <QStringList>

#include <memory>
#include <vector>

namespace dockscope::test {

inline LayerScanPtr scanBytes(const QByteArray &blob, const QString &name = QStringLiteral("layer"))
{
    MemorySource source(blob);
    return std::make_shared<LayerScan>(LayerScanner::scan(source, QStringLiteral("test"), name));
}

inline std::vector<LayerScanPtr> scanAll(const std::vector<QByteArray> &blobs)
{
    std::vector<LayerScanPtr> out;
    for (const QByteArray &b : blobs) {
        out.push_back(scanBytes(b, QStringLiteral("layer %1").arg(out.size())));
    }
    return out;
}

inline StackResult stack(const std::vector<LayerScanPtr> &layers)
{
    QStringList names;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        names << QStringLiteral("layer %1").arg(i);
    }
    return LayerStack::build(layers, QStringLiteral("test"), names);
}

// Visible paths of the stacked tree, "/a", "/a/b", sorted.
inline QStringList visiblePaths(const FileTree &tree)
{
    QStringList out;
    for (std::uint32_t n = 1; n < tree.size(); ++n) {
        if (tree.visible(n)) {
            out << u'/' + QString::fromStdString(tree.path(n));
        }
    }
    out.sort();
    return out;
}

} // namespace dockscope::test
