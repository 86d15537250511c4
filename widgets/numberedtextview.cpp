#include "numberedtextview.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace dockscope {

namespace {
constexpr int GutterPadding = 6;
} // namespace

// The strip left of the text that shows line numbers; painting is done by the view.
class NumberedTextView::Gutter final : public QWidget
{
public:
    explicit Gutter(NumberedTextView *view)
        : QWidget(view)
        , m_view(view)
    {
    }
    QSize sizeHint() const override { return { m_view->gutterWidth(), 0 }; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }

private:
    NumberedTextView *m_view;
};

NumberedTextView::NumberedTextView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUndoRedoEnabled(false);
    // Owned by the view itself: the text control deletes documents it owns when replaced.
    m_ownDocument = new QTextDocument(this);
    m_ownDocument->setDocumentLayout(new QPlainTextDocumentLayout(m_ownDocument));
    m_ownDocument->setDefaultFont(font());
    setDocument(m_ownDocument);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &NumberedTextView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &NumberedTextView::updateGutter);
    updateGutterWidth();
}

void NumberedTextView::showDocument(QTextDocument *document)
{
    m_highlightedLine = -1;
    setExtraSelections({});
    setDocument(document);
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    updateGutterWidth();
    m_gutter->update();
}

void NumberedTextView::clearDocument()
{
    m_ownDocument->clear();
    showDocument(m_ownDocument);
}

int NumberedTextView::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10) {
        ++digits;
    }
    return 2 * GutterPadding + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void NumberedTextView::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void NumberedTextView::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0) {
        m_gutter->scroll(0, dy);
    } else {
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    }
    if (rect.contains(viewport()->rect())) {
        updateGutterWidth();
    }
}

void NumberedTextView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void NumberedTextView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateGutterWidth();
        applyHighlight();
    }
}

void NumberedTextView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::AlternateBase));
    painter.setFont(font());
    const int width = m_gutter->width() - GutterPadding;
    const int lineHeight = fontMetrics().height();

    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool marked = number + 1 == m_highlightedLine;
            QFont f = font();
            f.setBold(marked);
            painter.setFont(f);
            painter.setPen(pal.color(marked ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(
                0, top, width, lineHeight, Qt::AlignRight, QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void NumberedTextView::setHighlightedLine(qint64 line)
{
    m_highlightedLine = (line >= 1 && line <= blockCount()) ? line : -1;
    applyHighlight();
    if (m_highlightedLine > 0) {
        QTextCursor cursor(document()->findBlockByNumber(int(m_highlightedLine - 1)));
        setTextCursor(cursor);
        centerCursor();
    }
    m_gutter->update();
}

void NumberedTextView::applyHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_highlightedLine > 0) {
        QTextEdit::ExtraSelection mark;
        QColor color = palette().color(QPalette::Highlight);
        color.setAlpha(70);
        mark.format.setBackground(color);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(document()->findBlockByNumber(int(m_highlightedLine - 1)));
        selections << mark;
    }
    setExtraSelections(selections);
}

} // namespace dockscope
