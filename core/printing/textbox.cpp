#include "textbox.h"

#include <QPainter>
#include <QStringTokenizer>
#include <QTextOption>

namespace tz {

TextBox::TextBox(const QPaintDevice *device, qreal width)
    : m_device(device)
    , m_width(width)
{ }

TextBox::~TextBox() = default;

std::shared_ptr<const TextBox> TextBox::of(const QPaintDevice *device, qreal width,
    const QString &text, const QFont &font, Qt::Alignment align)
{
    // A squeezed column may leave no width; the text then breaks at every character rather
    // than not at all.
    auto box = std::make_shared<TextBox>(device, qMax<qreal>(width, 1));
    for (const QStringView line : qTokenize(text, u'\n'))
        box->add(line.toString(), font, align);
    return box;
}

void TextBox::add(const QString &text, const QFont &font, Qt::Alignment align,
    const QList<QTextLayout::FormatRange> &formats)
{
    // The device makes the layout measure with the printer's font metrics, not the screen's.
    auto layout = std::make_unique<QTextLayout>(text, font, m_device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // QTextDocument's default
    layout->setTextOption(option);
    if (!formats.isEmpty())
        layout->setFormats(formats);
    layout->setCacheEnabled(true); // keeps the shaped glyphs for draw()
    layout->beginLayout();
    qreal y = 0;
    for (int i = 0;; ++i) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLeadingIncluded(true); // as QTextDocument lays out blocks
        line.setLineWidth(m_width);
        line.setPosition(QPointF(0, y));
        m_lines.push_back({ m_paragraphs.size(), i, m_height + y, m_height + y + line.height() });
        y += line.height();
    }
    layout->endLayout();
    m_height += y;
    m_paragraphs.push_back(std::move(layout));
}

qreal TextBox::cutAtOrAbove(qreal limit) const
{
    for (const Line &l : m_lines)
        if (l.top < limit && l.bottom > limit)
            return l.top;
    return limit;
}

void TextBox::draw(QPainter &painter, QPointF at, qreal from, qreal to) const
{
    for (const Line &l : m_lines) {
        if (l.top < from || l.bottom > to)
            continue;
        // A line draws at its position within its paragraph; the paragraph's top is the
        // line's top in the box minus that.
        const QTextLine line = m_paragraphs[l.paragraph]->lineAt(l.index);
        line.draw(&painter, at + QPointF(0, l.top - line.y() - from));
    }
}

} // namespace tz
