#pragma once

#include "filteredtableview.h"
#include "model/analysis.h"

class QModelIndex;

namespace dockscope {

class WarningsModel;

// The "Warnings" dock: the problems met while reading the evidence (broken archives, digests
// that do not match, unreadable members), errors first, with a text filter over every column
// and a severity filter. Nothing here is modal: a broken evidence file is reported and the
// rest of the analysis stays usable. Activating a row hands out the diagnostic.
class WarningsView final : public FilteredTableView
{
    Q_OBJECT
public:
    explicit WarningsView(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);

    WarningsModel *model() const { return m_model; }
    QSortFilterProxyModel *severityProxy() const { return filterProxy(0); }

Q_SIGNALS:
    void diagnosticActivated(const dockscope::Diagnostic &diagnostic);

private:
    const Diagnostic *diagnosticAt(const QModelIndex &proxyIndex) const;

    WarningsModel *m_model = nullptr;
};

} // namespace dockscope
