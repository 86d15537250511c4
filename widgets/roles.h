#pragma once

#include <Qt>

namespace dockscope {

// Item data roles shared by every model of the workbench. SortRole carries the raw value
// (bytes, not "1.2 MB"); the typed roles hand out domain values.
enum ItemRole {
    SortRole = Qt::UserRole + 1,
    NodeRole,        // FileTree node index (quint32)
    ChangeKindRole,  // FileTreeModel::ChangeKind as int
    PathRole,        // full path in the image ("/etc/passwd")
    LayerRole,       // layer index (int), -1 when none
    SeverityRole,    // dockscope::Severity as int
    StatusRole,      // ChecklistItem::Status as int
    EvidenceRole,    // evidence path (QString)
    ImageIdRole,     // image id (QString)
    FindingIdRole,   // finding id (QString)
    LineRole,        // line number (qint64), -1 when none
    ContainerIdRole, // container id (QString), empty when none
    DiagnosticSeverityRole, // Diagnostic::Severity as int
    OffsetRole,      // byte offset in the evidence (qint64), -1 when none
};

} // namespace dockscope
