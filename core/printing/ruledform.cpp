#include "ruledform.h"

#include <QPaintDevice>
#include <QPainter>

namespace tz {

namespace {

const QColor kLabelShade(0xf0, 0xf0, 0xf0); // the grey of label and header cells

// A cell's rule and padding, in 1/96 inch.
constexpr qreal kBorder = 0.6;
constexpr qreal kPadding = 3;

qreal units(const QPaintDevice *device, qreal n)
{
    return n * device->logicalDpiY() / 96.0;
}

} // namespace

qreal RuledForm::cellFrame(const QPaintDevice *device)
{
    return 2 * units(device, kBorder + kPadding);
}

RuledForm::RuledForm(const QPaintDevice *device, qreal width, const QList<qreal> &weights)
    : m_width(width)
    , m_border(units(device, kBorder))
    , m_padding(units(device, kPadding))
{
    qreal sum = 0;
    for (qreal w : weights)
        sum += w;
    // The table's own border surrounds the cells; the columns share what is inside it.
    const qreal inner = width - 2 * m_border;
    qreal x = m_border;
    m_columnEdges.push_back(x);
    for (qreal w : weights) {
        x += inner * w / sum;
        m_columnEdges.push_back(x);
    }
}

qreal RuledForm::columnLeft(int column) const
{
    return m_columnEdges.at(size_t(column));
}

qreal RuledForm::textWidth(int column, int span) const
{
    return columnLeft(column + span) - columnLeft(column) - frame();
}

void RuledForm::addRow()
{
    m_rows.emplace_back();
}

int RuledForm::nextColumn() const
{
    const Row &row = m_rows.back();
    return row.cells.empty() ? 0 : row.cells.back().column + row.cells.back().span;
}

void RuledForm::addCell(int span, bool label, std::shared_ptr<const TextBox> box)
{
    const int column = nextColumn();
    m_rows.back().cells.push_back({ column, span, label, std::move(box) });
}

void RuledForm::growRow(int row, qreal by)
{
    m_rows.at(size_t(row)).extra += by;
}

qreal RuledForm::contentHeight(const Row &row) const
{
    qreal h = 0;
    for (const Cell &c : row.cells)
        h = qMax(h, c.box->height());
    return h + row.extra;
}

qreal RuledForm::labelHeight(const Row &row) const
{
    qreal h = 0;
    for (const Cell &c : row.cells)
        if (c.label)
            h = qMax(h, c.box->height());
    return h;
}

qreal RuledForm::height() const
{
    qreal h = 2 * m_border;
    for (const Row &r : m_rows)
        h += contentHeight(r) + frame();
    return h;
}

qreal RuledForm::cut(const Row &row, qreal limit) const
{
    // Moves the cut up until it falls between lines in every value cell. Labels are centred
    // in the first piece of a row and never cut.
    for (bool moved = true; moved;) {
        moved = false;
        for (const Cell &c : row.cells) {
            if (c.label)
                continue;
            const qreal y = c.box->cutAtOrAbove(limit);
            if (y < limit) {
                limit = y;
                moved = true;
            }
        }
    }
    return limit;
}

RuledForm::Part RuledForm::whole() const
{
    Part part;
    for (int r = 0; r < rowCount(); ++r)
        part.pieces.push_back({ r, 0, contentHeight(m_rows[size_t(r)]) });
    part.height = height();
    return part;
}

std::vector<RuledForm::Part> RuledForm::split(qreal firstRoom, qreal pageRoom) const
{
    std::vector<Part> parts(1);
    qreal room = firstRoom;
    parts.back().height = 2 * m_border;
    const auto nextPage = [&] {
        parts.emplace_back();
        parts.back().height = 2 * m_border;
        room = pageRoom;
    };
    for (int r = 0; r < rowCount(); ++r) {
        const Row &row = m_rows[size_t(r)];
        const qreal total = contentHeight(row);
        qreal from = 0;
        while (true) {
            Part &part = parts.back();
            const qreal space = room - part.height - frame();
            if (total - from <= space) {
                part.pieces.push_back({ r, from, total });
                part.height += total - from + frame();
                break;
            }
            // A row that a page can hold whole goes to the next page whole: only rows
            // taller than a page are cut.
            if (from == 0 && !part.pieces.empty() && total <= pageRoom - 2 * m_border - frame()) {
                nextPage();
                continue;
            }
            qreal to = cut(row, from + space);
            // The first piece of a row holds its label whole.
            if (from == 0 && to < labelHeight(row))
                to = 0;
            if (to <= from && part.pieces.empty()) // a line taller than a page: cut through it
                to = qMax(from + space, from + 1);
            if (to > from) {
                part.pieces.push_back({ r, from, to });
                part.height += to - from + frame();
                from = to;
            }
            nextPage();
        }
    }
    return parts;
}

void RuledForm::carryLastRow(std::vector<Part> &parts) const
{
    Part &last = parts.back();
    if (last.pieces.size() < 2 || last.pieces.back().from > 0)
        return;
    const Piece piece = last.pieces.back();
    const qreal h = piece.to - piece.from + frame();
    last.pieces.pop_back();
    last.height -= h;
    parts.push_back({ { piece }, h + 2 * m_border });
}

void RuledForm::paint(QPainter &painter, QPointF at, const Part &part) const
{
    // The grey of the labels and the rules go out as two batches of rectangles, one fill
    // each, rather than a fill per rule; the text is painted over them.
    const qreal b = m_border;
    std::vector<QRectF> shades, rules;
    qreal y = at.y() + b; // below the table's top border
    for (const Piece &piece : part.pieces) {
        const Row &row = m_rows[size_t(piece.row)];
        const qreal h = piece.to - piece.from + frame();
        for (const Cell &c : row.cells) {
            const qreal left = at.x() + columnLeft(c.column);
            if (c.label) {
                const qreal right = at.x() + columnLeft(c.column + c.span);
                shades.emplace_back(left + b, y + b, right - left - 2 * b, h - 2 * b);
            }
            // Each cell's left border and the one of the cell before it make one rule.
            rules.emplace_back(left - b, y, 2 * b, h);
        }
        rules.emplace_back(at.x() + m_width - 2 * b, y, 2 * b, h);
        rules.emplace_back(at.x(), y - b, m_width, 2 * b);
        y += h;
    }
    rules.emplace_back(at.x(), y - b, m_width, 2 * b);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(kLabelShade);
    painter.drawRects(shades.data(), int(shades.size()));
    painter.setBrush(Qt::black);
    painter.drawRects(rules.data(), int(rules.size()));
    painter.restore();

    y = at.y() + b;
    for (const Piece &piece : part.pieces) {
        const Row &row = m_rows[size_t(piece.row)];
        const qreal content = piece.to - piece.from;
        for (const Cell &c : row.cells) {
            const QPointF text(at.x() + columnLeft(c.column) + b + m_padding, y + b + m_padding);
            if (!c.label)
                c.box->draw(painter, text, piece.from, piece.to);
            else if (piece.from == 0) // centred in the first piece of the row
                c.box->draw(painter, text + QPointF(0, (content - c.box->height()) / 2));
        }
        y += content + frame();
    }
}

} // namespace tz
