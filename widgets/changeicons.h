#pragma once

#include "filetreemodel.h"

#include <QColor>
#include <QIcon>

namespace dockscope {

// Colours and icons for added, modified, removed and unmodified entries: the change is shown by
// colour and by shape, so it reads without colour vision too.
class ChangeIcons
{
public:
    static QColor color(FileTreeModel::ChangeKind kind);
    static QIcon icon(FileTreeModel::ChangeKind kind, bool directory);
};

} // namespace dockscope
