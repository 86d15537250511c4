#include "reportpreview.h"

#include "findingsmodel.h"
#include "report/report.h"
#include "report/reporthtml.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace dockscope {

ReportPreview::ReportPreview(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_browser(new QTextBrowser(this))
    , m_empty(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_taggedOnly(new QCheckBox(tr("Tagged findings only"), this))
    , m_pageSize(new QComboBox(this))
{
    m_browser->setObjectName(QStringLiteral("browser"));
    // The report quotes hostile evidence: follow no link, open nothing outside. The table of
    // contents' links stay inside the document.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setUndoRedoEnabled(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
            m_browser->scrollToAnchor(url.fragment());
        }
    });

    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(12);
    m_empty->setText(tr("No report: open evidence to see a preview of the HTML report with its "
                        "evidence hashes, layers, efficiency, integrity, findings and warnings."));

    m_severity->setObjectName(QStringLiteral("reportSeverity"));
    m_severity->addItem(tr("All findings"), int(Severity::Info));
    m_severity->addItem(FindingsModel::severityIcon(Severity::Low), tr("Low and above"), int(Severity::Low));
    m_severity->addItem(FindingsModel::severityIcon(Severity::Medium), tr("Medium and above"),
                        int(Severity::Medium));
    m_severity->addItem(FindingsModel::severityIcon(Severity::High), tr("High and above"), int(Severity::High));
    m_severity->addItem(FindingsModel::severityIcon(Severity::Critical), tr("Critical only"),
                        int(Severity::Critical));
    m_taggedOnly->setObjectName(QStringLiteral("reportTaggedOnly"));
    m_taggedOnly->setToolTip(tr("Only findings the examiner tagged or bookmarked in the case"));
    m_pageSize->setObjectName(QStringLiteral("reportPageSize"));
    m_pageSize->addItem(tr("A4"), int(ReportOptions::PageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(ReportOptions::PageSize::Letter));
    m_pageSize->setToolTip(tr("Page size of the PDF report"));
    connect(m_severity, &QComboBox::currentIndexChanged, this, &ReportPreview::invalidate);
    connect(m_taggedOnly, &QCheckBox::toggled, this, &ReportPreview::invalidate);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(m_severity);
    bar->addWidget(m_taggedOnly);
    bar->addWidget(m_pageSize);
    bar->addStretch(1);
    const std::pair<QString, QString> formats[] = {{QStringLiteral("pdf"), tr("Export PDF…")},
                                                   {QStringLiteral("html"), tr("Export HTML…")}};
    for (const auto &[format, text] : formats) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("export-") + format);
        connect(button, &QPushButton::clicked, this, [this, format] { Q_EMIT exportRequested(format); });
        bar->addWidget(button);
        m_exportButtons << button;
    }

    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setAnalysis(Analysis());
}

ReportOptions ReportPreview::options() const
{
    ReportOptions o;
    o.minSeverity = Severity(m_severity->currentData().toInt());
    o.taggedOnly = m_taggedOnly->isChecked();
    o.pageSize = ReportOptions::PageSize(m_pageSize->currentData().toInt());
    return o;
}

void ReportPreview::setAnalysis(const Analysis &analysis)
{
    setReport(analysis, std::nullopt);
}

void ReportPreview::setReport(const Analysis &analysis, const std::optional<CaseSnapshot> &caseData)
{
    m_analysis = analysis;
    m_case = caseData;
    invalidate();
}

const QString &ReportPreview::html()
{
    if (m_stale) {
        render();
    }
    return m_html;
}

void ReportPreview::invalidate()
{
    m_stale = true;
    m_taggedOnly->setEnabled(m_case.has_value());
    if (isVisible()) {
        render();
    }
}

void ReportPreview::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        render();
    }
}

void ReportPreview::render()
{
    m_stale = false;
    const Analysis &a = m_analysis;
    const bool empty = a.evidence.empty() && a.images.empty() && a.containers.empty() && a.findings.empty()
        && a.diagnostics.empty() && !m_case;
    m_html = empty ? QString() : ReportHtml::write(ReportBuilder::build(a, m_case, options()));
    m_browser->setHtml(m_html);
    m_stack->setCurrentIndex(empty ? 1 : 0);
    m_taggedOnly->setEnabled(m_case.has_value());
    for (QPushButton *b : m_exportButtons) {
        b->setEnabled(!empty);
    }
}

} // namespace dockscope
