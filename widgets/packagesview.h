#pragma once

#include "model/analysis.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace dockscope {

class PackagesModel;

// The "Packages" dock: what each image has installed (dpkg, apk, rpm, Python, npm, Go, Maven),
// the layer that brought each package and how many known vulnerabilities concern it, with a
// debounced text filter over every column. Activating a row hands out the package and its image.
class PackagesView final : public QWidget
{
    Q_OBJECT
public:
    explicit PackagesView(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);

    PackagesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void packageActivated(const QString &imageId, const dockscope::Package &package);

private:
    PackagesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace dockscope
