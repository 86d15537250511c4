#pragma once

#include "case/casedata.h"
#include "model/analysis.h"
#include "report/reportoptions.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace dockscope {

// The "Report preview" dock: the report (ReportHtml) as it will be written, with the case's
// metadata, verifications, notes and tags when a case is open, in a read-only browser that
// follows no links outside the document and loads nothing. The bar above chooses what the
// report holds (minimum severity, tagged findings only, page size) and asks for an export.
class ReportPreview final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPreview(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    void setReport(const Analysis &analysis, const std::optional<CaseSnapshot> &caseData);
    // The options the bar sets (the report time is left to the writer: now).
    ReportOptions options() const;
    // The HTML shown, empty when there is no analysis. Built when the preview is visible, or
    // when asked for here: a hidden preview costs nothing while the case changes.
    const QString &html();
    QTextBrowser *browser() const { return m_browser; }
    QComboBox *severityBox() const { return m_severity; }
    QCheckBox *taggedOnlyBox() const { return m_taggedOnly; }

Q_SIGNALS:
    // format: pdf | html | json | csv
    void exportRequested(const QString &format);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Marks the report stale; renders now when the preview is visible.
    void invalidate();
    void render();

    QStackedWidget *m_stack = nullptr;
    QTextBrowser *m_browser = nullptr;
    QLabel *m_empty = nullptr;
    QComboBox *m_severity = nullptr;
    QCheckBox *m_taggedOnly = nullptr;
    QComboBox *m_pageSize = nullptr;
    QList<QPushButton *> m_exportButtons;
    QString m_html;
    bool m_stale = false;
    Analysis m_analysis;
    std::optional<CaseSnapshot> m_case;
};

} // namespace dockscope
