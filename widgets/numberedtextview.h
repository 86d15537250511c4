#pragma once

#include <QPlainTextEdit>

namespace dockscope {

// A read-only plain-text view with a line-number gutter (after Qt's Code Editor example) that can
// mark one line, a finding's line, and scroll to it.
class NumberedTextView final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit NumberedTextView(QWidget *parent = nullptr);

    // Shows a document built elsewhere (for instance on a worker thread, then moved to this
    // one); it must have a QPlainTextDocumentLayout. The view does not take ownership.
    void showDocument(QTextDocument *document);
    // Shows the view's own document, emptied.
    void clearDocument();

    // 1-based; -1 (or a line past the end) removes the mark.
    void setHighlightedLine(qint64 line);
    qint64 highlightedLine() const { return m_highlightedLine; }
    int lineCount() const { return blockCount(); }

    int gutterWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Gutter;
    friend class Gutter;

    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void applyHighlight();

    Gutter *m_gutter = nullptr;
    QTextDocument *m_ownDocument = nullptr; // the empty document shown between files
    qint64 m_highlightedLine = -1;
};

} // namespace dockscope
