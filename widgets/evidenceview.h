#pragma once

#include "model/analysis.h"

#include <QWidget>

class QTreeView;
class QLabel;

namespace dockscope {

class EvidenceModel;

// The Evidence dock: the case tree with each evidence file's kind, size, SHA-256 and state.
class EvidenceView final : public QWidget
{
    Q_OBJECT
public:
    explicit EvidenceView(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // Evidence paths of the selected rows (an image row counts as its evidence).
    QStringList selectedEvidence() const;
    EvidenceModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void imageSelected(int image);
    void evidenceSelected(const QString &path);

private:
    EvidenceModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace dockscope
