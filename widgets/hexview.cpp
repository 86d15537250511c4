#include "hexview.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <climits>

namespace dockscope {

namespace {
constexpr int Margin = 4;
constexpr int HexColumns = HexView::BytesPerRow * 3 + 1; // "xx " per byte, one extra middle gap
constexpr char HexDigits[] = "0123456789abcdef";
} // namespace

HexView::HexView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    updateScrollBars();
}

void HexView::setData(const QByteArray &data)
{
    m_data = data;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

qint64 HexView::rowCount() const
{
    return (qint64(m_data.size()) + BytesPerRow - 1) / BytesPerRow;
}

qint64 HexView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

void HexView::scrollToOffset(qint64 offset)
{
    const qint64 row
        = std::clamp<qint64>(offset / BytesPerRow, 0, std::max<qint64>(0, rowCount() - 1));
    QScrollBar *bar = verticalScrollBar();
    if (row < bar->value() || row >= bar->value() + visibleRows()) {
        bar->setValue(int(std::max<qint64>(0, row - visibleRows() / 2)));
    }
}

int HexView::offsetDigits() const
{
    int digits = 8;
    while (digits < 16 && (qint64(m_data.size()) >> (4 * digits)) != 0) {
        ++digits;
    }
    return digits;
}

int HexView::lineHeight() const
{
    return fontMetrics().height();
}

int HexView::charWidth() const
{
    return std::max(1, fontMetrics().horizontalAdvance(QLatin1Char('0')));
}

int HexView::rowWidth() const
{
    return 2 * Margin + charWidth() * (offsetDigits() + 2 + HexColumns + 1 + BytesPerRow);
}

int HexView::visibleRows() const
{
    return std::max(1, viewport()->height() / std::max(1, lineHeight()));
}

void HexView::updateScrollBars()
{
    const int visible = visibleRows();
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, int(std::clamp<qint64>(rowCount() - visible, 0, INT_MAX)));
    v->setPageStep(visible);
    v->setSingleStep(1);
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, std::max(0, rowWidth() - viewport()->width()));
    h->setPageStep(viewport()->width());
    h->setSingleStep(charWidth());
}

HexView::RowParts HexView::formatRow(qint64 row) const
{
    RowParts parts;
    const qint64 start = row * BytesPerRow;
    const qint64 count = std::clamp<qint64>(qint64(m_data.size()) - start, 0, BytesPerRow);
    const auto *bytes = reinterpret_cast<const unsigned char *>(m_data.constData()) + start;

    parts.offset = QString::number(start, 16).rightJustified(offsetDigits(), u'0');
    QString hex(HexColumns - 1, u' ');
    QString ascii(count, u' ');
    for (qint64 i = 0; i < count; ++i) {
        const unsigned char b = bytes[i];
        const qsizetype at = i * 3 + (i >= BytesPerRow / 2 ? 1 : 0);
        hex[at] = QLatin1Char(HexDigits[b >> 4]);
        hex[at + 1] = QLatin1Char(HexDigits[b & 0xf]);
        ascii[i] = (b >= 0x20 && b < 0x7f) ? QLatin1Char(char(b)) : QLatin1Char('.');
    }
    parts.hex = hex;
    parts.ascii = ascii;
    return parts;
}

QString HexView::rowText(qint64 row) const
{
    if (row < 0 || row >= rowCount()) {
        return {};
    }
    const RowParts parts = formatRow(row);
    return parts.offset + QStringLiteral("  ") + parts.hex + QStringLiteral("  ") + parts.ascii;
}

void HexView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    const int height = lineHeight();
    const int cw = charWidth();
    const int x0 = Margin - horizontalScrollBar()->value();
    const int hexX = x0 + cw * (offsetDigits() + 2);
    const int asciiX = hexX + cw * (HexColumns + 1);
    const QRect area = event->rect();

    const qint64 first = firstVisibleRow() + area.top() / height;
    const qint64 last = std::min(rowCount() - 1, firstVisibleRow() + area.bottom() / height);
    for (qint64 row = first; row <= last; ++row) {
        const int y = int(row - firstVisibleRow()) * height;
        const RowParts parts = formatRow(row);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(
            x0, y, cw * offsetDigits(), height, Qt::AlignLeft | Qt::AlignVCenter, parts.offset);
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(
            hexX, y, cw * HexColumns, height, Qt::AlignLeft | Qt::AlignVCenter, parts.hex);
        painter.drawText(
            asciiX, y, cw * BytesPerRow, height, Qt::AlignLeft | Qt::AlignVCenter, parts.ascii);
    }
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateScrollBars();
        viewport()->update();
    }
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::MoveToStartOfDocument) {
        verticalScrollBar()->setValue(0);
    } else if (event == QKeySequence::MoveToEndOfDocument) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

} // namespace dockscope
