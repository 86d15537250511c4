#pragma once

#include "case/casedata.h"
#include "model/analysis.h"

#include <QHash>

#include <QAbstractItemModel>

#include <vector>

namespace dockscope {

// The case tree: evidence items, and under each the images and containers read from it.
class EvidenceModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, SizeColumn, StateColumn, Sha256Column, ColumnCount };
    enum class ItemKind { Evidence, Image, Container };

    explicit EvidenceModel(QObject *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // The case's latest verification of each evidence item, by absolute path; shown in the
    // state column (a failure in red).
    void setVerifications(const QHash<QString, CaseVerification> &verifications);

    ItemKind kindOf(const QModelIndex &index) const;
    // Index into Analysis::evidence / images / containers for the item.
    int itemIndex(const QModelIndex &index) const;
    QModelIndex indexOfImage(int image) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Item
    {
        ItemKind kind;
        int index;     // into the analysis vectors
        int parent;    // item of the evidence, -1 for top-level
        int row;
        std::vector<int> children;
    };
    int problemsOf(const QString &evidence, bool errorsOnly) const;
    QVariant evidenceData(const EvidenceItem &e, int column, int role) const;
    QVariant imageData(const Image &image, int column, int role) const;
    QVariant containerData(const Container &c, int column, int role) const;

    const CaseVerification *verificationOf(const QString &path) const;

    Analysis m_analysis;
    QHash<QString, CaseVerification> m_verifications;
    std::vector<Item> m_items;
    std::vector<int> m_top;
};

} // namespace dockscope
