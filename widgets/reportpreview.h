#pragma once

#include "model/analysis.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTextBrowser;

namespace dockscope {

// The "Report preview" dock: the HTML summary of the analysis (ReportHtml) as it will be
// written, in a read-only browser that follows no links and loads nothing.
class ReportPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPreview(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // The HTML shown, empty when there is no analysis.
    const QString &html() const { return m_html; }
    QTextBrowser *browser() const { return m_browser; }

private:
    QStackedWidget *m_stack = nullptr;
    QTextBrowser *m_browser = nullptr;
    QLabel *m_empty = nullptr;
    QString m_html;
};

} // namespace dockscope
