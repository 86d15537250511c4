#pragma once

#include "fsview.h"

namespace dockscope {

// A folder on disk: a mounted forensic image or an evidence folder. Opened read-only, access
// times left alone where allowed; links are resolved inside the folder.
class DirFsView final : public FsView
{
public:
    // `name` names the evidence in diagnostics; `root` is the folder on disk.
    DirFsView(QString name, const QString &root);

    QString name() const override { return m_name; }
    std::optional<FsStat> stat(std::string_view path) const override;
    std::vector<std::string> children(std::string_view dir) const override;
    std::unique_ptr<ByteSource> open(std::string_view path, QString *error) const override;
    bool carriesXattrs() const override { return m_xattrs; }

private:
    // The host path of a view path whose directories are resolved inside the view (the last
    // component is not followed); empty on a loop.
    std::string hostPath(std::string_view path) const;

    QString m_name;
    std::string m_root;
    bool m_xattrs = true;
};

} // namespace dockscope
