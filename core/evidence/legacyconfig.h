#pragma once

#include <QByteArray>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <vector>

namespace dockscope {

// Docker's legacy (v1) layer metadata: one JSON document per layer, each naming its parent.
// Used by docker save archives without a manifest.json and by Docker 1.x data roots (graph/).
namespace LegacyConfig {

// An image config rebuilt from the v1 metadata of a layer chain (base layer first): the top
// layer's os, architecture, created, author and config, one history entry per layer (created,
// created_by from container_config.Cmd as Docker shows it, comment) and the given diff_ids.
QByteArray rebuild(const std::vector<nlohmann::json> &chain, const QStringList &diffIds);

} // namespace LegacyConfig

} // namespace dockscope
