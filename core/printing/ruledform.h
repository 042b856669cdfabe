#pragma once

#include "textbox.h"

#include <QList>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace tz {

// A ruled form painted straight onto a paged device: rows of label and value cells on
// weighted columns, drawn the way a QTextDocument draws a table of separate cell borders
// with no spacing (every rule two borders thick; padding inside; grey label cells with their
// text centred vertically), but measured with TextBox and painted without a document. A row
// taller than what is left of a page is cut between lines of its cells. The 督导单 are such
// forms, and so is each page of a TableSheet.
class RuledForm
{
public:
    // The sheets' rules and padding for device (0.6 and 3 of 1/96 inch, the sizes a
    // QTextDocument drew them in first).
    RuledForm(const QPaintDevice *device, qreal width, const QList<qreal> &weights);

    // What a cell adds to its text, across or down: its two rules and its padding.
    static qreal cellFrame(const QPaintDevice *device);
    qreal frame() const { return 2 * (m_border + m_padding); }

    // Inner (text) width of a cell starting at column and spanning span columns.
    qreal textWidth(int column, int span) const;

    // Starts a new row; cells are then added left to right. A box may be shared between
    // sheets (labels that every sheet prints), so cells hold it by shared pointer.
    void addRow();
    void addCell(int span, bool label, std::shared_ptr<const TextBox> box);
    int nextColumn() const; // where the next cell of the current row begins
    // Adds height to a row below the text of its cells (room to write in by hand).
    void growRow(int row, qreal by);

    int rowCount() const { return int(m_rows.size()); }
    qreal height() const; // the whole form, borders included
    // The height of a row's text: its tallest cell, and what growRow added.
    qreal rowHeight(int row) const { return contentHeight(m_rows.at(size_t(row))); }

    // A part of a row: its content between from and to (a whole row: 0 to its height).
    struct Piece
    {
        int row;
        qreal from, to;
    };
    // The part of the form that goes on one page, and its height there.
    struct Part
    {
        std::vector<Piece> pieces;
        qreal height = 0;
    };
    // Splits the form into parts: the first in firstRoom, every next one in pageRoom.
    std::vector<Part> split(qreal firstRoom, qreal pageRoom) const;
    // A part that is the whole form on one page.
    Part whole() const;
    // The largest y <= limit at which every value cell of the row can be cut between lines.
    qreal cutRow(int row, qreal limit) const { return cut(m_rows.at(size_t(row)), limit); }
    // Moves the last row of the last part onto a part of its own, when that row is whole
    // and not alone: what follows the form can then go with it onto the next page.
    void carryLastRow(std::vector<Part> &parts) const;

    // Paints a part with its top left corner at `at`.
    void paint(QPainter &painter, QPointF at, const Part &part) const;

private:
    struct Cell
    {
        int column, span;
        bool label;
        std::shared_ptr<const TextBox> box;
    };
    struct Row
    {
        std::vector<Cell> cells;
        qreal extra = 0;
    };

    qreal columnLeft(int column) const;
    qreal contentHeight(const Row &row) const;
    qreal labelHeight(const Row &row) const;
    qreal cut(const Row &row, qreal limit) const;

    qreal m_width;
    std::vector<qreal> m_columnEdges; // left edges of the columns, and the right edge last
    qreal m_border, m_padding;
    std::vector<Row> m_rows;
};

} // namespace tz
