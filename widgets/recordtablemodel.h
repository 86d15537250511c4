#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace dockscope {

// A read-only table of case records (audit entries, notes, tags): translated column headers,
// one row of display texts per record, the record's id, and a mark for rows that need the
// examiner's attention (a broken audit entry, a failed verification). Rows are replaced as a
// whole when the case changes.
class RecordTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Row
    {
        qint64 id = 0;
        QStringList cells;
        bool problem = false;
        QString toolTip; // empty: the cell's text
    };
    enum Roles { RecordIdRole = Qt::UserRole + 1, ProblemRole };

    explicit RecordTableModel(const QStringList &headers, QObject *parent = nullptr);

    void setRows(std::vector<Row> rows);
    const std::vector<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace dockscope
