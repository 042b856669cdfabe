#pragma once

#include "printsettings.h"
#include "rules.h"

#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QTextDocument;

namespace tz {

class PagedPrinter;

// A printed list: a title, lines above, one ruled table with a header on every page, group
// rows across the width, a total row, and paragraphs after. Used by the ledger table, the
// leader's list and the bulletin.
//
// The sheet paginates itself, and each page holds its own table. Qt would split a row across
// a page break (a project's name half on one page, half on the next), and painting one big
// table costs time proportional to the whole table on every page, which makes a 10,000-row
// ledger quadratic. So the rows are measured once in unpaginated chunks, whole rows are
// placed on pages, and each page is then laid out and painted from a small document with the
// same column widths. document() joins those pages with page breaks, for a preview; its page
// count is what print() paints.
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

    // The whole sheet as one document, page by page, laid out for the printer's pages (for a
    // preview; its pageCount() is the number of pages print() paints).
    std::unique_ptr<QTextDocument> document(const PagedPrinter &printer) const;
    int pageCount(const PagedPrinter &printer) const;
    // Paints the sheet page by page; "第 X 页 共 Y 页" under every page when footer is set.
    // Returns the number of pages painted.
    int print(PagedPrinter &printer, bool footer) const;

private:
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
        qreal spaceBefore = 0;
    };

    // Rows [from, to) with the title above (head) and the closing paragraphs below (tail);
    // pages > 1 only for a row taller than a page, or a tail that runs on.
    struct Page
    {
        int from = 0;
        int to = 0;
        bool head = false;
        bool tail = false;
        bool table = true;
        int pages = 1;
    };

    // The type size and column widths (percent of the width) the table prints in.
    struct Fit
    {
        qreal pointSize = 0;
        QList<qreal> percentages;
    };
    // Widths at one size; false when the columns need more than the width.
    bool columnPercentages(
        const PagedPrinter &printer, qreal pointSize, QList<qreal> *percent) const;
    // The table's size, or the largest smaller one in which its columns fit the paper.
    Fit fit(const PagedPrinter &printer) const;
    // Appends one page to doc; measuring leaves every cell top-aligned so that the first
    // column's text tops give the row positions.
    void append(QTextDocument &doc, const Fit &fit, const Page &page, bool breakBefore,
        bool measuring = false) const;
    std::vector<Page> paginate(const PagedPrinter &printer, const Fit &fit) const;

    PrintSettings m_settings;
    qreal m_pointSize;
    QString m_title;
    std::vector<Block> m_head, m_tail;
    QList<Column> m_columns;
    std::vector<Row> m_rows;
};

} // namespace tz
