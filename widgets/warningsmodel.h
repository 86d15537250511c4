#pragma once

#include "model/analysis.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>

namespace dockscope {

// The problems met while reading the evidence (Analysis::diagnostics), one row each, in the
// order they were found. SortRole of the severity column ranks errors first (0 error, 1 warning,
// 2 info); DiagnosticSeverityRole hands out the Diagnostic::Severity value itself.
class WarningsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, EvidenceColumn, WhereColumn, OffsetColumn, MessageColumn, ColumnCount };

    explicit WarningsModel(QObject *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // The diagnostic of a row of this model (not of a proxy), or nullptr.
    const Diagnostic *diagnostic(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString severityText(Diagnostic::Severity severity);
    static QColor severityColor(Diagnostic::Severity severity);
    static QIcon severityIcon(Diagnostic::Severity severity);
    // 0 for errors, 1 for warnings, 2 for information: an ascending sort puts errors first.
    static int severityRank(Diagnostic::Severity severity);

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QString toolTip(int row) const;

    Diagnostics m_diagnostics;
    std::vector<QString> m_messages; // translated once
};

} // namespace dockscope
