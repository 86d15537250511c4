#pragma once

#include "filelocation.h"
#include "filetreemodel.h"
#include "model/analysis.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;
class QSortFilterProxyModel;

namespace dockscope {

class FileTreeFilterProxy;
class InefficientFilesModel;
class LayerListModel;

// dive's job, done better: the layers of an image with their counts and digest marks, the file
// tree of the selected layer (this layer's changes, or everything up to it), image details
// with dive's efficiency numbers and the inefficient files.
class LayersView final : public QWidget
{
    Q_OBJECT
public:
    explicit LayersView(QWidget *parent = nullptr);
    ~LayersView() override;

    void setAnalysis(const Analysis &analysis);
    void selectImage(int image);
    int currentImage() const { return m_image; }
    int currentLayer() const;
    // Selects the image, the layer (default: the one that last wrote the path, else the last
    // layer) and reveals the path in the tree. False when the path is not there.
    bool selectPath(int image, const QString &path, int layer = -1, qint64 line = -1);

    // The file of the current tree row and the scope it belongs to ("image:<id>", or
    // "evidence:<path>" for an image without a configuration); empty when none.
    QString currentFilePath() const;
    QString currentScope() const;

    void setMode(FileTreeModel::Mode mode);
    void setFilter(const QString &pattern, bool regex); // immediate, no debounce
    void goToWriterLayer();

    FileTreeModel *fileModel() const { return m_files; }
    FileTreeFilterProxy *fileProxy() const { return m_proxy; }
    QTreeView *fileView() const { return m_tree; }
    QTableView *layerView() const { return m_layerView; }
    LayerListModel *layerModel() const { return m_layers; }

Q_SIGNALS:
    void fileSelected(const dockscope::FileLocation &location);
    void imageChanged(int image);

private:
    void buildUi();
    void onLayerSelected();
    void onFileSelected();
    void applyFilter();
    void updateDetails();
    FileLocation locationOf(std::uint32_t node) const;
    void revealNode(std::uint32_t node);

    std::shared_ptr<const Analysis> m_analysis;
    int m_image = -1;
    qint64 m_pendingLine = -1; // line to highlight when the next file is shown

    QComboBox *m_imageBox = nullptr;
    QTableView *m_layerView = nullptr;
    LayerListModel *m_layers = nullptr;
    QLabel *m_details = nullptr;
    QTableView *m_inefficientView = nullptr;
    InefficientFilesModel *m_inefficient = nullptr;
    QSortFilterProxyModel *m_inefficientProxy = nullptr;
    QComboBox *m_modeBox = nullptr;
    QToolButton *m_kindButtons[4] = {};
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_regex = nullptr;
    QToolButton *m_writerButton = nullptr;
    QTimer *m_debounce = nullptr;
    QTreeView *m_tree = nullptr;
    FileTreeModel *m_files = nullptr;
    FileTreeFilterProxy *m_proxy = nullptr;
};

} // namespace dockscope
