#pragma once

#include "model/analysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace dockscope {

class WarningsModel;

// The "Warnings" dock: the problems met while reading the evidence (broken archives, digests
// that do not match, unreadable members), errors first, with a text filter over every column
// and a severity filter. Nothing here is modal: a broken evidence file is reported and the
// rest of the analysis stays usable. Activating a row hands out the diagnostic.
class WarningsView final : public QWidget
{
    Q_OBJECT
public:
    explicit WarningsView(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);

    WarningsModel *model() const { return m_model; }
    QSortFilterProxyModel *severityProxy() const { return m_severityProxy; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void diagnosticActivated(const dockscope::Diagnostic &diagnostic);

private:
    const Diagnostic *diagnosticAt(const QModelIndex &proxyIndex) const;
    void applySeverityFilter();

    WarningsModel *m_model = nullptr;
    QSortFilterProxyModel *m_severityProxy = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_severity = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace dockscope
