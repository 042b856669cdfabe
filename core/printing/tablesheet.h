#pragma once

#include "printsettings.h"
#include "rules.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace tz {

class PagedPrinter;

// A printed list: a title, lines above, one ruled table with its header on every page, group
// rows across the width, a total row, and paragraphs after. Used by the ledger table, the
// leader's list and the bulletin.
//
// The sheet holds what is printed; TableLayout (tablelayout.h) measures it for one printer,
// places whole rows on pages and paints them straight onto the device. A ledger of ten
// thousand projects is 900 pages: laying each page out as a QTextDocument took longer than
// LibreOffice printing the same table.
class TableSheet
{
public:
    struct Column
    {
        QString header;
        qreal weight = 1; // share of the width left after the columns that do not wrap
        bool wrap = true; // false: numbers, codes, dates — as wide as the widest value
        Qt::Alignment align = Qt::AlignLeft;
        bool light = false; // the cell shows a light (see addRow)
        int minChars = 2; // a wrapping column is never narrower than this many characters
    };

    TableSheet(const PrintSettings &settings, qreal tablePointSize);

    void setTitle(const QString &title) { m_title = title; }
    void addLeftRight(const QString &left, const QString &right);
    void addParagraph(
        const QString &text, bool indent = true, Qt::Alignment align = Qt::AlignJustify);
    void setColumns(const QList<Column> &columns) { m_columns = columns; }
    // Lines of a cell are separated by '\n'. light: what the light column shows.
    void addRow(const QStringList &cells, std::optional<Light> light = std::nullopt);
    void addGroup(const QString &text); // 一、高新区（7个）
    void addTotal(const QStringList &cells);
    void addClosing(
        const QString &text, Qt::Alignment align = Qt::AlignJustify, qreal spaceBeforePt = 0);

    int rowCount() const { return int(m_rows.size()); }

    // Paints the sheet on new pages of the printer; "第 X 页 共 Y 页" under every page when
    // footer is set. progress is asked before each page (pages done, of all); when it answers
    // false, printing stops there. Returns the number of pages painted, 0 when the device
    // failed.
    int print(PagedPrinter &printer, bool footer,
        const std::function<bool(int done, int total)> &progress = {}) const;

private:
    friend class TableLayout;

    enum class Kind { Data, Group, Total };
    struct Row
    {
        Kind kind = Kind::Data;
        QStringList cells;
        std::optional<Light> light;
    };
    struct Block
    {
        QString text;
        QString right; // non-empty: a left/right line
        bool indent = false;
        Qt::Alignment align = Qt::AlignJustify;
        qreal spaceBefore = 0; // points
    };

    // The type size and the column widths (device units) the table prints in.
    struct Fit
    {
        qreal pointSize = 0;
        QList<qreal> widths;
    };
    // Widths at one size; false when the columns need more than the width.
    bool columnWidths(const PagedPrinter &printer, qreal pointSize, QList<qreal> *widths) const;
    // The table's size, or the largest smaller one in which its columns fit the paper.
    Fit fit(const PagedPrinter &printer) const;

    PrintSettings m_settings;
    qreal m_pointSize;
    QString m_title;
    std::vector<Block> m_head, m_tail;
    QList<Column> m_columns;
    std::vector<Row> m_rows;
};

} // namespace tz
