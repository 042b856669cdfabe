#pragma once

#include <QFont>
#include <QTextLayout>

#include <limits>
#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace tz {

// Paragraphs stacked in one width, laid out with QTextLayout for one paint device: what
// QTextDocument does for the blocks of a table cell (same line breaking, same line heights),
// without a document, its frames and the layouts it repeats on every change. Sheets that are
// printed by the thousand measure and paint their cells with it.
class TextBox
{
public:
    TextBox(const QPaintDevice *device, qreal width);
    TextBox(TextBox &&) noexcept = default;
    TextBox &operator=(TextBox &&) noexcept = default;
    TextBox(const TextBox &) = delete;
    TextBox &operator=(const TextBox &) = delete;
    ~TextBox();

    // A box of text in one font and alignment, each '\n' starting a paragraph (as a
    // QTextDocument takes it).
    static std::shared_ptr<const TextBox> of(const QPaintDevice *device, qreal width,
        const QString &text, const QFont &font, Qt::Alignment align = Qt::AlignLeft);

    // Appends a paragraph; formats colour or embolden parts of it. An empty text still takes
    // a line, as an empty block of a document does.
    void add(const QString &text, const QFont &font, Qt::Alignment align = Qt::AlignLeft,
        const QList<QTextLayout::FormatRange> &formats = {});

    qreal width() const { return m_width; }
    qreal height() const { return m_height; }
    bool isEmpty() const { return m_lines.empty(); }

    // The largest y <= limit that falls between lines (or at the end): where a page may cut
    // the box without splitting a line.
    qreal cutAtOrAbove(qreal limit) const;

    // Paints the lines lying wholly within [from, to) of the box, the box's y = from at `at`.
    void draw(QPainter &painter, QPointF at, qreal from = 0,
        qreal to = std::numeric_limits<qreal>::max()) const;

private:
    struct Line
    {
        size_t paragraph;
        int index;
        qreal top, bottom;
    };

    const QPaintDevice *m_device;
    qreal m_width;
    qreal m_height = 0;
    std::vector<std::unique_ptr<QTextLayout>> m_paragraphs;
    std::vector<Line> m_lines;
};

} // namespace tz
