#include "filetreefilterproxy.h"

#include "roles.h"
#include "util/membername.h"

namespace dockscope {

FileTreeFilterProxy::FileTreeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Descendants are decided in recompute(): the proxy need not visit them itself.
    setRecursiveFilteringEnabled(false);
}

void FileTreeFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
    }
    m_model = qobject_cast<FileTreeModel *>(source);
    QSortFilterProxyModel::setSourceModel(source);
    if (m_model) {
        // Mark stale before the proxy handles the reset, so the first question recomputes.
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_dirty = true; });
    }
    m_dirty = true;
}

bool FileTreeFilterProxy::active() const
{
    return !m_pattern.isEmpty() || m_hiddenKinds != 0;
}

void FileTreeFilterProxy::setPattern(const QString &pattern, bool regex)
{
    if (pattern == m_pattern && regex == m_regex) {
        return;
    }
    m_pattern = pattern;
    m_regex = regex;
    if (pattern.isEmpty()) {
        m_expression = QRegularExpression();
        m_valid = true;
    } else if (regex) {
        m_expression = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
        m_valid = m_expression.isValid();
    } else {
        // Wildcards match the whole name, like a shell glob: "*.conf", "id_rsa*".
        m_expression = QRegularExpression::fromWildcard(pattern, Qt::CaseInsensitive);
        m_valid = m_expression.isValid();
    }
    changed();
}

void FileTreeFilterProxy::setKindVisible(FileTreeModel::ChangeKind kind, bool visible)
{
    const unsigned bit = 1u << unsigned(kind);
    const unsigned hidden = visible ? (m_hiddenKinds & ~bit) : (m_hiddenKinds | bit);
    if (hidden != m_hiddenKinds) {
        m_hiddenKinds = hidden;
        changed();
    }
}

bool FileTreeFilterProxy::kindVisible(FileTreeModel::ChangeKind kind) const
{
    return !(m_hiddenKinds & (1u << unsigned(kind)));
}

void FileTreeFilterProxy::changed()
{
    m_dirty = true;
    invalidateFilter();
}

void FileTreeFilterProxy::recompute() const
{
    m_dirty = false;
    m_accept.clear();
    if (!m_model || !m_model->tree()) {
        return;
    }
    const FileTree &t = *m_model->tree();
    const std::size_t n = t.size();
    m_accept.assign(n, 0);
    // Forward: does the node match, by itself or below a directory whose name matches?
    std::vector<std::uint8_t> matched(n, m_pattern.isEmpty() || !m_valid ? 1 : 0);
    if (!m_pattern.isEmpty() && m_valid) {
        for (std::uint32_t i = 1; i < n; ++i) {
            if (!m_model->included(i)) {
                continue;
            }
            if (matched[t.node(i).parent] && t.node(i).parent != FileTree::Root) {
                matched[i] = 1;
                continue;
            }
            const QString subject = m_regex ? u'/' + displayName(t.path(i)) : displayName(t.name(i));
            matched[i] = m_expression.match(subject).hasMatch();
        }
    }
    // Backward: a node is shown when it matches and its kind is shown, or a child is shown.
    for (std::uint32_t i = std::uint32_t(n); i-- > 1;) {
        if (!m_model->included(i)) {
            continue;
        }
        const unsigned kindBit = 1u << unsigned(m_model->changeKind(i));
        if (matched[i] && !(m_hiddenKinds & kindBit)) {
            m_accept[i] = 1;
        }
        if (m_accept[i]) {
            m_accept[t.node(i).parent] = 1;
        }
    }
}

bool FileTreeFilterProxy::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (!active()) {
        return true;
    }
    if (m_dirty) {
        recompute();
    }
    const QModelIndex index = sourceModel()->index(row, 0, parent);
    const std::uint32_t node = FileTreeModel::nodeOf(index);
    return node < m_accept.size() && m_accept[node];
}

bool FileTreeFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftDir = sourceModel()->hasChildren(left.siblingAtColumn(0));
    const bool rightDir = sourceModel()->hasChildren(right.siblingAtColumn(0));
    if (leftDir != rightDir) {
        return sortOrder() == Qt::AscendingOrder ? leftDir : rightDir;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

QModelIndex FileTreeFilterProxy::indexOfPath(const QString &path) const
{
    return m_model ? mapFromSource(m_model->indexOfPath(path)) : QModelIndex();
}

} // namespace dockscope
