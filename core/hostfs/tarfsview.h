#pragma once

#include "fsview.h"
#include "archive/layerscanner.h"
#include "model/layerscan.h"

#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace dockscope {

// The contents of a tar archive of a file system (a data root copied with tar, as in
// google/docker-explorer's test data), plain or compressed, read once with the layer scanner.
// File contents are kept in memory up to a budget (never written to disk); beyond it files keep
// their metadata and SHA-256 but cannot be opened.
class TarFsView final : public FsView
{
public:
    struct Budget
    {
        qint64 perFile = qint64(64) << 20;
        qint64 total = qint64(1) << 30;
    };

    static std::unique_ptr<TarFsView> load(const QString &name,
                                           const std::shared_ptr<const ReadOnlyFile> &file,
                                           const Budget &budget, const LayerScanner::Options &options);

    QString name() const override { return m_name; }
    std::optional<FsStat> stat(std::string_view path) const override;
    std::vector<std::string> children(std::string_view dir) const override;
    std::unique_ptr<ByteSource> open(std::string_view path, QString *error) const override;
    bool carriesXattrs() const override { return m_anyXattr; }

    const LayerScan &scan() const { return m_scan; }
    Digest evidenceDigest() const { return m_scan.storedDigest; }

private:
    TarFsView() = default;
    const LayerEntry *entry(std::string_view path) const;

    QString m_name;
    LayerScan m_scan;
    std::unordered_map<std::string, std::uint32_t> m_index;      // path → entry (last wins)
    std::map<std::string, std::vector<std::string>> m_children;  // dir → sorted names
    std::unordered_map<std::uint32_t, QByteArray> m_content;     // entry → bytes kept
    std::set<std::uint64_t> m_linked;                            // inodes of hard-link targets
    bool m_anyXattr = false;
};

} // namespace dockscope
