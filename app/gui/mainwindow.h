#pragma once

#include "model/analysis.h"

#include <QMainWindow>

class QTreeWidget;
class QLabel;

namespace dockscope {

// The workbench's main window. Until the workbench issue lands, it analyses the evidence it is
// given and shows the layer table of each image.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    void analyse(const QStringList &evidence);

private:
    void showAnalysis(const Analysis &analysis);

    QTreeWidget *m_layers = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace dockscope
