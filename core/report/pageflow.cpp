#include "pageflow.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace dockscope {

namespace {

class Flow
{
public:
    Flow(QTextDocument &doc, double bottomMargin, double reserve)
        : m_layout(doc.documentLayout())
        , m_pageHeight(doc.pageSize().height())
        , m_bottomMargin(bottomMargin)
        , m_reserve(reserve)
    {
    }

    // True when something of height `bottom - top` starting at `top` leaves less than the
    // reserve before its page's bottom margin.
    bool atFoot(double top, double bottom) const
    {
        const double page = std::floor(top / m_pageHeight);
        return bottom + m_reserve > (page + 1) * m_pageHeight - m_bottomMargin;
    }

    bool headingAtFoot(const QTextBlock &heading) const
    {
        const QRectF r = m_layout->blockBoundingRect(heading);
        return atFoot(r.top(), r.bottom());
    }

    // A table whose first row (a finding's title, a header) would end a page alone.
    bool tableAtFoot(QTextTable *table) const
    {
        const QRectF r = m_layout->frameBoundingRect(table);
        const double firstRowEnd = table->rows() > 1
            ? m_layout->blockBoundingRect(table->cellAt(1, 0).firstCursorPosition().block()).top()
            : r.bottom();
        return atFoot(r.top(), std::max(r.top(), firstRowEnd));
    }

private:
    QAbstractTextDocumentLayout *m_layout;
    double m_pageHeight;
    double m_bottomMargin;
    double m_reserve;
};

void breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

void breakBefore(QTextTable *table)
{
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
}

} // namespace

int PageFlow::keepHeadingsWithNext(QTextDocument &doc, double bottomMargin, double reserve)
{
    if (doc.pageSize().height() <= 0) {
        return 0;
    }
    const Flow flow(doc, bottomMargin, reserve);
    int moved = 0;
    QTextBlock heading; // the item just before, when it is a heading
    // In order: moving something only pushes what follows it down.
    for (QTextFrame::iterator it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            if (flow.tableAtFoot(table)) {
                // The heading above goes with its table, or the table alone.
                if (heading.isValid()) {
                    breakBefore(heading);
                } else {
                    breakBefore(table);
                }
                ++moved;
            }
            heading = QTextBlock();
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || block.blockFormat().headingLevel() == 0) {
            if (block.isValid() && !block.text().isEmpty()) {
                heading = QTextBlock();
            }
            continue;
        }
        heading = block;
        if (!(block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            && flow.headingAtFoot(block)) {
            breakBefore(block);
            ++moved;
        }
    }
    return moved;
}

} // namespace dockscope
