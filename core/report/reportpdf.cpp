#include "reportpdf.h"

#include "pageflow.h"
#include "reporthtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextFrameFormat>

namespace dockscope {

namespace {

// Margins in the document's own units (1/96 inch, as QTextDocument::print uses them).
constexpr qreal SourceDpi = 96.0;
constexpr qreal SideMargin = 2.0 / 2.54 * SourceDpi;   // 2 cm
constexpr qreal TopMargin = 2.5 / 2.54 * SourceDpi;    // room for the running header
constexpr qreal BottomMargin = 2.5 / 2.54 * SourceDpi; // room for the page numbers

QString runningHeader(const Report &r)
{
    const QString number = r.caseData && !r.caseData->info.number.isEmpty()
        ? r.caseData->info.number
        : ReportPdf::tr("no case");
    return ReportPdf::tr("Case %1 · Report %2").arg(number, r.id);
}

} // namespace

QByteArray ReportPdf::write(const Report &report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("Dockscope %1").arg(report.analysis->toolVersion));
    writer.setTitle(runningHeader(report));
    writer.setPageLayout(QPageLayout(
        QPageSize(report.options.pageSize == ReportOptions::PageSize::Letter ? QPageSize::Letter
                                                                             : QPageSize::A4),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));

    QTextDocument doc;
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(8.5);
    doc.setDefaultFont(base);
    doc.setHtml(ReportHtml::write(report));

    QPainter painter(&writer);
    // Lay the document out for the PDF's resolution, as QTextDocument::print does: font sizes
    // follow the device, margins are given at 96 dpi and scaled by the layout.
    doc.documentLayout()->setPaintDevice(&writer);
    QTextFrameFormat frame = doc.rootFrame()->frameFormat();
    frame.setLeftMargin(SideMargin);
    frame.setRightMargin(SideMargin);
    frame.setTopMargin(TopMargin);
    frame.setBottomMargin(BottomMargin);
    doc.rootFrame()->setFrameFormat(frame);
    const QSizeF page(writer.width(), writer.height());
    doc.setPageSize(page);

    const qreal scale = writer.logicalDpiY() / SourceDpi;
    const qreal side = SideMargin * scale;
    // A heading needs room for a few lines of what it heads (a table's header and first row).
    PageFlow::keepHeadingsWithNext(doc, BottomMargin * scale, page.height() * 0.06);
    const int pages = doc.pageCount();
    QFont small = base;
    small.setPointSizeF(7.5);
    const QString header = runningHeader(report);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            writer.newPage();
        }
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF top(side, 0, page.width() - 2 * side, TopMargin * scale * 0.6);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom, header);
        painter.drawText(top, Qt::AlignRight | Qt::AlignBottom, report.generated);
        const QRectF bottom(side, page.height() - BottomMargin * scale * 0.6,
                            page.width() - 2 * side, BottomMargin * scale * 0.4);
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignTop,
                         tr("Dockscope %1").arg(report.analysis->toolVersion));
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignTop,
                         tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.drawLine(QPointF(side, top.bottom() + 4 * scale),
                         QPointF(page.width() - side, top.bottom() + 4 * scale));
    }
    painter.end();
    return bytes;
}

} // namespace dockscope
