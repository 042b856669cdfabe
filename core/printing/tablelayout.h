#pragma once

#include "linefit.h"
#include "ruledform.h"
#include "tablesheet.h"

#include <QHash>

#include <memory>
#include <vector>

namespace tz {

class PagedPrinter;
class TextBox;

// A TableSheet on the pages of one printer. Every row is measured once, and only its height
// is kept; whole rows are placed on pages (a row taller than a page is cut between lines),
// the header row opens every page, and a group heading is kept with the row after it. Each
// page is then laid out and painted on its own, as a RuledForm of its rows, so a job holds
// the text boxes of one page at a time, and a bounded number of short values many rows share.
class TableLayout
{
public:
    TableLayout(const TableSheet &sheet, const PagedPrinter &printer);
    ~TableLayout();
    TableLayout(const TableLayout &) = delete;
    TableLayout &operator=(const TableLayout &) = delete;

    int pageCount() const { return int(m_pages.size()); }
    // Paints page n (from 0) on a new page of the printer, without its footer; false when the
    // device failed.
    bool paintPage(int n, PagedPrinter &printer);

private:
    using Box = std::shared_ptr<const TextBox>;
    // A paragraph above or below the table, or a left/right line (right set).
    struct Flow
    {
        Box box, right;
        qreal before = 0, after = 0;
        qreal height() const;
    };
    // The part from..to of a flow, at y on its page.
    struct Slice
    {
        const Flow *flow;
        qreal from, to, y;
    };
    struct Page
    {
        std::vector<Slice> slices;
        bool table = false;
        qreal tableY = 0;
        std::vector<RuledForm::Piece> rows; // rows of the sheet, header not included
    };

    Flow paragraph(const QString &text, bool indent, Qt::Alignment align, qreal before) const;
    qreal rowHeight(const TableSheet::Row &row);
    qreal cellHeight(int column, const QString &text, bool bold);
    // Adds the row's cells to form's last row, laid out for painting.
    void addCells(RuledForm &form, const TableSheet::Row &row);
    Box valueBox(int column, const QString &text, bool bold);
    Box lightBox(int column, Light light, bool bold);
    void paginate(const PagedPrinter &printer);

    const TableSheet &m_sheet;
    const QPaintDevice *m_device;
    qreal m_width = 0, m_height = 0;
    TableSheet::Fit m_fit;
    QFont m_plain, m_bold;
    LineFit m_plainFit, m_boldFit;
    RuledForm m_blank; // the table's columns without rows
    std::vector<Flow> m_head, m_tail;
    std::vector<Box> m_header;
    Box m_none; // a cell left empty
    qreal m_headerHeight = 0;
    std::vector<qreal> m_heights; // text height of every row
    std::vector<Page> m_pages;
    // Laid out once: short values many rows share (a unit, a phase, a date, a light), by
    // column, weight and text, kept to a bound.
    QHash<QPair<int, QString>, Box> m_shared;
    // Heights of wrapped cells already measured, by column and text, kept to a bound.
    QHash<QPair<int, QString>, qreal> m_measured;
};

} // namespace tz
