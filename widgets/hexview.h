#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

namespace dockscope {

// Bytes as "offset  hex bytes  ASCII" rows of 16. Only the rows in view are formatted and painted,
// so many megabytes scroll as smoothly as a few lines.
class HexView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int BytesPerRow = 16;

    explicit HexView(QWidget *parent = nullptr);

    void setData(const QByteArray &data);
    const QByteArray &data() const { return m_data; }

    qint64 rowCount() const;
    qint64 firstVisibleRow() const;
    // Scrolls so that the row holding this byte is in view.
    void scrollToOffset(qint64 offset);
    // One row as it is painted, "00000010  61 62 …  ab…" (for tests and copying).
    QString rowText(qint64 row) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct RowParts
    {
        QString offset;
        QString hex;
        QString ascii;
    };
    RowParts formatRow(qint64 row) const;
    int offsetDigits() const;
    int lineHeight() const;
    int charWidth() const;
    int rowWidth() const;
    int visibleRows() const;
    void updateScrollBars();

    QByteArray m_data;
};

} // namespace dockscope
