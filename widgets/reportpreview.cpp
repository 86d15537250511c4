#include "reportpreview.h"

#include "report/reporthtml.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dockscope {

ReportPreview::ReportPreview(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_empty(new QLabel(this))
{
    m_browser->setObjectName(QStringLiteral("browser"));
    // The report quotes hostile evidence: follow no link, open nothing outside.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setUndoRedoEnabled(false);

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(12);
    m_empty->setText(tr("No report: open evidence to see a preview of the HTML report with its "
                        "evidence hashes, layers, efficiency, integrity, findings and warnings."));

    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setAnalysis(Analysis());
}

void ReportPreview::setAnalysis(const Analysis &analysis)
{
    const bool empty = analysis.evidence.empty() && analysis.images.empty()
        && analysis.containers.empty() && analysis.findings.empty()
        && analysis.diagnostics.empty();
    m_html = empty ? QString() : ReportHtml::write(analysis);
    m_browser->setHtml(m_html);
    m_stack->setCurrentIndex(empty ? 1 : 0);
}

} // namespace dockscope
