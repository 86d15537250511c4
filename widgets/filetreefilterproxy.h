#pragma once

#include "filetreemodel.h"

#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include <vector>

namespace dockscope {

// Filters a FileTreeModel by name (wildcards) or by path (regular expression) and hides chosen
// kinds of change; a directory stays while anything below it is shown, and everything below a
// directory whose name matches stays too. Whether a row is shown is decided for the whole tree
// in one pass over the arena when the filter changes (children have larger indices than their
// parents), so the proxy never walks the model and a 300 000-entry tree filters in one go.
// Sorts directories first, then by SortRole.
class FileTreeFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FileTreeFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    void setPattern(const QString &pattern, bool regex);
    const QString &pattern() const { return m_pattern; }
    bool patternIsValid() const { return m_valid; }
    void setKindVisible(FileTreeModel::ChangeKind kind, bool visible);
    bool kindVisible(FileTreeModel::ChangeKind kind) const;

    QModelIndex indexOfPath(const QString &path) const;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool active() const;
    void recompute() const;
    void changed();

    FileTreeModel *m_model = nullptr;
    QString m_pattern;
    bool m_regex = false;
    bool m_valid = true;
    QRegularExpression m_expression;
    unsigned m_hiddenKinds = 0; // bit per ChangeKind
    mutable std::vector<std::uint8_t> m_accept;
    mutable bool m_dirty = true;
};

} // namespace dockscope
