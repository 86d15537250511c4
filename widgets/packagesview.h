#pragma once

#include "filteredtableview.h"
#include "model/analysis.h"

namespace dockscope {

class PackagesModel;

// The "Packages" dock: what each image has installed (dpkg, apk, rpm, Python, npm, Go, Maven),
// the layer that brought each package and how many known vulnerabilities concern it, with a
// debounced text filter over every column. Activating a row hands out the package and its image.
class PackagesView final : public FilteredTableView
{
    Q_OBJECT
public:
    explicit PackagesView(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);

    PackagesModel *model() const { return m_model; }

Q_SIGNALS:
    void packageActivated(const QString &imageId, const dockscope::Package &package);

private:
    PackagesModel *m_model = nullptr;
};

} // namespace dockscope
